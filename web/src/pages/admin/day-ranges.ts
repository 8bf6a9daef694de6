/**
 * Days of a calendar year as people read and write them: runs of consecutive days with one name
 * ("2月15日至23日 春节"), and back to the single days the API takes. Pure: no React, no DOM.
 */

export interface NamedDate {
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  readonly name: string;
}

/** Consecutive days off with one name, first and last day included. */
export interface DayRange {
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Days (in any order) as runs of consecutive dates with the same name, in date order. */
export function toRanges(days: readonly NamedDate[]): DayRange[] {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const ranges: DayRange[] = [];
  for (const day of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last.name === day.name && nextDay(last.end) === day.date)
      ranges[ranges.length - 1] = { ...last, end: day.date };
    else ranges.push({ name: day.name, start: day.date, end: day.date });
  }
  return ranges;
}

/**
 * The single days of some ranges, and for each day the index of the range it came from (so an
 * answer about the n-th day can be shown on the range the person wrote).
 */
export function expandRanges(ranges: readonly DayRange[]): { days: NamedDate[]; rangeOf: number[] } {
  const days: NamedDate[] = [];
  const rangeOf: number[] = [];
  ranges.forEach((r, index) => {
    // A range written backwards is still the days between its two ends.
    const [from, to] = r.start <= r.end ? [r.start, r.end] : [r.end, r.start];
    for (let d = from; d <= to; d = nextDay(d)) {
      days.push({ date: d, name: r.name });
      rangeOf.push(index);
    }
  });
  return { days, rangeOf };
}

/** "2月15日至23日", "5月31日至6月2日" or "1月1日". */
export function rangeZh(r: Pick<DayRange, 'start' | 'end'>): string {
  const [, sm, sd] = r.start.split('-').map(Number);
  const [, em, ed] = r.end.split('-').map(Number);
  if (r.start === r.end) return `${sm}月${sd}日`;
  return sm === em ? `${sm}月${sd}日至${ed}日` : `${sm}月${sd}日至${em}月${ed}日`;
}

/** "1月4日" */
export function dayZh(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
}

/** The weekday of a date, "周一"…"周日". */
export function weekdayZh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `周${'日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

export interface MonthRow {
  readonly month: number;
  readonly daysOff: DayRange[];
  readonly makeupWorkdays: NamedDate[];
}

/** The year's days off (as runs) and make-up working days, month by month (a run is cut at a month's end). */
export function byMonth(daysOff: readonly NamedDate[], makeupWorkdays: readonly NamedDate[]): MonthRow[] {
  const monthOf = (iso: string) => Number(iso.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => i + 1).map((month) => ({
    month,
    daysOff: toRanges(daysOff.filter((d) => monthOf(d.date) === month)),
    makeupWorkdays: makeupWorkdays
      .filter((d) => monthOf(d.date) === month)
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
  }));
}
