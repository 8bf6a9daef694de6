import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { StateMachine } from 'aws-local-stepfunctions';
import { aslFromTemplate, substituteAsl } from '../../infra/asl';
import { TIMER_CAP_SECONDS } from '../../shared/domain/timers';
import { synthesizedStack } from '../support/synthesized-stack';

/**
 * The synthesized definition against each way aws-local-stepfunctions differs from AWS
 * (see the stack findings): the definition must mean the same on both engines.
 */

type State = Record<string, unknown> & {
  Type: string;
  Resource?: string;
  Parameters?: Record<string, unknown>;
  ResultSelector?: Record<string, unknown>;
  ResultPath?: unknown;
  TimeoutSecondsPath?: string;
  Choices?: { Variable: string }[];
};
type Asl = { StartAt: string; States: Record<string, State> };

const INVOKE = 'arn:aws:states:::lambda:invoke';
const CALLBACK = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

let asl: Asl;
beforeAll(async () => {
  const { definition, substitutions } = aslFromTemplate((await synthesizedStack()).template);
  const arns = Object.fromEntries(
    Object.keys(substitutions).map((k) => [k, `arn:aws:lambda:cn-north-1:000000000000:function:${k}`]),
  );
  asl = JSON.parse(substituteAsl(definition, arns));
});
afterEach(() => {
  jest.useRealTimers();
});

const tasks = (resource: string) =>
  Object.entries(asl.States).filter(([, s]) => s.Type === 'Task' && s.Resource === resource);

/** A simple `$.a.b` path, resolved exactly (the only kind the timer path may be). */
function readPath(input: unknown, path: string): unknown {
  expect(path).toMatch(/^\$(\.\w+)+$/);
  let value = input;
  for (const key of path.slice(2).split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** Every JSONPath the definition reads, with where it is read. */
function pathsRead(): { where: string; path: string }[] {
  const out: { where: string; path: string }[] = [];
  const templates = (where: string, value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('.$') && typeof v === 'string') out.push({ where: `${where}.${k}`, path: v });
      else templates(`${where}.${k}`, v);
    }
  };
  for (const [name, s] of Object.entries(asl.States)) {
    templates(`${name}.Parameters`, s.Parameters);
    templates(`${name}.ResultSelector`, s.ResultSelector);
    for (const c of s.Choices ?? []) out.push({ where: `${name}.Choices`, path: c.Variable });
    for (const key of ['TimeoutSecondsPath', 'InputPath', 'OutputPath', 'ItemsPath'])
      if (typeof s[key] === 'string') out.push({ where: `${name}.${key}`, path: s[key] as string });
  }
  return out;
}

const plan = (over: Record<string, unknown> = {}) => ({
  caseId: 'C-1',
  stage: 'acceptanceReview',
  closed: false,
  timeoutSeconds: 7,
  ...over,
});

/** What the lambda:invoke integration returns on AWS: the function's result is only `Payload`. */
const awsInvokeOutput = (payload: unknown) => ({
  ExecutedVersion: '$LATEST',
  Payload: payload,
  SdkHttpMetadata: { HttpStatusCode: 200, HttpHeaders: { 'Content-Type': 'application/json' } },
  SdkResponseMetadata: { RequestId: '7f9f2b8e-0000-0000-0000-000000000000' },
  StatusCode: 200,
});

interface RunOptions {
  definition?: Asl;
  /** Plan's result per call, as the task returns it (local imitation or AWS shape). */
  planResult: (call: number) => unknown;
  /** Resolve the callback task at once (a person acted) instead of letting its timer fire. */
  resumeAtOnce: boolean;
}

/** Runs the definition on the local engine with the workflow tasks overridden. */
function run(options: RunOptions) {
  const awaitInputs: unknown[] = [];
  const events: { type: string; name?: string; input?: unknown }[] = [];
  let calls = 0;
  const callbackName = tasks(CALLBACK)[0]?.[0] as string;
  const planName = tasks(INVOKE)[0]?.[0] as string;
  // Plain JSON copy: structuredClone left nested `.$` templates unevaluated under jest (stack-findings).
  const machine = new StateMachine(JSON.parse(JSON.stringify(options.definition ?? asl)));
  const execution = machine.run(
    { Payload: { caseId: 'C-1' } },
    {
      overrides: {
        taskResourceLocalHandlers: {
          [planName]: () => options.planResult(calls++) as never,
          [callbackName]: (input) => {
            awaitInputs.push(input);
            return options.resumeAtOnce ? { woke: true } : new Promise(() => undefined);
          },
        },
      },
      context: { Execution: { Id: 'exec-1' }, Task: { Token: 'token-1' } },
    },
  );
  const logged = (async () => {
    for await (const e of execution.eventLogs) {
      const state = (e as { state?: { name: string; input: unknown } }).state;
      events.push({ type: e.type, name: state?.name, input: state?.input });
    }
  })();
  execution.result.catch(() => undefined);
  return { execution, awaitInputs, events, logged, callbackName };
}

