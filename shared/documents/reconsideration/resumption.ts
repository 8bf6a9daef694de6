import type { IsoDate } from '../../calendar/types';
import { defineTemplate } from '../template';
import { ARL, actField, appliedOnField, type CaseOpening, closingNotice } from './common';

/** 恢复审理通知书: to each party, once the cause of a suspension has ended (Art. 39(2), (3)). */
export interface ResumptionFields extends CaseOpening {
  readonly suspendedOn: IsoDate;
  /** What ended the cause, as it follows 现: 申请人的近亲属李四已确定参加行政复议 */
  readonly causeEnded: string;
  readonly resumedOn: IsoDate;
}

export const resumptionNotice = defineTemplate<ResumptionFields>({
  kind: 'resumption',
  titleZh: '行政复议恢复审理通知书',
  addressee: 'recipient',
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    suspendedOn: { kind: 'date', labelZh: '中止日期' },
    causeEnded: { kind: 'text', labelZh: '中止原因消除的情况' },
    resumedOn: { kind: 'date', labelZh: '恢复审理日期' },
  },
  basis: [`${ARL}第三十九条`],
  body: [
    '{applicant}不服{respondent}{act}，于{appliedOn}向本机关申请行政复议，本机关于{suspendedOn}中止了本案的审理。',
    `现{causeEnded}，行政复议中止的原因已经消除。根据${ARL}第三十九条的规定，本机关决定自{resumedOn}起恢复本案的审理。`,
    closingNotice,
  ],
});
