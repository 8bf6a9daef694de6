import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  return {
    template,
    nagViolations,
    acknowledgements,
    validationReport,
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
