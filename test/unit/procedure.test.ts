import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from '@jest/globals';
import { StateMachine } from 'aws-local-stepfunctions';
import { roles } from '../../shared/domain/actors';
import type { ProcedureDefinition, Transition } from '../../shared/domain/procedure';
import { reconsiderationProcedure } from '../../shared/procedures/reconsideration/definition';
import { awaitStateName, generateAsl, timeoutSecondsPath } from '../../statemachines/definition';
import { aslFilePath, registeredProcedures, renderAsl } from '../../statemachines/generate';

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
    expect(waiting).toEqual(
      expect.arrayContaining(['acceptanceReview', 'awaitingCorrection', 'underReview']),
    );
    expect(waiting).toEqual(
      expect.arrayContaining(['suspended', 'withdrawalReview', 'decisionReview', 'service', 'effective']),
    );
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
    const next = (s: string) =>
      Object.values(procedure.stages[s]?.actions ?? {}).flatMap((a) => [a.to, ...(a.orTo ?? [])]);
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
        ...Object.values(procedure.stages[s]?.actions ?? {}).flatMap((a) => [a.to, ...(a.orTo ?? [])]),
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
    const head = ['officeHead'];
    // Each stage's actions as the law gives them; a part adds its own rows to these expectations.
    expect(matrix.underReview).toMatchObject({
      sendCopy: ['underReview', staff],
      recordCopyReceipt: ['underReview', staff],
      submitReply: ['underReview', ['respondent']],
      recordOpinions: ['underReview', staff],
      convertToOrdinary: ['underReview', head],
      markComplexity: ['underReview', staff],
      suspend: ['suspended', staff],
      extendDecisionPeriod: ['underReview', head],
      terminate: ['closed', head],
      withdraw: ['withdrawalReview', ['applicant']],
      draftDecision: ['decisionReview', staff],
      consentToElectronicService: ['underReview', ['applicant']],
    });
    expect(matrix.suspended).toMatchObject({
      resume: ['underReview', staff],
      terminate: ['closed', head],
      withdraw: ['withdrawalReview', ['applicant']],
    });
    expect(matrix.withdrawalReview).toMatchObject({
      approveWithdrawal: ['closed', head],
      refuseWithdrawal: ['underReview', head],
    });
    expect(matrix.decisionReview).toMatchObject({
      approveDecision: ['service', head],
      requestCollectiveDiscussion: ['decisionReview', head],
      recordCollectiveDiscussion: ['decisionReview', staff],
      returnDraft: ['underReview', head],
      consentToElectronicService: ['decisionReview', ['applicant']],
    });
    expect(matrix.service).toMatchObject({
      recordMailing: ['service', staff],
      recordReceipt: ['service', staff],
      consentToElectronicService: ['service', ['applicant']],
    });
    expect(matrix.effective).toEqual({ recordLitigation: ['closed', staff] });
    expect({
      acceptanceReview: matrix.acceptanceReview,
      awaitingCorrection: matrix.awaitingCorrection,
      closed: matrix.closed,
    }).toMatchObject({
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
      closed: {},
    });
  });

  it('every transition into closed closes every open deadline', () => {
    for (const [name, t] of transitions)
      if (t.to === 'closed') expect({ name, star: t.closes?.['*'] }).toEqual({ name, star: 'cancelled' });
  });
});

// ---------------------------------------------------------------------------------------------
// The state machine: one for every procedure, the stage is data.
// ---------------------------------------------------------------------------------------------

interface AslState {
  Type: string;
  Next?: string;
  Default?: string;
  Choices?: { Variable: string; Next: string; StringEquals?: string; BooleanEquals?: boolean }[];
  Catch?: { ErrorEquals: string[]; Next: string; ResultPath?: unknown }[];
  Retry?: { ErrorEquals: string[] }[];
  TimeoutSecondsPath?: string;
  Resource?: string;
  Parameters?: { FunctionName?: string; Payload?: Record<string, unknown> };
  ResultSelector?: Record<string, unknown>;
  ResultPath?: unknown;
  End?: boolean;
}
interface Asl {
  Comment: string;
  StartAt: string;
  States: Record<string, AslState>;
}

const committedText = readFileSync(aslFilePath, 'utf8');
const asl = generateAsl(registeredProcedures) as unknown as Asl;
const ph = (name: string) => `\${${name}}`;

