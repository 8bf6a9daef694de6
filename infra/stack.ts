import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ArnFormat,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Token,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias } from 'aws-cdk-lib/aws-kms';
import {
  Architecture,
  FilterCriteria,
  FilterRule,
  Runtime,
  StartingPosition,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { type Role as CaseRole, roles } from '../shared/domain/actors';
import { calendarPreviewPartition, tableIndexes, tableKeys } from '../shared/store/table-schema';
import { functionBundling } from './bundling';
import { type Capabilities, capabilities, type FunctionName } from './capabilities';
import { FilesBucket } from './files-bucket';
import { flattenCfnReference } from './nag';
import { portalBuildSync } from './portal';
import { type CognitoPortalConfig, PortalHosting } from './portal-hosting';
import {
  aslFile,
  jobFunctions,
  reconcilerEntry,
  routeGroups,
  streamFunctions,
  workflowFunctions,
} from './routes';
import { defaultSite, type SiteIdentity } from './site';

/** The repository root (entries in routes.ts and the ASL path are relative to it). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export { aslFile };

/** The entries of `record` whose value is not undefined (a prop or context value left unset). */
function definedOnly<T extends object>(record: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Two user pools: citizens may turn on MFA, staff and administrators must use it (TOTP). Each
 * role is a group of one pool; a role not named a citizen's signs in to the staff pool, so a new
 * role requires MFA unless decided otherwise.
 */
export type UserPoolName = 'citizens' | 'staff';
const citizenRoles: readonly CaseRole[] = ['applicant'];
export const userPoolGroups: Record<UserPoolName, readonly CaseRole[]> = {
  citizens: roles.filter((r) => citizenRoles.includes(r)),
  staff: roles.filter((r) => !citizenRoles.includes(r)),
};

/**
 * Operational logs are kept for 180 days: the Cybersecurity Law of the PRC (Art. 21) requires
 * network logs to be retained for no less than six months. The case file itself (event log) lives
 * in DynamoDB, not in logs.
 */
const logRetention = RetentionDays.SIX_MONTHS;

/**
 * A Cognito prefix domain must be unique in its region across all accounts, lowercase letters,
 * digits and hyphens, and must not contain "aws", "amazon" or "cognito" (checked here unless it
 * holds a deploy-time token, such as the default's account id).
 */
export function checkAuthDomainPrefix(prefix: string): string {
  if (Token.isUnresolved(prefix)) return prefix;
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) || /aws|amazon|cognito/.test(prefix))
    throw new Error(
      `Cognito domain prefix "${prefix}": use 1-63 lowercase letters, digits and hyphens, not starting or ` +
        'ending with a hyphen, without "aws", "amazon" or "cognito"',
    );
  return prefix;
}

/** The origins the APIs allow by CORS: the portal's, then any extra one (never `*`). */
export function apiCorsOrigins(portalOrigin: string, extra: readonly string[] = []): string[] {
  if (extra.includes('*'))
    throw new Error('corsAllowOrigins: "*" would let any site call the APIs; list the origins instead');
  return [portalOrigin, ...extra];
}

export interface CaseSystemStackProps extends StackProps {
  /** Where handler entries and the ASL are read from; defaults to the repository root. */
  readonly projectRoot?: string;
  /**
   * Origins allowed by CORS on the HTTP APIs besides the portal's own (its CloudFront origin is
   * always allowed), e.g. a portal served from a custom domain. `*` is refused.
   */
  readonly corsAllowOrigins?: readonly string[];
  /** The built portal to deploy; default: portalBuildSync() (PORTAL_DIR or web/dist, built when stale). */
  readonly portalBuildDir?: string;
  /** The operating body, hotline and privacy notice the portal shows; defaults: infra/site.ts. */
  readonly site?: Partial<SiteIdentity>;
  /**
   * The Cognito hosted-UI domain prefix of each user pool; default `ajc-citizens-<account id>` and
   * `ajc-staff-<account id>` (set them to deploy a second stack in the same account and region).
   */
  readonly authDomainPrefixes?: Partial<Record<UserPoolName, string>>;
}

type GroupName = keyof typeof routeGroups;

