import type { LegalCalendar } from '../../calendar/calendar';
import { explainPeriodZh, formatDateZh } from '../../calendar/explain';
import { compareIso } from '../../calendar/time';
import type { IsoDate } from '../../calendar/types';
import type { TimeLimitRule } from '../../domain/rules';
import type { Application } from './application';
import { reconsiderationTimeLimits as limits, reconsiderationThresholds } from './rules';
import type { Timeliness } from './types';

/**
 * Whether an application is within the time to apply (Arts. 20–21): 60 calendar days from
 * knowing the act; without a rights notice, 60 days from learning of the right but at most one
 * year from knowing the act; and never beyond 5 years (20 for real property) from the act.
 */
export function assessTimeliness(
  act: Application['act'],
  filedOn: IsoDate,
  calendar: LegalCalendar,
): Timeliness {
  const candidates: { rule: TimeLimitRule; start: IsoDate; startEventZh: string }[] = [];
  if (act.rightsNotified) {
    candidates.push({ rule: limits.applicationPeriod, start: act.learnedOn, startEventZh: '知道该行政行为' });
  } else {
    const rightsLearnedOn = act.rightsLearnedOn ?? filedOn;
    candidates.push({
      rule: limits.applicationPeriod,
      start: rightsLearnedOn,
      startEventZh: '知道申请行政复议的权利、复议机关和申请期限（行政机关未告知）',
    });
    candidates.push({ rule: limits.noRightsNoticeCap, start: act.learnedOn, startEventZh: '知道该行政行为' });
  }
  candidates.push({
    rule: act.realProperty ? limits.absoluteCapRealProperty : limits.absoluteCapOther,
    start: act.madeOn,
    startEventZh: '行政行为作出',
  });

  const computed = candidates.map((c) => {
    const computation = calendar.compute(c.rule.unit, c.start, c.rule.amount);
    const explanationZh = explainPeriodZh(computation, {
      ruleLabelZh: c.rule.labelZh,
      article: c.rule.article,
      startEventZh: c.startEventZh,
    });
    return { ...c, computation, explanationZh };
  });
  const decisive = computed.reduce((a, b) =>
    compareIso(b.computation.dueDate, a.computation.dueDate) < 0 ? b : a,
  );
  const dueDate = decisive.computation.dueDate;
  const timely = compareIso(filedOn, dueDate) <= 0;
  const messageZh = timely
    ? `申请在法定申请期限内：期限至${formatDateZh(dueDate)}届满（${decisive.rule.article}）。`
    : `本申请已超过法定申请期限（${decisive.rule.labelZh}，${decisive.rule.article}，已于${formatDateZh(dueDate)}届满）。` +
      '仍可提交：因不可抗力或者其他正当理由耽误法定申请期限的，申请期限自障碍消除之日起继续计算（《行政复议法》第二十条第二款），请在“迟延理由”中说明，复议机关将予审查。';
  return {
    timely,
    filedOn,
    dueDate,
    basisRuleId: decisive.rule.id,
    messageZh,
    explanationsZh: computed.map((c) => c.explanationZh),
    // Only the limit that decided matters: a far cap landing in an unpublished year does not.
    provisional: decisive.computation.provisional,
  };
}

/**
 * Art. 53(1): why a case is of a kind that may take the simplified procedure — each reason with
 * its item. (The article also asks that the facts be clear, rights and duties plain and the
 * dispute small: that is the clerk's judgment at acceptance, shown beside these reasons.)
 */
export function simplifiedEligibilityReasonsZh(act: Application['act']): string[] {
  const reasons: string[] = [];
  if (act.onTheSpot)
    reasons.push('被申请行政复议的行政行为是当场作出的（《行政复议法》第五十三条第一款第一项）');
  if (act.kind === 'warning' || act.kind === 'publicCriticism')
    reasons.push(
      `被申请行政复议的行政行为是${act.kind === 'warning' ? '警告' : '通报批评'}（《行政复议法》第五十三条第一款第二项）`,
    );
  const ceiling = reconsiderationThresholds.simplifiedAmount;
  if (act.amountYuan !== undefined && act.amountYuan <= ceiling.amount)
    reasons.push(
      `案件涉及款额${act.amountYuan}${ceiling.unitZh}，不超过${ceiling.amount}${ceiling.unitZh}（${ceiling.article}）`,
    );
  if (act.kind === 'informationDisclosure')
    reasons.push('属于政府信息公开案件（《行政复议法》第五十三条第一款第四项）');
  return reasons;
}

/** Art. 53: the kinds of case that may take the simplified procedure. */
export function simplifiedEligible(act: Application['act']): boolean {
  return simplifiedEligibilityReasonsZh(act).length > 0;
}

/** Art. 23: cases that must go to reconsideration before any lawsuit. */
export function mustReconsiderFirst(act: Application['act']): boolean {
  return (
    act.onTheSpot ||
    act.kind === 'naturalResourceRights' ||
    act.kind === 'failureToPerform' ||
    act.kind === 'informationDisclosure'
  );
}