describe('generated state machine (ASL)', () => {
  it('equals the committed statemachines/case.asl.json (run `npm run asl` after changing the generator)', () => {
    expect(aslFilePath).toMatch(/statemachines[/\\]case\.asl\.json$/);
    expect(asl).toEqual(JSON.parse(committedText));
  });

  it('is committed exactly as the generator renders it', () => {
    expect(committedText).toBe(renderAsl(generateAsl(registeredProcedures)));
  });

  it('serves every registered procedure, and no state depends on a procedure (stage as data)', () => {
    expect(registeredProcedures).toContain(reconsiderationProcedure);
    for (const p of registeredProcedures) expect(asl.Comment).toContain(p.id);
    expect(generateAsl().States).toEqual(asl.States);
    const extended: ProcedureDefinition = {
      ...procedure,
      id: 'other',
      stages: { ...procedure.stages, hearing: { labelZh: '听证', kind: 'waiting', actions: {} } },
    };
    expect(generateAsl([...registeredProcedures, extended]).States).toEqual(asl.States);
  });

  it('is Plan → Route → (CaseClosed | AwaitAction) and back to Plan, nothing else', () => {
    expect(asl.StartAt).toBe('Plan');
    expect(Object.keys(asl.States).sort()).toEqual(['AwaitAction', 'CaseClosed', 'Plan', 'Route']);
    expect(awaitStateName).toBe('AwaitAction');
    expect(asl.States.Plan).toMatchObject({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: ph('PlanFunctionArn'), Payload: { 'caseId.$': '$.Payload.caseId' } },
      ResultSelector: { 'Payload.$': '$.Payload' },
      Next: 'Route',
    });
    expect(asl.States.Route).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.Payload.closed', BooleanEquals: true, Next: 'CaseClosed' }],
      Default: 'AwaitAction',
    });
    expect(asl.States.CaseClosed?.Type).toBe('Succeed');
  });

  it('has one callback task whose stage is data and whose timeout is the timer', () => {
    const s = asl.States.AwaitAction;
    expect(s).toMatchObject({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      TimeoutSecondsPath: '$.Payload.timeoutSeconds',
      ResultPath: null,
      Next: 'Plan',
    });
    expect(timeoutSecondsPath).toBe('$.Payload.timeoutSeconds');
    expect(s?.Parameters).toEqual({
      FunctionName: ph('AwaitActionFunctionArn'),
      Payload: {
        'caseId.$': '$.Payload.caseId',
        'stage.$': '$.Payload.stage',
        'taskToken.$': '$$.Task.Token',
        'executionId.$': '$$.Execution.Id',
        // copied to where the local engine reads TimeoutSecondsPath (post-Parameters input)
        'timeoutSeconds.$': '$.Payload.timeoutSeconds',
      },
    });
    expect(s?.Catch).toEqual([{ ErrorEquals: ['States.Timeout'], ResultPath: null, Next: 'Plan' }]);
  });

  it('retries Lambda failures on every task, never a timeout', () => {
    for (const [name, s] of Object.entries(asl.States).filter(([, s]) => s.Type === 'Task')) {
      const retried = (s.Retry ?? []).flatMap((r) => r.ErrorEquals);
      expect({ name, retried }).toEqual({
        name,
        retried: expect.arrayContaining(['Lambda.ServiceException', 'Lambda.TooManyRequestsException']),
      });
      expect(retried).not.toContain('States.Timeout');
      expect(retried).not.toContain('States.ALL');
    }
  });

  it('every Next, Choice, Default and Catch target exists, every state is reachable, only Succeed ends', () => {
    const targets = (s: AslState | undefined) =>
      [
        s?.Next,
        s?.Default,
        ...(s?.Choices ?? []).map((c) => c.Next),
        ...(s?.Catch ?? []).map((c) => c.Next),
      ].filter((t): t is string => t !== undefined);
    for (const [name, s] of Object.entries(asl.States))
      for (const t of targets(s))
        expect({ from: name, to: t, exists: t in asl.States }).toEqual({ from: name, to: t, exists: true });
    const seen = new Set<string>([asl.StartAt]);
    const queue = [asl.StartAt];
    while (queue.length)
      for (const t of targets(asl.States[queue.shift() as string]))
        if (!seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
    expect([...seen].sort()).toEqual(Object.keys(asl.States).sort());
    for (const [name, s] of Object.entries(asl.States))
      if (s.Next === undefined && s.Type !== 'Choice')
        expect({ name, type: s.Type }).toEqual({ name, type: 'Succeed' });
  });

  it('invokes the workflow functions only through substitutions', () => {
    const fns = Object.values(asl.States)
      .map((s) => s.Parameters?.FunctionName)
      .filter((f): f is string => f !== undefined);
    expect(new Set(fns)).toEqual(new Set([ph('PlanFunctionArn'), ph('AwaitActionFunctionArn')]));
  });
});

