import { systemActor } from '../domain/actors';
import { type CaseEnvelope, type CaseEvent, isEngineEvent } from '../domain/case';
import { isDocumentEventType } from '../domain/documents';
import { fileNotices, isFileEventType } from '../domain/files';
import { evolve } from '../domain/fold';
import type { Notice } from '../domain/procedure';
import { procedureOf } from '../domain/registry';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { listMemberships, listSummary } from '../store/lists';

/**
 * Effects derived from the event log. Nothing but the append decides what happened; everything
 * else — list items, inbox notices and alerts, starting and resuming the workflow, leaving the
 * open-cases index, and last the projection (which is the effects cursor) — is computed from the
 * events after the projection's version, each with a deterministic id and an idempotent write, so running this twice does
 * nothing twice and a crash at any point is healed by the next run: after the next append, from
 * the workflow, from a retried request, from the reconciler, and on AWS from DynamoDB Streams.
 */

/** What the caller of an append already knows: no read is needed to run its effects. */
export interface Appended {
  readonly before?: CaseEnvelope;
  readonly state: CaseEnvelope;
  readonly events: readonly CaseEvent[];
}

/** Runs the effects of everything after the case's cursor. Returns the case as of its last event. */
export async function processEffects(
  rt: Runtime,
  caseId: string,
  appended?: Appended,
): Promise<CaseEnvelope | undefined> {
  const first = appended?.events[0];
  if (appended && first) {
    await runEffects(rt, appended.before, appended.events, appended.state);
    if (await rt.store.advanceProjection(appended.state, first.seq - 1)) return appended.state;
    // The cursor was not where this append started: an earlier run did not finish. Catch up.
  }
  return catchUp(rt, caseId);
}

/** Catches a case up from its log: the effects of every event after the cursor. */
export async function catchUp(rt: Runtime, caseId: string): Promise<CaseEnvelope | undefined> {
  const [cursor, lastSeq] = await Promise.all([rt.store.getCursor(caseId), rt.store.lastSeq(caseId)]);
  if (lastSeq === 0) return undefined;
  if (cursor >= lastSeq) return rt.store.load(caseId);
  const events = await rt.store.loadEvents(caseId);
  let before: CaseEnvelope | undefined;
  for (const e of events) if (e.seq <= cursor) before = evolve(before, e);
  const pending = events.filter((e) => e.seq > cursor);
  let state = before;
  for (const e of pending) state = evolve(state, e);
  if (!state) return undefined;
  state = { ...state, id: caseId };
  await runEffects(rt, before && { ...before, id: caseId }, pending, state, { membershipsKnown: false });
  await rt.store.advanceProjection(state, cursor);
  logger.info('effects caught up', { caseId, from: cursor, to: lastSeq });
  return state;
}

/**
 * Whether an event should wake the workflow: everything but what the workflow's own clock wrote,
 * and the case's materials (attached, marked, read), which move no stage and no deadline — a
 * party reading the file must not cost the workflow a transition.
 */
const wakesWorkflow = (e: CaseEvent) =>
  e.actor.userId !== systemActor.userId && !isFileEventType(e.type) && !isDocumentEventType(e.type);

async function runEffects(
  rt: Runtime,
  before: CaseEnvelope | undefined,
  events: readonly CaseEvent[],
  after: CaseEnvelope,
  options: { membershipsKnown: boolean } = { membershipsKnown: true },
): Promise<void> {
  const module = procedureOf(after.procedure);
  const caseId = after.id;
  const previous = options.membershipsKnown ? (before ? listMemberships(before) : []) : undefined;
  // Every write below is idempotent and guarded by the case version, so they run side by side.
  const work: Promise<unknown>[] = [
    rt.store.writeListItems(after, listSummary(after, module.summary(after)), previous),
  ];
  let state = before;
  for (const event of events) {
    state = evolve(state, event);
    const current = { ...state, id: caseId };
    for (const notice of [...module.notices(current, event), ...fileNotices(current, event)])
      work.push(deliver(rt, caseId, event, notice));
    // A lapse waiting for an official calendar: the administrators are reminded daily until it is loaded.
    if (isEngineEvent(event) && event.type === 'deadlineAwaitingCalendar') {
      const { key, dueDate, provisionalYears } = event.data;
      for (const year of provisionalYears)
        work.push(
          rt.store.putCalendarWait({
            year,
            caseId,
            caseNumber: after.caseNumber,
            bodyId: after.bodyId,
            key,
            dueDate,
          }),
        );
    }
  }
  if (events.some((e) => e.seq === 1)) {
    // One execution per case, named by the case: starting it again is a no-op.
    work.push(rt.workflow.start(caseId, caseId));
  } else if (events.some(wakesWorkflow)) {
    work.push(
      rt.store
        .getWorkflowLink(caseId)
        .then((link) => (link?.taskToken ? rt.workflow.resume(link.taskToken, { caseId }) : undefined)),
    );
  }
  await Promise.all(work);
  if (after.status === 'closed' && before?.status !== 'closed') await rt.store.markClosed(caseId);
}

/** A notice, once: pushed to the alert channel (which drops a repeated id), then kept in the inbox. */
async function deliver(rt: Runtime, caseId: string, event: CaseEvent, notice: Notice): Promise<void> {
  const n = {
    id: `${caseId}#${event.seq}#${notice.kind}#${notice.recipient}`,
    at: event.at,
    caseId,
    ...notice,
  };
  await rt.notifier.deliver(n);
  await rt.store.putNotification(n);
}
