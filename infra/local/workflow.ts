import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { StateMachine } from 'aws-local-stepfunctions';
import { logger } from '../../shared/observability/logger';
import type { Workflow } from '../../shared/ports';
import { invokeAs } from '../../shared/runtime';
import { workflowFunctions } from '../routes';

type Handler = (event: unknown, context: Context) => Promise<unknown>;
type Deferred = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Execution = ReturnType<StateMachine['run']>;

export const localArn = (name: string) => `arn:aws:lambda:local:000000000000:function:${name}`;

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: localArn(functionName),
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/local/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/**
 * Local stand-in for Step Functions: aws-local-stepfunctions runs the same ASL CDK deploys, each
 * Task mapped (by the function its Parameters name) to the same handler module. Callback tasks
 * wait on a promise that SendTaskSuccess (`resume`) settles. Executions live in this process:
 * after a restart the reconciler starts them again.
 */
export class LocalWorkflow implements Workflow {
  private readonly executions = new Map<string, Execution>();
  private readonly waiting = new Map<string, Deferred>();
  private stateMachine: StateMachine | undefined;
  private overrides: Record<string, (input: unknown) => Promise<unknown>> = {};

  constructor(
    private readonly aslPath: string,
    private readonly projectRoot: string,
  ) {}

  async init(): Promise<void> {
    const substitutions = Object.fromEntries(Object.keys(workflowFunctions).map((k) => [k, localArn(k)]));
    const text = readFileSync(this.aslPath, 'utf8').replace(
      /\$\{(\w+)\}/g,
      (m, k: string) => substitutions[k] ?? m,
    );
    // Plain JSON copy: structuredClone left nested `.$` templates unevaluated under jest (stack-findings).
    const definition = JSON.parse(text);
    this.stateMachine = new StateMachine(definition);
    const handlers = new Map<string, Handler>();
    for (const [variable, entry] of Object.entries(workflowFunctions)) {
      const mod = (await import(`${this.projectRoot}/${entry}`)) as { handler: Handler };
      // Each task runs as its function, with only the ports its capability row grants.
      handlers.set(localArn(variable), (event, context) =>
        invokeAs(variable, () => mod.handler(event, context)),
      );
    }
    for (const [stateName, state] of Object.entries(
      definition.States as Record<string, Record<string, unknown>>,
    )) {
      if (state.Type !== 'Task') continue;
      const fn = (state.Parameters as { FunctionName?: string } | undefined)?.FunctionName;
      const handler = fn ? handlers.get(fn) : undefined;
      if (!handler || !fn) throw new Error(`local workflow: no handler for task state ${stateName}`);
      const callback = String(state.Resource).endsWith('.waitForTaskToken');
      this.overrides[stateName] = callback
        ? (input) => this.callbackTask(handler, fn, input)
        : async (input) => ({
            Payload: await handler((input as { Payload: unknown }).Payload, lambdaContext(fn)),
          });
    }
  }

  private async callbackTask(handler: Handler, fn: string, input: unknown): Promise<unknown> {
    const payload = (input as { Payload: { taskToken: string } }).Payload;
    const result = new Promise<unknown>((resolve, reject) => {
      this.waiting.set(payload.taskToken, { resolve, reject });
    });
    // After an abort the engine no longer listens; the shutdown rejection must not go unhandled.
    result.catch(() => undefined);
    await handler(payload, lambdaContext(fn));
    return result;
  }

  async start(caseId: string, executionName: string): Promise<string> {
    if (!this.stateMachine) throw new Error('local workflow not initialised');
    if (this.executions.has(executionName)) return executionName;
    const execution = this.stateMachine.run(
      { Payload: { caseId } },
      {
        // Handlers return JSON-serialisable payloads; the engine's JSONValue type cannot say so.
        overrides: { taskResourceLocalHandlers: this.overrides as never },
        context: {
          Execution: { Id: executionName, Name: executionName },
          Task: {
            get Token() {
              return randomUUID();
            },
          },
        },
      },
    );
    this.executions.set(executionName, execution);
    execution.result
      .then(() => logger.info('execution ended', { caseId, executionName }))
      .catch((err: Error) => {
        if (err.name !== 'ExecutionAbortedError')
          logger.error('execution failed', { caseId, error: err.message });
      })
      .finally(() => this.executions.delete(executionName));
    return executionName;
  }

  async resume(taskToken: string, output: unknown): Promise<void> {
    const waiter = this.waiting.get(taskToken);
    if (!waiter) return; // already resumed or timed out: not an error (as in AWS, the timer path re-reads).
    this.waiting.delete(taskToken);
    waiter.resolve(output);
  }

  async isRunning(executionId: string): Promise<boolean> {
    return this.executions.has(executionId);
  }

  /** The clock moved: every waiting stage re-plans now (Plan sees the due timer and applies it). */
  wakeAll(): number {
    const tokens = [...this.waiting.keys()];
    for (const t of tokens) void this.resume(t, { woke: true });
    return tokens.length;
  }

  /**
   * Resolves once every running execution is parked in a callback wait again (or has ended), so
   * a clock move or an action has been fully applied before the caller looks. Gives up after
   * `timeoutMs` — it only waits, it never changes anything.
   */
  async settle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let stableSince = 0;
    while (Date.now() < deadline) {
      const settled = this.waiting.size >= this.executions.size;
      if (settled && stableSince === 0) stableSince = Date.now();
      if (!settled) stableSince = 0;
      if (stableSince && Date.now() - stableSince >= 30) return;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Names of the executions running now. */
  runningExecutions(): string[] {
    return [...this.executions.keys()];
  }

  get runningCount(): number {
    return this.executions.size;
  }

  get waitingCount(): number {
    return this.waiting.size;
  }

  /** Stops every execution; a waiting task's timeout timer is cleared by settling its promise. */
  async stop(): Promise<void> {
    // Let in-flight tasks (a Plan or ApplyTimers mid-write) finish before pulling the plug.
    await this.settle(2_000);
    for (const e of this.executions.values()) e.abort();
    const shutdown = new Error('local runtime stopped');
    shutdown.name = 'LocalRuntimeStopped';
    for (const w of this.waiting.values()) w.reject(shutdown);
    this.waiting.clear();
    // An aborted execution's result may never settle; do not wait on it for long.
    const ended = Promise.allSettled([...this.executions.values()].map((e) => e.result));
    await Promise.race([ended, new Promise((r) => setTimeout(r, 500).unref())]);
    this.executions.clear();
  }
}