// ---------------------------------------------------------------------------------------------
// Every registered procedure's stages, run through the ASL on the local engine.
// ---------------------------------------------------------------------------------------------

const arn = (name: string) => `arn:aws:lambda:cn-north-1:000000000000:function:${name}`;
// Plain JSON copy: structuredClone left nested `.$` templates unevaluated under jest (stack-findings).
const runnable = JSON.parse(
  committedText
    .replaceAll(ph('PlanFunctionArn'), arn('Plan'))
    .replaceAll(ph('AwaitActionFunctionArn'), arn('Await')),
);
const machine = new StateMachine(runnable);

/**
 * Runs the committed ASL for one case: Plan answers `plans` in turn (imitating lambda:invoke, the
 * result wrapped in `Payload`), AwaitAction records what it was given and is resumed at once.
 */
async function runThrough(plans: { stage: string; closed: boolean }[]) {
  const awaited: Record<string, unknown>[] = [];
  let call = 0;
  const execution = machine.run(
    { Payload: { caseId: 'C-1' } },
    {
      overrides: {
        taskResourceLocalHandlers: {
          Plan: (input) => {
            const plan = plans[call++] ?? { stage: 'closed', closed: true };
            const { caseId } = (input as { Payload: { caseId: string } }).Payload;
            return { Payload: { caseId, ...plan, timeoutSeconds: 3600 } };
          },
          AwaitAction: (input) => {
            awaited.push((input as { Payload: Record<string, unknown> }).Payload);
            return { woke: true };
          },
        },
      },
      context: { Execution: { Id: 'exec-1' }, Task: { Token: 'token-1' } },
    },
  );
  const entered: string[] = [];
  const result = await execution.result;
  for await (const e of execution.eventLogs) if (e.type === 'StateEntered') entered.push(e.state.name);
  return { result, entered, awaited };
}

const stagesOf = (p: ProcedureDefinition, kind: 'waiting' | 'terminal') =>
  Object.entries(p.stages)
    .filter(([, s]) => s.kind === kind)
    .map(([id]): [string, string] => [p.id, id]);

describe('every registered procedure runs through the one state machine', () => {
  test.each(registeredProcedures.flatMap((p) => stagesOf(p, 'waiting')))(
    '%s: waiting stage %s is reached through AwaitAction, with its stage, token, execution and timer',
    async (_procedure, stage) => {
      const run = await runThrough([{ stage, closed: false }]);
      expect(run.entered).toEqual(['Plan', 'Route', 'AwaitAction', 'Plan', 'Route', 'CaseClosed']);
      expect(run.awaited).toEqual([
        { caseId: 'C-1', stage, taskToken: 'token-1', executionId: 'exec-1', timeoutSeconds: 3600 },
      ]);
    },
  );

  test.each(registeredProcedures.flatMap((p) => stagesOf(p, 'terminal')))(
    '%s: terminal stage %s ends the execution without waiting',
    async (_procedure, stage) => {
      const run = await runThrough([{ stage, closed: true }]);
      expect(run.entered).toEqual(['Plan', 'Route', 'CaseClosed']);
      expect(run.awaited).toEqual([]);
    },
  );

  it('carries a case through several stages in one execution, three transitions per wake', async () => {
    const stages = registeredProcedures.flatMap((p) => stagesOf(p, 'waiting')).map(([, s]) => s);
    const run = await runThrough(stages.map((stage) => ({ stage, closed: false })));
    expect(run.awaited.map((a) => a.stage)).toEqual(stages);
    expect(run.entered).toHaveLength(3 * stages.length + 3);
  });
});
