import { reconsiderationTimeLimits } from '../../procedures/reconsideration/rules';
import { defineTemplate } from '../template';
import { ALL, ARL, actField, appliedOnField, type CaseOpening } from './common';

/** 不予受理决定书: to the applicant, with the reasons and, if another body is competent, which (Art. 30). */
export interface RefusalFields extends CaseOpening {
  /** Each reason with its article, e.g. refusalReasonsZh of the procedure. */
  readonly reasons: readonly string[];
  /** The competent body, when this one lacks jurisdiction. */
  readonly competentBody?: string;
}

export const refusalDecision = defineTemplate<RefusalFields>({
  kind: 'refusal',
  titleZh: '不予受理行政复议申请决定书',
  addressee: 'applicant',
  rules: reconsiderationTimeLimits,
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    reasons: { kind: 'list', labelZh: '不予受理的理由' },
    competentBody: { kind: 'text', labelZh: '有管辖权的行政复议机关', optional: true },
  },
  basis: [`${ARL}第三十条`],
  body: [
    `{you}不服{respondent}{act}，于{appliedOn}向本机关提出行政复议申请。经审查，该申请不符合${ARL}第三十条第一款规定的受理条件，理由如下：`,
    { list: 'reasons' },
    `根据${ARL}第三十条第二款的规定，本机关决定不予受理。`,
    {
      text: '本机关对该申请没有管辖权，{you}可以向有管辖权的{competentBody}提出行政复议申请。',
      when: { field: 'competentBody' },
    },
  ],
  remedy: [
    {
      text: '{you}如不服本决定，可以自收到本决定书之日起{period:litigationAfterDecision}内，依法向人民法院提起行政诉讼。',
      basis: [`${ALL}第四十五条`],
    },
  ],
});
