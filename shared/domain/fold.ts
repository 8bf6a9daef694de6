import type { CaseEnvelope, CaseEvent, Deadline, DeadlineChanges } from './case';
import { isEngineEvent } from './case';
import { evolveFiles, isFileEventType } from './files';
import { defaultProcedureId, procedureOf } from './registry';

function applyDeadlineChanges(
  deadlines: Readonly<Record<string, Deadline>>,
  changes: DeadlineChanges | undefined,
  at: string,
): Record<string, Deadline> {
  const next: Record<string, Deadline> = { ...deadlines };
  for (const c of changes?.closed ?? []) {
    const d = next[c.key];
    if (d) next[c.key] = { ...d, status: c.status, closedAt: at };
  }
  for (const d of changes?.opened ?? []) next[d.key] = d;
  for (const d of changes?.recomputed ?? []) next[d.key] = d;
  for (const f of changes?.flagged ?? []) {
    const d = next[f.key];
    if (d)
      next[f.key] = {
        ...d,
        ...(f.warned ? { warned: true } : {}),
        ...(f.overdue ? { overdue: true } : {}),
        ...(f.awaitingCalendar ? { awaitingCalendar: true } : {}),
      };
  }
  return next;
}

/**
 * Folds one event onto the case. Pure and total: the projection can always be rebuilt from the
 * log. The engine keeps the envelope (version, stage, status, deadlines, files); the case's
 * procedure module folds its own events. The first event names the procedure.
 */
export function evolve<S extends CaseEnvelope>(
  state: S | undefined,
  event: CaseEvent,
  procedureId?: string,
): S {
  if (!state) {
    // A log from before the registry names no procedure: every such case was of the default one.
    const module = procedureOf(event.procedure ?? procedureId ?? defaultProcedureId());
    const first = module.evolve(undefined, event);
    const stage = event.toStage ?? module.definition.initialStage;
    return {
      ...first,
      procedure: module.id,
      version: event.seq,
      stage,
      status: module.definition.stages[stage]?.kind === 'terminal' ? 'closed' : 'open',
      deadlines: applyDeadlineChanges({}, event.deadlines, event.at),
      filedAt: event.at,
      updatedAt: event.at,
    } as S;
  }
  const module = procedureOf(state.procedure);
  const stage = event.toStage ?? state.stage;
  const next = {
    ...state,
    version: event.seq,
    stage,
    status: module.definition.stages[stage]?.kind === 'terminal' ? 'closed' : 'open',
    deadlines: applyDeadlineChanges(state.deadlines, event.deadlines, event.at),
    updatedAt: event.at,
  } as S;
  if (!isEngineEvent(event)) return module.evolve(next, event) as S;
  // The engine's file events keep the case's materials; the clock's and the calendar's only move
  // the envelope (above).
  return isFileEventType(event.type) ? { ...next, files: evolveFiles(state.files, event) } : next;
}

export function foldEvents<S extends CaseEnvelope>(
  caseId: string,
  events: readonly CaseEvent[],
  from?: S,
  procedureId?: string,
): S | undefined {
  let state = from;
  for (const e of events) state = evolve(state, e, procedureId);
  return state && { ...state, id: caseId };
}
