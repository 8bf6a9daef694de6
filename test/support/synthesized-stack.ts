import { type Dirent, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FunctionName } from '../../infra/capabilities';
import type { routeGroups, workflowFunctions } from '../../infra/routes';
import type { UserPoolName } from '../../infra/stack';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The CDK app synthesized once per test run and shared by the infra tests: jest's global setup
 * (test/support/infra-global-setup.js) writes it to a file named by this environment variable. A
 * test file run on its own without it synthesizes in-process instead.
 */
export const synthesizedStackEnv = 'AJC_SYNTHESIZED_STACK';

// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation JSON, navigated by the assertions
type Cfn = any;

/** The logical ids of the constructs the tests look at (the template alone does not name them). */
export interface StackIds {
  readonly table: string;
  readonly alertTopic: string;
  readonly stateMachine: string;
  readonly stateMachineRole: string;
  readonly jobQueues: Readonly<Record<string, string>>;
  /** The citizens' and the staff's user pool, app client and HTTP API. */
  readonly userPools: Record<UserPoolName, string>;
  readonly userPoolClients: Record<UserPoolName, string>;
  readonly apis: Record<UserPoolName, string>;
  /** Every deployed function by its capability row name, with its execution role. */
  readonly functions: Record<FunctionName, { readonly id: string; readonly role: string }>;
  readonly apiFunctions: Record<keyof typeof routeGroups, string>;
  /** ASL placeholder variable → the logical id of its function. */
  readonly workflowFunctions: Record<keyof typeof workflowFunctions, string>;
  readonly reconciler: string;
  /** The hosted UI (Cognito prefix domain) of each pool. */
  readonly userPoolDomains: Record<UserPoolName, string>;
  /** The files bucket (infra/files-bucket.ts). */
  readonly filesBucket: string;
  /** The portal's resources (infra/portal-hosting.ts). */
  readonly portal: {
    readonly bucket: string;
    readonly logBucket: string;
    readonly distribution: string;
    readonly routingFunction: string;
    readonly responseHeadersPolicy: string;
    readonly deploymentRole: string;
    /** The BucketDeployment singleton function (Python, from aws-cdk-lib), not one of the system's. */
    readonly deploymentFunction: string;
  };
}

/** One source of a BucketDeployment as synthesis staged it: its files and the marker values. */
export interface StagedSource {
  /** Relative file paths (forward slashes), sorted. */
  readonly files: string[];
  /** The text of each .json file, with the deploy-time markers still in it. */
  readonly json: Record<string, string>;
  /** Marker → the CloudFormation value the deployment substitutes for it. */
  readonly markers: Record<string, Cfn>;
}

export interface SynthesizedStack {
  readonly template: Cfn;
  readonly ids: StackIds;
  /** cdk-nag AwsSolutions run over the whole app: errors and warnings, after acknowledgements. */
  readonly nagViolations: { ruleName: string; severity: string; paths: (string | undefined)[] }[];
  /**
   * Every acknowledged finding: the construct it is acknowledged on (path, and logical id when it
   * is a resource or wraps one), the rule and the reason.
   */
  readonly acknowledgements: { path: string; logicalId?: string; rule: string; reason: string }[];
  /** What `cdk synth` writes as its validation report (the registered cdk-nag plugin's findings). */
  readonly validationReport: {
    pluginReports: { pluginName?: string; violations?: { ruleName: string }[] }[];
  };
  /** Each Custom::CDKBucketDeployment (logical id) → its sources, in order. */
  readonly bucketDeployments: Record<string, StagedSource[]>;
}

/** Relative paths of every file under `dir`, with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * Synthesizes the stack as `cdk synth` does (cdk.json's feature flags, cdk-nag registered) with
 * bundling switched off, and validation findings written to the report instead of aborting (so a
 * new cdk-nag finding fails the cdk-nag test with its report, not every test).
 */
