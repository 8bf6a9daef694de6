import type { FunctionName } from './capabilities';
/**
 * The HTTP API, one table for both runtimes: CDK adds these routes to the HTTP API with one
 * NodejsFunction per group; the local server dispatches the same route keys to the same modules.
 */
export interface RouteGroup {
  /** Handler module (exports `handler`), relative to the project root. */
  readonly entry: string;
  readonly routes: readonly { readonly key: string; readonly auth: boolean }[];
}

export const routeGroups = {
  cases: {
    entry: 'functions/api/cases.ts',
    routes: [
      { key: 'POST /v1/cases', auth: true },
      { key: 'POST /v1/cases/timeliness', auth: true },
      { key: 'GET /v1/cases', auth: true },
      { key: 'GET /v1/cases/{id}', auth: true },
      { key: 'GET /v1/cases/{id}/events', auth: true },
      { key: 'POST /v1/cases/{id}/actions', auth: true },
      // The case's materials (functions/api/files.ts): uploads, attachments, reading.
      { key: 'POST /v1/uploads', auth: true },
      { key: 'POST /v1/cases/{id}/files', auth: true },
      { key: 'GET /v1/cases/{id}/files', auth: true },
      { key: 'GET /v1/cases/{id}/files/{fileId}', auth: true },
      { key: 'PUT /v1/cases/{id}/files/{fileId}/confidentiality', auth: true },
    ],
  },
  /**
   * The documents a case has issued (法律文书), rendered to PDF and DOCX: a function of its own,
   * the only one that bundles the renderers and the fonts.
   */
  documents: {
    entry: 'functions/api/documents.ts',
    routes: [
      { key: 'GET /v1/cases/{id}/documents', auth: true },
      { key: 'GET /v1/cases/{id}/documents/{documentId}', auth: true },
      { key: 'GET /v1/cases/{id}/drafts/{kind}', auth: true },
    ],
  },
  calendar: {
    entry: 'functions/api/calendar.ts',
    routes: [
      { key: 'GET /v1/calendar/{year}', auth: true },
      { key: 'PUT /v1/calendar/{year}', auth: true },
      { key: 'GET /v1/calendar/{year}/jobs/{job}', auth: true },
      { key: 'POST /v1/calendar/{year}/previews', auth: true },
      { key: 'GET /v1/calendar/{year}/previews/{preview}', auth: true },
    ],
  },
  directory: {
    entry: 'functions/api/directory.ts',
    routes: [
      { key: 'GET /health', auth: false },
      { key: 'GET /v1/agencies', auth: false },
      { key: 'GET /v1/rules', auth: false },
      { key: 'GET /v1/notifications', auth: true },
    ],
  },
  /** The API reference (OpenAPI 3.1), served from its committed file: no other bundle carries it. */
  contract: {
    entry: 'functions/api/contract.ts',
    routes: [{ key: 'GET /v1/openapi.json', auth: false }],
  },
} as const satisfies Record<string, RouteGroup>;

/** Workflow task handlers, referenced from the ASL by substitution variable. */
export const workflowFunctions = {
  /**
   * Applies what the clock requires by now (deemed acceptance, warnings…), then returns the stage
   * to wait in, whether the case is closed, and the timer (seconds until the clock must act).
   */
  PlanFunctionArn: 'functions/workflow/plan.ts',
  /** Invoked with .waitForTaskToken: records the token, stage and live execution on the case. */
  AwaitActionFunctionArn: 'functions/workflow/await-action.ts',
} as const;

/**
 * Queue-driven background jobs (SQS on AWS, an in-process queue locally), one queue each: a
 * message's `kind` names the function that runs it.
 */
export const jobFunctions = {
  /** Recomputes open deadlines after a calendar year was loaded, a few pages at a time. */
  calendarRecompute: 'functions/jobs/calendar-recompute.ts',
  /** Previews a calendar load (which open deadlines it would move) without writing any case. */
  calendarPreview: 'functions/jobs/calendar-preview.ts',
} as const;

/** On AWS, the table's stream runs the effects processor for every appended event. */
export const streamFunctions = {
  effects: 'functions/streams/effects.ts',
} as const;

/** The ASL that CDK deploys and the local runtime runs (one for every procedure), relative to the project root. */
export const aslFile = 'statemachines/case.asl.json';

/** Scheduled in AWS, run at boot locally. */
export const reconcilerEntry = 'functions/workflow/reconciler.ts';

export type RouteKey = (typeof routeGroups)[keyof typeof routeGroups]['routes'][number]['key'];

/** Every deployed function by the name infra/capabilities.ts gives it, and its handler module. */
export const functionEntries: Readonly<Record<FunctionName, string>> = {
  ...(Object.fromEntries(Object.entries(routeGroups).map(([group, def]) => [group, def.entry])) as Record<
    keyof typeof routeGroups,
    string
  >),
  ...workflowFunctions,
  ...jobFunctions,
  ...streamFunctions,
  reconciler: reconcilerEntry,
};
