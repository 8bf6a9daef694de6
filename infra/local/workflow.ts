import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { StateMachine } from 'aws-local-stepfunctions';
import { logger } from '../../shared/observability/logger';
import type { Workflow } from '../../shared/ports';
import { invokeAs } from '../../shared/runtime';
import { substituteAsl } from '../asl';
import { workflowFunctions } from '../routes';

type Handler = (event: unknown, context: Context) => Promise<unknown>;
type Execution = ReturnType<StateMachine['run']>;
/** A callback task waiting for SendTaskSuccess, and when its timeout (the timer) fires, in ms. */
type Waiter = {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  executionId: string;
  timerDueMs: number;
};
type AslState = Record<string, unknown> & { Type?: string; Resource?: string };

/** The engine's timeout for a Task without TimeoutSeconds(Path) (stack findings: AWS has none). */
const ENGINE_DEFAULT_TIMEOUT_SECONDS = 60;

/** Reads a simple `$.a.b` path (all this project's ASL uses for timers). */
function readPath(input: unknown, path: string): unknown {
  if (!/^\$(\.\w+)+$/.test(path)) return undefined;
  let value = input;
  for (const key of path.slice(2).split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

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
  private readonly waiting = new Map<string, Waiter>();
  /** StateEntered events per execution id: the local engine has no transition counter. */
  private readonly entered = new Map<string, number>();
  private readonly callbackStates = new Set<string>();
  /** Executions a clock move found between two waits: they re-plan once parked. */
  private readonly wakeWhenParked = new Set<string>();
  private stateMachine: StateMachine | undefined;
  private overrides: Record<string, (input: unknown) => Promise<unknown>> = {};

  constructor(
    private readonly aslPath: string,
    private readonly projectRoot: string,
  ) {}

  /**
   * Loads exactly the ASL at `aslPath` (the committed file, or one extracted from the synthesized
   * template) and refuses, with the file named, a definition it could not run as AWS would:
   * a placeholder without a workflow function, an invalid definition, a Task that is not a
   * Lambda invocation of a known handler.
   */
  async init(): Promise<void> {
    const fail = (why: string): never => {
      throw new Error(`local workflow: cannot run ${this.aslPath}: ${why}`);
    };
    const substitutions = Object.fromEntries(Object.keys(workflowFunctions).map((k) => [k, localArn(k)]));
    let definition: { States?: Record<string, AslState> };
    try {
      // Plain JSON copy: structuredClone left nested `.$` templates unevaluated under jest (stack-findings).
      definition = JSON.parse(substituteAsl(readFileSync(this.aslPath, 'utf8'), substitutions));
      this.stateMachine = new StateMachine(definition as never);
    } catch (err) {
      return fail((err as Error).message);
    }
    const handlers = new Map<string, Handler>();
    for (const [variable, entry] of Object.entries(workflowFunctions)) {
      const mod = (await import(`${this.projectRoot}/${entry}`)) as { handler: Handler };
      // Each task runs as its function, with only the ports its capability row grants.
      handlers.set(localArn(variable), (event, context) =>
        invokeAs(variable, () => mod.handler(event, context)),
      );
    }
    for (const [stateName, state] of Object.entries(definition.States ?? {})) {
      if (state.Type !== 'Task') continue;
      const resource = String(state.Resource);
      const callback = resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken';
      if (!callback && resource !== 'arn:aws:states:::lambda:invoke')
        fail(`task state ${stateName}: resource ${resource} is not a Lambda invocation`);
      const fn = (state.Parameters as { FunctionName?: string } | undefined)?.FunctionName;
      const handler = fn ? handlers.get(fn) : undefined;
      if (!handler || !fn) return fail(`task state ${stateName}: no handler for FunctionName ${fn}`);
      if (callback) this.callbackStates.add(stateName);
      this.overrides[stateName] = callback
        ? (input) => this.callbackTask(handler, fn, state, input)
        : // Imitates the lambda:invoke integration: the function's result comes back as `Payload`.
          async (input) => ({
            Payload: await handler((input as { Payload: unknown }).Payload, lambdaContext(fn)),
          });
    }
  }

  private async callbackTask(
    handler: Handler,
    fn: string,
    state: AslState,
    input: unknown,
  ): Promise<unknown> {
    const payload = (input as { Payload: { taskToken: string; executionId?: string } }).Payload;
    // The engine reads the timeout from this (post-Parameters) input and arms it right after this call.
    const timeoutSeconds = Number(
      state.TimeoutSeconds ??
        (typeof state.TimeoutSecondsPath === 'string'
          ? readPath(input, state.TimeoutSecondsPath)
          : undefined) ??
        ENGINE_DEFAULT_TIMEOUT_SECONDS,
    );
    const executionId = payload.executionId ?? '';
    if (!this.executions.has(executionId)) {
      // Aborted mid-task (abortAll): the engine may still step into this wait; end it at once,
      // or its timer (up to TIMER_CAP_SECONDS) would keep the process alive.
      const aborted = new Error('execution aborted');
      aborted.name = 'LocalRuntimeStopped';
      throw aborted;
    }
    this.dropWait(executionId);
    const result = new Promise<unknown>((resolve, reject) => {
      this.waiting.set(payload.taskToken, {
        resolve,
        reject,
        executionId,
        timerDueMs: Date.now() + timeoutSeconds * 1000,
      });
    });
    // After an abort the engine no longer listens; the shutdown rejection must not go unhandled.
    result.catch(() => undefined);
    await handler(payload, lambdaContext(fn));
    if (this.wakeWhenParked.delete(executionId)) void this.resume(payload.taskToken, { woke: true });
    return result;
  }

  /** Forgets the execution's waiting token (its task timed out, or a new wait replaces it). */
  private dropWait(executionId: string): void {
    for (const [token, w] of this.waiting) if (w.executionId === executionId) this.waiting.delete(token);
  }

  /**
   * Counts transitions (StateEntered) and notices timeouts: once a callback task is caught (its
   * timer fired), fails or is retried, its token no longer waits. The next wait's token can only
   * be recorded after Plan's I/O (or a retry's interval), long after this consumer saw the event.
   */
  private async follow(executionId: string, events: Execution['eventLogs']): Promise<void> {
    for await (const event of events) {
      if (event.type === 'StateEntered')
        this.entered.set(executionId, (this.entered.get(executionId) ?? 0) + 1);
      else if (
        (event.type === 'StateCaught' || event.type === 'StateFailed' || event.type === 'StateRetried') &&
        this.callbackStates.has(event.state.name)
      )
        this.dropWait(executionId);
    }
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
    void this.follow(executionName, execution.eventLogs);
    execution.result
      .then(() => logger.info('execution ended', { caseId, executionName }))
      .catch((err: Error) => {
        if (err.name !== 'ExecutionAbortedError')
          logger.error('execution failed', { caseId, error: err.message });
      })
      .finally(() => {
        this.executions.delete(executionName);
        this.dropWait(executionName);
        this.wakeWhenParked.delete(executionName);
      });
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

  /**
   * The clock moved: every execution re-plans now (Plan applies whatever has come due). One that
   * is between waits may have read the clock before it moved, so it re-plans as soon as it parks.
   */
  wakeAll(): number {
    const parked = new Set<string>();
    for (const [token, w] of [...this.waiting]) {
      parked.add(w.executionId);
      void this.resume(token, { woke: true });
    }
    for (const id of this.executions.keys()) if (!parked.has(id)) this.wakeWhenParked.add(id);
    return parked.size + this.wakeWhenParked.size;
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

  /** State transitions (StateEntered events) of an execution so far, ended ones included. */
  transitions(executionId: string): number {
    return this.entered.get(executionId) ?? 0;
  }

  /**
   * When the earliest waiting task's timeout (its timer) fires, in the engine's ms since the
   * epoch (Date.now(), not the local clock) — of one execution, or of all. For a bench that moves
   * time itself, so it can stop exactly where a timer fires.
   */
  nextTimerDueMs(executionId?: string): number | undefined {
    let next: number | undefined;
    for (const w of this.waiting.values())
      if (
        (executionId === undefined || w.executionId === executionId) &&
        (next === undefined || w.timerDueMs < next)
      )
        next = w.timerDueMs;
    return next;
  }

  get runningCount(): number {
    return this.executions.size;
  }

  get waitingCount(): number {
    return this.waiting.size;
  }

  /** Stops every execution; a waiting task's timeout timer is cleared by settling its promise. */
  /**
   * What a process death does to executions: every one ends at once, mid-task or waiting (the
   * reconciler starts them again). Stop uses it; a crash test calls it to restart in-process.
   */
  abortAll(): void {
    for (const e of this.executions.values()) e.abort();
    const shutdown = new Error('local runtime stopped');
    shutdown.name = 'LocalRuntimeStopped';
    for (const w of this.waiting.values()) w.reject(shutdown);
    this.waiting.clear();
    this.executions.clear();
  }

  async stop(): Promise<void> {
    // Let in-flight tasks (a Plan mid-write) finish before pulling the plug.
    await this.settle(2_000);
    const running = [...this.executions.values()];
    this.abortAll();
    this.entered.clear();
    // An aborted execution's result may never settle; do not wait on it for long.
    const ended = Promise.allSettled(running.map((e) => e.result));
    await Promise.race([ended, new Promise((r) => setTimeout(r, 500).unref())]);
  }
}
