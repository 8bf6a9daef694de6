import { createHash, randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { shanghaiDate, yearOf } from '../calendar/time';
import { bodyById } from '../directory/agencies';
import { canView } from '../domain/access';
import type { Actor } from '../domain/actors';
import { roleLabelsZh } from '../domain/actors';
import type { CaseEnvelope, CaseEvent, NewCaseEvent } from '../domain/case';
import { applyClock, decideAction, openCase } from '../domain/decide';
import type { AttachRequest } from '../domain/files';
import { foldEvents } from '../domain/fold';
import type { FilingRoute, ProcedureCommand } from '../domain/procedure';
import { procedureOf } from '../domain/registry';
import { RefusalError, zodRefusal } from '../http/problem';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { VersionConflictError } from '../store/errors';
import { listKeys } from '../store/lists';
import { currentCalendar } from './calendar';
import { catchUp, processEffects } from './effects';
import { attachmentEvents, copyIntoCase, removeUploads, type VerifiedUpload, verifyUploads } from './files';

const notFound = () => new RefusalError({ code: 'case.notFound', messageZh: '未找到该案件，或您无权查看' });

export function formatCaseNumber(bodyNameZh: string, year: number, serial: number): string {
  return `${bodyNameZh} ${year}年第${String(serial).padStart(6, '0')}号`;
}

/**
 * Takes the next number of a series of `bodyId` for the event `<caseId>#<seq>` (the holder): the
 * case number (one counter per body and year), or a document number such as a decision's (one
 * counter per body, series and year). Only the request that will write that event asks; a retry
 * of the same event gets the same number.
 */
async function reserveNumber(
  rt: Runtime,
  series: { readonly counter: string; readonly format: (year: number, serial: number) => string },
  now: Date,
  holder: string,
) {
  const year = yearOf(shanghaiDate(now));
  /** A reservation is used once the event it was taken for carries the number. */
  const carries = (data: unknown, number: string) => {
    const d = data as { caseNumber?: string; number?: string } | undefined;
    return d?.caseNumber === number || d?.number === number;
  };
  const serial = await rt.store.reserveCaseNumber(
    series.counter,
    year,
    holder,
    Date.now,
    async (other, value) => {
      const [caseId, seq] = other.split('#');
      const event = await rt.store.eventAt(String(caseId), Number(seq));
      return carries(event?.data, series.format(year, value));
    },
  );
  const number = series.format(year, serial);
  return {
    number,
    commit: () => rt.store.commitCaseNumber(series.counter, year, holder, serial),
    /** The event was not written by anyone for this holder: give the number back. */
    release: async (caseId: string, seq: number) => {
      const event = await rt.store.eventAt(caseId, seq);
      if (carries(event?.data, number))
        return rt.store.commitCaseNumber(series.counter, year, holder, serial);
      return rt.store.releaseCaseNumber(series.counter, year, holder, serial);
    },
  };
}

/** The case numbers of a body: `<body> 2026年第000001号`. */
const caseNumbers = (bodyId: string) => {
  const bodyNameZh = bodyById(bodyId)?.nameZh ?? bodyId;
  return {
    counter: bodyId,
    format: (year: number, serial: number) => formatCaseNumber(bodyNameZh, year, serial),
  };
};

/** A document series of a body (its own counter beside the case numbers), formatted by the procedure. */
const documentNumbers = (procedure: string, series: string, bodyId: string) => {
  const module = procedureOf(procedure);
  if (!module.formatNumber) throw new Error(`procedure ${procedure} numbers no documents`);
  const format = module.formatNumber.bind(module);
  return {
    counter: `${bodyId}#${series}`,
    format: (year: number, serial: number) => format(series, bodyId, year, serial),
  };
};

/** Runs the effects of an append; a failure is logged, not answered: the log has the truth and heals. */
async function afterAppend(rt: Runtime, caseId: string, appended: Parameters<typeof processEffects>[2]) {
  try {
    return await processEffects(rt, caseId, appended);
  } catch (err) {
    logger.error('effects failed after append (the reconciler will complete them)', err as Error);
    return appended?.state;
  }
}

export async function previewApplication(rt: Runtime, procedureId: string, input: unknown) {
  const calendar = await currentCalendar(rt.store);
  const preview = procedureOf(procedureId).previewFiling(input, { now: rt.clock.now(), calendar });
  if (!preview.ok) throw new RefusalError(preview.refusal);
  return preview.value;
}

/**
 * Files an application. The Idempotency-Key is claimed (with a fresh case id) only after the
 * filing passed every check, so a refusal writes nothing and takes no number; only the request
 * that wins the claim takes a number; a repeat returns the same case, and a retry after a crash
 * completes the same case with the same number. The application's attachments (the person's
 * uploads, each with its purpose) are checked with it and attached in the same append, right after
 * the filing.
 */
export async function fileCase(
  rt: Runtime,
  actor: Actor,
  procedureId: string,
  input: unknown,
  idempotencyKey: string,
  correlationId: string,
  attachments: readonly AttachRequest[] = [],
): Promise<{ state: CaseEnvelope; created: boolean }> {
  const module = procedureOf(procedureId);
  if (actor.role === 'system' || !module.definition.filingRoles.includes(actor.role))
    throw new RefusalError({
      code: 'action.roleNotAllowed',
      messageZh: `${roleLabelsZh[actor.role]}不能在线提交${module.labelZh}申请`,
    });
  const now = rt.clock.now();
  const calendar = await currentCalendar(rt.store);
  const route = module.previewFiling(input, { now, calendar });
  if (!route.ok) throw new RefusalError(route.refusal);
  if (module.checkEarlierCases) {
    const bar = module.checkEarlierCases(input, await closedCasesOf(rt, actor, procedureId));
    if (!bar.ok) throw new RefusalError(bar.refusal);
  }

  // The attachments are part of the request: the same key with other attachments is another filing.
  const requestHash = createHash('sha256')
    .update(
      `${procedureId}\n${JSON.stringify(input)}${attachments.length ? `\n${JSON.stringify(attachments)}` : ''}`,
    )
    .digest('hex');
  let uploads: VerifiedUpload[];
  try {
    uploads = await verifyUploads(rt, actor, attachments, 'attachments');
  } catch (err) {
    const repeat = await repeatedFiling(rt, actor, idempotencyKey, requestHash, err);
    if (repeat) return { state: repeat, created: false };
    throw err;
  }
  const claim = await rt.store.claimIdempotencyKey(actor.userId, idempotencyKey, {
    caseId: randomUUID(),
    procedure: procedureId,
    requestHash,
    claimedAt: Date.now(),
  });
  if (claim.requestHash !== requestHash)
    throw new RefusalError({
      code: 'idempotency.keyReused',
      messageZh: '该 Idempotency-Key 已用于另一份不同的申请，请为新申请使用新的 Idempotency-Key',
      fields: [{ path: 'headers.idempotency-key', messageZh: '已被另一份申请使用' }],
    });
  const write = () =>
    writeFiling(rt, claim.caseId, procedureId, route.value, input, uploads, {
      actor,
      now,
      calendar,
      correlationId,
    });
  if (claim.fresh) return write();

  // The key was claimed before, by a request that finished, is still running, or crashed. If the
  // case exists, complete whatever is left; if not, write it now: under the claim's case id, so
  // racing the original (same number reservation, same first event) cannot make a second case.
  const existing = await catchUp(rt, claim.caseId);
  if (existing) return { state: existing, created: false };
  return write();
}

/**
 * The filer's own closed cases of a procedure, from their list (a person has few): what an earlier
 * case may say about a new filing (e.g. an approved withdrawal of the same claim, Art. 74(2)).
 */
async function closedCasesOf(rt: Runtime, actor: Actor, procedureId: string): Promise<CaseEnvelope[]> {
  const ids: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await rt.store.listPage(listKeys.mine(actor.userId), { limit: 100, start });
    for (const row of page.items)
      if (row.procedure === procedureId && row.status === 'closed') ids.push(row.caseId);
    start = page.next;
  } while (start);
  const states = await Promise.all(ids.map((id) => rt.store.load(id)));
  return states.filter((s): s is CaseEnvelope => s !== undefined);
}

