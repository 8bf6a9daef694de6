import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from '@jest/globals';
import { roles } from '../../shared/domain/actors';
import type { ProcedureDefinition, Transition } from '../../shared/domain/procedure';
import { reconsiderationProcedure } from '../../shared/procedures/reconsideration/definition';
import { awaitStateName, generateAsl } from '../../statemachines/definition';
import { aslFiles, renderAsl } from '../../statemachines/generate';

const procedure: ProcedureDefinition = reconsiderationProcedure;
const stageIds = Object.keys(procedure.stages);
const deadlineKeys = Object.keys(procedure.deadlines);
const waiting = stageIds.filter((s) => procedure.stages[s]?.kind === 'waiting');
const terminal = stageIds.filter((s) => procedure.stages[s]?.kind === 'terminal');

/** Every transition of the procedure, named for failure messages. */
const transitions: [string, Transition][] = [
  ['onFiling', { to: procedure.initialStage, ...procedure.onFiling }],
  ...Object.entries(procedure.stages).flatMap(([stage, s]) =>
    Object.entries(s.actions).map(([action, a]): [string, Transition] => [`${stage}.${action}`, a]),
  ),
  ...Object.entries(procedure.clockTransitions).map(([k, t]): [string, Transition] => [`clock.${k}`, t]),
];

