import type { CaseView } from '../../api/types';

/**
 * Words for the codes of the review parts (parties, mediation, withdrawal) that the API leaves as
 * codes; the vocabularies it serves (GET /v1/rules: specialPowersZh, mediationModesZh …) are read
 * from there.
 */

export type Mediation = CaseView['mediations'][number];
export type AgentOnCase = CaseView['agents'][number];

export const mediationStatusZh: Record<Mediation['status'], string> = {
  proposed: '待各方当事人答复',
  declined: '有当事人不同意调解',
  inProgress: '调解中',
  failed: '调解不成，已恢复审理',
  effective: '调解书已生效',
};

export const withdrawalStatusZh: Record<CaseView['withdrawals'][number]['status'], string> = {
  pending: '待复议机构负责人审查',
  approved: '准予撤回',
  refused: '不准予撤回',
};

export const thirdPartyBasisZh: Record<CaseView['thirdParties'][number]['basis'], string> = {
  invited: '复议机构通知参加',
  applied: '依申请准予参加',
};

export const applicationStatusZh: Record<CaseView['thirdPartyApplications'][number]['status'], string> = {
  pending: '待审查',
  admitted: '已准许',
  refused: '不予准许',
};

/** The mediation under way (proposed or in progress), if any. */
export function currentMediation(c: CaseView): Mediation | undefined {
  const last = c.mediations.at(-1);
  return last && (last.status === 'proposed' || last.status === 'inProgress') ? last : undefined;
}

/** A party's name on this case, as the API showed it to this person. */
export function partyName(c: CaseView, key: string): string {
  if (key === 'body') return '复议机构';
  const listed = c.mediations.flatMap((m) => m.parties).find((p) => p.key === key);
  if (listed) return listed.nameZh;
  if (key === 'applicant') return c.application.applicant.name;
  const third = c.thirdParties.find((t) => `thirdParty:${t.id}` === key);
  return third?.details.name ?? key;
}

/** The agents acting now (not dismissed). */
export const activeAgents = (c: CaseView): AgentOnCase[] => c.agents.filter((a) => !a.dismissedOn);
