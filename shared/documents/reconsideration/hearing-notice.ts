import type { IsoDate } from '../../calendar/types';
import { defineTemplate } from '../template';
import { ARL, actField, type CaseOpening, closingNotice, contactField, contactLine } from './common';

/**
 * 听证通知书: to each party, with the time, place and issues of the hearing (Arts. 50, 51). The
 * caller checks the notice period (rules row hearingNotice) before issuing it.
 */
export interface HearingNoticeFields extends Pick<CaseOpening, 'act'> {
  readonly hearingDate: IsoDate;
  /** 上午9时30分 */
  readonly hearingTime: string;
  readonly place: string;
  /** The issues to be heard (拟听证事项). */
  readonly issues: readonly string[];
  /** 听证主持人 */
  readonly presiding?: string;
  readonly contact?: string;
}

export const hearingNotice = defineTemplate<HearingNoticeFields>({
  kind: 'hearingNotice',
  titleZh: '行政复议听证通知书',
  addressee: 'recipient',
  fields: {
    act: actField,
    hearingDate: { kind: 'date', labelZh: '听证日期' },
    hearingTime: { kind: 'text', labelZh: '听证时间' },
    place: { kind: 'text', labelZh: '听证地点' },
    issues: { kind: 'list', labelZh: '拟听证事项' },
    presiding: { kind: 'text', labelZh: '听证主持人', optional: true },
    contact: contactField,
  },
  basis: [`${ARL}第五十条`, `${ARL}第五十一条`],
  body: [
    `{applicant}不服{respondent}{act}申请行政复议一案，本机关决定举行听证。根据${ARL}第五十一条的规定，现将有关事项通知如下：`,
    '听证时间：{hearingDate}{hearingTime}。',
    '听证地点：{place}。',
    { text: '听证主持人：{presiding}。', when: { field: 'presiding' } },
    '拟听证事项：',
    { list: 'issues' },
    '申请人无正当理由拒不参加听证的，视为放弃听证权利。被申请人的负责人应当参加听证；不能参加的，应当说明理由并委托相应的工作人员参加听证。',
    '请携带身份证明及有关证据材料按时参加听证。',
    contactLine,
    closingNotice,
  ],
});
