import type { IsoDate, PeriodComputation } from '../calendar/types';
import type { Actor } from './actors';
import type { Application } from './application';

export type Track = 'ordinary' | 'simplified';

export type DeadlineStatus = 'open' | 'met' | 'cancelled' | 'lapsed';

/** A running statutory time limit on a case, with how its date was reached. */
export interface Deadline {
  /** What the deadline is for on this case, e.g. 'acceptanceReview'. */
  readonly key: string;
  readonly ruleId: string;
  readonly labelZh: string;
  readonly article: string;
  /** Who must act before it passes: the reconsideration body, the applicant or the respondent. */
  readonly responsible: 'body' | 'applicant' | 'respondent';
  readonly startEventZh: string;
  readonly startDate: IsoDate;
  readonly dueDate: IsoDate;
  /** The day the responsible person is warned (one working day before the due date). */
  readonly warnOn: IsoDate;
  readonly computation: PeriodComputation;
  readonly explanationZh: string;
  readonly status: DeadlineStatus;
  readonly warned?: boolean;
  readonly overdue?: boolean;
  readonly closedAt?: string;
}

export interface DeadlineChanges {
  readonly opened?: readonly Deadline[];
  readonly closed?: readonly { readonly key: string; readonly status: Exclude<DeadlineStatus, 'open'> }[];
  readonly recomputed?: readonly Deadline[];
  readonly flagged?: readonly {
    readonly key: string;
    readonly warned?: boolean;
    readonly overdue?: boolean;
  }[];
}

export interface Timeliness {
  readonly timely: boolean;
  readonly filedOn: IsoDate;
  readonly dueDate: IsoDate;
  /** Which limit decided: the 60-day period, the 1-year cap without rights notice, or the absolute cap. */
  readonly basisRuleId: string;
  readonly messageZh: string;
  readonly explanationsZh: readonly string[];
  readonly provisional: boolean;
}

export type RefusalReason =
  | 'late'
  | 'outsideScope'
  | 'notInterestedParty'
  | 'duplicate'
  | 'beforeCourt'
  | 'wrongBody';

export const refusalReasonsZh: Record<RefusalReason, string> = {
  late: '超过法定申请期限且无正当理由（《行政复议法》第二十条、第三十条）',
  outsideScope: '不属于行政复议范围（《行政复议法》第十一条、第十二条）',
  notInterestedParty: '申请人与被申请行政复议的行政行为没有利害关系（《行政复议法》第三十条第一款第二项）',
  duplicate: '已就同一行政行为提出过行政复议申请并已受理（《行政复议法》第三十条第一款第六项）',
  beforeCourt: '已就同一行政行为提起行政诉讼且人民法院已经依法受理（《行政复议法》第二十九条）',
  wrongBody: '本机关不是有管辖权的行政复议机关（《行政复议法》第三十条第二款）',
};

export interface CorrectionItem {
  readonly field: string;
  readonly descriptionZh: string;
}

interface EventBase {
  readonly seq: number;
  readonly at: string;
  readonly actor: Actor;
  readonly correlationId?: string;
  /** Stage after the event, when it moves the case. */
  readonly toStage?: string;
  readonly deadlines?: DeadlineChanges;
}

export type CaseEvent = EventBase &
  (
    | {
        readonly type: 'caseFiled';
        readonly data: {
          readonly caseNumber: string;
          readonly bodyId: string;
          readonly bodyNameZh: string;
          readonly competenceBasisZh: string;
          readonly selfReview: boolean;
          readonly applicantUserId: string;
          readonly application: Application;
          readonly receivedOn: IsoDate;
          readonly timeliness: Timeliness;
          readonly simplifiedEligible: boolean;
          readonly mustReconsiderFirst: boolean;
        };
      }
    | {
        readonly type: 'correctionRequested';
        readonly data: { readonly items: readonly CorrectionItem[]; readonly noteZh?: string };
      }
    | {
        readonly type: 'correctionSubmitted';
        readonly data: {
          readonly answers: readonly { readonly field: string; readonly textZh: string }[];
          readonly receivedOn: IsoDate;
        };
      }
    | { readonly type: 'accepted'; readonly data: { readonly track: Track; readonly acceptedOn: IsoDate } }
    | {
        readonly type: 'deemedAccepted';
        readonly data: { readonly track: Track; readonly acceptedOn: IsoDate };
      }
    | {
        readonly type: 'refused';
        readonly data: {
          readonly reasons: readonly RefusalReason[];
          readonly competentBodyId?: string;
          readonly competentBodyNameZh?: string;
          readonly noteZh?: string;
        };
      }
    | {
        readonly type: 'forwarded';
        readonly data: {
          readonly fromBodyId: string;
          readonly toBodyId: string;
          readonly toBodyNameZh: string;
          readonly caseNumber: string;
          readonly receivedOn: IsoDate;
          readonly noteZh?: string;
        };
      }
    | { readonly type: 'withdrawn'; readonly data: { readonly reasonZh: string } }
    | { readonly type: 'deemedAbandoned'; readonly data: { readonly correctionDueDate: IsoDate } }
    | { readonly type: 'deadlineWarned'; readonly data: { readonly key: string; readonly dueDate: IsoDate } }
    | { readonly type: 'deadlineOverdue'; readonly data: { readonly key: string; readonly dueDate: IsoDate } }
    | { readonly type: 'deadlineLapsed'; readonly data: { readonly key: string; readonly dueDate: IsoDate } }
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

export type CaseEventType = CaseEvent['type'];
/** An event before the store gives it its sequence number. */
export type NewCaseEvent = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'seq'> : never) : never;

export type Closure =
  | { readonly kind: 'refused'; readonly on: IsoDate }
  | { readonly kind: 'withdrawn'; readonly on: IsoDate }
  | { readonly kind: 'abandoned'; readonly on: IsoDate };

export interface CaseState {
  readonly id: string;
  readonly version: number;
  readonly procedure: 'reconsideration';
  readonly caseNumber: string;
  readonly status: 'open' | 'closed';
  readonly stage: string;
  readonly bodyId: string;
  readonly bodyNameZh: string;
  readonly competenceBasisZh: string;
  readonly selfReview: boolean;
  readonly applicantUserId: string;
  readonly application: Application;
  readonly filedAt: string;
  readonly receivedOn: IsoDate;
  readonly timeliness: Timeliness;
  readonly simplifiedEligible: boolean;
  readonly mustReconsiderFirst: boolean;
  readonly track?: Track;
  readonly acceptedOn?: IsoDate;
  readonly deemedAccepted?: boolean;
  readonly correction?: {
    readonly items: readonly CorrectionItem[];
    readonly requestedAt: string;
    readonly submittedAt?: string;
  };
  readonly closure?: Closure & { readonly detailZh: string };
  readonly forwardedFrom: readonly string[];
  readonly deadlines: Readonly<Record<string, Deadline>>;
  readonly updatedAt: string;
}
