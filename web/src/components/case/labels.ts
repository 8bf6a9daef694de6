import type { CaseView } from '../../api/types';

/**
 * Words for the codes of a reconsideration case that the API leaves as codes (its own texts —
 * stages, deadlines, events, refusal reasons, act kinds, roles — come from the API itself).
 */
export const trackZh: Record<NonNullable<CaseView['track']>, string> = {
  ordinary: '普通程序',
  simplified: '简易程序',
};

export const copyChannelZh: Record<NonNullable<CaseView['copy']>['channel'], string> = {
  online: '网上送达',
  post: '邮寄送达',
};

export const closureZh: Record<NonNullable<CaseView['closure']>['kind'], string> = {
  refused: '不予受理',
  withdrawn: '撤回申请',
  abandoned: '视为放弃申请',
  mediated: '调解结案',
  terminated: '终止行政复议',
  decided: '行政复议决定生效后结案',
};

/** Who a decision is served on, by the kind of party ('thirdParty:<userId>' is a third party). */
export function servicePartyKindZh(party: string): string {
  if (party === 'applicant') return '申请人';
  if (party === 'respondent') return '被申请人';
  return '第三人';
}

export const agentKindZh: Record<NonNullable<CaseView['application']['agent']>['kind'], string> = {
  lawyer: '律师',
  legalWorker: '基层法律服务工作者',
  relative: '近亲属',
  other: '其他公民',
};
