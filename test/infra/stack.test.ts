import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import { aslPlaceholders } from '../../infra/asl';
import { functionBundling } from '../../infra/bundling';
import { type Capabilities, capabilities, type FunctionName } from '../../infra/capabilities';
import { projectRoot } from '../../infra/local/system';
import { aslFile, jobFunctions, routeGroups, streamFunctions, workflowFunctions } from '../../infra/routes';
import { documentFunctionMemoryMb } from '../../infra/stack';
import { documentFontFiles } from '../../shared/documents/font-files';
import { roles } from '../../shared/domain/actors';
import { calendarPreviewPartition, tableIndexes, tableKeys } from '../../shared/store/table-schema';
import { type StackIds, type SynthesizedStack, synthesizedStack } from '../support/synthesized-stack';

// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation JSON, navigated by the assertions
type Cfn = any;
interface Resource {
  Type: string;
  Properties: Record<string, Cfn>;
  DeletionPolicy?: string;
}
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** Every state name, including those inside Parallel branches and Map iterators/processors. */
function stateNames(asl: Cfn): string[] {
  const names: string[] = [];
  const walk = (machine: Cfn) => {
    for (const [name, state] of Object.entries<Cfn>(machine?.States ?? {})) {
      names.push(name);
      for (const branch of state.Branches ?? []) walk(branch);
      if (state.Iterator) walk(state.Iterator);
      if (state.ItemProcessor) walk(state.ItemProcessor);
    }
  };
  walk(asl);
  return names;
}

const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const resourcesOf = (s: Statement) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);
const getAtt = (logicalId: string, attr = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attr] });

/** The run's one synthesis of the stack (the same feature flags as `cdk synth`, bundling off). */
let synthesized: SynthesizedStack;
/** Logical ids of the stack's constructs. */
let ids: StackIds;
let resources: Record<string, Resource>;

const rows = Object.entries(capabilities) as [FunctionName, Capabilities][];
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
/**
 * The system's own functions: every Lambda function but the one aws-cdk-lib's BucketDeployment
 * adds to upload the portal (tested in portal-hosting.test.ts).
 */
const systemFunctions = () =>
  ofType('AWS::Lambda::Function').filter(([id]) => id !== ids.portal.deploymentFunction);
/** Statements of every AWS::IAM::Policy attached to the role with this logical id. */
const statementsOfRole = (roleLogicalId: string): Statement[] =>
  ofType('AWS::IAM::Policy')
    .filter(([, p]) =>
      (p.Properties.Roles as unknown[]).some(
        (r) => JSON.stringify(r) === JSON.stringify({ Ref: roleLogicalId }),
      ),
    )
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Statement[]);
/** Role logical ids whose policies allow an action matching the predicate. */
const rolesAllowing = (match: (action: string) => boolean): string[] =>
  ofType('AWS::IAM::Policy')
    .filter(([, p]) =>
      (p.Properties.PolicyDocument.Statement as Statement[]).some((s) => actionsOf(s).some(match)),
    )
    .flatMap(([, p]) => (p.Properties.Roles as { Ref: string }[]).map((r) => r.Ref))
    .sort();

beforeAll(async () => {
  synthesized = await synthesizedStack();
  ids = synthesized.ids;
  resources = synthesized.template.Resources;
});

describe('DynamoDB table', () => {
  it('has the pk/sk keys and every GSI of table-schema.ts (string keys, projection ALL)', () => {
    const [[, table], ...others] = ofType('AWS::DynamoDB::Table') as [[string, Resource]];
    expect(others).toHaveLength(0);
    const p = table.Properties;
    expect(p.KeySchema).toEqual([
      { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
    ]);
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
    const gsis = Object.fromEntries((p.GlobalSecondaryIndexes as Cfn[]).map((g) => [g.IndexName, g]));
    expect(Object.keys(gsis).sort()).toEqual(Object.keys(tableIndexes).sort());
    for (const [name, keys] of Object.entries(tableIndexes)) {
      expect(gsis[name].KeySchema).toEqual([
        { AttributeName: keys.partitionKey, KeyType: 'HASH' },
        { AttributeName: keys.sortKey, KeyType: 'RANGE' },
      ]);
      expect(gsis[name].Projection).toEqual({ ProjectionType: 'ALL' });
    }
    const attributeNames = [tableKeys, ...Object.values(tableIndexes)].flatMap((k) => [
      k.partitionKey,
      k.sortKey,
    ]);
    expect(p.AttributeDefinitions).toHaveLength(attributeNames.length);
    for (const name of attributeNames) {
      expect(p.AttributeDefinitions).toContainEqual({ AttributeName: name, AttributeType: 'S' });
    }
  });

  it('keeps its data: point-in-time recovery, encryption, retained and protected from deletion', () => {
    const [[, table]] = ofType('AWS::DynamoDB::Table') as [[string, Resource]];
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.SSESpecification).toMatchObject({ SSEEnabled: true });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
  });
});