/**
 * A repeat of a filing already written finds its uploads gone (moved into the case): with the
 * same key and the same request, it is the same case, not a missing upload.
 */
async function repeatedFiling(
  rt: Runtime,
  actor: Actor,
  idempotencyKey: string,
  requestHash: string,
  err: unknown,
): Promise<CaseEnvelope | undefined> {
  if (!(err instanceof RefusalError) || err.refusal.code !== 'file.uploadNotFound') return undefined;
  const earlier = await rt.store.findIdempotencyClaim(actor.userId, idempotencyKey);
  return earlier?.requestHash === requestHash ? catchUp(rt, earlier.caseId) : undefined;
}

async function writeFiling(
  rt: Runtime,
  caseId: string,
  procedureId: string,
  route: FilingRoute,
  input: unknown,
  uploads: readonly VerifiedUpload[],
  ctx: Parameters<typeof openCase>[3],
): Promise<{ state: CaseEnvelope; created: boolean }> {
  const number = await reserveNumber(rt, caseNumbers(route.bodyId), ctx.now, `${caseId}#1`);
  const filed = openCase(procedureId, input, number.number, ctx);
  let events: NewCaseEvent[];
  try {
    if (!filed.ok) throw new RefusalError(filed.refusal);
    const opened = foldEvents(caseId, [{ ...filed.value, seq: 1 } as CaseEvent]) as CaseEnvelope;
    events = [
      filed.value,
      ...attachmentEvents(opened, ctx.actor, uploads, {
        at: filed.value.at,
        correlationId: ctx.correlationId,
      }),
    ];
  } catch (err) {
    await number.release(caseId, 1);
    throw err;
  }
  try {
    await copyIntoCase(rt, caseId, uploads);
    const appended = await rt.store.append(caseId, undefined, events);
    logger.info('case filed', { caseId, caseNumber: number.number, bodyId: appended.state.bodyId });
    const [, state] = await Promise.all([number.commit(), afterAppend(rt, caseId, appended)]);
    await removeUploads(rt, uploads);
    return { state: state ?? appended.state, created: true };
  } catch (err) {
    // The same key raced with itself: the other request wrote this case (with this number, or
    // with one it took before ours — then ours goes back).
    if (!(err instanceof VersionConflictError)) throw err;
    await number.release(caseId, 1);
    const state = await catchUp(rt, caseId);
    if (!state) throw err;
    return { state, created: false };
  }
}

