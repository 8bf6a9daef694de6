import { createHash, randomUUID } from 'node:crypto';
import { shanghaiDate, yearOf } from '../calendar/time';
import { bodyById } from '../directory/agencies';
import { canView } from '../domain/access';
import type { Actor } from '../domain/actors';
import type { Application } from '../domain/application';
import type { CaseEvent, CaseState, NewCaseEvent } from '../domain/case';
import type { ActionCommand } from '../domain/commands';
import { applyClock, decideAction, fileApplication, previewFiling } from '../domain/decide';
import { noticesFor } from '../domain/notices';
import { RefusalError } from '../http/problem';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { VersionConflictError } from '../store/case-store';
import { currentCalendar } from './calendar';

const notFound = () => new RefusalError({ code: 'case.notFound', messageZh: '未找到该案件，或您无权查看' });

export function formatCaseNumber(bodyNameZh: string, year: number, serial: number): string {
  return `${bodyNameZh} ${year}年第${String(serial).padStart(6, '0')}号`;
}

async function allocateCaseNumber(rt: Runtime, bodyId: string, now: Date): Promise<string> {
  const body = bodyById(bodyId);
  const year = yearOf(shanghaiDate(now));
  const serial = await rt.store.nextCaseSerial(bodyId, year);
  return formatCaseNumber(body?.nameZh ?? bodyId, year, serial);
}

/** Keeps every notice for its recipient and hands it to the notifier. */
export async function announce(rt: Runtime, state: CaseState, events: readonly CaseEvent[]): Promise<void> {
  for (const event of events) {
    for (const notice of noticesFor(state, event)) {
      const n = { id: randomUUID(), at: rt.clock.now().toISOString(), caseId: state.id, ...notice };
      await rt.store.putNotification(n);
      await rt.notifier.deliver(n);
    }
  }
}

export async function previewApplication(rt: Runtime, application: Application) {
  const calendar = await currentCalendar(rt.store);
  const preview = previewFiling(application, { now: rt.clock.now(), calendar });
  if (!preview.ok) throw new RefusalError(preview.refusal);
  return preview.value;
}

/**
 * Files an application. The Idempotency-Key is claimed (with a fresh case id) only after the
 * application passed every check, so a refusal writes nothing; a repeat returns the same case,
 * and a retry after a crash finishes the same case with the same number.
 */
export async function fileCase(
  rt: Runtime,
  actor: Actor,
  application: Application,
  idempotencyKey: string,
  correlationId: string,
): Promise<{ state: CaseState; created: boolean }> {
  const now = rt.clock.now();
  const calendar = await currentCalendar(rt.store);
  const checked = previewFiling(application, { now, calendar });
  if (!checked.ok) throw new RefusalError(checked.refusal);

  const requestHash = createHash('sha256').update(JSON.stringify(application)).digest('hex');
  const claim = await rt.store.claimIdempotencyKey(actor.userId, idempotencyKey, {
    caseId: randomUUID(),
    requestHash,
  });
  if (claim.requestHash !== requestHash)
    throw new RefusalError({
      code: 'idempotency.keyReused',
      messageZh: '该 Idempotency-Key 已用于另一份不同的申请，请为新申请使用新的 Idempotency-Key',
      fields: [{ path: 'headers.idempotency-key', messageZh: '已被另一份申请使用' }],
    });
  const existing = await rt.store.load(claim.caseId);
  if (existing) return { state: existing, created: false };

  let caseNumber = claim.caseNumber;
  if (!caseNumber) {
    caseNumber = await allocateCaseNumber(rt, checked.value.competentBody.id, now);
    await rt.store.recordClaimedCaseNumber(actor.userId, idempotencyKey, caseNumber);
  }
  const filed = fileApplication(application, caseNumber, { actor, now, calendar, correlationId });
  if (!filed.ok) throw new RefusalError(filed.refusal);
  let result: { state: CaseState; events: CaseEvent[] };
  try {
    result = await rt.store.append(claim.caseId, undefined, [filed.value]);
  } catch (err) {
    // The same key raced with itself: the other request created the case.
    if (!(err instanceof VersionConflictError)) throw err;
    const raced = await rt.store.load(claim.caseId);
    if (!raced) throw err;
    return { state: raced, created: false };
  }
  logger.info('case filed', { caseId: claim.caseId, caseNumber, bodyId: result.state.bodyId });
  await announce(rt, result.state, result.events);
  await startWorkflow(rt, claim.caseId);
  return { state: result.state, created: true };
}

export async function startWorkflow(rt: Runtime, caseId: string): Promise<void> {
  const executionId = await rt.workflow.start(caseId, `${caseId}-${rt.clock.now().getTime()}`);
  await rt.store.updateWorkflowLink(caseId, { executionId });
}

/** Reads a case the actor may see; anyone else is told it does not exist. */
export async function viewCase(rt: Runtime, actor: Actor, caseId: string): Promise<CaseState> {
  const state = await rt.store.load(caseId);
  if (!state || !canView(actor, state)) throw notFound();
  return state;
}

/** A person's action: decided by the domain, appended under the version lock, then the workflow resumes. */
export async function actOnCase(
  rt: Runtime,
  actor: Actor,
  caseId: string,
  command: ActionCommand,
  correlationId: string,
): Promise<CaseState> {
  const seen = await viewCase(rt, actor, caseId);
  const calendar = await currentCalendar(rt.store);
  const ctx = { actor, now: rt.clock.now(), calendar, correlationId };
  // The clock comes first: a deadline that ended before this action (its timer may run up to a
  // day late) has already taken effect — e.g. no refusal after the Art. 30 period, no correction
  // after the Art. 31 period. The person then sees a newer version (409) and the case as it is.
  const state = await appendDecided(rt, caseId, (s) => applyClock(s, ctx.now, calendar));
  if (!state) throw notFound();
  if (state.version !== seen.version) await resumeWorkflow(rt, caseId);
  let decision = decideAction(state, command, ctx);
  if (decision.ok && decision.value.kind === 'needsCaseNumber') {
    const caseNumber = await allocateCaseNumber(rt, decision.value.bodyId, ctx.now);
    decision = decideAction(state, command, ctx, { caseNumber });
  }
  if (!decision.ok) throw new RefusalError(decision.refusal);
  if (decision.value.kind !== 'events') throw new Error('case number allocation did not settle');
  const { state: next, events } = await rt.store.append(caseId, state, decision.value.events);
  logger.info('case action', { caseId, action: command.action, version: next.version, stage: next.stage });
  await announce(rt, next, events);
  await resumeWorkflow(rt, caseId);
  return next;
}

export async function resumeWorkflow(rt: Runtime, caseId: string): Promise<void> {
  const link = await rt.store.getWorkflowLink(caseId);
  if (link?.taskToken) await rt.workflow.resume(link.taskToken, { caseId });
}

/** Appends clock- or system-made events decided on a fresh read, retrying when a person acted meanwhile. */
export async function appendDecided(
  rt: Runtime,
  caseId: string,
  decide: (state: CaseState) => NewCaseEvent[] | Promise<NewCaseEvent[]>,
): Promise<CaseState | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const state = await rt.store.load(caseId);
    if (!state) return undefined;
    const events = await decide(state);
    if (events.length === 0) return state;
    try {
      const result = await rt.store.append(caseId, state, events);
      await announce(rt, result.state, result.events);
      return result.state;
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
    }
  }
  throw new Error(`case ${caseId}: could not append after 5 attempts`);
}
