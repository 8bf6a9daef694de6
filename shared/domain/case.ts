import type { IsoDate, PeriodComputation } from '../calendar/types';
import type { Actor } from './actors';
import { type DocumentEventData, documentEventTypes } from './documents';
import { type CaseFile, type FileEventData, fileEventTypes } from './files';

/**
 * The common envelope of every case, whatever its procedure. The engine (API, clock, fold,
 * deadlines, presenters, lists, workflow) reads only these fields; a procedure module keeps its
 * own details beside them on the same object (`CaseEnvelope & Details`).
 */

export type DeadlineStatus = 'open' | 'met' | 'cancelled' | 'lapsed';

/**
 * A suspension of the case (中止) as it stops a deadline's clock: the days up to and including
 * `suspendedOn` count, counting restarts on the day after `resumedOn`.
 */
export interface DeadlinePause {
  readonly suspendedOn: IsoDate;
  /** Absent while the case is still suspended: the deadline is paused now (only the last pause may be open). */
  readonly resumedOn?: IsoDate;
}

/** A running statutory time limit on a case, with how its date was reached. */
export interface Deadline {
  /** What the deadline is for on this case, e.g. 'acceptanceReview'. */
  readonly key: string;
  readonly ruleId: string;
  readonly labelZh: string;
  readonly article: string;
  /** Who must act before it passes: the body handling the case, a party, or the respondent. */
  readonly responsible: 'body' | 'applicant' | 'respondent';
  readonly startEventZh: string;
  readonly startDate: IsoDate;
  readonly dueDate: IsoDate;
  /** The day the responsible person is warned (the procedure's warning rule before the due date). */
  readonly warnOn: IsoDate;
  readonly computation: PeriodComputation;
  readonly explanationZh: string;
  readonly status: DeadlineStatus;
  readonly warned?: boolean;
  readonly overdue?: boolean;
  /**
   * Its last day has ended but the date rests on a year whose official calendar is not loaded:
   * the lapse waits for the official calendar (never applied on a provisional date).
   */
  readonly awaitingCalendar?: boolean;
  readonly closedAt?: string;
  /**
   * The suspensions of the case while the deadline ran, in order. The computation and due date
   * include the closed ones; an open last one means the deadline is paused now: its due date is
   * as it stood before, and the clock leaves it alone until the case resumes.
   */
  readonly pauses?: readonly DeadlinePause[];
  /** An approved extension (延长) in the rule's unit, added to the period itself. */
  readonly extraAmount?: number;
  /**
   * While paused: how much of the period was counted up to the suspension day and how much
   * remains, in days (working days for a working-day period) — "已计10日，尚余50日".
   */
  readonly usageAtPause?: { readonly used: number; readonly remaining: number };
}

/** The day the deadline's clock stopped, when it is paused now (its last pause is still open). */
export function pausedSince(d: Pick<Deadline, 'pauses'>): IsoDate | undefined {
  const last = d.pauses?.at(-1);
  return last && last.resumedOn === undefined ? last.suspendedOn : undefined;
}

export interface DeadlineChanges {
  readonly opened?: readonly Deadline[];
  readonly closed?: readonly { readonly key: string; readonly status: Exclude<DeadlineStatus, 'open'> }[];
  readonly recomputed?: readonly Deadline[];
  readonly flagged?: readonly {
    readonly key: string;
    readonly warned?: boolean;
    readonly overdue?: boolean;
    readonly awaitingCalendar?: boolean;
  }[];
}

/** Someone with a standing in the case: who they are decides what they may see and do. */
export interface Party {
  readonly role: 'applicant' | 'respondent' | 'thirdParty' | 'agent' | 'committeeMember';
  /** A signed-in person (applicant, agent, committee member). */
  readonly userId?: string;
  /** An agency (the respondent). */
  readonly agencyId?: string;
  readonly nameZh: string;
}

export interface CaseEnvelope {
  readonly id: string;
  readonly version: number;
  /** The procedure module that owns the case (registry key). */
  readonly procedure: string;
  readonly caseNumber: string;
  readonly status: 'open' | 'closed';
  readonly stage: string;
  /** The body handling the case (its clerks, office head and supervisors see it). */
  readonly bodyId: string;
  readonly bodyNameZh: string;
  readonly parties: readonly Party[];
  readonly deadlines: Readonly<Record<string, Deadline>>;
  readonly filedAt: string;
  readonly updatedAt: string;
  /**
   * The materials attached to the case (./files.ts), folded from its file events. Absent on a
   * projection written before files existed: no file was attached then.
   */
  readonly files?: readonly CaseFile[];
}

interface EventBase {
  readonly seq: number;
  /** The procedure module owning the case: named by the first event of its log. */
  readonly procedure?: string;
  readonly at: string;
  readonly actor: Actor;
  readonly correlationId?: string;
  /** Stage after the event, when it moves the case. */
  readonly toStage?: string;
  readonly deadlines?: DeadlineChanges;
}

/**
 * Events the engine itself makes, the same for every procedure: the clock's and the calendar's,
 * the case's materials (attached, marked withheld or open again, read by a party), and a party's
 * reading of a document the case issued.
 */
export type EngineEvent = EventBase &
  (
    | {
        [T in keyof FileEventData]: { readonly type: T; readonly data: FileEventData[T] };
      }[keyof FileEventData]
    | {
        [T in keyof DocumentEventData]: { readonly type: T; readonly data: DocumentEventData[T] };
      }[keyof DocumentEventData]
    | { readonly type: 'deadlineWarned'; readonly data: { readonly key: string; readonly dueDate: IsoDate } }
    | { readonly type: 'deadlineOverdue'; readonly data: { readonly key: string; readonly dueDate: IsoDate } }
    | { readonly type: 'deadlineLapsed'; readonly data: { readonly key: string; readonly dueDate: IsoDate } }
    | {
        readonly type: 'deadlineAwaitingCalendar';
        readonly data: {
          readonly key: string;
          readonly dueDate: IsoDate;
          /** The years whose official calendar the date waits for. */
          readonly provisionalYears: readonly number[];
        };
      }
    | {
        readonly type: 'deadlinesRecomputed';
        readonly data: {
          readonly calendarYear: number;
          readonly calendarVersion: number;
          readonly changes: readonly {
            readonly key: string;
            readonly fromDue: IsoDate;
            readonly toDue: IsoDate;
          }[];
        };
      }
  );

export const engineEventTypes = [
  'deadlineWarned',
  'deadlineOverdue',
  'deadlineLapsed',
  'deadlineAwaitingCalendar',
  'deadlinesRecomputed',
  ...fileEventTypes,
  ...documentEventTypes,
] as const satisfies readonly EngineEvent['type'][];

/** Any event of any procedure, as the engine sees it: a type and its data. */
export type CaseEvent = EventBase & { readonly type: string; readonly data: unknown };

/** An event before the store gives it its sequence number. */
export type NewCaseEvent = Omit<CaseEvent, 'seq'>;

export const isEngineEvent = (e: CaseEvent): e is EngineEvent =>
  (engineEventTypes as readonly string[]).includes(e.type);
