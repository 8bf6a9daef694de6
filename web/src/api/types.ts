import type { components, paths } from './schema';

/**
 * Short names for the API's types. Every shape comes from the generated OpenAPI types
 * (./schema.d.ts); nothing here describes a request or a response by hand.
 */
type Schemas = components['schemas'];

export type CaseView = Schemas['CaseView'];
export type CaseSummary = Schemas['CaseSummary'];
export type CaseListPage = Schemas['CaseListPage'];
export type Deadline = Schemas['Deadline'];
export type NextDeadline = NonNullable<CaseSummary['nextDeadline']>;
export type TimelineEvent = Schemas['TimelinePage']['items'][number];
/** One of the case's materials as this person may see it: readable, or withheld with its reason. */
export type FileEntry = Schemas['FileEntry'];
export type ReadableFile = Schemas['FileView'];
export type DocumentEntry = Schemas['DocumentEntry'];
export type DocumentFormat = DocumentEntry['formats'][number];
export type UploadTicket = Schemas['UploadTicket'];
export type Notification = Schemas['Notification'];
export type Rules = Schemas['Rules'];
export type Agencies = Schemas['Agencies'];
export type Body = Agencies['bodies'][number];

/** The body of POST /v1/cases/{id}/actions, one shape per action. */
export type ActionCommand = Schemas['Action'];
export type ActionId = ActionCommand['action'];
/** What an action's form fills in: its command without the action name and the version. */
export type ActionFields<A extends ActionId> = Omit<
  Extract<ActionCommand, { action: A }>,
  'action' | 'expectedVersion'
>;

export type EventType = TimelineEvent['type'];
export type EventOf<T extends EventType> = Extract<TimelineEvent, { type: T }>;

/** The query of GET /v1/cases: which list, which stage, one page. */
export type ListQuery = NonNullable<paths['/v1/cases']['get']['parameters']['query']>;
export type ListView = ListQuery['view'];
export type ListStage = NonNullable<ListQuery['stage']>;
