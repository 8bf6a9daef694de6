import { createHash } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DeleteItemCommand } from 'dynamodb-toolbox/entity/actions/delete';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { PutItemCommand } from 'dynamodb-toolbox/entity/actions/put';
import { UpdateItemCommand } from 'dynamodb-toolbox/entity/actions/update';
import { QueryCommand as TableQueryCommand } from 'dynamodb-toolbox/table/actions/query';
import type { CalendarYear } from '../calendar/types';
import type { CaseEnvelope, CaseEvent, NewCaseEvent } from '../domain/case';
import { foldEvents } from '../domain/fold';
import type { OutgoingNotification } from '../ports';
import { VersionConflictError } from './errors';
import { type ListMembership, type ListSummary, listMemberships } from './lists';
import { readStoredEvent, storedEventPayload } from './stored-events';
import type { CaseTable } from './table';
import { calendarPreviewPartition, openShards } from './table-schema';

export { VersionConflictError } from './errors';

const isConditionFailure = (e: unknown) =>
  e instanceof Error &&
  (e.name === 'ConditionalCheckFailedException' || e.message.includes('conditional request failed'));

const caseKey = (caseId: string) => `CASE#${caseId}`;
const eventSk = (seq: number) => `EV#${String(seq).padStart(6, '0')}`;
const counterKey = (bodyId: string, year: number) => ({ pk: `COUNTER#${bodyId}#${year}`, sk: 'COUNTER' });
const projectionVersion = 1;

/** The shard of the open-cases index a case lives in (stable per case id). */
const openShardOf = (caseId: string) =>
  createHash('sha1').update(caseId).digest().readUInt16BE(0) % openShards;

/** A page of a list: what it returned and where the next page starts (opaque to callers). */
export interface Page<T> {
  readonly items: T[];
  readonly next?: Record<string, unknown>;
  /** Items DynamoDB read to serve the page (for the lists bench). */
  readonly scanned: number;
}

/**
 * How long a case-number reservation holds before another case may take the number over. A
 * reservation is taken and committed within one API request, and API functions time out at
 * 29 s: after 30 s its holder is certainly gone, so taking its number over cannot give one
 * number to two cases. Only a crash leaves a reservation behind, and a retry of the same
 * request finds and uses it at once.
 */
const reservationLeaseMs = 30_000;

/**
 * The case store. The event log is the truth: each event is written with a conditional put on
 * its sequence number (the optimistic lock — no transactions, which dynalite lacks). Everything
 * else (projection, list items, notices, the effects cursor) is derived from the log by the
 * effects processor (shared/services/effects.ts) and written idempotently.
 */
export class CaseStore {
  private readonly tableName: string;

  /**
   * Entities are used through dynamodb-toolbox's individual commands (GetItemCommand,
   * PutItemCommand, UpdateItemCommand, DeleteItemCommand, the table's QueryCommand), not
   * EntityRepository, which imports every action (batches, transactions, scans…) into each
   * Lambda bundle.
   */
  constructor(private readonly t: CaseTable) {
    this.tableName = t.table.getName();
  }

  // ------------------------------------------------------------------ the event log

  /** Every event after `afterSeq`, read through the stored-event schemas (any stored version). */
  async loadEvents(caseId: string, afterSeq = 0, procedure?: string): Promise<CaseEvent[]> {
    const events: CaseEvent[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.t.documentClient.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': caseKey(caseId),
            ':from': eventSk(afterSeq + 1),
            ':to': eventSk(999999),
          },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const event = readStoredEvent(item, procedure ?? events[0]?.procedure);
        events.push(event);
        procedure ??= event.procedure;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return events;
  }