/** Reads a case the actor may see; anyone else is told it does not exist. */
export async function viewCase(rt: Runtime, actor: Actor, caseId: string): Promise<CaseEnvelope> {
  const state = await rt.store.load(caseId);
  if (!state || !canView(actor, state)) throw notFound();
  return state;
}

/**
 * A person's action: decided by the domain, appended under the version lock; its effects follow
 * from the log. Its attachments (e.g. the material of a correction) are checked first and attached
 * in the same append, right after the action's events, on the case as the action left it.
 */
export async function actOnCase(
  rt: Runtime,
  actor: Actor,
  caseId: string,
  body: unknown,
  correlationId: string,
  attachments: readonly AttachRequest[] = [],
): Promise<CaseEnvelope> {
  const seen = await viewCase(rt, actor, caseId);
  const parsed = z.safeParse(procedureOf(seen.procedure).commandSchema, body);
  if (!parsed.success) throw new RefusalError(zodRefusal(parsed.error));
  const command: ProcedureCommand = parsed.data;
  const uploads = await verifyUploads(rt, actor, attachments, 'attachments');
  const calendar = await currentCalendar(rt.store);
  const ctx = { actor, now: rt.clock.now(), calendar, correlationId };
  // The clock comes first: a deadline that ended before this action (its timer may run late) has
  // already taken effect — e.g. no refusal after the Art. 30 period, no correction after the
  // Art. 31 period. The person then sees a newer version (409) and the case as it is.
  const state = await appendDecided(rt, caseId, (s) => applyClock(s, ctx.now, calendar));
  if (!state) throw notFound();
  let decision = decideAction(state, command, ctx);
  let number: Awaited<ReturnType<typeof reserveNumber>> | undefined;
  const seq = state.version + 1;
  if (decision.ok && (decision.value.kind === 'needsCaseNumber' || decision.value.kind === 'needsNumber')) {
    const wanted = decision.value;
    const series =
      wanted.kind === 'needsCaseNumber'
        ? caseNumbers(wanted.bodyId)
        : documentNumbers(state.procedure, wanted.series, wanted.bodyId);
    number = await reserveNumber(rt, series, ctx.now, `${caseId}#${seq}`);
    decision = decideAction(state, command, ctx, { number: number.number });
  }
  if (!decision.ok) {
    await number?.release(caseId, seq);
    throw new RefusalError(decision.refusal);
  }
  if (decision.value.kind !== 'events') throw new Error('number allocation did not settle');
  const actionEvents = decision.value.events;
  let events: NewCaseEvent[];
  try {
    const acted = foldEvents(
      caseId,
      actionEvents.map((e, i) => ({ ...e, seq: seq + i }) as CaseEvent),
      state,
    ) as CaseEnvelope;
    const base = { at: ctx.now.toISOString(), correlationId };
    events = [...actionEvents, ...attachmentEvents(acted, actor, uploads, base)];
  } catch (err) {
    await number?.release(caseId, seq);
    throw err;
  }
  let appended: Awaited<ReturnType<typeof rt.store.append>>;
  try {
    await copyIntoCase(rt, caseId, uploads);
    appended = await rt.store.append(caseId, state, events);
  } catch (err) {
    if (err instanceof VersionConflictError) await number?.release(caseId, seq);
    throw err;
  }
  await number?.commit();
  await removeUploads(rt, uploads);
  logger.info('case action', {
    caseId,
    action: command.action,
    version: appended.state.version,
    stage: appended.state.stage,
  });
  return (await afterAppend(rt, caseId, { before: state, ...appended })) ?? appended.state;
}

/** Appends clock- or system-made events decided on a fresh read, retrying when a person acted meanwhile. */
export async function appendDecided(
  rt: Runtime,
  caseId: string,
  decide: (state: CaseEnvelope) => NewCaseEvent[] | Promise<NewCaseEvent[]>,
): Promise<CaseEnvelope | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const state = await rt.store.load(caseId);
    if (!state) return undefined;
    const events = await decide(state);
    if (events.length === 0) return state;
    try {
      const appended = await rt.store.append(caseId, state, events);
      return (await afterAppend(rt, caseId, { before: state, ...appended })) ?? appended.state;
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
    }
  }
  throw new Error(`case ${caseId}: could not append after 5 attempts`);
}
