import { EntityRepository } from 'dynamodb-toolbox';
import { $add } from 'dynamodb-toolbox/entity/actions/update';
import type { CalendarYear } from '../calendar/types';
import type { CaseEvent, CaseState, NewCaseEvent } from '../domain/case';
import { foldEvents } from '../domain/fold';
import type { OutgoingNotification } from '../ports';
import type { CaseTable } from './table';

/** Another writer appended the same sequence number first: the caller saw a stale version. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    readonly caseId: string,
    readonly seq: number,
  ) {
    super(`case ${caseId}: event ${seq} already exists`);
  }
}

const isConditionFailure = (e: unknown) =>
  e instanceof Error &&
  (e.name === 'ConditionalCheckFailedException' || e.message.includes('conditional request failed'));

const caseKey = (caseId: string) => `CASE#${caseId}`;
const eventSk = (seq: number) => `EV#${String(seq).padStart(6, '0')}`;

export interface CaseSummary {
  readonly caseId: string;
  readonly version: number;
  readonly status: string;
  readonly stage: string;
  readonly state: CaseState;
}

/**
 * The case store. The event log is the truth: each event is written with a conditional put on
 * its sequence number (the optimistic lock — no transactions, which dynalite lacks). The
 * projection and open-deadline items are derived, written idempotently after the event, and
 * repaired on read when they lag.
 */
export class CaseStore {
  private readonly events;
  private readonly projections;
  private readonly deadlines;
  private readonly links;
  private readonly counters;
  private readonly idempotency;
  private readonly calendarYears;
  private readonly notifications;

  constructor(t: CaseTable) {
    this.events = t.caseEvent.build(EntityRepository);
    this.projections = t.caseProjection.build(EntityRepository);
    this.deadlines = t.openDeadline.build(EntityRepository);
    this.links = t.workflowLink.build(EntityRepository);
    this.counters = t.counter.build(EntityRepository);
    this.idempotency = t.idempotency.build(EntityRepository);
    this.calendarYears = t.calendarYear.build(EntityRepository);
    this.notifications = t.notification.build(EntityRepository);
  }

  async loadEvents(caseId: string, afterSeq = 0): Promise<CaseEvent[]> {
    const { Items = [] } = await this.events.query(
      { partition: caseKey(caseId), range: { between: [eventSk(afterSeq + 1), eventSk(999999)] } },
      { maxPages: Number.POSITIVE_INFINITY },
    );
    return Items.map((i) => i.event as CaseEvent);
  }

  /** The case as of its last event; repairs a lagging or missing projection from the log. */
  async load(caseId: string): Promise<CaseState | undefined> {
    const { Item } = await this.projections.get({ pk: caseKey(caseId), sk: 'STATE' });
    const base = Item?.state as CaseState | undefined;
    const newer = await this.loadEvents(caseId, base?.version ?? 0);
    if (newer.length === 0) return base;
    const state = foldEvents(caseId, newer, base);
    if (state) await this.sync(state);
    return state;
  }

  /**
   * Appends events after `current` (whose version the caller decided on). Throws
   * VersionConflictError if another writer got there first; nothing of this call is written then.
   */
  async append(
    caseId: string,
    current: CaseState | undefined,
    newEvents: readonly NewCaseEvent[],
  ): Promise<{ state: CaseState; events: CaseEvent[] }> {
    const written: CaseEvent[] = [];
    let version = current?.version ?? 0;
    for (const e of newEvents) {
      const event = { ...e, seq: version + 1 } as CaseEvent;
      try {
        await this.events.put(
          {
            pk: caseKey(caseId),
            sk: eventSk(event.seq),
            caseId,
            seq: event.seq,
            type: event.type,
            at: event.at,
            event,
          },
          { condition: { attr: 'pk', exists: false } },
        );
      } catch (err) {
        if (isConditionFailure(err)) throw new VersionConflictError(caseId, event.seq);
        throw err;
      }
      written.push(event);
      version = event.seq;
    }
    const state = foldEvents(caseId, written, current);
    if (!state) throw new Error(`case ${caseId}: nothing to fold`);
    await this.sync(state, current);
    return { state, events: written };
  }

