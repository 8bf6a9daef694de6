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

/** 受理通知书: to the applicant, once the application is accepted (Art. 30). */
export interface AcceptanceFields extends AcceptedCase {
  readonly track: Track;
  readonly contact?: string;
}

export const acceptanceNotice = defineTemplate<AcceptanceFields>({
  kind: 'acceptance',
  titleZh: '行政复议受理通知书',
  addressee: 'applicant',
  rules: reconsiderationTimeLimits,
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    acceptedOn: acceptedOnField,
    track: trackField,
    contact: contactField,
  },
  basis: [`${ARL}第三十条第一款`, `${ARL}第四十七条`],
  body: [
    `{you}不服{respondent}{act}，于{appliedOn}向本机关提出的行政复议申请收悉。经审查，该申请符合${ARL}第三十条第一款规定的受理条件，本机关决定予以受理，受理日期为{acceptedOn}。`,
    {
      text: '本案适用普通程序审理。本机关将自受理之日起{period:decisionOrdinary}内作出行政复议决定；情况复杂、不能在规定期限内作出决定的，经批准可以适当延长，并书面告知，但延长期限最多不超过{period:decisionExtension}。',
      when: { field: 'track', is: ['ordinary'] },
      basis: [`${ARL}第六十二条第一款`],
    },
    {
      text: '本案适用简易程序审理，可以书面审理。本机关将自受理之日起{period:decisionSimplified}内作出行政复议决定。',
      when: { field: 'track', is: ['simplified'] },
      basis: [`${ARL}第五十三条`, `${ARL}第五十四条`, `${ARL}第六十二条第二款`],
    },
    '行政复议期间，{you}可以按照规定查阅、复制被申请人提出的书面答复、作出行政行为的证据、依据和其他有关材料。',
    {
      text: '行政复议决定作出前，{you}可以撤回行政复议申请。撤回申请经准许的，不得再以同一事实和理由提出行政复议申请，但是能够证明撤回申请违背真实意愿的除外。',
      basis: [`${ARL}第七十四条第二款`],
    },
    contactLine,
    closingNotice,
  ],
});
