import * as z from 'zod/mini';
import type { CaseEvent } from '../domain/case';
import { isEngineEvent } from '../domain/case';
import { documentFormats } from '../domain/documents';
import { confidentialityKinds, filePurposes, fileSides } from '../domain/files';
import { hasProcedure, procedureOf } from '../domain/registry';

/**
 * Stored events are read through zod, lifted from the version they were written in to the
 * current one by upcasters, then checked against the envelope and the owning procedure's data
 * schema. An event that fails is a corrupt case file: it stops the read with the case id and
 * sequence number rather than folding garbage.
 *
 * Versions:
 *  1 — written by the first release (issue 2): the event as a DynamoDB map in `event`, no
 *      procedure on it (every case was a reconsideration case).
 *  2 — the event as JSON text in `payload`, with `v` and `procedure` on the item.
 */
const currentEventVersion = 2;

const isoInstant = z.string().check(z.minLength(10));
const actorSchema = z.object({
  userId: z.string(),
  role: z.string(),
  nameZh: z.string(),
  bodyId: z.optional(z.string()),
  agencyId: z.optional(z.string()),
});
/** A deadline is written by the engine and explained to people; its fields the engine relies on are checked. */
const deadlineSchema = z.looseObject({
  key: z.string(),
  ruleId: z.string(),
  labelZh: z.string(),
  startDate: z.string(),
  dueDate: z.string(),
  warnOn: z.string(),
  status: z.enum(['open', 'met', 'cancelled', 'lapsed']),
  computation: z.looseObject({ dueDate: z.string(), provisional: z.boolean() }),
});
const deadlineChangesSchema = z.object({
  opened: z.optional(z.array(deadlineSchema)),
  closed: z.optional(z.array(z.object({ key: z.string(), status: z.enum(['met', 'cancelled', 'lapsed']) }))),
  recomputed: z.optional(z.array(deadlineSchema)),
  flagged: z.optional(
    z.array(
      z.object({
        key: z.string(),
        warned: z.optional(z.boolean()),
        overdue: z.optional(z.boolean()),
        awaitingCalendar: z.optional(z.boolean()),
      }),
    ),
  ),
});

const storedEventSchema = z.object({
  seq: z.number().check(z.int(), z.minimum(1)),
  type: z.string().check(z.minLength(1)),
  at: isoInstant,
  actor: actorSchema,
  procedure: z.optional(z.string()),
  correlationId: z.optional(z.string()),
  toStage: z.optional(z.string()),
  deadlines: z.optional(deadlineChangesSchema),
  data: z.unknown(),
});

const confidentialitySchema = { kind: z.enum(confidentialityKinds), reasonZh: z.string() };
const engineEventData = {
  deadlineWarned: z.object({ key: z.string(), dueDate: z.string() }),
  deadlineOverdue: z.object({ key: z.string(), dueDate: z.string() }),
  deadlineLapsed: z.object({ key: z.string(), dueDate: z.string() }),
  deadlineAwaitingCalendar: z.object({
    key: z.string(),
    dueDate: z.string(),
    provisionalYears: z.array(z.number().check(z.int())),
  }),
  deadlinesRecomputed: z.object({
    calendarYear: z.number(),
    calendarVersion: z.number(),
    changes: z.array(z.object({ key: z.string(), fromDue: z.string(), toDue: z.string() })),
  }),
  fileAttached: z.object({
    fileId: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().check(z.int(), z.nonnegative()),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    purpose: z.enum(filePurposes),
    side: z.enum(fileSides),
    uploadedBy: actorSchema,
    confidentiality: z.optional(z.object(confidentialitySchema)),
  }),
  fileConfidentialityMarked: z.object({ fileId: z.string(), ...confidentialitySchema }),
  fileConfidentialityUnmarked: z.object({ fileId: z.string(), reasonZh: z.string() }),
  fileRead: z.object({ fileId: z.string() }),
  documentRead: z.object({
    documentId: z.string(),
    format: z.enum(documentFormats),
    titleZh: z.string(),
    number: z.string(),
  }),
} as const;

/** The raw item as DynamoDB returns it, in any version. */
const rawItemSchema = z.union([
  z.object({ v: z.literal(2), payload: z.string(), procedure: z.string(), caseId: z.string() }),
  z.pipe(
    z.object({ event: z.record(z.string(), z.unknown()), caseId: z.string() }),
    z.transform((i) => ({ ...i, v: 1 as const })),
  ),
]);

/** Upcasters: each lifts a payload from version n to n + 1. */
const upcasters: Record<number, (payload: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 → v2: the first event names its procedure (every v1 case was a reconsideration case).
  1: (p) => (p.seq === 1 ? { procedure: 'reconsideration', ...p } : p),
};

export class CorruptEventError extends Error {
  override readonly name = 'CorruptEventError';
}

/** Reads one stored event item of any version as the current CaseEvent. */
export function readStoredEvent(item: unknown, procedureOfCase?: string): CaseEvent {
  const raw = rawItemSchema.safeParse(item);
  if (!raw.success) throw new CorruptEventError(`unreadable event item: ${raw.error.issues[0]?.message}`);
  let version: number = raw.data.v;
  let payload: Record<string, unknown> =
    raw.data.v === 2 ? (JSON.parse(raw.data.payload) as Record<string, unknown>) : raw.data.event;
  while (version < currentEventVersion) {
    const lift = upcasters[version];
    if (!lift) throw new CorruptEventError(`no upcaster from event version ${version}`);
    payload = lift(payload);
    version += 1;
  }
  const where = `case ${raw.data.caseId} event ${String(payload.seq)}`;
  const envelope = storedEventSchema.safeParse(payload);
  if (!envelope.success)
    throw new CorruptEventError(`${where}: ${envelope.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const event = envelope.data as CaseEvent;
  const procedureId = event.procedure ?? (raw.data.v === 2 ? raw.data.procedure : procedureOfCase);
  const dataSchema = isEngineEvent(event)
    ? engineEventData[event.type]
    : procedureId && hasProcedure(procedureId)
      ? procedureOf(procedureId).eventSchemas[event.type]?.data
      : undefined;
  if (!dataSchema) throw new CorruptEventError(`${where}: unknown event type '${event.type}'`);
  const data = z.safeParse(dataSchema, event.data);
  if (!data.success)
    throw new CorruptEventError(
      `${where} (${event.type}): ${data.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  return { ...event, data: data.data };
}

/** The item attributes that carry an event in the current version. */
export function storedEventPayload(event: CaseEvent): { v: number; payload: string } {
  return { v: currentEventVersion, payload: JSON.stringify(event) };
}