  /** Writes the derived items for `state`. Idempotent; an older state never overwrites a newer one. */
  async sync(state: CaseState, previous?: CaseState): Promise<void> {
    const open = state.status === 'open';
    const nextDue =
      Object.values(state.deadlines)
        .filter((d) => d.status === 'open' && d.responsible === 'body')
        .map((d) => d.dueDate)
        .sort()[0] ?? '9999-12-31';
    try {
      await this.projections.put(
        {
          pk: caseKey(state.id),
          sk: 'STATE',
          caseId: state.id,
          version: state.version,
          status: state.status,
          stage: state.stage,
          state,
          applicantPk: `APPLICANT#${state.applicantUserId}`,
          applicantSk: `${state.filedAt}#${state.id}`,
          queuePk: `BODY#${state.bodyId}#STAGE#${state.stage}`,
          queueSk: `${nextDue}#${state.id}`,
          ...(open ? { openPk: 'OPEN', openSk: state.id } : {}),
          ...(state.acceptedOn
            ? {
                respondentPk: `RESPONDENT#${state.application.respondentAgencyId}`,
                respondentSk: `${state.filedAt}#${state.id}`,
              }
            : {}),
        },
        {
          condition: {
            or: [
              { attr: 'pk', exists: false },
              { attr: 'version', lt: state.version },
            ],
          },
        },
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      // A newer projection is already there; the derived items belong to it.
      return;
    }
    for (const d of Object.values(state.deadlines)) {
      const key = { pk: caseKey(state.id), sk: `DL#${d.key}` };
      if (d.status === 'open')
        await this.deadlines.put({
          ...key,
          caseId: state.id,
          key: d.key,
          dueDate: d.dueDate,
          startDate: d.startDate,
          bodyId: state.bodyId,
          overdue: d.overdue === true,
          duePk: 'DUE',
          dueSk: `${d.dueDate}#${state.id}#${d.key}`,
        });
      // Closed: remove it from the due-date index (once, when it closes; always when repairing).
      else if (!previous || previous.deadlines[d.key]?.status === 'open') await this.deadlines.delete(key);
    }
  }

  async listMine(applicantUserId: string): Promise<CaseSummary[]> {
    return this.summaries('byApplicant', `APPLICANT#${applicantUserId}`, true);
  }

  async listQueue(bodyId: string, stage: string): Promise<CaseSummary[]> {
    return this.summaries('byQueue', `BODY#${bodyId}#STAGE#${stage}`, false);
  }

  async listRespondent(agencyId: string): Promise<CaseSummary[]> {
    return this.summaries('byRespondent', `RESPONDENT#${agencyId}`, true);
  }

  async listOpenCaseIds(): Promise<string[]> {
    const { Items = [] } = await this.projections.query(
      { index: 'openCases', partition: 'OPEN' },
      { maxPages: Number.POSITIVE_INFINITY, attributes: ['caseId'] },
    );
    return Items.map((i) => i.caseId);
  }

  /** Open deadlines due in [from, to] (ISO dates), by due date: an exact range query. */
  async openDeadlinesDue(
    from: string,
    to: string,
  ): Promise<{ caseId: string; key: string; dueDate: string }[]> {
    const { Items = [] } = await this.deadlines.query(
      { index: 'dueDeadlines', partition: 'DUE', range: { between: [from, `${to}#\uffff`] } },
      { maxPages: Number.POSITIVE_INFINITY },
    );
    return Items.map((i) => ({ caseId: i.caseId, key: i.key, dueDate: i.dueDate }));
  }

  private async summaries(
    index: 'byApplicant' | 'byQueue' | 'byRespondent',
    partition: string,
    reverse: boolean,
  ): Promise<CaseSummary[]> {
    const { Items = [] } = await this.projections.query(
      { index, partition },
      { maxPages: Number.POSITIVE_INFINITY, reverse },
    );
    return Items.map((i) => ({
      caseId: i.caseId,
      version: i.version,
      status: i.status,
      stage: i.stage,
      state: i.state as CaseState,
    }));
  }

  /** Allocates the next case number of a body for a year (atomic counter). */
  async nextCaseSerial(bodyId: string, year: number): Promise<number> {
    const { Attributes } = await this.counters.update(
      { pk: `COUNTER#${bodyId}#${year}`, sk: 'COUNTER', value: $add(1) },
      { returnValues: 'UPDATED_NEW' },
    );
    return Number(Attributes?.value);
  }

  /** The last number a body's counter gave out this year (0 if none): for checks, never for allocation. */
  async nextCaseSerialPeek(bodyId: string, year: number): Promise<number> {
    const { Item } = await this.counters.get({ pk: `COUNTER#${bodyId}#${year}`, sk: 'COUNTER' });
    return Item?.value ?? 0;
  }

  /**
   * Claims an Idempotency-Key for a filing. Returns the earlier claim when the key was used
   * before (same user), so a repeat yields the same case.
   */
  async claimIdempotencyKey(
    userId: string,
    key: string,
    claim: { caseId: string; requestHash: string },
  ): Promise<{ fresh: boolean; caseId: string; requestHash: string; caseNumber?: string }> {
    const k = { pk: `IDEMP#${userId}#${key}`, sk: 'IDEMP' };
    try {
      await this.idempotency.put({ ...k, ...claim }, { condition: { attr: 'pk', exists: false } });
      return { fresh: true, ...claim };
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      const { Item } = await this.idempotency.get(k);
      if (!Item) throw err;
      return {
        fresh: false,
        caseId: Item.caseId,
        requestHash: Item.requestHash,
        caseNumber: Item.caseNumber,
      };
    }
  }

  async recordClaimedCaseNumber(userId: string, key: string, caseNumber: string): Promise<void> {
    await this.idempotency.update({ pk: `IDEMP#${userId}#${key}`, sk: 'IDEMP', caseNumber });
  }

  async getWorkflowLink(caseId: string) {
    const { Item } = await this.links.get({ pk: caseKey(caseId), sk: 'WORKFLOW' });
    return Item;
  }

  async updateWorkflowLink(
    caseId: string,
    fields: { executionId?: string; taskToken?: string; stage?: string; notifiedStageVersion?: number },
  ): Promise<void> {
    await this.links.update({ pk: caseKey(caseId), sk: 'WORKFLOW', caseId, ...fields });
  }

  async listCalendarYears(): Promise<CalendarYear[]> {
    const { Items = [] } = await this.calendarYears.query(
      { partition: 'CALENDAR' },
      { maxPages: Number.POSITIVE_INFINITY },
    );
    return Items.map((i) => i.data as CalendarYear);
  }

  /** Stores a year; `expectedVersion` guards against two administrators correcting at once. */
  async putCalendarYear(year: CalendarYear, expectedVersion: number | undefined): Promise<void> {
    try {
      await this.calendarYears.put(
        { pk: 'CALENDAR', sk: `YEAR#${year.year}`, year: year.year, version: year.version, data: year },
        {
          condition:
            expectedVersion === undefined
              ? { attr: 'pk', exists: false }
              : { attr: 'version', eq: expectedVersion },
        },
      );
    } catch (err) {
      if (isConditionFailure(err)) throw new VersionConflictError(`CALENDAR#${year.year}`, year.version);
      throw err;
    }
  }

  async putNotification(n: OutgoingNotification): Promise<void> {
    await this.notifications.put({ pk: `INBOX#${n.recipient}`, sk: `${n.at}#${n.id}`, notification: n });
  }

  async listNotifications(recipients: readonly string[]): Promise<OutgoingNotification[]> {
    const all = await Promise.all(
      recipients.map((r) =>
        this.notifications.query({ partition: `INBOX#${r}` }, { reverse: true, limit: 100, maxPages: 1 }),
      ),
    );
    return all
      .flatMap((r) => r.Items ?? [])
      .map((i) => i.notification as OutgoingNotification)
      .sort((a, b) => (a.at < b.at ? 1 : -1));
  }
}
