import * as z from 'zod/mini';
import { isIsoDate } from '../calendar/time';

/**
 * Calendar dates a person enters ('YYYY-MM-DD', a real date), with plausible bounds. What
 * "today" is depends on the runtime clock, so the bound "not in the future" is checked where the
 * clock is known (the procedure's decide, e.g. checkActDates); the schema checks the fixed bounds.
 */

/** The founding of the People's Republic: no administrative act of the PRC is older. */
export const EARLIEST_ACT_DATE = '1949-10-01';
/** The last day any date in the system may fall on (the legal calendar ends there too). */
export const LATEST_DATE = '2100-12-31';

/** '2026-03-01' → '2026年3月1日'. */
export const dateZh = (iso: string): string =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

export interface DateBounds {
  /** Earliest allowed date (inclusive) and why, e.g. '中华人民共和国成立之日'. */
  readonly min: string;
  readonly minReasonZh?: string;
  /** Latest allowed date (inclusive). */
  readonly max?: string;
}

/** What is wrong with a date, in Chinese, or undefined when it is a real date within its bounds. */
export function dateProblemZh(value: string, label: string, bounds: DateBounds): string | undefined {
  if (!isIsoDate(value)) return `${label}应为真实的日期，格式为“年-月-日”，例如 2026-03-01`;
  if (value < bounds.min)
    return `${label}不能早于${dateZh(bounds.min)}${bounds.minReasonZh ? `（${bounds.minReasonZh}）` : ''}`;
  const max = bounds.max ?? LATEST_DATE;
  if (value > max) return `${label}不能晚于${dateZh(max)}`;
  return undefined;
}

/** A required 'YYYY-MM-DD' field between the bounds. */
export function dateField(label: string, bounds: DateBounds) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为日期文字`) })
    .check(
      z.superRefine((value, ctx) => {
        const problem = dateProblemZh(value, label, bounds);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    );
}

/** A date of an administrative act: on or after 1 October 1949 (and, checked with the clock, not in the future). */
export const actDateField = (label: string) =>
  dateField(label, { min: EARLIEST_ACT_DATE, minReasonZh: '中华人民共和国成立之日' });