describe('Cognito: staff and administrators sign in with MFA, citizens may', () => {
  const pools = () => ({
    citizens: resources[ids.userPools.citizens] as Resource,
    staff: resources[ids.userPools.staff] as Resource,
  });
  const groupsOf = (poolId: string) =>
    ofType('AWS::Cognito::UserPoolGroup')
      .filter(([, g]) => JSON.stringify(g.Properties.UserPoolId) === JSON.stringify({ Ref: poolId }))
      .map(([, g]) => g.Properties.GroupName as string)
      .sort();

  it('has two user pools: TOTP required for staff, optional for citizens; no SMS, no self sign-up', () => {
    expect(ofType('AWS::Cognito::UserPool')).toHaveLength(2);
    const { citizens, staff } = pools();
    expect(staff.Properties.MfaConfiguration).toBe('ON');
    expect(citizens.Properties.MfaConfiguration).toBe('OPTIONAL');
    for (const pool of [citizens, staff]) {
      expect(pool.Properties).toMatchObject({
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
      });
      expect(pool.DeletionPolicy).toBe('Retain');
    }
  });

  it('puts only applicants in the citizens’ pool and every other role in the staff pool, one group per role', () => {
    expect(groupsOf(ids.userPools.citizens)).toEqual(['applicant']);
    expect(groupsOf(ids.userPools.staff)).toEqual(roles.filter((r) => r !== 'applicant').sort());
    expect(ofType('AWS::Cognito::UserPoolGroup')).toHaveLength(roles.length);
  });

  it('gives the body and agency attributes to staff only', () => {
    const { citizens, staff } = pools();
    for (const name of ['bodyId', 'agencyId']) {
      expect(staff.Properties.Schema).toContainEqual(
        expect.objectContaining({ Name: name, AttributeDataType: 'String', Mutable: true }),
      );
    }
    expect(citizens.Properties.Schema ?? []).toEqual([]);
  });

  it('has one public client per pool: no secret, SRP the only direct sign-in flow (OAuth: portal-hosting.test.ts)', () => {
    const clients = ofType('AWS::Cognito::UserPoolClient');
    expect(clients.map(([id]) => id).sort()).toEqual(Object.values(ids.userPoolClients).sort());
    for (const [pool, clientId] of Object.entries(ids.userPoolClients)) {
      const client = resources[clientId] as Resource;
      expect(client.Properties.UserPoolId).toEqual({
        Ref: ids.userPools[pool as keyof typeof ids.userPools],
      });
      expect(client.Properties.GenerateSecret).toBe(false);
      expect([...client.Properties.ExplicitAuthFlows].sort()).toEqual([
        'ALLOW_REFRESH_TOKEN_AUTH',
        'ALLOW_USER_SRP_AUTH',
      ]);
    }
  });

  it('acknowledges optional MFA (AwsSolutions-COG2) on the citizens’ pool only', () => {
    const acknowledged = synthesized.acknowledgements.filter((a) => a.rule.includes('AwsSolutions-COG2'));
    expect(acknowledged.map((a) => a.logicalId)).toEqual([ids.userPools.citizens]);
    expect(acknowledged[0]?.reason).toMatch(/^Citizens only/);
  });
});