describe('procedure definition: internal consistency', () => {
  it('starts in an existing waiting stage and has a terminal stage', () => {
    expect(procedure.stages[procedure.initialStage]?.kind).toBe('waiting');
    expect(terminal).toEqual(['closed']);
    expect(waiting.sort()).toEqual(['acceptanceReview', 'awaitingCorrection', 'underReview']);
  });

  test.each(transitions)('%s leads to an existing stage', (_name, t) => {
    expect(stageIds).toContain(t.to);
  });

  test.each(transitions)('%s opens and closes only declared deadlines', (_name, t) => {
    for (const key of t.opens ?? []) expect(deadlineKeys).toContain(key);
    for (const [key, status] of Object.entries(t.closes ?? {})) {
      if (key !== '*') expect(deadlineKeys).toContain(key);
      expect(['met', 'cancelled', 'lapsed']).toContain(status);
    }
  });

  it('terminal stages have no actions', () => {
    for (const s of terminal) expect(procedure.stages[s]?.actions).toEqual({});
  });

  it('every action names valid roles, never the system', () => {
    for (const [stage, s] of Object.entries(procedure.stages))
      for (const [action, a] of Object.entries(s.actions)) {
        expect({ at: `${stage}.${action}`, roles: a.roles.length > 0 }).toEqual({
          at: `${stage}.${action}`,
          roles: true,
        });
        for (const r of a.roles) expect(roles).toContain(r);
        expect(a.labelZh).toMatch(/[\u4e00-\u9fff]/);
      }
  });

  it('every waiting stage can reach closed through people’s actions', () => {
    const next = (s: string) => Object.values(procedure.stages[s]?.actions ?? {}).map((a) => a.to);
    for (const start of waiting) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length)
        for (const n of next(queue.shift() as string))
          if (!seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
      expect({ start, reachesClosed: seen.has('closed') }).toEqual({ start, reachesClosed: true });
    }
  });

  it('every stage is reachable from the initial stage (by actions or the clock)', () => {
    const seen = new Set([procedure.initialStage]);
    const queue = [procedure.initialStage];
    const clockTargets = Object.values(procedure.clockTransitions).map((t) => t.to);
    while (queue.length) {
      const s = queue.shift() as string;
      for (const n of [
        ...Object.values(procedure.stages[s]?.actions ?? {}).map((a) => a.to),
        ...clockTargets,
      ])
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    }
    expect([...seen].sort()).toEqual([...stageIds].sort());
  });

  it('every deadline is opened somewhere, and the clock’s lapse effects have their transitions', () => {
    const opened = new Set(transitions.flatMap(([, t]) => t.opens ?? []));
    expect([...opened].sort()).toEqual([...deadlineKeys].sort());
    for (const [key, d] of Object.entries(procedure.deadlines)) {
      if (typeof d.onLapse === 'object')
        expect({ key, transition: procedure.clockTransitions[d.onLapse.transition] !== undefined }).toEqual({
          key,
          transition: true,
        });
      expect(['body', 'applicant', 'respondent']).toContain(d.responsible);
      expect(d.startEventZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('encodes the statutory effects of lapse (Arts. 30, 31)', () => {
    const d = reconsiderationProcedure.deadlines;
    expect(d.acceptanceReview.onLapse).toEqual({ transition: 'deemedAccepted' });
    expect(d.correctionResponse.onLapse).toEqual({ transition: 'deemedAbandoned' });
    expect(d.correctionResponse.responsible).toBe('applicant');
    expect(d.correctionNotice.onLapse).toBe('lapse');
    expect(d.decision.onLapse).toBe('overdueAlert');
    expect(d.respondentCopy.onLapse).toBe('overdueAlert');
    const c = reconsiderationProcedure.clockTransitions;
    expect(c.deemedAccepted.to).toBe('underReview');
    expect(c.deemedAccepted.closes.acceptanceReview).toBe('lapsed');
    expect([...c.deemedAccepted.opens].sort()).toEqual(['decision', 'respondentCopy']);
    expect(c.deemedAccepted).toMatchObject({ countFrom: 'dueDate', variant: 'ordinary' });
    expect(c.deemedAbandoned).toEqual({
      to: 'closed',
      countFrom: 'today',
      closes: { correctionResponse: 'lapsed', '*': 'cancelled' },
    });
  });

  it('gives the actions the people the law gives them to', () => {
    const matrix = Object.fromEntries(
      Object.entries(procedure.stages).map(([stage, s]) => [
        stage,
        Object.fromEntries(
          Object.entries(s.actions).map(([a, spec]) => [a, [spec.to, [...spec.roles].sort()]]),
        ),
      ]),
    );
    const staff = ['clerk', 'officeHead'];
    expect(matrix).toEqual({
      acceptanceReview: {
        accept: ['underReview', staff],
        refuse: ['closed', staff],
        requestCorrection: ['awaitingCorrection', staff],
        forward: ['acceptanceReview', staff],
        withdraw: ['closed', ['applicant']],
      },
      awaitingCorrection: {
        submitCorrection: ['acceptanceReview', ['applicant']],
        withdraw: ['closed', ['applicant']],
      },
      underReview: { withdraw: ['closed', ['applicant']] },
      closed: {},
    });
  });

  it('every transition into closed closes every open deadline', () => {
    for (const [name, t] of transitions)
      if (t.to === 'closed') expect({ name, star: t.closes?.['*'] }).toEqual({ name, star: 'cancelled' });
  });
});

// ---------------------------------------------------------------------------------------------
// The state machine generated from the procedure.
// ---------------------------------------------------------------------------------------------

interface AslState {
  Type: string;
  Next?: string;
  Default?: string;
  Choices?: { Variable: string; Next: string; StringEquals?: string; BooleanEquals?: boolean }[];
  Catch?: { ErrorEquals: string[]; Next: string; ResultPath?: unknown }[];
  TimeoutSecondsPath?: string;
  Resource?: string;
  Parameters?: { FunctionName?: string; Payload?: Record<string, unknown> };
  ResultPath?: unknown;
  End?: boolean;
}
interface Asl {
  Comment: string;
  StartAt: string;
  States: Record<string, AslState>;
}

const committedPath = aslFiles[0]?.path as string;
const committedText = readFileSync(committedPath, 'utf8');
const asl = generateAsl(procedure) as unknown as Asl;

describe('generated state machine (ASL) vs the procedure', () => {
  it('equals the committed statemachines/reconsideration.asl.json (run `npm run asl` after changing the procedure)', () => {
    expect(committedPath).toMatch(/statemachines[/\\]reconsideration\.asl\.json$/);
    expect(asl).toEqual(JSON.parse(committedText));
  });

  it('is committed exactly as the generator renders it', () => {
    expect(committedText).toBe(renderAsl(generateAsl(procedure)));
  });

  it('starts at an existing state', () => {
    expect(asl.States[asl.StartAt]).toBeDefined();
  });

  test.each(waiting)('waiting stage %s has a callback task whose timeout is the timer', (stage) => {
    const s = asl.States[awaitStateName(stage)];
    expect(awaitStateName(stage)).toBe(`Await_${stage}`);
    expect(s).toMatchObject({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      TimeoutSecondsPath: '$.Payload.timeoutSeconds',
      Next: 'Plan',
    });
    expect(s?.Parameters?.Payload).toMatchObject({ stage, 'taskToken.$': '$$.Task.Token' });
    expect(s?.Catch).toEqual([{ ErrorEquals: ['States.Timeout'], ResultPath: null, Next: 'ApplyTimers' }]);
  });

  it('has exactly one Await_ task per waiting stage and none for terminal stages', () => {
    const awaits = Object.keys(asl.States).filter((n) => n.startsWith('Await_'));
    expect(awaits.sort()).toEqual(waiting.map(awaitStateName).sort());
    for (const t of terminal) expect(asl.States[awaitStateName(t)]).toBeUndefined();
  });

  it('routes every stage: waiting ones to their task, terminal ones to a Succeed state', () => {
    const route = asl.States.Route;
    expect(route?.Type).toBe('Choice');
    const byStage = new Map(
      (route?.Choices ?? []).filter((c) => c.StringEquals !== undefined).map((c) => [c.StringEquals, c.Next]),
    );
    expect([...byStage.keys()].sort()).toEqual([...stageIds].sort());
    for (const s of waiting) expect(byStage.get(s)).toBe(awaitStateName(s));
    for (const s of terminal) expect(asl.States[byStage.get(s) as string]?.Type).toBe('Succeed');
    // A due timer is applied before waiting again.
    expect(route?.Choices?.[0]).toEqual({
      Variable: '$.Payload.timerDue',
      BooleanEquals: true,
      Next: 'ApplyTimers',
    });
    expect(asl.States[route?.Default as string]?.Type).toBe('Fail');
  });

  it('every Next, Choice, Default and Catch target exists', () => {
    for (const [name, s] of Object.entries(asl.States)) {
      const targets = [
        s.Next,
        s.Default,
        ...(s.Choices ?? []).map((c) => c.Next),
        ...(s.Catch ?? []).map((c) => c.Next),
      ].filter((t): t is string => t !== undefined);
      for (const t of targets)
        expect({ from: name, to: t, exists: t in asl.States }).toEqual({
          from: name,
          to: t,
          exists: true,
        });
    }
  });

  it('every state is reachable from StartAt and only Succeed/Fail states end the execution', () => {
    const seen = new Set<string>([asl.StartAt]);
    const queue = [asl.StartAt];
    while (queue.length) {
      const s = asl.States[queue.shift() as string];
      for (const t of [
        s?.Next,
        s?.Default,
        ...(s?.Choices ?? []).map((c) => c.Next),
        ...(s?.Catch ?? []).map((c) => c.Next),
      ])
        if (t && !seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
    }
    expect([...seen].sort()).toEqual(Object.keys(asl.States).sort());
    for (const [name, s] of Object.entries(asl.States))
      if (s.Next === undefined && s.Type !== 'Choice')
        expect({ name, type: s.Type }).toEqual({ name, type: expect.stringMatching(/^(Succeed|Fail)$/) });
  });

  it('invokes the workflow functions only through substitutions', () => {
    const fns = Object.values(asl.States)
      .map((s) => s.Parameters?.FunctionName)
      .filter((f): f is string => f !== undefined);
    const ph = (name: string) => `\${${name}}`;
    expect(new Set(fns)).toEqual(
      new Set([ph('PlanFunctionArn'), ph('ApplyTimersFunctionArn'), ph('AwaitActionFunctionArn')]),
    );
  });

  it('changes when the procedure changes (a new waiting stage gets its own task)', () => {
    const extended: ProcedureDefinition = {
      ...procedure,
      stages: { ...procedure.stages, hearing: { labelZh: '听证', kind: 'waiting', actions: {} } },
    };
    const other = generateAsl(extended) as unknown as Asl;
    expect(other).not.toEqual(asl);
    expect(other.States.Await_hearing?.TimeoutSecondsPath).toBe('$.Payload.timeoutSeconds');
  });
});
