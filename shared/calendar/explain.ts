import { LUNAR_DATA_UNTIL, provisionalBasis } from './statutory';
import { addDaysIso, formatDateZh, isoParts, yearOf } from './time';
import type { DayInfo, IsoDate, PeriodComputation } from './types';

export interface ExplainContext {
  /** e.g. '受理审查期限' */
  readonly ruleLabelZh: string;
  /** e.g. '《行政复议法》第三十条' */
  readonly article: string;
  /** e.g. '收到申请' */
  readonly startEventZh: string;
}

export { formatDateZh } from './time';

/** '3月2日' when `date` is in `contextYear`, otherwise '2027年3月2日'. */
function shortDateZh(date: IsoDate, contextYear: number): string {
  const { year, month, day } = isoParts(date);
  return year === contextYear ? `${month}月${day}日` : `${year}年${month}月${day}日`;
}

function rangeZh(from: IsoDate, to: IsoDate, contextYear: number): string {
  if (from === to) return shortDateZh(from, contextYear);
  const a = isoParts(from);
  const b = isoParts(to);
  const end = a.year === b.year && a.month === b.month ? `${b.day}日` : shortDateZh(to, a.year);
  return `${shortDateZh(from, contextYear)}至${end}`;
}

interface Run {
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
}

const isHoliday = (d: DayInfo) => d.kind === 'dayOff' || d.kind === 'statutoryHoliday';

/**
 * Consecutive rest days merged into runs. Official days off form one run across holiday names
 * (2025: '国庆节、中秋节放假10月1日至8日', as the notice itself puts it); so do the statutory
 * holidays of a year not loaded ('法定节假日春节2月5日至8日'); weekend days form runs of their own
 * when `weekendsToo`.
 */
function restRuns(days: readonly DayInfo[], weekendsToo: boolean): Run[] {
  const runs: { names: string[]; kind: DayInfo['kind']; from: IsoDate; to: IsoDate; days: number }[] = [];
  for (const d of days) {
    if (!isHoliday(d) && !(weekendsToo && d.kind === 'weekend')) continue;
    // A day may carry two names ('国庆节、中秋节'); each is listed once per run.
    const names = isHoliday(d) ? (d.name ?? '节假日').split('、') : ['周末'];
    const last = runs.at(-1);
    if (last && last.kind === d.kind && addDaysIso(last.to, 1) === d.date) {
      last.to = d.date;
      last.days++;
      for (const n of names) if (!last.names.includes(n)) last.names.push(n);
    } else {
      runs.push({ names, kind: d.kind, from: d.date, to: d.date, days: 1 });
    }
  }
  return runs.map((r) => ({
    label:
      r.kind === 'dayOff'
        ? `${r.names.join('、')}放假`
        : r.kind === 'statutoryHoliday'
          ? `法定节假日${r.names.join('、')}`
          : '周末',
    from: r.from,
    to: r.to,
    days: r.days,
  }));
}

/** Working-day periods: '春节放假2月15日至23日（9天），周末4天' — holidays by name and range, weekends counted. */
function skippedZh(days: readonly DayInfo[], contextYear: number): string {
  const parts = restRuns(days, false).map(
    (r) => `${r.label}${rangeZh(r.from, r.to, contextYear)}${r.days > 1 ? `（${r.days}天）` : ''}`,
  );
  const weekends = days.filter((d) => d.kind === 'weekend').length;
  if (weekends > 0) parts.push(`周末${weekends}天`);
  return parts.join('，');
}

/** Rollover: every rest day from the nominal end on, e.g. '元旦放假1月1日至3日' or '周末3月21日至22日'. */
function rolledOverZh(days: readonly DayInfo[], contextYear: number): string {
  return restRuns(days, true)
    .map((r) => `${r.label}${rangeZh(r.from, r.to, contextYear)}`)
    .join('，');
}

function makeupZh(days: readonly DayInfo[], contextYear: number): string {
  return days.map((d) => `${shortDateZh(d.date, contextYear)}（${d.name ?? ''}调休）`).join('、');
}

function versionsZh(versions: readonly string[]): string {
  return versions
    .map((v) => {
      const [y, ver] = v.split('@v');
      return `${y}年第${ver}版`;
    })
    .join('、');
}

/** The due date is a make-up working day (a Saturday or Sunday worked by the official notice). */
const dueOnMakeupDay = (c: PeriodComputation) => c.makeupDaysCounted.some((d) => d.date === c.dueDate);

const basisZh = {
  statutoryHolidays: '暂按周末及法定节假日计算（未计调休）',
  weekendsOnly: '暂按周末计算',
  solarHolidaysOnly: `暂按周末及元旦、劳动节、国庆节计算（农历数据只覆盖到${LUNAR_DATA_UNTIL}年，春节等农历节日未计）`,
} as const;

