import type { IsoDate } from '../../calendar/types';
import type { CaseEnvelope, EngineEvent } from '../../domain/case';
import type { Application } from './application';
import type {
  CopyChannel,
  CorrectionItem,
  ReconsiderationEventData,
  RefusalReason,
  Timeliness,
  Track,
} from './events';
import type { ReviewEventData } from './review';
import type { CommitteeState } from './review/committee';
import type { DecisionState } from './review/decision';
import type { HearingState } from './review/hearing';
import type { MediationSlice } from './review/mediation';
import type { PartiesSlice } from './review/parties';
import type { Reply } from './review/reply';
import type { Complexity, OpinionsHeard } from './review/route';
import type { SettlementSlice } from './review/settlement';
import type { Suspension } from './review/suspension';

export type { CopyChannel, CorrectionItem, RefusalReason, Timeliness, Track } from './events';

export const refusalReasonsZh: Record<RefusalReason, string> = {
  late: '超过法定申请期限且无正当理由（《行政复议法》第二十条、第三十条）',
  outsideScope: '不属于行政复议范围（《行政复议法》第十一条、第十二条）',
  notInterestedParty: '申请人与被申请行政复议的行政行为没有利害关系（《行政复议法》第三十条第一款第二项）',
  duplicate: '已就同一行政行为提出过行政复议申请并已受理（《行政复议法》第三十条第一款第六项）',
  beforeCourt: '已就同一行政行为提起行政诉讼且人民法院已经依法受理（《行政复议法》第二十九条）',
  wrongBody: '本机关不是有管辖权的行政复议机关（《行政复议法》第三十条第二款）',
};

type Base = Omit<EngineEvent, 'type' | 'data'>;
type EventData = ReconsiderationEventData & ReviewEventData;

/** Every event of a reconsideration case: its own, and the engine's (clock, calendar). */
export type CaseEvent =
  | EngineEvent
  | {
      [T in keyof EventData]: Base & {
        readonly type: T;
        readonly data: EventData[T];
      };
    }[keyof EventData];

export type CaseEventType = CaseEvent['type'];
/** An event before the store gives it its sequence number. */
export type NewCaseEvent = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'seq'> : never) : never;

export type Closure =
  | { readonly kind: 'refused'; readonly on: IsoDate }
  | { readonly kind: 'withdrawn'; readonly on: IsoDate }
  | { readonly kind: 'abandoned'; readonly on: IsoDate }
  | { readonly kind: 'terminated'; readonly on: IsoDate }
  /** The decision took effect and the case ended (the time to sue passed, or the applicant sued). */
  | { readonly kind: 'decided'; readonly on: IsoDate }
  /** Art. 73: the 行政复议调解书 took effect. */
  | { readonly kind: 'mediated'; readonly on: IsoDate };

/** A reconsideration case: the common envelope and the details of this procedure. */
export interface CaseState extends CaseEnvelope, PartiesSlice, MediationSlice, SettlementSlice {
  readonly procedure: 'reconsideration';
  readonly competenceBasisZh: string;
  readonly selfReview: boolean;
  readonly applicantUserId: string;
  readonly application: Application;
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
  /** The copy of the application sent to the respondent (Art. 48), and when it reached them. */
  readonly copy?: { readonly channel: CopyChannel; readonly sentOn: IsoDate; readonly receivedOn?: IsoDate };
  readonly closure?: Closure & { readonly detailZh: string };
  readonly forwardedFrom: readonly string[];
  /** Art. 49: the parties' opinions heard in the ordinary procedure. */
  readonly opinionsHeard?: readonly OpinionsHeard[];
  readonly complexity?: Complexity;
  /** Art. 48: the respondent's written reply with its evidence and basis. */
  readonly reply?: Reply;
  /**
   * Art. 70 exception: a third party whose rights the act concerns supplied evidence (set from the
   * files of the case once third parties upload evidence).
   */
  readonly thirdPartyEvidence?: boolean;
  readonly suspension?: Suspension;
  /** Art. 62: the one extension of the decision period. */
  readonly extension?: { readonly days: number; readonly reasonZh: string; readonly on: IsoDate };
  readonly decision?: DecisionState;
  /** Parties who consented to electronic service ('applicant', 'thirdParty:<userId>'). */
  readonly electronicService?: readonly string[];
  /** Arts. 50–51: the hearing, its panel, notice, attendance and record. */
  readonly hearing?: HearingState;
  /** Art. 52: the reconsideration committee's advisory opinion. */
  readonly committee?: CommitteeState;
}
