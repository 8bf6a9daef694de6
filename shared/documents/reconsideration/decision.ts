import { reconsiderationTimeLimits } from '../../procedures/reconsideration/rules';
import type { Track } from '../../procedures/reconsideration/types';
import { defineTemplate } from '../template';
import { type AcceptedCase, ALL, ARL, acceptedOnField, actField, appliedOnField, trackField } from './common';

/** The decision types of Arts. 63–69. */
export type DecisionType =
  | 'vary'
  | 'revoke'
  | 'confirmUnlawful'
  | 'orderPerformance'
  | 'confirmVoid'
  | 'uphold'
  | 'reject';

/** The types with which compensation may be ordered (Art. 72(1)). */
const COMPENSABLE: readonly DecisionType[] = ['vary', 'revoke', 'confirmUnlawful', 'confirmVoid'];

/**
 * 行政复议决定书: the parties listed at the top, the claims, facts and reasons, the decision in
 * the wording of its type, compensation when claimed, and the remedy (Arts. 63–72, 75).
 */
export interface DecisionFields extends AcceptedCase {
  readonly track: Track;
  /** 申请人请求 */
  readonly requests: string;
  /** 申请人称 (one paragraph a line) */
  readonly applicantClaims: string;
  /** 被申请人称; absent when the respondent did not reply (Art. 70). */
  readonly respondentReply?: string;
  /** 第三人称 */
  readonly thirdPartyOpinion?: string;
  /** How the case was heard: hearing, committee opinion, suspension… (one paragraph a line). */
  readonly procedureNotes?: string;
  /** 经审理查明 */
  readonly facts: string;
  /** 本机关认为 */
  readonly reasoning: string;
  readonly decisionType: DecisionType;
  /** vary: what the act becomes. */
  readonly variedContent?: string;
  /** revoke: when the respondent must act anew, e.g. 自收到本决定书之日起三十日内 (optional). */
  readonly newActDeadline?: string;
  /** orderPerformance: the duty to perform. */
  readonly duty?: string;
  /** orderPerformance: within when, e.g. 自收到本决定书之日起三十日内. */
  readonly performanceDeadline?: string;
  /** A compensation claim made with the application (Art. 72(1)): awarded or rejected. */
  readonly compensation?: 'award' | 'reject';
  /** award: what the respondent must pay or do. */
  readonly compensationDetails?: string;
  /**
   * The compensation claim decided in the body's own words (Art. 72), when the case records the
   * decision on it as text rather than as award or rejection.
   */
  readonly compensationDecided?: string;
  /** Art. 71: the liability decided under an administrative agreement, in the body's own words. */
  readonly agreementLiability?: string;
}

const decide = `，本机关决定：`;