/**
 * The closing note of a provisional result, one sentence per way of counting, e.g.
 * '2027年官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。'
 * (before 2025: '暂按周末计算').
 */
export function provisionalNoteZh(years: readonly number[]): string {
  const byBasis = new Map<string, number[]>();
  for (const y of years) {
    const basis = provisionalBasis(y);
    byBasis.set(basisZh[basis], [...(byBasis.get(basisZh[basis]) ?? []), y]);
  }
  return [...byBasis]
    .map(
      ([basis, ys]) =>
        `${ys.map((y) => `${y}年`).join('、')}官方节假日安排尚未载入，${basis}，载入后将自动重新计算。`,
    )
    .join('');
}

/** What a year not loaded means for the periods touching it, for the administrator. */
export function unloadedYearZh(year: number): string {
  const basis = provisionalBasis(year);
  return `${year}年官方节假日安排尚未载入，涉及该年的期限${basisZh[basis]}并标注为暂定，载入后将自动重新计算`;
}

/**
 * The explanation without its closing provisional note — for a deadline already met, cancelled
 * or lapsed, where the note no longer matters. Also strips the earlier wording
 * ('…尚未发布，暂按周末计算，发布后将自动重新计算。') still stored on older deadlines.
 */
export function withoutProvisionalNoteZh(explanationZh: string): string {
  return explanationZh.replace(/(?:\d{4}年(?:、\d{4}年)*官方节假日安排尚未(?:载入|发布)[^。]*。)+$/, '');
}

/**
 * The due date as a person should read it: the last day counts in full.
 * '届满日：2027年1月4日（当日24时止）'; on a make-up working day '（调休上班日，当日24时止）'.
 */
export function dueDateZh(c: PeriodComputation): string {
  return `届满日：${formatDateZh(c.dueDate)}（${dueOnMakeupDay(c) ? '调休上班日，' : ''}当日24时止）`;
}

/**
 * A Chinese explanation of how a due date was reached, detailed enough for a citizen to check
 * it against a calendar: the rule and article, the start event, the days counted, the rest
 * days passed over (holidays by name and range, weekends by count), make-up workdays, any
 * Art. 85 rollover, the calendar versions used, and a note when a year is provisional.
 */
export function explainPeriodZh(c: PeriodComputation, ctx: ExplainContext): string {
  const y = yearOf(c.startDate);
  const parts: string[] = [];
  parts.push(
    `依据${ctx.article}（${ctx.ruleLabelZh}），自${formatDateZh(c.startDate)}（${ctx.startEventZh}）起算，起算日不计入`,
  );

  if (c.unit === 'workingDays') {
    parts.push(`计${c.amount}个工作日：${c.countedDays.map((d) => shortDateZh(d, y)).join('、')}`);
    if (c.skippedDays.length > 0)
      parts.push(`跳过休息日${c.skippedDays.length}天：${skippedZh(c.skippedDays, y)}`);
    if (c.makeupDaysCounted.length > 0) parts.push(`${makeupZh(c.makeupDaysCounted, y)}为调休上班日，计入`);
  } else {
    const nominal = c.rolledOver?.from ?? c.dueDate;
    if (c.unit === 'calendarDays') {
      parts.push(`期间为${c.amount}日，期间最后一日为${formatDateZh(nominal)}`);
    } else {
      const start = isoParts(c.startDate);
      const leapNote =
        start.month === 2 && start.day === 29 && isoParts(nominal).day === 28
          ? `（${start.year + c.amount}年无2月29日，以该月末日为期间最后一日）`
          : '';
      parts.push(`期间为${c.amount}年，到期年的对应日${formatDateZh(nominal)}为期间最后一日${leapNote}`);
    }
    if (c.rolledOver) {
      parts.push(
        `原届满日${formatDateZh(c.rolledOver.from)}为休息日（${rolledOverZh(c.skippedDays, yearOf(c.rolledOver.from))}），` +
          `依《民事诉讼法》第八十五条顺延至休息日后的第一个工作日${formatDateZh(c.rolledOver.to)}` +
          (dueOnMakeupDay(c) ? '（调休上班日）' : ''),
      );
    } else if (c.makeupDaysCounted.length > 0) {
      parts.push(`${formatDateZh(c.dueDate)}为调休上班日，属工作日，不顺延`);
    }
  }

  parts.push(`期限届满日为${formatDateZh(c.dueDate)}（北京时间当日24时止）`);
  let text = `${parts.join('；')}。`;
  if (c.calendarVersions.length > 0) text += `适用节假日安排：${versionsZh(c.calendarVersions)}。`;
  if (c.provisional) text += provisionalNoteZh(c.provisionalYears);
  return text;
}
