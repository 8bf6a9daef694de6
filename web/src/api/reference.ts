import type { ApiClient } from './client';
import { ok } from './client';
import type { Agencies, Rules } from './types';

/**
 * The public reference data the case pages read: every procedure's rules with its stages and
 * labels (GET /v1/rules) and the directory of agencies and bodies (GET /v1/agencies). Loaded once
 * per page load and shared; a failed load is tried again by the next page that asks.
 */
export interface Reference {
  readonly rules: Rules;
  readonly agencies: Agencies;
}

let pending: Promise<Reference> | undefined;

export function loadReference(api: ApiClient): Promise<Reference> {
  if (!pending) {
    const loading = Promise.all([ok(api.GET('/v1/rules')), ok(api.GET('/v1/agencies'))]).then(
      ([rules, agencies]) => ({ rules, agencies }),
    );
    pending = loading;
    loading.catch(() => {
      if (pending === loading) pending = undefined;
    });
  }
  return pending;
}

/** A procedure's labelled vocabulary, e.g. its refusal reasons: code → Chinese label. */
export function vocabulary(
  ref: Reference,
  procedure: string,
  name: string,
): Readonly<Record<string, string>> {
  return ref.rules.procedures.find((p) => p.id === procedure)?.vocabulary[name] ?? {};
}

/** A role's Chinese name as the API labels it (系统 for the clock and the calendar jobs). */
export const roleLabelZh = (ref: Reference, role: string): string =>
  ref.rules.labels.roleLabelsZh?.[role] ?? role;

/** The waiting stages of every procedure, labelled: what a queue can be filtered by. */
export function waitingStages(ref: Reference): { id: string; labelZh: string }[] {
  const seen = new Map<string, string>();
  for (const p of ref.rules.procedures)
    for (const [id, stage] of Object.entries(p.stages))
      if (stage.kind === 'waiting' && !seen.has(id)) seen.set(id, stage.labelZh);
  return [...seen].map(([id, labelZh]) => ({ id, labelZh }));
}

/** A body's or agency's Chinese name from the directory. */
export function agencyNameZh(ref: Reference, id: string): string | undefined {
  return (
    ref.agencies.agencies.find((a) => a.agencyId === id)?.nameZh ??
    ref.agencies.bodies.find((b) => b.id === id)?.nameZh
  );
}

const unitsZh = { calendarDays: '日', workingDays: '个工作日', years: '年' } as const;

/**
 * A time limit as people read it ("1年", "60日", "5个工作日"), from the rules table the API serves:
 * the portal writes no period of its own. Undefined when the table has no such row.
 */
export function timeLimitZh(ref: Reference, ruleId: string): string | undefined {
  const rule = ref.rules.timeLimits.find((r) => r.id === ruleId);
  return rule && `${rule.amount}${unitsZh[rule.unit]}`;
}