describe('HTTP API', () => {
  const authorizersOf = (apiId: string) =>
    ofType('AWS::ApiGatewayV2::Authorizer').filter(
      ([, a]) => JSON.stringify(a.Properties.ApiId) === JSON.stringify({ Ref: apiId }),
    );

  it('is one API per user pool, each trusting only its own pool and app client', () => {
    expect(ofType('AWS::ApiGatewayV2::Api')).toHaveLength(2);
    for (const pool of ['citizens', 'staff'] as const) {
      const [[, authorizer], ...more] = authorizersOf(ids.apis[pool]) as [[string, Resource]];
      expect(more).toHaveLength(0);
      expect(authorizer.Properties.AuthorizerType).toBe('JWT');
      const jwt = JSON.stringify(authorizer.Properties.JwtConfiguration);
      const other = pool === 'citizens' ? 'staff' : 'citizens';
      expect(jwt).toContain(ids.userPools[pool]);
      expect(jwt).toContain(ids.userPoolClients[pool]);
      expect(jwt).not.toContain(ids.userPools[other]);
      expect(jwt).not.toContain(ids.userPoolClients[other]);
    }
  });

  it.each(['citizens', 'staff'] as const)(
    '%s: exactly the routes of routeGroups, each on its group function, JWT-authorised exactly when auth is true',
    (pool) => {
      const [[authorizerId]] = authorizersOf(ids.apis[pool]) as [[string, Resource]];
      const routes = Object.fromEntries(
        ofType('AWS::ApiGatewayV2::Route')
          .filter(([, r]) => JSON.stringify(r.Properties.ApiId) === JSON.stringify({ Ref: ids.apis[pool] }))
          .map(([, r]) => [r.Properties.RouteKey, r]),
      );
      const expected = Object.values(routeGroups).flatMap((g) => g.routes.map((r) => r.key));
      expect(Object.keys(routes).sort()).toEqual([...expected].sort());

      for (const [group, def] of Object.entries(routeGroups)) {
        const fnId = ids.apiFunctions[group as keyof typeof routeGroups];
        for (const route of def.routes) {
          const r = routes[route.key] as Resource;
          if (route.auth) {
            expect(r.Properties.AuthorizationType).toBe('JWT');
            expect(r.Properties.AuthorizerId).toEqual({ Ref: authorizerId });
          } else {
            expect(r.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
            expect(r.Properties.AuthorizerId).toBeUndefined();
          }
          const integrationId = (r.Properties.Target['Fn::Join'][1] as unknown[]).find(
            (p): p is { Ref: string } => typeof p === 'object',
          )?.Ref as string;
          expect(resources[integrationId]?.Properties.ApiId).toEqual({ Ref: ids.apis[pool] });
          expect(resources[integrationId]?.Properties.IntegrationUri).toEqual(getAtt(fnId));
        }
      }
    },
  );

  it('logs access of each to its own log group and allows the portal’s CORS headers', () => {
    const stages = ofType('AWS::ApiGatewayV2::Stage');
    expect(stages.map(([, s]) => s.Properties.ApiId).sort()).toEqual(
      Object.values(ids.apis)
        .map((id) => ({ Ref: id }))
        .sort(),
    );
    const logGroups = new Set<string>();
    for (const [, stage] of stages) {
      expect(stage.Properties.StageName).toBe('$default');
      expect(stage.Properties.AccessLogSettings.DestinationArn).toEqual(getAtt(expect.any(String) as never));
      logGroups.add(JSON.stringify(stage.Properties.AccessLogSettings.DestinationArn));
    }
    expect(logGroups.size).toBe(2);
    for (const [, api] of ofType('AWS::ApiGatewayV2::Api')) {
      const cors = api.Properties.CorsConfiguration;
      expect([...cors.AllowMethods].sort()).toEqual(['GET', 'POST', 'PUT']);
      expect([...cors.AllowHeaders].sort()).toEqual([
        'authorization',
        'content-type',
        'idempotency-key',
        'if-match',
      ]);
    }
  });
});

describe('Lambda functions', () => {
  it('bundles the document fonts with the function that renders documents, and with no other', () => {
    for (const name of Object.keys(capabilities) as FunctionName[]) {
      const copies = functionBundling(name).commandHooks?.afterBundling('/in', '/out') ?? [];
      const fonts = Object.values(documentFontFiles).map((f) => `/out/fonts/${f.file}`);
      if (capabilities[name].documents)
        for (const font of fonts)
          expect(copies.some((c) => c.startsWith('cp ') && c.endsWith(`"${font}"`))).toBe(true);
      else expect(copies).toEqual([]);
    }
    expect((Object.keys(capabilities) as FunctionName[]).filter((n) => capabilities[n].documents)).toEqual([
      'documents',
    ]);
  });

  it('one per route group, per workflow function and the reconciler, all nodejs24.x on arm64 with X-Ray', () => {
    const functions = systemFunctions();
    expect(functions).toHaveLength(
      Object.keys(routeGroups).length +
        Object.keys(workflowFunctions).length +
        Object.keys(jobFunctions).length +
        Object.keys(streamFunctions).length +
        1,
    );
    for (const [id, fn] of functions) {
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      // The documents function renders PDFs with two large fonts (measured in infra/stack.ts).
      expect(fn.Properties.MemorySize).toBe(
        id === ids.functions.documents.id ? documentFunctionMemoryMb : 512,
      );
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Properties.LoggingConfig?.LogGroup).toBeDefined();
      expect(fn.Properties.Environment.Variables).toMatchObject({
        TABLE_NAME: { Ref: ids.table },
        ALERT_TOPIC_ARN: { Ref: ids.alertTopic },
        POWERTOOLS_SERVICE_NAME: 'admin-justice-cases',
      });
      // Source maps stay beside the bundle, never read at run time (infra/bundling.ts).
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBeUndefined();
    }
    for (const id of Object.values(ids.apiFunctions)) {
      expect(resources[id]?.Properties.Timeout).toBe(29);
    }
    for (const id of [...Object.values(ids.workflowFunctions), ids.reconciler]) {
      expect(resources[id]?.Properties.Timeout).toBe(60);
    }
  });

  it('gives STATE_MACHINE_ARN exactly to the functions whose capability row has executions', () => {
    const withArn = systemFunctions()
      .filter(([, fn]) => 'STATE_MACHINE_ARN' in fn.Properties.Environment.Variables)
      .map(([id]) => id)
      .sort();
    const expected = rows.filter(([, row]) => row.executions).map(([name]) => ids.functions[name].id);
    expect(expected.length).toBeGreaterThan(0);
    expect(withArn).toEqual(expected.sort());
  });

  it('uses no managed policies', () => {
    for (const [, role] of ofType('AWS::IAM::Role'))
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('Step Functions', () => {
  const asl = () => readFileSync(join(projectRoot, aslFile), 'utf8');

  it('is a Standard state machine whose DefinitionString holds the ASL, with logging ALL and tracing', () => {
    const [[, machine], ...others] = ofType('AWS::StepFunctions::StateMachine') as [[string, Resource]];
    expect(others).toHaveLength(0);
    expect(machine.Properties.StateMachineType).toBe('STANDARD');
    const definition = machine.Properties.DefinitionString;
    expect(typeof definition).toBe('string');
    const names = stateNames(JSON.parse(asl()));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(definition).toContain(JSON.stringify(name));
    expect(machine.Properties.LoggingConfiguration).toMatchObject({
      Level: 'ALL',
      IncludeExecutionData: true,
    });
    expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: true });
  });

  it('substitutes every placeholder variable of the ASL file with its workflow function ARN', () => {
    const [[, machine]] = ofType('AWS::StepFunctions::StateMachine') as [[string, Resource]];
    const substitutions = machine.Properties.DefinitionSubstitutions as Record<string, unknown>;
    for (const variable of aslPlaceholders(asl())) expect(Object.keys(substitutions)).toContain(variable);
    expect(Object.keys(substitutions).sort()).toEqual(Object.keys(workflowFunctions).sort());
    for (const [variable, id] of Object.entries(ids.workflowFunctions)) {
      expect(substitutions[variable]).toEqual(getAtt(id));
    }
  });

  it('lets its role invoke exactly the workflow functions', () => {
    const roleId = ids.stateMachineRole;
    const invokable = statementsOfRole(roleId)
      .filter((s) => s.Effect === 'Allow' && actionsOf(s).some((a) => a.startsWith('lambda:')))
      .flatMap((s) => {
        expect(actionsOf(s)).toEqual(['lambda:InvokeFunction']);
        return resourcesOf(s);
      });
    const expected = Object.values(ids.workflowFunctions).map((id) => getAtt(id));
    expect(invokable).toHaveLength(expected.length);
    expect(invokable).toEqual(expect.arrayContaining(expected));
    // and no other role may invoke anything
    expect(rolesAllowing((a) => a.startsWith('lambda:'))).toEqual([roleId]);
  });
});

describe('least privilege: grants come from infra/capabilities.ts', () => {
  const tableRead = ['dynamodb:BatchGetItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query'];
  const tableWrite = [
    'dynamodb:BatchWriteItem',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DeleteItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
  ];
  const taskResults = ['states:SendTaskFailure', 'states:SendTaskHeartbeat', 'states:SendTaskSuccess'];
  const executions = ['states:DescribeExecution', 'states:StartExecution'];
  /** Every role's own log group and X-Ray, whatever its row says. */
  const baseline = [
    'logs:CreateLogStream',
    'logs:PutLogEvents',
    'xray:PutTelemetryRecords',
    'xray:PutTraceSegments',
  ];
  const sendJobs = ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'];
  const files = ['s3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject'];
  const documents = ['s3:GetObject', 's3:ListBucket', 's3:PutObject'];
  /** What a function's own trigger needs (granted by its event source, not by its row). */
  const triggerActions = (name: FunctionName): string[] => {
    if (name in jobFunctions)
      return [
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage',
      ];
    if (name in streamFunctions)
      return [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
        ...sendJobs, // failed batches to the stream's dead-letter queue
      ];
    return [];
  };
  const expectedActions = (name: FunctionName, row: Capabilities) => [
    ...new Set(
      [
        ...baseline,
        ...(row.table === 'none' ? [] : tableRead),
        ...(row.table === 'readWrite' ? tableWrite : []),
        ...(row.previewRecords ? ['dynamodb:PutItem'] : []),
        ...(row.alerts ? ['sns:Publish'] : []),
        ...(row.taskResults ? taskResults : []),
        ...(row.executions ? executions : []),
        ...(row.jobs ? sendJobs : []),
        ...(row.files ? files : []),
        ...(row.documents ? documents : []),
        ...triggerActions(name),
      ].sort(),
    ),
  ];
  const allowed = (name: FunctionName) =>
    statementsOfRole(ids.functions[name].role).filter((s) => s.Effect === 'Allow');
  const actionsOfFunction = (name: FunctionName) => [...new Set(allowed(name).flatMap(actionsOf))].sort();

  it('has one row per deployed function (route groups, workflow tasks, reconciler) and no other', () => {
    expect(Object.keys(capabilities).sort()).toEqual(Object.keys(ids.functions).sort());
    expect(Object.keys(ids.functions)).toHaveLength(systemFunctions().length);
  });

  it.each(Object.keys(capabilities) as FunctionName[])(
    '%s: its role allows exactly what its row grants, nothing absent from it',
    (name) => {
      expect(actionsOfFunction(name)).toEqual(expectedActions(name, capabilities[name]));
    },
  );

  it.each(Object.keys(capabilities) as FunctionName[])(
    '%s: each granted action is scoped to its one resource',
    (name) => {
      const tableArn = getAtt(ids.table);
      const machineRef = { Ref: ids.stateMachine };
      const indexArns = Object.keys(tableIndexes).map((index) => ({
        'Fn::Join': ['', [tableArn, `/index/${index}`]],
      }));
      const queueArns = [
        ...Object.values(ids.jobQueues).map((q) => getAtt(q)),
        ...ofType('AWS::SQS::Queue')
          .filter(([id]) => id.startsWith('StreamDeadLetters'))
          .map(([id]) => getAtt(id)),
      ];
      for (const s of allowed(name)) {
        const resources = resourcesOf(s);
        for (const action of actionsOf(s)) {
          if (
            ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'].includes(action)
          ) {
            expect(resources).toEqual([getAtt(ids.table, 'StreamArn')]);
          } else if (action === 'dynamodb:ListStreams') {
            // No resource-level permission exists for ListStreams (acknowledged in the stack).
            expect(resources).toEqual(['*']);
          } else if (action.startsWith('dynamodb:')) {
            const onTable = JSON.stringify(resources) === JSON.stringify([tableArn]);
            if (!onTable) {
              expect(action).toBe('dynamodb:Query');
              expect(resources).toHaveLength(indexArns.length);
              expect(resources).toEqual(expect.arrayContaining(indexArns));
            }
          } else if (action.startsWith('sqs:')) {
            expect(resources.length).toBeGreaterThan(0);
            for (const queue of resources) expect(queueArns).toContainEqual(queue);
          } else if (action.startsWith('s3:')) {
            const bucketArn = getAtt(ids.filesBucket);
            const under = (prefix: string) => ({ 'Fn::Join': ['', [bucketArn, `/${prefix}/*`]] });
            const expected =
              action === 's3:ListBucket'
                ? [bucketArn]
                : capabilities[name].documents
                  ? [{ 'Fn::Join': ['', [bucketArn, '/cases/*/documents/*']] }]
                  : action === 's3:DeleteObject'
                    ? [under('uploads')]
                    : [under('uploads'), under('cases')];
            const sorted = (rs: unknown[]) => rs.map((r) => JSON.stringify(r)).sort();
            expect(sorted(resources)).toEqual(sorted(expected));
          } else if (action === 'sns:Publish') {
            expect(resources).toEqual([{ Ref: ids.alertTopic }]);
          } else if (action === 'states:DescribeExecution') {
            expect(resources).toHaveLength(1);
            expect(JSON.stringify(resources[0])).toContain(`${ids.stateMachine}","Name"`);
            expect(JSON.stringify(resources[0])).toContain(':execution:');
          } else if (action.startsWith('states:')) {
            expect(resources).toEqual([machineRef]);
          }
        }
      }
    },
  );

  it('pins the rows that motivated the table: directory only reads; a calendar load queues a job that may alert and resume', () => {
    const directory = actionsOfFunction('directory');
    expect(directory).toContain('dynamodb:Query');
    expect(directory).not.toContain('dynamodb:PutItem');
    expect(directory).not.toContain('sns:Publish');
    expect(directory.filter((a) => a.startsWith('states:'))).toEqual([]);
    const calendar = actionsOfFunction('calendar');
    expect(calendar).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'sqs:SendMessage']));
    expect(calendar).not.toContain('states:StartExecution');
    const recompute = actionsOfFunction('calendarRecompute');
    expect(recompute).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'sns:Publish', 'states:SendTaskSuccess']),
    );
    // The API document's function: its own logs and traces, nothing of the table.
    expect(actionsOfFunction('contract').filter((a) => !/^(logs|xray):/.test(a))).toEqual([]);
  });

  it('lets the calendar preview read the cases and write only the preview records (by leading key)', () => {
    const preview = actionsOfFunction('calendarPreview');
    expect(preview).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']),
    );
    for (const write of ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'])
      expect(preview).not.toContain(write);
    expect(preview).not.toContain('sns:Publish');
    expect(preview.filter((a) => a.startsWith('states:'))).toEqual([]);
    const puts = allowed('calendarPreview').filter((s) => actionsOf(s).includes('dynamodb:PutItem'));
    expect(puts).toHaveLength(1);
    expect(actionsOf(puts[0] as Statement)).toEqual(['dynamodb:PutItem']);
    expect((puts[0] as Statement).Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [calendarPreviewPartition] },
    });
  });

  it('gives each job function its own queue, and every job sender the URLs by kind', () => {
    const queues = Object.values(ids.jobQueues);
    expect(queues).toHaveLength(Object.keys(jobFunctions).length);
    const sources = ofType('AWS::Lambda::EventSourceMapping').filter(([, m]) =>
      queues.some((q) => JSON.stringify(m.Properties.EventSourceArn) === JSON.stringify(getAtt(q))),
    );
    expect(
      sources.map(([, m]) => [
        JSON.stringify(m.Properties.FunctionName),
        JSON.stringify(m.Properties.EventSourceArn),
      ]),
    ).toEqual(
      expect.arrayContaining(
        (Object.keys(jobFunctions) as (keyof typeof jobFunctions)[]).map((kind) => [
          JSON.stringify({ Ref: ids.functions[kind].id }),
          JSON.stringify(getAtt(ids.jobQueues[kind] as string)),
        ]),
      ),
    );
    expect(sources).toHaveLength(queues.length);
    for (const [name, row] of rows) {
      const vars = resources[ids.functions[name].id]?.Properties.Environment.Variables;
      expect('JOB_QUEUES' in vars).toBe(row.jobs);
    }
  });

  it('names the files bucket (FILES_BUCKET) exactly to the functions whose row has files or documents', () => {
    for (const [name, row] of rows) {
      const vars = resources[ids.functions[name].id]?.Properties.Environment.Variables;
      expect([name, vars.FILES_BUCKET]).toEqual([
        name,
        row.files || row.documents ? { Ref: ids.filesBucket } : undefined,
      ]);
    }
    // A case's file is never deleted: DeleteObject reaches only uploads/.
    const policies = JSON.stringify(ofType('AWS::IAM::Policy'));
    expect(policies).not.toContain('s3:*');
    expect(policies).not.toContain('/cases/*"]]},"Action":"s3:DeleteObject');
  });

  it('grants the table and its named indexes, never index/*', () => {
    const policies = JSON.stringify(ofType('AWS::IAM::Policy'));
    expect(policies).not.toContain('/index/*');
    expect(policies).not.toContain('dynamodb:*');
    expect(policies).not.toContain('dynamodb:Scan');
  });
});

