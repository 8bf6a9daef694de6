import { defineTemplate } from '../template';
import {
  type AcceptedCase,
  ARL,
  acceptedCaseOpening,
  acceptedOnField,
  actField,
  appliedOnField,
  closingNotice,
  contactField,
  contactLine,
} from './common';

/** 参加行政复议通知书: to a person or organisation the office calls in as a third party (Art. 16). */
export interface ThirdPartyNoticeFields extends AcceptedCase {
  readonly contact?: string;
}

export const thirdPartyNotice = defineTemplate<ThirdPartyNoticeFields>({
  kind: 'thirdPartyNotice',
  titleZh: '参加行政复议通知书',
  addressee: 'recipient',
  fields: { act: actField, appliedOn: appliedOnField, acceptedOn: acceptedOnField, contact: contactField },
  basis: [`${ARL}第十六条`, `${ARL}第十七条`, `${ARL}第四十七条`],
  body: [
    acceptedCaseOpening,
    `经审查，{you}与被申请行政复议的行政行为或者行政复议案件处理结果有利害关系。根据${ARL}第十六条第一款的规定，本机关通知{you}作为第三人参加行政复议。`,
    '{you}可以委托一至二名律师、基层法律服务工作者或者其他代理人代为参加行政复议，可以按照规定查阅、复制被申请人提出的书面答复、作出行政行为的证据、依据和其他有关材料。',
    '{you}不参加行政复议的，不影响行政复议案件的审理。',
    contactLine,
    closingNotice,
  ],
});
