import type { ProcedureDefinition } from '../shared/domain/procedure';

const lambdaRetry = [
  {
    ErrorEquals: [
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'Lambda.TooManyRequestsException',
      'States.TaskFailed',
    ],
    IntervalSeconds: 2,
    MaxAttempts: 6,
    BackoffRate: 2,
  },
];

/** An ASL definition substitution, `${Name}`, replaced by CDK (function ARN) or the local runtime. */
const substitution = (name: string) => `$${'{'}${name}}`;

export const awaitStateName = (stage: string) => `Await_${stage}`;

/**
 * The case's state machine, derived from the procedure definition: one callback Task per
 * waiting stage (its timeout is the timer), a Plan task that reads the case and routes, and an
 * ApplyTimers task for what the clock decides. JSONPath only — the local engine does not
 * evaluate JSONata.
 *
 * Timeouts: TimeoutSecondsPath is `$.Payload.timeoutSeconds`, present both in the state input
 * (Plan's ResultSelector puts it there — what AWS reads) and in the Parameters output (copied
 * into Payload — what the local engine reads).
 */
export function generateAsl(procedure: ProcedureDefinition) {
  const stages = Object.entries(procedure.stages);
  const waiting = stages.filter(([, s]) => s.kind === 'waiting').map(([id]) => id);
  const terminal = stages.filter(([, s]) => s.kind === 'terminal').map(([id]) => id);
  const states: Record<string, unknown> = {
    Plan: {
      Type: 'Task',
      Comment: 'Reads the case: the stage to wait in, the timer, and whether a timer is already due.',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: {
        FunctionName: substitution('PlanFunctionArn'),
        Payload: { 'caseId.$': '$.Payload.caseId' },
      },
      ResultSelector: { 'Payload.$': '$.Payload' },
      Retry: lambdaRetry,
      Next: 'Route',
    },
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.Payload.timerDue', BooleanEquals: true, Next: 'ApplyTimers' },
        ...waiting.map((stage) => ({
          Variable: '$.Payload.stage',
          StringEquals: stage,
          Next: awaitStateName(stage),
        })),
        ...terminal.map((stage) => ({
          Variable: '$.Payload.stage',
          StringEquals: stage,
          Next: 'CaseClosed',
        })),
      ],
      Default: 'UnknownStage',
    },
    ApplyTimers: {
      Type: 'Task',
      Comment:
        'Applies what the clock requires: deemed acceptance, deemed abandonment, warnings, overdue alerts.',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: {
        FunctionName: substitution('ApplyTimersFunctionArn'),
        Payload: { 'caseId.$': '$.Payload.caseId' },
      },
      ResultPath: null,
      Retry: lambdaRetry,
      Next: 'Plan',
    },
    CaseClosed: { Type: 'Succeed', Comment: 'The case is closed: the execution ends.' },
    UnknownStage: {
      Type: 'Fail',
      Error: 'UnknownStage',
      Cause: 'The case is in a stage this state machine does not know.',
    },
  };
  for (const stage of waiting) {
    states[awaitStateName(stage)] = {
      Type: 'Task',
      Comment: `${procedure.stages[stage]?.labelZh}: waits for a person's action; the timeout is the timer.`,
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: substitution('AwaitActionFunctionArn'),
        Payload: {
          'caseId.$': '$.Payload.caseId',
          stage,
          'taskToken.$': '$$.Task.Token',
          'timeoutSeconds.$': '$.Payload.timeoutSeconds',
        },
      },
      TimeoutSecondsPath: '$.Payload.timeoutSeconds',
      ResultPath: null,
      Retry: lambdaRetry,
      Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: null, Next: 'ApplyTimers' }],
      Next: 'Plan',
    };
  }
  return {
    Comment: `${procedure.labelZh}（${procedure.id}）— generated from shared/procedure by statemachines/generate.ts (npm run asl); do not edit by hand.`,
    StartAt: 'Plan',
    States: states,
  };
}
