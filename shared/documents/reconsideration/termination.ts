import { reconsiderationTimeLimits } from '../../procedures/reconsideration/rules';
import { defineTemplate } from '../template';
import {
  type AcceptedCase,
  ALL,
  ARL,
  acceptedCaseOpeningParties,
  acceptedOnField,
  actField,
  appliedOnField,
} from './common';

/** The grounds of Art. 41, items 1 to 5, in the law's order. */
export type TerminationGround =
  | 'withdrawn'
  | 'applicantDiedNoSuccessor'
  | 'entityEndedNoSuccessor'
  | 'criminalMeasures'
  | 'suspensionUnresolved';

/** 终止行政复议决定书: the parties listed at the top (Art. 41). */
export interface TerminationFields extends AcceptedCase {
  readonly ground: TerminationGround;
  /** What happened, one paragraph a line: 2026年6月1日，申请人向本机关提出撤回行政复议申请… */
  readonly circumstances: string;
}

export const terminationDecision = defineTemplate<TerminationFields>({
  kind: 'termination',
  titleZh: '终止行政复议决定书',
  addressee: 'parties',
  rules: reconsiderationTimeLimits,
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    acceptedOn: acceptedOnField,
    ground: {
      kind: 'choice',
      labelZh: '终止的法定情形（第四十一条所列项）',
      options: {
        withdrawn: '一',
        applicantDiedNoSuccessor: '二',
        entityEndedNoSuccessor: '三',
        criminalMeasures: '四',
        suspensionUnresolved: '五',
      },
    },
    circumstances: { kind: 'text', labelZh: '终止的事实' },
  },
  basis: [`${ARL}第四十一条`],
  body: [
    acceptedCaseOpeningParties,
    '{circumstances}',
    `本机关认为，本案属于${ARL}第四十一条第{ground}项规定的情形。根据该条的规定，本机关决定：终止本案的行政复议。`,
    {
      text: '行政复议机构准予撤回行政复议申请、本机关决定终止行政复议的，申请人不得再以同一事实和理由提出行政复议申请，但是申请人能够证明撤回行政复议申请违背其真实意愿的除外。',
      when: { field: 'ground', is: ['withdrawn'] },
      basis: [`${ARL}第七十四条第二款`],
    },
  ],
  remedy: [
    {
      text: '申请人如不服本决定，可以自收到本决定书之日起{period:litigationAfterDecision}内，依法向人民法院提起行政诉讼。',
      when: {
        field: 'ground',
        is: [
          'applicantDiedNoSuccessor',
          'entityEndedNoSuccessor',
          'criminalMeasures',
          'suspensionUnresolved',
        ],
      },
      basis: [`${ALL}第四十五条`],
    },
  ],
});