describe('files bucket', () => {
  const bucket = () => resources[ids.filesBucket] as Resource;

  it('is private, encrypted, logged and retained with the case file', () => {
    const p = bucket().Properties;
    expect(p.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(p.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ]);
    expect(p.OwnershipControls.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
    expect(p.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: ids.portal.logBucket },
      LogFilePrefix: 's3/files/',
    });
    expect(bucket().DeletionPolicy).toBe('Retain');
  });

  it('denies every request without TLS', () => {
    const [, policy] = ofType('AWS::S3::BucketPolicy').find(
      ([, r]) => JSON.stringify(r.Properties.Bucket) === JSON.stringify({ Ref: ids.filesBucket }),
    ) as [string, Resource];
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('lets the portal’s origin PUT uploads with the signed headers and GET downloads, nothing else', () => {
    const [rule, ...others] = bucket().Properties.CorsConfiguration.CorsRules;
    expect(others).toEqual([]);
    expect(rule.AllowedMethods.sort()).toEqual(['GET', 'HEAD', 'PUT']);
    expect(rule.AllowedOrigins).toHaveLength(1);
    expect(JSON.stringify(rule.AllowedOrigins[0])).toContain(ids.portal.distribution);
    expect(rule.AllowedHeaders.sort()).toEqual(
      ['content-type', 'x-amz-checksum-sha256', 'x-amz-meta-*', 'x-amz-server-side-encryption'].sort(),
    );
  });

  it('expires uploads never attached, and nothing else', () => {
    expect(bucket().Properties.LifecycleConfiguration.Rules).toEqual([
      { Id: 'ExpireUnattachedUploads', Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' },
    ]);
  });
});

describe('schedule and outputs', () => {
  it('runs the reconciler every hour', () => {
    const rules = ofType('AWS::Events::Rule');
    expect(rules).toHaveLength(1);
    const [[, rule]] = rules as [[string, Resource]];
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule.Properties.Targets).toEqual([expect.objectContaining({ Arn: getAtt(ids.reconciler) })]);
  });

  it('exports what the portal and operators need', () => {
    const outputs = Object.keys(synthesized.template.Outputs ?? {});
    for (const name of [
      'PortalUrl',
      'ApiUrl',
      'UserPoolId',
      'UserPoolClientId',
      'StaffApiUrl',
      'StaffUserPoolId',
      'StaffUserPoolClientId',
      'TableName',
      'StateMachineArn',
      'AlertTopicArn',
      'FilesBucketName',
    ]) {
      expect(outputs).toContain(name);
    }
  });

  it('encrypts the alert topic and denies publishing without TLS', () => {
    const [[, topic]] = ofType('AWS::SNS::Topic') as [[string, Resource]];
    expect(JSON.stringify(topic.Properties.KmsMasterKeyId)).toContain('alias/aws/sns');
    const policy = JSON.stringify(ofType('AWS::SNS::TopicPolicy')[0]?.[1].Properties.PolicyDocument);
    expect(policy).toContain('"aws:SecureTransport":"false"');
  });
});

describe('cdk-nag (AwsSolutions)', () => {
  it('reports no unacknowledged error or warning', () => {
    expect(synthesized.nagViolations).toEqual([]);
    // what `cdk synth` reports (errors and warnings, after acknowledgements)
    const fromSynth = synthesized.validationReport.pluginReports.flatMap((r) =>
      (r.violations ?? []).map((v) => `${r.pluginName ?? '?'}: ${v.ruleName}`),
    );
    expect(fromSynth.filter((v) => v.includes('AwsSolutions'))).toEqual([]);
  });

  it('would catch a new finding, and synthesis would fail on it (control: a topic without TLS policy)', () => {
    const controlApp = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const controlStack = new Stack(controlApp, 'Control');
    new Topic(controlStack, 'PlainTopic');
    const report = new AwsSolutionsChecks(controlApp).validateScope(controlApp);
    expect(report.violations.map((v) => v.ruleName)).toContain('AwsSolutions-SNS3');
    Validations.of(controlApp).addPlugins(new AwsSolutionsChecks(controlApp));
    expect(() => controlApp.synth()).toThrow(/AwsSolutions-SNS3/);
  });
});