export async function synthesize(outdir?: string): Promise<SynthesizedStack> {
  const { App, CfnElement, Validations } = await import('aws-cdk-lib');
  const { FAIL_SYNTH_ON_VALIDATION_ERRORS_CONTEXT } = await import('aws-cdk-lib/cx-api');
  const { AwsSolutionsChecks } = await import('cdk-nag');
  const { CaseSystemStack } = await import('../../infra/stack');
  type Construct = { node: { defaultChild?: unknown } };

  const cdkJson = JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')) as { context?: object };
  const app = new App({
    ...(outdir ? { outdir } : {}),
    context: {
      ...cdkJson.context,
      'aws:cdk:bundling-stacks': [],
      [FAIL_SYNTH_ON_VALIDATION_ERRORS_CONTEXT]: false,
    },
  });
  const stack = new CaseSystemStack(app, 'AdminJusticeCases', { projectRoot });
  const nag = new AwsSolutionsChecks(app);
  Validations.of(app).addPlugins(nag);
  // Direct run of the pack over the whole tree: errors AND warnings, after acknowledgements.
  const nagViolations = nag.validateScope(app).violations.map((v) => ({
    ruleName: v.ruleName,
    severity: v.severity ?? 'error',
    paths: v.violatingResources.map((r) => r.constructPath ?? r.resourceLogicalId),
  }));
  // The real path: synthesis runs the registered plugin and writes its findings to the report.
  const assembly = app.synth();
  const validationReport = JSON.parse(
    readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
  );
  const template = assembly.getStackArtifact(stack.artifactId).template;
  const bucketDeployments = Object.fromEntries(
    Object.entries<Cfn>(template.Resources)
      .filter(([, r]) => r.Type === 'Custom::CDKBucketDeployment')
      .map(([logicalId, r]) => [
        logicalId,
        (r.Properties.SourceObjectKeys as string[]).map((key, i): StagedSource => {
          const dir = join(assembly.directory, `asset.${key.replace(/\.zip$/, '')}`);
          const files = filesUnder(dir);
          return {
            files,
            json: Object.fromEntries(
              files.filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
            ),
            markers: r.Properties.SourceMarkers?.[i] ?? {},
          };
        }),
      ]),
  );
  const acknowledgements = app.node.findAll().flatMap((c) => {
    const resource = CfnElement.isCfnElement(c) ? c : c.node.defaultChild;
    const logicalId =
      resource && CfnElement.isCfnElement(resource) ? stack.getLogicalId(resource) : undefined;
    return c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([rule, reason]) => ({
          path: c.node.path,
          ...(logicalId ? { logicalId } : {}),
          rule,
          reason,
        })),
      );
  });

  const id = (c: Construct) => stack.getLogicalId(c.node.defaultChild as never);
  const ids = <K extends string>(record: Record<K, Construct>) =>
    Object.fromEntries(Object.entries<Construct>(record).map(([k, c]) => [k, id(c)])) as Record<K, string>;
  const deployed = {
    ...stack.apiFunctions,
    ...stack.workflowFunctions,
    ...stack.jobFunctions,
    ...stack.streamFunctions,
    reconciler: stack.reconciler,
  };
  const deploymentRole = id(stack.portal.deploymentRole);
  const [deploymentFunction] =
    Object.entries<Cfn>(template.Resources).find(
      ([, r]) =>
        r.Type === 'AWS::Lambda::Function' &&
        JSON.stringify(r.Properties.Role) === JSON.stringify({ 'Fn::GetAtt': [deploymentRole, 'Arn'] }),
    ) ?? [];
  if (!deploymentFunction) throw new Error('no function runs with the portal deployment role');
  return {
    template,
    nagViolations,
    acknowledgements,
    validationReport,
    bucketDeployments,
    ids: {
      table: id(stack.table),
      alertTopic: id(stack.alertTopic),
      stateMachine: id(stack.stateMachine),
      stateMachineRole: id(stack.stateMachine.role as unknown as Construct),
      jobQueues: ids(stack.jobQueues),
      userPools: ids(stack.userPools),
      userPoolClients: ids(stack.userPoolClients),
      apis: ids(stack.apis),
      functions: Object.fromEntries(
        Object.entries(deployed).map(([name, fn]) => [
          name,
          { id: id(fn), role: id(fn.role as unknown as Construct) },
        ]),
      ) as StackIds['functions'],
      apiFunctions: ids(stack.apiFunctions),
      workflowFunctions: ids(stack.workflowFunctions),
      reconciler: id(stack.reconciler),
      userPoolDomains: ids(stack.userPoolDomains),
      filesBucket: id(stack.files.bucket),
      portal: {
        bucket: id(stack.portal.bucket),
        logBucket: id(stack.portal.logBucket),
        distribution: id(stack.portal.distribution),
        routingFunction: id(stack.portal.routingFunction),
        responseHeadersPolicy: id(stack.portal.responseHeadersPolicy),
        deploymentRole,
        deploymentFunction,
      },
    },
  };
}

let inProcess: Promise<SynthesizedStack> | undefined;

/** The run's synthesized stack: the shared file when the global setup wrote one, else synthesized here. */
export function synthesizedStack(): Promise<SynthesizedStack> {
  const file = process.env[synthesizedStackEnv];
  if (file && existsSync(file)) return Promise.resolve(JSON.parse(readFileSync(file, 'utf8')));
  inProcess ??= synthesize();
  return inProcess;
}
