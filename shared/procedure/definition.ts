import type { Role } from '../domain/actors';
import type { DeadlineStatus, Track } from '../domain/case';
import type { reconsiderationTimeLimits } from '../rules/reconsideration';

export type TimeLimitId = keyof typeof reconsiderationTimeLimits;

/** What the clock does when a deadline's last day has ended. */
export type LapseEffect =
  /** Art. 30: no refusal within the review period ⇒ accepted as of its last day. */
  | 'deemedAccepted'
  /** Art. 31: no correction within the period ⇒ application deemed abandoned. */
  | 'deemedAbandoned'
  /** The chance to act has passed; the deadline simply closes (e.g. the correction notice window). */
  | 'lapse'
  /** The body is late: alert the supervisors, keep the deadline open until met. */
  | 'overdueAlert';

export interface DeadlineSpec {
  /** The rule row, or one per track when the track decides (ordinary vs simplified). */
  readonly rule: TimeLimitId | Readonly<Record<Track, TimeLimitId>>;
  readonly responsible: 'body' | 'applicant' | 'respondent';
  /** The event the period counts from, as told to a citizen. */
  readonly startEventZh: string;
  readonly onLapse: LapseEffect;
}

export interface Transition {
  readonly to: string;
  /** Deadlines the transition opens, counted from the transition's date. */
  readonly opens?: readonly string[];
  /**
   * Deadlines it closes, and how: 'met', 'lapsed', or 'cancelled' when the period no longer
   * applies. The key '*' stands for every other open deadline.
   */
  readonly closes?: Readonly<Record<string, Exclude<DeadlineStatus, 'open'>>>;
}

export interface ActionSpec extends Transition {
  readonly labelZh: string;
  readonly roles: readonly Role[];
}

export interface StageSpec {
  readonly labelZh: string;
  /** A waiting stage becomes a callback Task in the state machine; a terminal one ends it. */
  readonly kind: 'waiting' | 'terminal';
  readonly actions: Readonly<Record<string, ActionSpec>>;
}

export interface ProcedureDefinition {
  readonly id: string;
  readonly labelZh: string;
  readonly initialStage: string;
  readonly onFiling: Pick<Transition, 'opens'>;
  readonly stages: Readonly<Record<string, StageSpec>>;
  readonly deadlines: Readonly<Record<string, DeadlineSpec>>;
  /** Transitions the clock makes (see LapseEffect), by the effect's event. */
  readonly clockTransitions: Readonly<Record<'deemedAccepted' | 'deemedAbandoned', Transition>>;
}