  /** The highest sequence number written for a case (0 when it has no event). */
  async lastSeq(caseId: string): Promise<number> {
    const page = await this.t.documentClient.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ev)',
        ExpressionAttributeValues: { ':pk': caseKey(caseId), ':ev': 'EV#' },
        ProjectionExpression: 'seq',
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    return Number(page.Items?.[0]?.seq ?? 0);
  }

  /** The event at `seq`, if written. */
  async eventAt(caseId: string, seq: number): Promise<CaseEvent | undefined> {
    const { Item } = await this.t.documentClient.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: caseKey(caseId), sk: eventSk(seq) },
        ConsistentRead: true,
      }),
    );
    return Item ? readStoredEvent(Item) : undefined;
  }

  /** The projected state, if any (it may lag the log). */
  async loadProjection<S extends CaseEnvelope>(caseId: string): Promise<S | undefined> {
    const { Item } = await this.t.caseProjection
      .build(GetItemCommand)
      .key({ pk: caseKey(caseId), sk: 'STATE' })
      .options({ consistent: true })
      .send();
    return Item ? (JSON.parse(Item.state) as S) : undefined;
  }

  /**
   * The case as of its last event: the projection plus whatever events it has not folded yet,
   * in one Query as a rule — newest first from the projection down (`STATE`, then the list
   * items, then the newest events), stopping at the first event the projection already holds.
   */
  async load<S extends CaseEnvelope>(caseId: string): Promise<S | undefined> {
    const page = await this.t.documentClient.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :state',
        ExpressionAttributeValues: { ':pk': caseKey(caseId), ':state': 'STATE' },
        ScanIndexForward: false,
        Limit: 12,
        ConsistentRead: true,
      }),
    );
    let base: S | undefined;
    const newer: unknown[] = [];
    let reachedProjection = false;
    for (const item of page.Items ?? []) {
      if (item.sk === 'STATE') base = JSON.parse(String(item.state)) as S;
      else if (String(item.sk).startsWith('EV#')) {
        if (Number(item.seq) <= (base?.version ?? 0)) {
          reachedProjection = true;
          break;
        }
        newer.unshift(item);
      }
    }
    // Not all newer events were on the page (a projection far behind, or none yet): read them all.
    let procedure = base?.procedure;
    const events: CaseEvent[] = [];
    if (reachedProjection || !page.LastEvaluatedKey)
      for (const item of newer) {
        const event = readStoredEvent(item, procedure);
        procedure ??= event.procedure;
        events.push(event);
      }
    else events.push(...(await this.loadEvents(caseId, base?.version ?? 0, procedure)));
    if (events.length === 0) return base;
    return foldEvents(caseId, events, base);
  }

  /**
   * Appends events after `current` (whose version the caller decided on). Throws
   * VersionConflictError if another writer got there first; nothing of this call is written then.
   * The first event of a case carries the open-cases index key, so the reconciler finds the
   * case even if nothing else was written.
   */
  async append<S extends CaseEnvelope>(
    caseId: string,
    current: S | undefined,
    newEvents: readonly NewCaseEvent[],
  ): Promise<{ state: S; events: CaseEvent[] }> {
    const written: CaseEvent[] = [];
    let version = current?.version ?? 0;
    const procedure = current?.procedure ?? newEvents[0]?.procedure;
    if (!procedure) throw new Error(`case ${caseId}: the first event must name its procedure`);
    for (const e of newEvents) {
      const event = { ...e, seq: version + 1 } as CaseEvent;
      try {
        await this.t.caseEvent
          .build(PutItemCommand)
          .item({
            pk: caseKey(caseId),
            sk: eventSk(event.seq),
            caseId,
            seq: event.seq,
            type: event.type,
            at: event.at,
            procedure,
            ...storedEventPayload(event),
            ...(event.seq === 1 ? { openPk: `OPEN#${openShardOf(caseId)}`, openSk: caseId } : {}),
          })
          .options({ condition: { attr: 'pk', exists: false } })
          .send();
      } catch (err) {
        if (isConditionFailure(err)) throw new VersionConflictError(caseId, event.seq);
        throw err;
      }
      written.push(event);
      version = event.seq;
    }
    const state = foldEvents(caseId, written, current);
    if (!state) throw new Error(`case ${caseId}: nothing to fold`);
    return { state, events: written };
  }

  /** A closed case leaves the open-cases index (its first event keeps everything else). */
  async markClosed(caseId: string): Promise<void> {
    await this.t.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: caseKey(caseId), sk: eventSk(1) },
        UpdateExpression: 'REMOVE openPk, openSk',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }

  /** A page of open case ids of one shard of the open-cases index. */
  async openCases(shard: number, limit: number, start?: Record<string, unknown>): Promise<Page<string>> {
    const page = await this.t.documentClient.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'openCases',
        KeyConditionExpression: 'openPk = :pk',
        ExpressionAttributeValues: { ':pk': `OPEN#${shard}` },
        ProjectionExpression: 'caseId',
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    );
    const items = (page.Items ?? []).map((i) => String(i.caseId));
    return {
      items,
      scanned: page.ScannedCount ?? items.length,
      ...(page.LastEvaluatedKey ? { next: page.LastEvaluatedKey } : {}),
    };
  }

  /** Every open case id, all shards (for checks and small tools; the reconciler pages instead). */
  async listOpenCaseIds(): Promise<string[]> {
    const ids: string[] = [];
    for (let shard = 0; shard < openShards; shard++) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.openCases(shard, 500, start);
        ids.push(...page.items);
        start = page.next;
      } while (start);
    }
    return ids;
  }

  // ------------------------------------------------------------------ derived items

  /**
   * Records that the effects of every event up to `state.version` are done, by writing the
   * projection at that version — only if it is still at `from` (the version the caller's effects
   * started after). False when another run moved it: the caller then catches up from the log.
   * The projection is the effects cursor: a case's projection never runs ahead of its effects.
   */
  async advanceProjection(state: CaseEnvelope, from: number): Promise<boolean> {
    try {
      await this.t.caseProjection
        .build(PutItemCommand)
        .item({
          pk: caseKey(state.id),
          sk: 'STATE',
          caseId: state.id,
          procedure: state.procedure,
          version: state.version,
          v: projectionVersion,
          state: JSON.stringify(state),
        })
        .options({ condition: from === 0 ? { attr: 'pk', exists: false } : { attr: 'version', eq: from } })
        .send();
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  /**
   * Puts the list items of `state` and turns the ones it left into tombstones (an item without
   * list keys keeps its version, so a slower writer of an older state cannot bring it back).
   * `previous` names the memberships of the state before; without it they are read.
   */
  async writeListItems(
    state: CaseEnvelope,
    summary: ListSummary,
    previous?: readonly ListMembership[],
  ): Promise<void> {
    const now = listMemberships(state);
    const before = previous ?? (await this.existingListItems(state.id));
    const left = before.filter((b) => !now.some((n) => n.sk === b.sk));
    const { version: _v, ...fields } = summary;
    const put = async (sk: string, keys: Omit<Partial<ListMembership>, 'sk'>) => {
      try {
        await this.t.caseListItem
          .build(PutItemCommand)
          .item({ pk: caseKey(state.id), sk, version: state.version, ...fields, ...keys })
          .options({
            condition: {
              or: [
                { attr: 'pk', exists: false },
                { attr: 'version', lte: state.version },
              ],
            },
          })
          .send();
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
    };
    await Promise.all([...now.map(({ sk, ...keys }) => put(sk, keys)), ...left.map((m) => put(m.sk, {}))]);
  }

  private async existingListItems(caseId: string): Promise<ListMembership[]> {
    const page = await this.t.documentClient.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :list)',
        ExpressionAttributeValues: { ':pk': caseKey(caseId), ':list': 'LIST#' },
        ProjectionExpression: 'sk, listPk, listSk, stagePk, stageSk',
      }),
    );
    return (page.Items ?? [])
      .filter((i) => i.listPk)
      .map((i) => ({
        sk: String(i.sk),
        listPk: String(i.listPk),
        listSk: String(i.listSk),
        ...(i.stagePk ? { stagePk: String(i.stagePk), stageSk: String(i.stageSk) } : {}),
      }));
  }

  /** One page of a list (one Query on its index), newest or earliest first. */
  async listPage(
    listPk: string,
    options: {
      limit: number;
      start?: Record<string, unknown>;
      newestFirst?: boolean;
      index?: 'lists' | 'stageQueues';
    },
  ): Promise<Page<ListSummary>> {
    const {
      Items = [],
      LastEvaluatedKey,
      ScannedCount,
    } = await this.t.table
      .build(TableQueryCommand)
      .entities(this.t.caseListItem)
      .query({ index: options.index ?? 'lists', partition: listPk })
      .options({
        limit: options.limit,
        maxPages: 1,
        reverse: options.newestFirst === true,
        ...(options.start ? { exclusiveStartKey: options.start as never } : {}),
      })
      .send();
    const items = Items.map(
      ({ pk: _pk, sk: _sk, listPk: _l, listSk: _s, stagePk: _sp, stageSk: _ss, ...summary }) =>
        summary as ListSummary,
    );
    return {
      items,
      scanned: ScannedCount ?? items.length,
      ...(LastEvaluatedKey ? { next: LastEvaluatedKey } : {}),
    };
  }

  /** The last event whose effects are done (the projection's version; 0 before any). */
  async getCursor(caseId: string): Promise<number> {
    const { Item } = await this.t.caseProjection
      .build(GetItemCommand)
      .key({ pk: caseKey(caseId), sk: 'STATE' })
      .options({ consistent: true, attributes: ['version'] })
      .send();
    return Item?.version ?? 0;
  }

  /** Keeps a notice for its recipient once: false when this notice (same id) is there already. */
  async putNotification(n: OutgoingNotification): Promise<boolean> {
    try {
      await this.t.notification
        .build(PutItemCommand)
        .item({ pk: `INBOX#${n.recipient}`, sk: `${n.at}#${n.id}`, ...n })
        .options({ condition: { attr: 'pk', exists: false } })
        .send();
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async listNotifications(recipients: readonly string[]): Promise<OutgoingNotification[]> {
    const all = await Promise.all(
      recipients.map((r) =>
        this.t.table
          .build(TableQueryCommand)
          .entities(this.t.notification)
          .query({ partition: `INBOX#${r}` })
          .options({ reverse: true, limit: 100, maxPages: 1 })
          .send(),
      ),
    );
    return all
      .flatMap((r) => r.Items ?? [])
      .map(({ pk: _pk, sk: _sk, ...n }) => n)
      .sort((a, b) => (a.at < b.at ? 1 : -1));
  }

  // ------------------------------------------------------------------ case numbers

  /**
   * Reserves the next case number of a body for a year for `holder` (a key naming the event
   * that will carry the number, e.g. `<caseId>#1`). Numbers are reserved one at a time per body
   * and year: the reservation stays on the counter until committed (the event is written) or
   * released (the event lost its race). A holder asking again gets its own number back — that is
   * how a retry after a crash reuses its number. A reservation left by a crash is committed if
   * its event exists, or taken over after the lease (the number then goes to the next case).
   */
  async reserveCaseNumber(
    bodyId: string,
    year: number,
    holder: string,
    now: () => number,
    isCommitted: (holder: string, value: number) => Promise<boolean>,
  ): Promise<number> {
    const key = counterKey(bodyId, year);
    for (let attempt = 0; attempt < 2000; attempt++) {
      // The common case costs one write: take the next number if nobody holds one.
      try {
        const { Attributes } = await this.t.documentClient.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: key,
            UpdateExpression: 'SET #v = if_not_exists(#v, :zero) + :one, holder = :me, reservedAt = :now',
            ConditionExpression: 'attribute_not_exists(holder)',
            ExpressionAttributeNames: { '#v': 'value' },
            ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':me': holder, ':now': now() },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return Number(Attributes?.value);
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
      const { Item } = await this.t.counter
        .build(GetItemCommand)
        .key(key)
        .options({ consistent: true })
        .send();
      if (!Item?.holder) continue;
      if (Item.holder === holder) return Item.value;
      if (await isCommitted(Item.holder, Item.value)) {
        await this.clearHolder(bodyId, year, Item.holder, Item.value);
        continue;
      }
      if (now() - (Item.reservedAt ?? 0) > reservationLeaseMs) {
        // The holder crashed and never wrote its event: its number goes to this case instead.
        try {
          await this.t.counter
            .build(UpdateItemCommand)
            .item({ ...key, holder, reservedAt: now() })
            .options({
              condition: {
                and: [
                  { attr: 'holder', eq: Item.holder },
                  { attr: 'value', eq: Item.value },
                ],
              },
            })
            .send();
          return Item.value;
        } catch (err) {
          if (!isConditionFailure(err)) throw err;
          continue;
        }
      }
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
    throw new Error(`case number of ${bodyId} ${year}: could not reserve (counter held too long)`);
  }

  /** The event carrying the number is written: the next case may take the next number. */
  async commitCaseNumber(bodyId: string, year: number, holder: string, value: number): Promise<void> {
    await this.clearHolder(bodyId, year, holder, value);
  }

  /** The event lost its race and the number is unused: give it back (only while still held). */
  async releaseCaseNumber(bodyId: string, year: number, holder: string, value: number): Promise<void> {
    try {
      await this.t.documentClient.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: counterKey(bodyId, year),
          UpdateExpression: 'SET #v = #v - :one REMOVE holder, reservedAt',
          ConditionExpression: 'holder = :me AND #v = :value',
          ExpressionAttributeNames: { '#v': 'value' },
          ExpressionAttributeValues: { ':one': 1, ':me': holder, ':value': value },
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  /** Ends the reservation of `value` by `holder` — not a later one the same holder took. */
  private async clearHolder(bodyId: string, year: number, holder: string, value: number): Promise<void> {
    try {
      await this.t.documentClient.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: counterKey(bodyId, year),
          UpdateExpression: 'REMOVE holder, reservedAt',
          ConditionExpression: 'holder = :me AND #v = :value',
          ExpressionAttributeNames: { '#v': 'value' },
          ExpressionAttributeValues: { ':me': holder, ':value': value },
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  // ------------------------------------------------------------------ idempotency

  /**
   * Claims an Idempotency-Key for a filing. Returns the earlier claim when the key was used
   * before (same user), so a repeat yields the same case.
   */
  async claimIdempotencyKey(
    userId: string,
    key: string,
    claim: { caseId: string; procedure: string; requestHash: string; claimedAt: number },
  ): Promise<{ fresh: boolean; caseId: string; procedure: string; requestHash: string; claimedAt: number }> {
    const k = { pk: `IDEMP#${userId}#${key}`, sk: 'IDEMP' };
    try {
      await this.t.idempotency
        .build(PutItemCommand)
        .item({ ...k, ...claim })
        .options({ condition: { attr: 'pk', exists: false } })
        .send();
      return { fresh: true, ...claim };
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      const { Item } = await this.t.idempotency
        .build(GetItemCommand)
        .key(k)
        .options({ consistent: true })
        .send();
      if (!Item) throw err;
      return {
        fresh: false,
        caseId: Item.caseId,
        procedure: Item.procedure,
        requestHash: Item.requestHash,
        claimedAt: Item.claimedAt,
      };
    }
  }

  /** The claim an Idempotency-Key holds, if any (a read: nothing is claimed). */
  async findIdempotencyClaim(
    userId: string,
    key: string,
  ): Promise<{ caseId: string; procedure: string; requestHash: string; claimedAt: number } | undefined> {
    const { Item } = await this.t.idempotency
      .build(GetItemCommand)
      .key({ pk: `IDEMP#${userId}#${key}`, sk: 'IDEMP' })
      .options({ consistent: true })
      .send();
    return (
      Item && {
        caseId: Item.caseId,
        procedure: Item.procedure,
        requestHash: Item.requestHash,
        claimedAt: Item.claimedAt,
      }
    );
  }

  // ------------------------------------------------------------------ workflow link

  async getWorkflowLink(caseId: string) {
    const { Item } = await this.t.workflowLink
      .build(GetItemCommand)
      .key({ pk: caseKey(caseId), sk: 'WORKFLOW' })
      .send();
    return Item;
  }

  async updateWorkflowLink(
    caseId: string,
    fields: { executionId?: string; taskToken?: string; stage?: string },
  ): Promise<void> {
    await this.t.workflowLink
      .build(UpdateItemCommand)
      .item({ pk: caseKey(caseId), sk: 'WORKFLOW', caseId, ...fields })
      .send();
  }

  // ------------------------------------------------------------------ calendar

  async listCalendarYears(): Promise<CalendarYear[]> {
    const { Items = [] } = await this.t.table
      .build(TableQueryCommand)
      .entities(this.t.calendarYear)
      .query({ partition: 'CALENDAR' })
      .options({ maxPages: Number.POSITIVE_INFINITY })
      .send();
    return Items.map((i) => JSON.parse(i.data) as CalendarYear);
  }

  /** Stores a year; `expectedVersion` guards against two administrators correcting at once. */
  async putCalendarYear(year: CalendarYear, expectedVersion: number | undefined): Promise<void> {
    try {
      await this.t.calendarYear
        .build(PutItemCommand)
        .item({
          pk: 'CALENDAR',
          sk: `YEAR#${year.year}`,
          year: year.year,
          version: year.version,
          data: JSON.stringify(year),
        })
        .options({
          condition:
            expectedVersion === undefined
              ? { attr: 'pk', exists: false }
              : { attr: 'version', eq: expectedVersion },
        })
        .send();
    } catch (err) {
      if (isConditionFailure(err)) throw new VersionConflictError(`CALENDAR#${year.year}`, year.version);
      throw err;
    }
  }

  async putCalendarJob(job: CalendarJob): Promise<void> {
    await this.t.calendarJob
      .build(PutItemCommand)
      .item({ pk: 'CALJOBS', sk: job.jobId, ...job })
      .send();
  }

  async getCalendarJob(jobId: string): Promise<CalendarJob | undefined> {
    const { Item } = await this.t.calendarJob
      .build(GetItemCommand)
      .key({ pk: 'CALJOBS', sk: jobId })
      .options({ consistent: true })
      .send();
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, ...job } = Item;
    return job;
  }

  /**
   * Saves a preview. `expectedStep` is the step the writer read (undefined: a new preview): when
   * another run saved in between, the save is refused and false returned, so at most one of two
   * runs of the same message goes on.
   */
  async putCalendarPreview(preview: CalendarPreview, expectedStep: number | undefined): Promise<boolean> {
    try {
      await this.t.calendarPreview
        .build(PutItemCommand)
        .item({ pk: calendarPreviewPartition, sk: preview.previewId, ...preview })
        .options({
          condition:
            expectedStep === undefined ? { attr: 'pk', exists: false } : { attr: 'step', eq: expectedStep },
        })
        .send();
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async getCalendarPreview(previewId: string): Promise<CalendarPreview | undefined> {
    const { Item } = await this.t.calendarPreview
      .build(GetItemCommand)
      .key({ pk: calendarPreviewPartition, sk: previewId })
      .options({ consistent: true })
      .send();
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, ...preview } = Item;
    return preview;
  }

  /** Previews not finished (a crash or a lost message left them): the reconciler resumes them. */
  async unfinishedCalendarPreviews(): Promise<CalendarPreview[]> {
    const { Items = [] } = await this.t.table
      .build(TableQueryCommand)
      .entities(this.t.calendarPreview)
      .query({ partition: calendarPreviewPartition })
      .options({
        maxPages: Number.POSITIVE_INFINITY,
        filters: { CalendarPreview: { attr: 'status', ne: 'done' } },
      })
      .send();
    return Items.map(({ pk: _pk, sk: _sk, ...preview }) => preview);
  }

  // ------------------------------------------------------------------ waits for an official calendar

  /** Records that a deadline waits for a year's official calendar (idempotent). */
  async putCalendarWait(w: CalendarWait): Promise<void> {
    await this.t.calendarWait
      .build(PutItemCommand)
      .item({ pk: 'CALWAIT', sk: `${w.year}#${w.caseId}#${w.key}`, ...w })
      .send();
  }

  async calendarWaits(): Promise<CalendarWait[]> {
    const { Items = [] } = await this.t.table
      .build(TableQueryCommand)
      .entities(this.t.calendarWait)
      .query({ partition: 'CALWAIT' })
      .options({ maxPages: Number.POSITIVE_INFINITY })
      .send();
    return Items.map(({ pk: _pk, sk: _sk, ...w }) => w);
  }

  async deleteCalendarWait(w: Pick<CalendarWait, 'year' | 'caseId' | 'key'>): Promise<void> {
    await this.t.calendarWait
      .build(DeleteItemCommand)
      .key({ pk: 'CALWAIT', sk: `${w.year}#${w.caseId}#${w.key}` })
      .send();
  }

  /** Jobs not finished (a crash or a lost message left them): the reconciler resumes them. */
  async unfinishedCalendarJobs(): Promise<CalendarJob[]> {
    const { Items = [] } = await this.t.table
      .build(TableQueryCommand)
      .entities(this.t.calendarJob)
      .query({ partition: 'CALJOBS' })
      .options({
        maxPages: Number.POSITIVE_INFINITY,
        filters: { CalendarJob: { attr: 'status', ne: 'done' } },
      })
      .send();
    return Items.map(({ pk: _pk, sk: _sk, ...job }) => job);
  }
}

/** A deadline waiting for the official calendar of a year (see CaseTable's calendarWait). */
export interface CalendarWait {
  readonly year: number;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly bodyId: string;
  readonly key: string;
  readonly dueDate: string;
}

export interface CalendarJob {
  readonly jobId: string;
  readonly year: number;
  readonly calendarVersion: number;
  readonly status: 'queued' | 'running' | 'done';
  readonly shard: number;
  readonly page?: string;
  readonly checked: number;
  readonly affected: number;
  readonly affectedCaseIds: string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt?: string;
}

/** One open deadline a proposed calendar year would move, as a preview shows it. */
export interface CalendarPreviewExample {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly key: string;
  readonly labelZh: string;
  readonly responsible: string;
  readonly responsibleZh: string;
  readonly fromDue: string;
  readonly toDue: string;
  /** The date moved from was provisional (the year was not loaded). */
  readonly fromProvisional: boolean;
}

/** A dry run of a calendar load: which open deadlines it would change. It writes no case. */
export interface CalendarPreview {
  readonly previewId: string;
  readonly year: number;
  /** The proposed year as JSON (a CalendarYear without its version). */
  readonly proposal: string;
  readonly correctsVersion?: number;
  readonly status: 'queued' | 'running' | 'done';
  readonly step: number;
  readonly shard: number;
  readonly page?: string;
  readonly checked: number;
  /** Cases with at least one deadline whose date would move. */
  readonly casesAffected: number;
  /** Open deadlines whose due date would move. */
  readonly deadlinesMoved: number;
  /** Open deadlines whose provisional date the load would confirm unchanged. */
  readonly deadlinesConfirmed: number;
  readonly examples: CalendarPreviewExample[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt?: string;
}