/**
 * The memory of a function that renders documents (the documents grant). Measured on the bundled
 * renderer (node 20, a 2-core machine): the first PDF of a process reads and parses the two Noto
 * Serif SC files (about 15 MB each) and peaks at about 160 MB resident, against about 80 MB
 * without them, taking 0.56 s; the next ones take about 60 ms. 512 MB would hold it; 1024 MB
 * buys the CPU share (Lambda gives CPU in proportion to memory) that keeps the first download of
 * a cold function near a second.
 */
export const documentFunctionMemoryMb = 1024;
type WorkflowVar = keyof typeof workflowFunctions;

export class CaseSystemStack extends Stack {
  readonly table: Table;
  readonly userPools: Record<UserPoolName, UserPool>;
  readonly userPoolClients: Record<UserPoolName, UserPoolClient>;
  /** Each pool's hosted UI (Cognito prefix domain), where the portal signs people in. */
  readonly userPoolDomains: Record<UserPoolName, UserPoolDomain>;
  /** The portal: private bucket, CloudFront distribution, security headers, deployments. */
  readonly portal: PortalHosting;
  /** Uploads, case materials and generated documents (the FileStore port). */
  readonly files: FilesBucket;
  /** One HTTP API per user pool (a JWT authorizer trusts one issuer); the same routes on each. */
  readonly apis: Record<UserPoolName, HttpApi>;
  readonly alertTopic: Topic;
  readonly stateMachine: StateMachine;
  readonly apiFunctions: Record<GroupName, NodejsFunction>;
  readonly workflowFunctions: Record<WorkflowVar, NodejsFunction>;
  readonly reconciler: NodejsFunction;
  /** Queue-driven background jobs (a calendar recompute) and their queue. */
  readonly jobFunctions: Record<keyof typeof jobFunctions, NodejsFunction>;
  /** One queue per job function: a message's `kind` names its function, hence its queue. */
  readonly jobQueues: Record<keyof typeof jobFunctions, Queue>;
  /** Functions fed by the table's stream (the effects of appended events). */
  readonly streamFunctions: Record<keyof typeof streamFunctions, NodejsFunction>;
  /** Route key → the CDK route of each API, e.g. `GET /health`. */
  readonly routes: Record<UserPoolName, Record<string, HttpRoute>> = { citizens: {}, staff: {} };

