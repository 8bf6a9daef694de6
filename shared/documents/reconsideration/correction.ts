import type { IsoDate } from '../../calendar/types';
import { reconsiderationTimeLimits } from '../../procedures/reconsideration/rules';
import { defineTemplate } from '../template';
import { ARL, closingNotice, contactField, contactLine } from './common';

/** 补正通知书: to the applicant, everything missing listed at once (Art. 31). */
export interface CorrectionFields {
  /** When the body received the application. */
  readonly receivedOn: IsoDate;
  /** Each thing to supply or make clear. */
  readonly items: readonly string[];
  readonly contact?: string;
}

export const correctionNotice = defineTemplate<CorrectionFields>({
  kind: 'correction',
  titleZh: '行政复议申请补正通知书',
  addressee: 'applicant',
  rules: reconsiderationTimeLimits,
  fields: {
    receivedOn: { kind: 'date', labelZh: '收到申请日期' },
    items: { kind: 'list', labelZh: '需要补正的事项' },
    contact: contactField,
  },
  basis: [`${ARL}第三十条`, `${ARL}第三十一条`],
  body: [
    `本机关于{receivedOn}收到{you}提出的行政复议申请。经审查，申请材料不齐全或者表述不清楚，无法判断该申请是否符合${ARL}第三十条第一款规定的受理条件。根据${ARL}第三十一条第一款的规定，请{you}补正以下事项：`,
    { list: 'items' },
    '请{you}自收到本通知书之日起{period:correctionResponse}内，向本机关提交补正材料。有正当理由不能按期补正的，可以向本机关申请延长补正期限；无正当理由逾期不补正的，视为放弃行政复议申请。',
    `本机关收到补正材料后，将依照${ARL}第三十条的规定进行审查。`,
    contactLine,
    closingNotice,
  ],
});
