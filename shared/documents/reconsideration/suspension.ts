import type { IsoDate } from '../../calendar/types';
import { reconsiderationTimeLimits } from '../../procedures/reconsideration/rules';
import { defineTemplate } from '../template';
import {
  type AcceptedCase,
  ARL,
  acceptedCaseOpening,
  acceptedOnField,
  actField,
  appliedOnField,
  closingNotice,
} from './common';

/** The grounds of Art. 39(1), items 1 to 10, in the law's order. */
export type SuspensionGround =
  | 'applicantDied'
  | 'applicantIncapacitated'
  | 'applicantMissing'
  | 'entityTerminated'
  | 'unableToTakePart'
  | 'mediationOrSettlement'
  | 'interpretationNeeded'
  | 'awaitingOtherCase'
  | 'normativeDocumentReview'
  | 'other';

/** 中止审理通知书: to each party (Art. 39(3)). */
export interface SuspensionFields extends AcceptedCase {
  readonly ground: SuspensionGround;
  /** The facts, as they follow 因: 申请人张三于2026年5月6日死亡，其近亲属尚未确定是否参加行政复议 */
  readonly reason: string;
  readonly suspendedOn: IsoDate;
}

export const suspensionNotice = defineTemplate<SuspensionFields>({
  kind: 'suspension',
  titleZh: '行政复议中止审理通知书',
  addressee: 'recipient',
  rules: reconsiderationTimeLimits,
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    acceptedOn: acceptedOnField,
    ground: {
      kind: 'choice',
      labelZh: '中止的法定情形（第三十九条第一款所列项）',
      options: {
        applicantDied: '一',
        applicantIncapacitated: '二',
        applicantMissing: '三',
        entityTerminated: '四',
        unableToTakePart: '五',
        mediationOrSettlement: '六',
        interpretationNeeded: '七',
        awaitingOtherCase: '八',
        normativeDocumentReview: '九',
        other: '十',
      },
    },
    reason: { kind: 'text', labelZh: '中止的事实' },
    suspendedOn: { kind: 'date', labelZh: '中止日期' },
  },
  basis: [`${ARL}第三十九条`],
  body: [
    acceptedCaseOpening,
    `因{reason}，本案属于${ARL}第三十九条第一款第{ground}项规定的情形。根据该条的规定，本机关决定自{suspendedOn}起中止本案的审理。`,
    '行政复议中止的原因消除后，本机关将及时恢复审理，并书面告知。',
    {
      text: `中止行政复议满{period:suspensionTermination}，行政复议中止的原因仍未消除的，本机关将依照${ARL}第四十一条第五项的规定决定终止行政复议。`,
      when: { field: 'ground', is: ['applicantDied', 'applicantIncapacitated', 'entityTerminated'] },
      basis: [`${ARL}第四十一条`],
    },
    closingNotice,
  ],
});