  constructor(scope: Construct, id: string, props: CaseSystemStackProps = {}) {
    super(scope, id, props);
    const root = props.projectRoot ?? projectRoot;

    // ---------------------------------------------------------------- data
    this.table = new Table(this, 'CasesTable', {
      partitionKey: { name: tableKeys.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableKeys.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      // Every appended event reaches the effects function (see below).
      stream: StreamViewType.NEW_IMAGE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const [indexName, keys] of Object.entries(tableIndexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: keys.partitionKey, type: AttributeType.STRING },
        sortKey: { name: keys.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    // ---------------------------------------------------------------- identity
    const userPool = (id: string, mfa: Mfa, customAttributes: Record<string, StringAttribute>) =>
      new UserPool(this, id, {
        selfSignUpEnabled: false,
        signInAliases: { username: true, email: true },
        passwordPolicy: {
          minLength: 12,
          requireLowercase: true,
          requireUppercase: true,
          requireDigits: true,
          requireSymbols: true,
          tempPasswordValidity: Duration.days(3),
        },
        mfa,
        mfaSecondFactor: { otp: true, sms: false },
        featurePlan: FeaturePlan.PLUS,
        standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
        accountRecovery: AccountRecovery.EMAIL_ONLY,
        customAttributes,
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
    this.userPools = {
      // The construct id of the pool that served everyone before staff had a pool of their own.
      citizens: userPool('UserPool', Mfa.OPTIONAL, {}),
      // MFA required: a staff member sets up TOTP at first sign-in and uses it at every sign-in.
      staff: userPool('StaffUserPool', Mfa.REQUIRED, {
        bodyId: new StringAttribute({ mutable: true }),
        agencyId: new StringAttribute({ mutable: true }),
      }),
    };
    Validations.of(this.userPools.citizens).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'Citizens only (applicants and their agents): MFA is optional, TOTP offered to everyone, since a citizen ' +
        'filing once with their resident ID cannot be required to own an authenticator; SMS MFA is off for its ' +
        'cost and SIM-swap risk. Threat protection (PLUS, full function) adds adaptive authentication for risky ' +
        'sign-ins. Staff and administrators sign in to the staff pool, where MFA is required.',
    });
    for (const [pool, groups] of Object.entries(userPoolGroups) as [UserPoolName, readonly CaseRole[]][])
      for (const groupName of groups) this.userPools[pool].addGroup(`Group-${groupName}`, { groupName });
    // Each pool's hosted UI (the classic Cognito sign-in pages on a prefix domain): the portal
    // sends people there to sign in, set up TOTP and reset passwords.
    const hostedUi = (pool: UserPoolName) =>
      this.userPools[pool].addDomain('HostedUi', {
        cognitoDomain: {
          domainPrefix: checkAuthDomainPrefix(
            props.authDomainPrefixes?.[pool] ?? `ajc-${pool}-${this.account}`,
          ),
        },
      });
    this.userPoolDomains = { citizens: hostedUi('citizens'), staff: hostedUi('staff') };

    // ---------------------------------------------------------------- portal (S3 + CloudFront)
    // Created before the app clients and the APIs: their callback URLs and CORS name its origin.
    this.portal = new PortalHosting(this, 'Portal', {
      buildDir: props.portalBuildDir ?? portalBuildSync().dir,
      authDomains: Object.values(this.userPoolDomains).map((d) => d.baseUrl()),
      logRetention,
    });

    // The origins the portal's pages come from: the APIs and the files bucket allow them by CORS.
    const allowOrigins = apiCorsOrigins(this.portal.origin, props.corsAllowOrigins);

    // ---------------------------------------------------------------- files (S3)
    this.files = new FilesBucket(this, 'Files', {
      allowedOrigins: allowOrigins,
      accessLogs: this.portal.logBucket,
    });

    // The portal signs in through the hosted UI: authorization code with PKCE (a public client,
    // no secret; the portal sends a code challenge, Cognito checks the verifier), no implicit
    // grant, and sends the ID token to the API, whose JWT authorizer accepts this client's tokens.
    const webClient = (pool: UserPoolName, id: string, scopes: OAuthScope[]) =>
      this.userPools[pool].addClient(id, {
        generateSecret: false,
        authFlows: {
          userSrp: true,
          userPassword: false,
          adminUserPassword: false,
          custom: false,
          user: false,
        },
        oAuth: {
          flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
          scopes: [OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.EMAIL, ...scopes],
          callbackUrls: [`${this.portal.origin}/auth/callback`],
          logoutUrls: [`${this.portal.origin}/`],
        },
        supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
        preventUserExistenceErrors: true,
        enableTokenRevocation: true,
      });
    this.userPoolClients = {
      // phone: the applicant's number, which the filing form prefills from the ID token's phone_number.
      citizens: webClient('citizens', 'WebClient', [OAuthScope.PHONE]),
      staff: webClient('staff', 'WebClient', []),
    };

    // ---------------------------------------------------------------- notifications
    this.alertTopic = new Topic(this, 'AlertTopic', {
      displayName: 'Administrative justice case alerts',
      enforceSSL: true,
      // AWS-managed key: its key policy already lets principals of this account use it through
      // SNS, so publishers need no KMS statement of their own.
      masterKey: Alias.fromAliasName(this, 'AwsManagedSnsKey', 'alias/aws/sns'),
    });

    // ---------------------------------------------------------------- functions
    const commonEnv = {
      TABLE_NAME: this.table.tableName,
      ALERT_TOPIC_ARN: this.alertTopic.topicArn,
      POWERTOOLS_SERVICE_NAME: 'admin-justice-cases',
    };
    const makeFunction = (
      name: FunctionName,
      fnId: string,
      entry: string,
      timeout: Duration,
      description: string,
    ) => {
      // A function that renders documents carries the two font files beside its bundle
      // (functionBundling) and more memory (documentFunctionMemoryMb).
      const rendersDocuments = capabilities[name].documents;
      const logGroup = new LogGroup(this, `${fnId}Logs`, { retention: logRetention });
      // An explicit role instead of the default one: the default attaches the
      // AWSLambdaBasicExecutionRole managed policy (logs on every log group); this one may
      // write only to its own log group.
      const role = new Role(this, `${fnId}Role`, {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Execution role of ${fnId}`,
      });
      logGroup.grantWrite(role);
      const fn = new NodejsFunction(this, fnId, {
        entry: join(root, entry),
        handler: 'handler',
        projectRoot: root,
        depsLockFilePath: join(root, 'package-lock.json'),
        description,
        runtime: Runtime.NODEJS_24_X,
        architecture: Architecture.ARM_64,
        memorySize: rendersDocuments ? documentFunctionMemoryMb : 512,
        timeout,
        role,
        logGroup,
        tracing: Tracing.ACTIVE,
        environment: { ...commonEnv },
        // One definition shared with `npm run bench:bundles` (infra/bundling.ts); no source maps
        // at run time (no NODE_OPTIONS=--enable-source-maps), see there.
        bundling: functionBundling(name),
      });
      Validations.of(role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Added by Tracing.ACTIVE: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level ' +
          'permissions, so AWS requires Resource "*" for them; this role has no other wildcard.',
      });
      return fn;
    };

    const apiTimeout = Duration.seconds(29);
    const workflowTimeout = Duration.seconds(60);
    const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

    this.apiFunctions = Object.fromEntries(
      Object.entries(routeGroups).map(([group, def]) => [
        group,
        makeFunction(
          group as GroupName,
          `${pascal(group)}ApiFn`,
          def.entry,
          apiTimeout,
          `HTTP API: ${group} routes`,
        ),
      ]),
    ) as Record<GroupName, NodejsFunction>;
    this.workflowFunctions = Object.fromEntries(
      Object.entries(workflowFunctions).map(([variable, entry]) => [
        variable,
        makeFunction(
          variable as WorkflowVar,
          `${variable.replace(/FunctionArn$/, '')}Fn`,
          entry,
          workflowTimeout,
          `Workflow task (${variable})`,
        ),
      ]),
    ) as Record<WorkflowVar, NodejsFunction>;
    this.reconciler = makeFunction(
      'reconciler',
      'ReconcilerFn',
      reconcilerEntry,
      workflowTimeout,
      'Hourly workflow reconciler',
    );

    // ---------------------------------------------------------------- background jobs (SQS)
    const deadLetters = (qid: string, purpose: string) => {
      const q = new Queue(this, qid, {
        enforceSSL: true,
        encryption: QueueEncryption.SQS_MANAGED,
        retentionPeriod: Duration.days(14),
      });
      Validations.of(q).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason: `This queue is itself the dead-letter queue (${purpose}); it has none of its own.`,
      });
      return q;
    };
    const jobDeadLetters = deadLetters('JobDeadLetters', 'background jobs failing 5 times');
    // The recompute's queue keeps the id it had when it was the only job queue (a new id would
    // replace the deployed queue and drop the messages in it).
    const jobQueueIds: Record<keyof typeof jobFunctions, string> = {
      calendarRecompute: 'JobQueue',
      calendarPreview: 'CalendarPreviewJobQueue',
    };
    this.jobQueues = Object.fromEntries(
      Object.keys(jobFunctions).map((kind) => [
        kind,
        new Queue(this, jobQueueIds[kind as keyof typeof jobFunctions], {
          enforceSSL: true,
          encryption: QueueEncryption.SQS_MANAGED,
          // At least six times the job function's timeout, as AWS advises for an SQS event source.
          visibilityTimeout: Duration.minutes(6),
          deadLetterQueue: { queue: jobDeadLetters, maxReceiveCount: 5 },
        }),
      ]),
    ) as Record<keyof typeof jobFunctions, Queue>;
    this.jobFunctions = Object.fromEntries(
      Object.entries(jobFunctions).map(([kind, entry]) => {
        const fn = makeFunction(
          kind as keyof typeof jobFunctions,
          `${pascal(kind)}JobFn`,
          entry,
          workflowTimeout,
          `Background job (${kind})`,
        );
        fn.addEventSource(
          new SqsEventSource(this.jobQueues[kind as keyof typeof jobFunctions], {
            batchSize: 1,
            reportBatchItemFailures: true,
          }),
        );
        return [kind, fn];
      }),
    ) as Record<keyof typeof jobFunctions, NodejsFunction>;
    /** Where each kind of job message goes (JOB_QUEUES of a function whose row has jobs). */
    const jobQueueUrls = this.toJsonString(
      Object.fromEntries(Object.entries(this.jobQueues).map(([kind, q]) => [kind, q.queueUrl])),
    );

    // ---------------------------------------------------------------- effects from the table stream
    const streamFailures = deadLetters('StreamDeadLetters', 'stream batches that failed every retry');
    this.streamFunctions = Object.fromEntries(
      Object.entries(streamFunctions).map(([name, entry]) => {
        const fn = makeFunction(
          name as keyof typeof streamFunctions,
          `${pascal(name)}StreamFn`,
          entry,
          workflowTimeout,
          `Table stream (${name})`,
        );
        fn.addEventSource(
          new DynamoEventSource(this.table, {
            startingPosition: StartingPosition.TRIM_HORIZON,
            batchSize: 50,
            bisectBatchOnError: true,
            retryAttempts: 10,
            reportBatchItemFailures: true,
            onFailure: new SqsDlq(streamFailures),
            // Only appended events: derived items (projection, lists, notices) trigger nothing.
            filters: [
              FilterCriteria.filter({
                eventName: FilterRule.isEqual('INSERT'),
                dynamodb: { NewImage: { sk: { S: FilterRule.beginsWith('EV#') } } },
              }),
            ],
          }),
        );
        Validations.of(fn.role as Role).acknowledge({
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason:
            'Added by the DynamoDB event source: dynamodb:ListStreams supports no resource-level permission. ' +
            "Stream records are read only from this table's stream.",
        });
        return [name, fn];
      }),
    ) as Record<keyof typeof streamFunctions, NodejsFunction>;

    // ---------------------------------------------------------------- grants (infra/capabilities.ts)
    const byName: Record<FunctionName, NodejsFunction> = {
      ...this.apiFunctions,
      ...this.workflowFunctions,
      ...this.jobFunctions,
      ...this.streamFunctions,
      reconciler: this.reconciler,
    };
    const rows = Object.entries(capabilities) as [FunctionName, Capabilities][];

    // Table: read (or read/write) on the table and Query on exactly the declared indexes (no index/*);
    // nothing for a row whose table grant is none.
    const tableRead = [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:DescribeTable',
    ];
    const tableWrite = [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:ConditionCheckItem',
    ];
    const indexArns = Object.keys(tableIndexes).map((name) => `${this.table.tableArn}/index/${name}`);
    for (const [name, row] of rows) {
      const fn = byName[name];
      if (row.table !== 'none') {
        fn.addToRolePolicy(
          new PolicyStatement({
            sid: row.table === 'readWrite' ? 'CasesTableReadWrite' : 'CasesTableRead',
            actions: row.table === 'readWrite' ? [...tableRead, ...tableWrite] : tableRead,
            resources: [this.table.tableArn],
          }),
        );
        fn.addToRolePolicy(
          new PolicyStatement({
            sid: 'CasesTableIndexQuery',
            actions: ['dynamodb:Query'],
            resources: indexArns,
          }),
        );
      }
      // Preview records: PutItem on the table, only on items whose partition is the previews'.
      if (row.previewRecords)
        fn.addToRolePolicy(
          new PolicyStatement({
            sid: 'CalendarPreviewRecords',
            actions: ['dynamodb:PutItem'],
            resources: [this.table.tableArn],
            conditions: {
              'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [calendarPreviewPartition] },
            },
          }),
        );
      // Jobs: sqs:SendMessage on the job queues.
      if (row.jobs) {
        fn.addEnvironment('JOB_QUEUES', jobQueueUrls);
        for (const q of Object.values(this.jobQueues)) q.grantSendMessages(fn);
      }
      // Files: objects under uploads/ and cases/ of the files bucket, and its name in FILES_BUCKET.
      if (row.files) {
        this.files.grant(fn);
        this.files.acknowledgeGrant(fn.role as Role);
      }
      // Documents: only the generated documents under cases/<id>/documents/, and FILES_BUCKET.
      if (row.documents && !row.files) {
        this.files.grantDocuments(fn);
        this.files.acknowledgeDocumentsGrant(fn.role as Role);
      }
      // Alerts: sns:Publish on the one topic.
      if (row.alerts)
        fn.addToRolePolicy(
          new PolicyStatement({
            sid: 'PublishAlerts',
            actions: ['sns:Publish'],
            resources: [this.alertTopic.topicArn],
          }),
        );
    }

    // ---------------------------------------------------------------- workflow
    // One state machine serves every procedure; its construct id and log group keep the names they
    // had when it served reconsideration only (renaming would replace a retained resource).
    const workflowLogs = new LogGroup(this, 'WorkflowLogs', {
      logGroupName: `/aws/vendedlogs/states/${this.stackName}-reconsideration`,
      retention: logRetention,
    });
    const definitionSubstitutions = Object.fromEntries(
      Object.entries(this.workflowFunctions).map(([variable, fn]) => [variable, fn.functionArn]),
    );
    this.stateMachine = new StateMachine(this, 'ReconsiderationWorkflow', {
      stateMachineType: StateMachineType.STANDARD,
      comment:
        'One execution per case, one state machine for every procedure (stage as data, callbacks, timers)',
      definitionBody: DefinitionBody.fromString(readFileSync(join(root, aslFile), 'utf8')),
      definitionSubstitutions,
      logs: { destination: workflowLogs, level: LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // A string definition gets no automatic IAM: invoke exactly the workflow functions (unqualified
    // ARNs, as the ASL's FunctionName uses them — no `:*` version wildcard).
    this.stateMachine.addToRolePolicy(
      new PolicyStatement({
        sid: 'InvokeWorkflowFunctions',
        actions: ['lambda:InvokeFunction'],
        resources: Object.values(this.workflowFunctions).map((fn) => fn.functionArn),
      }),
    );
    Validations.of(this.stateMachine.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Added by the state machine L2 for logging and tracing: logs:CreateLogDelivery/GetLogDelivery/' +
        'UpdateLogDelivery/DeleteLogDelivery/ListLogDeliveries/PutResourcePolicy/DescribeResourcePolicies/' +
        'DescribeLogGroups and xray:PutTraceSegments/PutTelemetryRecords/GetSamplingRules/GetSamplingTargets ' +
        'support no resource-level permissions. Lambda invocation is scoped to the workflow function ARNs.',
    });

    // Workflow control, from the same rows. (A workflow task function given a states grant would
    // make a cycle — machine → function → its role policy → machine; none needs one.)
    const executionsArn = this.formatArn({
      service: 'states',
      resource: 'execution',
      resourceName: `${this.stateMachine.stateMachineName}:*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    // cdk-nag names this finding after the resolved ARN (partition/region may be literals or refs).
    const executionsFinding = `AwsSolutions-IAM5[Resource::${flattenCfnReference(this.resolve(executionsArn))}]`;
    for (const [name, row] of rows) {
      const fn = byName[name];
      if (row.taskResults)
        fn.addToRolePolicy(
          new PolicyStatement({
            sid: 'WorkflowTaskResults',
            // SendTask* are authorised against the state machine whose task issued the token.
            actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
            resources: [this.stateMachine.stateMachineArn],
          }),
        );
      if (row.executions) {
        // Only a function that starts executions needs to know the state machine.
        fn.addEnvironment('STATE_MACHINE_ARN', this.stateMachine.stateMachineArn);
        fn.addToRolePolicy(
          new PolicyStatement({
            sid: 'WorkflowStart',
            actions: ['states:StartExecution'],
            resources: [this.stateMachine.stateMachineArn],
          }),
        );
        fn.addToRolePolicy(
          new PolicyStatement({
            sid: 'WorkflowExecutions',
            actions: ['states:DescribeExecution'],
            resources: [executionsArn],
          }),
        );
        Validations.of(fn.role as Role).acknowledge({
          id: executionsFinding,
          reason:
            'Execution ARNs are created at run time (one execution per case, named by case id), so ' +
            'states:DescribeExecution is granted on the executions of this one state machine only ' +
            '(execution:<StateMachineName>:*), never on other state machines.',
        });
      }
    }

    // ---------------------------------------------------------------- HTTP API
    // One API per user pool, with the same routes on the same functions: API Gateway's JWT
    // authorizer trusts a single issuer, and each pool is its own issuer. CORS: the portal's origin.
    const addApi = (
      pool: UserPoolName,
      ids: { api: string; logs: string; prefix: string },
      apiName: string,
    ) => {
      const accessLogs = new LogGroup(this, ids.logs, { retention: logRetention });
      const api = new HttpApi(this, ids.api, {
        apiName,
        description: `Administrative reconsideration case system (${pool})`,
        createDefaultStage: false,
        corsPreflight: {
          allowOrigins,
          allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT],
          allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match'],
          exposeHeaders: ['etag', 'location'],
          maxAge: Duration.hours(1),
        },
      });
      const stage = api.addStage('DefaultStage', {
        stageName: '$default',
        autoDeploy: true,
        throttle: { rateLimit: 100, burstLimit: 200 },
        accessLogSettings: {
          destination: new LogGroupLogDestination(accessLogs),
          format: AccessLogFormat.custom(
            JSON.stringify({
              requestId: '$context.requestId',
              requestTime: '$context.requestTime',
              routeKey: '$context.routeKey',
              status: '$context.status',
              responseLength: '$context.responseLength',
              responseLatency: '$context.responseLatency',
              integrationLatency: '$context.integration.latency',
              integrationError: '$context.integration.error',
              authorizerError: '$context.authorizer.error',
              sub: '$context.authorizer.claims.sub',
              sourceIp: '$context.identity.sourceIp',
              userAgent: '$context.identity.userAgent',
            }),
          ),
        },
      });
      const authorizer = new HttpUserPoolAuthorizer(`${ids.prefix}CognitoJwt`, this.userPools[pool], {
        userPoolClients: [this.userPoolClients[pool]],
      });
      for (const [group, def] of Object.entries(routeGroups) as [
        GroupName,
        (typeof routeGroups)[GroupName],
      ][]) {
        const integration = new HttpLambdaIntegration(
          `${ids.prefix}${pascal(group)}Integration`,
          this.apiFunctions[group],
        );
        for (const route of def.routes) {
          const [method, path] = route.key.split(' ') as [keyof typeof HttpMethod, string];
          const [created] = api.addRoutes({
            path,
            methods: [HttpMethod[method]],
            integration,
            ...(route.auth ? { authorizer } : {}),
          });
          if (!created) throw new Error(`no route created for ${route.key}`);
          this.routes[pool][route.key] = created;
          if (!route.auth) {
            Validations.of(created).acknowledge({
              id: 'AwsSolutions-APIG4',
              reason: `${route.key} is public by design (health probe / the published agency directory and procedure rules a citizen reads before signing in / the API reference); it reads no case data.`,
            });
          }
        }
      }
      return { api, stage };
    };
    // The citizens' API keeps the construct ids of the single API that came before it.
    const citizens = addApi(
      'citizens',
      { api: 'HttpApi', logs: 'ApiAccessLogs', prefix: '' },
      'admin-justice-cases',
    );
    const staff = addApi(
      'staff',
      { api: 'StaffHttpApi', logs: 'StaffApiAccessLogs', prefix: 'Staff' },
      'admin-justice-cases-staff',
    );
    this.apis = { citizens: citizens.api, staff: staff.api };

    // ---------------------------------------------------------------- portal content
    const cognitoClient = (pool: UserPoolName): CognitoPortalConfig['cognito'][UserPoolName] => ({
      authority: this.userPools[pool].userPoolProviderUrl,
      clientId: this.userPoolClients[pool].userPoolClientId,
      domain: this.userPoolDomains[pool].baseUrl(),
    });
    this.portal.deploy({
      mode: 'cognito',
      // apiEndpoint is the $default stage's URL without its trailing slash.
      apiUrl: citizens.api.apiEndpoint,
      staffApiUrl: staff.api.apiEndpoint,
      cognito: { citizens: cognitoClient('citizens'), staff: cognitoClient('staff') },
      site: { ...defaultSite, ...definedOnly(props.site ?? {}) },
    });

    // ---------------------------------------------------------------- schedule
    new Rule(this, 'ReconcileHourly', {
      description: 'Restarts workflows of open cases that have no live execution',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(this.reconciler, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
    });

    // ---------------------------------------------------------------- outputs
    new CfnOutput(this, 'PortalUrl', { value: this.portal.origin });
    new CfnOutput(this, 'ApiUrl', { value: citizens.stage.url });
    new CfnOutput(this, 'UserPoolId', { value: this.userPools.citizens.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClients.citizens.userPoolClientId });
    new CfnOutput(this, 'StaffApiUrl', { value: staff.stage.url });
    new CfnOutput(this, 'StaffUserPoolId', { value: this.userPools.staff.userPoolId });
    new CfnOutput(this, 'StaffUserPoolClientId', { value: this.userPoolClients.staff.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'StateMachineArn', { value: this.stateMachine.stateMachineArn });
    new CfnOutput(this, 'AlertTopicArn', { value: this.alertTopic.topicArn });
    new CfnOutput(this, 'FilesBucketName', { value: this.files.bucket.bucketName });
  }
}