export const reconsiderationDecision = defineTemplate<DecisionFields>({
  kind: 'decision',
  titleZh: '行政复议决定书',
  addressee: 'parties',
  rules: reconsiderationTimeLimits,
  fields: {
    act: actField,
    appliedOn: appliedOnField,
    acceptedOn: acceptedOnField,
    track: trackField,
    requests: { kind: 'text', labelZh: '申请人的请求' },
    applicantClaims: { kind: 'text', labelZh: '申请人的理由' },
    respondentReply: { kind: 'text', labelZh: '被申请人的答复', optional: true },
    thirdPartyOpinion: { kind: 'text', labelZh: '第三人的意见', optional: true },
    procedureNotes: { kind: 'text', labelZh: '审理经过', optional: true },
    facts: { kind: 'text', labelZh: '经审理查明的事实' },
    reasoning: { kind: 'text', labelZh: '本机关认为' },
    decisionType: {
      kind: 'choice',
      labelZh: '决定类型',
      options: {
        vary: '变更',
        revoke: '撤销',
        confirmUnlawful: '确认违法',
        orderPerformance: '责令履行',
        confirmVoid: '确认无效',
        uphold: '维持',
        reject: '驳回复议请求',
      },
    },
    variedContent: { kind: 'text', labelZh: '变更后的内容', optional: true },
    newActDeadline: { kind: 'text', labelZh: '重新作出行政行为的期限', optional: true },
    duty: { kind: 'text', labelZh: '应当履行的法定职责', optional: true },
    performanceDeadline: { kind: 'text', labelZh: '履行期限', optional: true },
    compensation: {
      kind: 'choice',
      labelZh: '行政赔偿请求的处理',
      optional: true,
      options: { award: '责令赔偿', reject: '驳回赔偿请求' },
    },
    compensationDetails: { kind: 'text', labelZh: '赔偿的内容', optional: true },
    compensationDecided: { kind: 'text', labelZh: '行政赔偿决定', optional: true },
    agreementLiability: { kind: 'text', labelZh: '行政协议责任', optional: true },
  },
  basis: [`${ARL}第六十一条`],
  body: [
    `申请人不服被申请人{act}，于{appliedOn}向本机关申请行政复议，本机关已于{acceptedOn}依法受理。本案依法适用{track}程序审理，现已审理终结。`,
    '申请人请求：{requests}',
    '申请人称：{applicantClaims}',
    { text: '被申请人称：{respondentReply}', when: { field: 'respondentReply' } },
    {
      text: '被申请人未在法定期限内提出书面答复，也未提交作出行政行为的证据、依据和其他有关材料。',
      when: { field: 'respondentReply', absent: true },
      basis: [`${ARL}第七十条`],
    },
    { text: '第三人称：{thirdPartyOpinion}', when: { field: 'thirdPartyOpinion' } },
    { text: '{procedureNotes}', when: { field: 'procedureNotes' } },
    '经审理查明：{facts}',
    '本机关认为：{reasoning}',
    {
      text: `根据${ARL}第六十三条的规定${decide}变更被申请人{act}，变更为：{variedContent}`,
      when: { field: 'decisionType', is: ['vary'] },
      basis: [`${ARL}第六十三条`],
    },
    {
      text: `根据${ARL}第六十四条的规定${decide}撤销被申请人{act}。`,
      when: { field: 'decisionType', is: ['revoke'] },
      basis: [`${ARL}第六十四条`],
    },
    {
      text: '责令被申请人{newActDeadline}重新作出行政行为。',
      when: [{ field: 'decisionType', is: ['revoke'] }, { field: 'newActDeadline' }],
    },
    {
      text: `根据${ARL}第六十五条的规定${decide}确认被申请人{act}违法。`,
      when: { field: 'decisionType', is: ['confirmUnlawful'] },
      basis: [`${ARL}第六十五条`],
    },
    {
      text: `根据${ARL}第六十六条的规定${decide}责令被申请人{performanceDeadline}履行{duty}。`,
      when: { field: 'decisionType', is: ['orderPerformance'] },
      basis: [`${ARL}第六十六条`],
    },
    {
      text: `根据${ARL}第六十七条的规定${decide}确认被申请人{act}无效。`,
      when: { field: 'decisionType', is: ['confirmVoid'] },
      basis: [`${ARL}第六十七条`],
    },
    {
      text: `根据${ARL}第六十八条的规定${decide}维持被申请人{act}。`,
      when: { field: 'decisionType', is: ['uphold'] },
      basis: [`${ARL}第六十八条`],
    },
    {
      text: `根据${ARL}第六十九条的规定${decide}驳回申请人的行政复议请求。`,
      when: { field: 'decisionType', is: ['reject'] },
      basis: [`${ARL}第六十九条`],
    },
    {
      text: `根据${ARL}第七十二条第一款的规定，责令被申请人依法给予申请人赔偿：{compensationDetails}`,
      when: [
        { field: 'decisionType', is: COMPENSABLE },
        { field: 'compensation', is: ['award'] },
      ],
      basis: [`${ARL}第七十二条`],
    },
    {
      text: `根据${ARL}第七十二条第一款的规定，驳回申请人的行政赔偿请求。`,
      when: { field: 'compensation', is: ['reject'] },
      basis: [`${ARL}第七十二条`],
    },
    { text: '{compensationDecided}', when: { field: 'compensationDecided' }, basis: [`${ARL}第七十二条`] },
    { text: '{agreementLiability}', when: { field: 'agreementLiability' }, basis: [`${ARL}第七十一条`] },
  ],
  remedy: [
    {
      text: '申请人、第三人如不服本决定，可以自收到本决定书之日起{period:litigationAfterDecision}内，依法向人民法院提起行政诉讼。',
      basis: [`${ARL}第十条`, `${ALL}第四十五条`],
    },
    { text: '本决定书一经送达，即发生法律效力。', basis: [`${ARL}第七十五条`] },
  ],
});
