import type { Reference } from '../../api/reference';
import type { CaseView } from '../../api/types';

/** What an event's renderer may read besides the event: the case as shown, and the reference data. */
export interface EventContext {
  readonly caseView: CaseView;
  readonly reference: Reference;
}

/** A deadline's name on this case, as the API labels it. */
export const deadlineLabelZh = (ctx: EventContext, key: string): string =>
  ctx.caseView.deadlines.find((d) => d.key === key)?.labelZh ?? '法定期限';

/** A stage's name in the case's procedure, as the API labels it. */
export const stageLabelZh = (ctx: EventContext, stage: string): string =>
  ctx.reference.rules.procedures.find((p) => p.id === ctx.caseView.procedure)?.stages[stage]?.labelZh ??
  stage;
