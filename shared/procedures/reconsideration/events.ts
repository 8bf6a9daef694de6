import * as z from 'zod/mini';
import type { EventSchema } from '../../domain/procedure';
import type { applicationSchema } from './application';
import { storedDate } from './command-fields';
import { reviewParts } from './review';

/**
 * The data of every event reconsideration writes, as zod schemas: the store reads each stored
 * event through them (after lifting older stored versions), and the TypeScript types derive
 * from them, so a stored event and the code cannot disagree silently.
 */

const isoDate = storedDate;

export const refusalReasons = [
  'late',
  'outsideScope',
  'notInterestedParty',
  'duplicate',
  'beforeCourt',
  'wrongBody',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export const timelinessSchema = z.object({
  timely: z.boolean(),
  filedOn: isoDate,
  dueDate: isoDate,
  /** Which limit decided: the 60-day period, the 1-year cap without rights notice, or the absolute cap. */
  basisRuleId: z.string(),
  messageZh: z.string(),
  explanationsZh: z.readonly(z.array(z.string())),
  provisional: z.boolean(),
});
export type Timeliness = z.infer<typeof timelinessSchema>;

const correctionItem = z.object({ field: z.string(), descriptionZh: z.string() });
export type CorrectionItem = z.infer<typeof correctionItem>;
const track = z.enum(['ordinary', 'simplified']);
export const copyChannels = ['online', 'post'] as const;
const copyChannel = z.enum(copyChannels);
export type CopyChannel = z.infer<typeof copyChannel>;
export type Track = z.infer<typeof track>;

/** Stored applications were validated when filed; reading them back must not re-run today's checks. */
const storedApplication = z.custom<z.output<typeof applicationSchema>>(
  (v) => typeof v === 'object' && v !== null && 'applicant' in v && 'act' in v,
);

export const reconsiderationEventData = {
  caseFiled: z.object({
    caseNumber: z.string(),
    bodyId: z.string(),
    bodyNameZh: z.string(),
    competenceBasisZh: z.string(),
    selfReview: z.boolean(),
    applicantUserId: z.string(),
    application: storedApplication,
    receivedOn: isoDate,
    timeliness: timelinessSchema,
    simplifiedEligible: z.boolean(),
    mustReconsiderFirst: z.boolean(),
  }),
  correctionRequested: z.object({
    items: z.readonly(z.array(correctionItem)),
    noteZh: z.optional(z.string()),
  }),
  correctionSubmitted: z.object({
    answers: z.readonly(z.array(z.object({ field: z.string(), textZh: z.string() }))),
    receivedOn: isoDate,
  }),
  accepted: z.object({ track, acceptedOn: isoDate }),
  deemedAccepted: z.object({ track, acceptedOn: isoDate }),
  refused: z.object({
    reasons: z.readonly(z.array(z.enum(refusalReasons))),
    competentBodyId: z.optional(z.string()),
    competentBodyNameZh: z.optional(z.string()),
    noteZh: z.optional(z.string()),
  }),
  forwarded: z.object({
    fromBodyId: z.string(),
    toBodyId: z.string(),
    toBodyNameZh: z.string(),
    caseNumber: z.string(),
    receivedOn: isoDate,
    noteZh: z.optional(z.string()),
  }),
  copySent: z.object({
    channel: copyChannel,
    sentOn: isoDate,
    /** Online service reaches the respondent the day it is sent; by post it is recorded later. */
    receivedOn: z.optional(isoDate),
  }),
  copyReceived: z.object({ receivedOn: isoDate }),
  timelinessRecomputed: z.object({
    calendarYear: z.number().check(z.int()),
    calendarVersion: z.number().check(z.int()),
    from: z.object({ timely: z.boolean(), dueDate: isoDate, provisional: z.boolean() }),
    timeliness: timelinessSchema,
  }),
  withdrawn: z.object({ reasonZh: z.string() }),
  deemedAbandoned: z.object({ correctionDueDate: isoDate }),
} as const;

export const reconsiderationEventSchemas: Record<string, EventSchema> = Object.fromEntries(
  [...Object.entries(reconsiderationEventData), ...reviewParts.flatMap((p) => Object.entries(p.events))].map(
    ([type, data]) => [type, { data }],
  ),
);

export type ReconsiderationEventData = {
  [T in keyof typeof reconsiderationEventData]: z.infer<(typeof reconsiderationEventData)[T]>;
};
