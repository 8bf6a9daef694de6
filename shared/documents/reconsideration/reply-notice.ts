import { reconsiderationTimeLimits } from '../../procedures/reconsideration/rules';
import type { Track } from '../../procedures/reconsideration/types';
import { defineTemplate } from '../template';
import {
  type AcceptedCase,
  ARL,
  acceptedOnField,
  actField,
  appliedOnField,
  closingNotice,
  contactField,
  contactLine,
  trackField,
} from './common';

/** 提出答复通知书: to the respondent, with the copy of the application (Arts. 48, 54). */
export interface ReplyNoticeFields extends AcceptedCase {
  readonly track: Track;
  /** What is sent: the application's copy, or a copy of the record of an oral application. */
  readonly copy: 'application' | 'record';
  readonly contact?: string;
}

export const replyNotice = defineTemplate<ReplyNoticeFields>({
  kind: 'replyNotice',
  titleZh: '提出答复通知书',
  addressee: 'respondent',
  rules: reconsiderationTimeLimits,
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    acceptedOn: acceptedOnField,
    track: trackField,
    copy: {
      kind: 'choice',
      labelZh: '发送的申请材料',
      options: { application: '行政复议申请书副本', record: '行政复议申请笔录复印件' },
    },
    contact: contactField,
  },
  basis: [`${ARL}第四十六条`, `${ARL}第七十条`],
  body: [
    '{applicant}不服{you}{act}，于{appliedOn}向本机关申请行政复议，本机关已于{acceptedOn}依法受理。现将{copy}发送{you}。',
    {
      text: `根据${ARL}第四十八条的规定，请{you}自收到{copy}之日起{period:respondentReplyOrdinary}内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。`,
      when: { field: 'track', is: ['ordinary'] },
      basis: [`${ARL}第四十八条`],
    },
    {
      text: `本案适用简易程序审理。根据${ARL}第五十四条的规定，请{you}自收到{copy}之日起{period:respondentReplySimplified}内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。`,
      when: { field: 'track', is: ['simplified'] },
      basis: [`${ARL}第五十四条`],
    },
    '{you}不按照规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据，本机关将依法决定撤销、部分撤销该行政行为，确认该行政行为违法、无效或者决定{you}在一定期限内履行，但是行政行为涉及第三人合法权益，第三人提供证据的除外。',
    '行政复议期间，{you}不得自行向申请人和其他有关单位或者个人收集证据。',
    contactLine,
    closingNotice,
  ],
  attachments: ['{copy}'],
});