describe('TimeoutSecondsPath: AWS reads the state input, the local engine the post-Parameters input', () => {
  it('the timer path of every callback task is copied by its Parameters to the same place', () => {
    const callbacks = tasks(CALLBACK);
    expect(callbacks.length).toBeGreaterThan(0);
    for (const [, s] of callbacks) {
      const path = s.TimeoutSecondsPath as string;
      expect(path).toMatch(/^\$(\.\w+)+$/);
      const keys = path.slice(2).split('.');
      const last = keys.pop() as string;
      let parameters: unknown = s.Parameters;
      for (const k of keys) parameters = (parameters as Record<string, unknown>)[k];
      expect((parameters as Record<string, unknown>)[`${last}.$`]).toBe(path);
    }
  });

  it('resolves to Plan’s timer in both shapes, and the local engine times out after exactly that', async () => {
    jest.useFakeTimers({ now: new Date('2026-02-10T02:00:00Z') });
    const r = run({
      planResult: (call) => ({ Payload: plan(call === 0 ? {} : { closed: true, stage: 'closed' }) }),
      resumeAtOnce: false,
    });
    await jest.advanceTimersByTimeAsync(0);
    const path = asl.States[r.callbackName]?.TimeoutSecondsPath as string;
    // The state input (Plan's output after its ResultSelector, through Route) — what AWS reads.
    const entered = r.events.find((e) => e.type === 'StateEntered' && e.name === r.callbackName);
    expect(readPath(entered?.input, path)).toBe(7);
    // The post-Parameters input — what the local engine reads.
    expect(r.awaitInputs).toHaveLength(1);
    expect(readPath(r.awaitInputs[0], path)).toBe(7);

    await jest.advanceTimersByTimeAsync(6_999);
    expect(r.events.some((e) => e.type === 'StateCaught')).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(r.execution.result).resolves.toBeDefined();
    await r.logged;
    expect(r.events.filter((e) => e.type === 'StateEntered').map((e) => e.name)).toEqual([
      'Plan',
      'Route',
      r.callbackName,
      'Plan',
      'Route',
      'CaseClosed',
    ]);
    expect(r.events.find((e) => e.type === 'StateCaught')?.name).toBe(r.callbackName);
  });

  it('control: without the copy in Parameters, the local engine could not read the timer', async () => {
    const broken = JSON.parse(JSON.stringify(asl)) as Asl;
    const s = broken.States[tasks(CALLBACK)[0]?.[0] as string] as State;
    const payload = (s.Parameters as { Payload: Record<string, unknown> }).Payload;
    expect(payload['timeoutSeconds.$']).toBe('$.Payload.timeoutSeconds');
    delete payload['timeoutSeconds.$'];
    const r = run({ definition: broken, planResult: () => ({ Payload: plan() }), resumeAtOnce: true });
    await expect(r.execution.result).rejects.toThrow();
  });

  it('the timer is capped below Node’s setTimeout limit: a longer one would fire at once locally', async () => {
    expect(TIMER_CAP_SECONDS * 1000).toBeLessThan(2 ** 31 - 1);
    const firesAfter = async (timeoutSeconds: number, probeMs: number) => {
      jest.useFakeTimers({ now: new Date('2026-02-10T02:00:00Z') });
      const r = run({
        planResult: (call) => ({
          Payload: plan(call === 0 ? { timeoutSeconds } : { closed: true, stage: 'closed' }),
        }),
        resumeAtOnce: false,
      });
      await jest.advanceTimersByTimeAsync(probeMs);
      const caught = r.events.some((e) => e.type === 'StateCaught');
      jest.useRealTimers();
      return caught;
    };
    // The divergence: 25 days overflows Node's timer and fires after 1 ms.
    expect(await firesAfter(25 * 86_400, 10)).toBe(true);
    // The cap waits its whole length.
    expect(await firesAfter(TIMER_CAP_SECONDS, TIMER_CAP_SECONDS * 1000 - 1_000)).toBe(false);
  });
});

describe('lambda:invoke output: the local runtime imitates only `Payload`, so the ASL reads only `$.Payload…`', () => {
  it('every lambda:invoke task keeps only the Payload of its result (or discards the result)', () => {
    const invokes = [...tasks(INVOKE), ...tasks(CALLBACK)];
    expect(invokes.length).toBe(Object.values(asl.States).filter((s) => s.Type === 'Task').length);
    for (const [name, s] of tasks(INVOKE))
      expect({ name, kept: s.ResultPath === null ? 'nothing' : s.ResultSelector }).toEqual({
        name,
        kept: { 'Payload.$': '$.Payload' },
      });
    // A callback task's result is what SendTaskSuccess sent, not a Lambda output: discarded.
    for (const [, s] of tasks(CALLBACK)) expect(s.ResultPath).toBeNull();
  });

  it('every path the definition reads is under $.Payload or the context object', () => {
    const paths = pathsRead();
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths)
      expect(p).toEqual({ where: p.where, path: expect.stringMatching(/^(\$\.Payload(\.|$)|\$\$\.)/) });
  });

  it('runs alike on the local imitation { Payload } and on the full AWS output', async () => {
    const states = async (shape: (payload: unknown) => unknown) => {
      const r = run({
        planResult: (call) => shape(plan(call === 0 ? {} : { closed: true, stage: 'closed' })),
        resumeAtOnce: true,
      });
      await r.execution.result;
      await r.logged;
      return {
        entered: r.events.filter((e) => e.type === 'StateEntered').map((e) => [e.name, e.input]),
        awaited: r.awaitInputs,
      };
    };
    const local = await states((payload) => ({ Payload: payload }));
    const aws = await states(awsInvokeOutput);
    expect(aws).toEqual(local);
    expect(local.awaited).toEqual([
      {
        FunctionName: expect.stringContaining('AwaitActionFunctionArn'),
        Payload: {
          caseId: 'C-1',
          stage: 'acceptanceReview',
          taskToken: 'token-1',
          executionId: 'exec-1',
          timeoutSeconds: 7,
        },
      },
    ]);
  });
});
