import type { IsoDate } from '../../calendar/types';
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

/**
 * 延期审理通知书: to each party, when the office head approves an extension (Art. 62(1)). The
 * new last day is the caller's (the rules row decisionExtension, counted by the calendar).
 */
export interface ExtensionFields extends AcceptedCase {
  /** Why the case is complex, as it follows 因: 案件涉及多项专业技术问题，需要进行现场勘验 */
  readonly reason: string;
  readonly newDueOn: IsoDate;
}

export const extensionNotice = defineTemplate<ExtensionFields>({
  kind: 'extension',
  titleZh: '行政复议延期审理通知书',
  addressee: 'recipient',
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    acceptedOn: acceptedOnField,
    reason: { kind: 'text', labelZh: '延期的理由' },
    newDueOn: { kind: 'date', labelZh: '延长后的决定期限' },
  },
  basis: [`${ARL}第六十二条第一款`],
  body: [
    acceptedCaseOpening,
    `因{reason}，情况复杂，不能在规定期限内作出行政复议决定。根据${ARL}第六十二条第一款的规定，经本机关行政复议机构负责人批准，本案的审理期限延长至{newDueOn}。`,
    closingNotice,
  ],
});
