import { LUNAR_DATA_UNTIL, provisionalBasis } from './statutory';
import { addDaysIso, daysBetween, formatDateZh, isoParts, yearOf } from './time';
import type { AppliedPause, DayInfo, IsoDate, PeriodComputation, PeriodUsage } from './types';

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

/** The word a count of the period is in: '日' for calendar-day and year periods (pauses count days), '个工作日' otherwise. */
const countWordZh = (c: Pick<PeriodComputation, 'unit'> | Pick<PeriodUsage, 'countedIn'>) =>
  ('unit' in c ? c.unit === 'workingDays' : c.countedIn === 'workingDays') ? '个工作日' : '日';

/** The period's own length word: '日', '个工作日' or '年'. */
const amountWordZh = (c: PeriodComputation) => (c.unit === 'years' ? '年' : countWordZh(c));

/** '60日' or '60日，经批准延长30日，共90日' (the extension is added to the period itself). */
function amountZh(c: PeriodComputation): string {
  const w = amountWordZh(c);
  return c.extraAmount === undefined
    ? `${c.amount}${w}`
    : `${c.amount}${w}，经批准延长${c.extraAmount}${w}，共${c.amount + c.extraAmount}${w}`;
}

/**
 * One suspension as the arithmetic applied it: '其间于2026年3月1日中止审理、于3月20日恢复审理，
 * 中止期间3月2日至20日（19日）不计入，中止前已计24日、尚余36日'; or why it changed nothing.
 */
function pauseZh(p: AppliedPause, c: PeriodComputation, earlier: boolean): string {
  const y = yearOf(p.suspendedOn);
  if (!p.applied) return `${formatDateZh(p.suspendedOn)}中止审理时本期间已经届满，该次中止不影响期限`;
  if (p.resumedOn === p.suspendedOn)
    return `其间于${formatDateZh(p.suspendedOn)}中止审理、当日恢复审理，期间不受影响`;
  const w = countWordZh(c);
  const paused = daysBetween(p.suspendedOn, p.resumedOn);
  return (
    `其间于${formatDateZh(p.suspendedOn)}中止审理、于${shortDateZh(p.resumedOn, y)}恢复审理，` +
    `中止期间${rangeZh(addDaysIso(p.suspendedOn, 1), p.resumedOn, y)}（${paused}日）不计入，` +
    `中止前${earlier ? '累计' : ''}已计${p.used}${w}、尚余${p.remaining}${w}`
  );
}

/** The suspensions that applied (`applied`), or those that came after the period had ended, in order. */
function pausesZh(c: PeriodComputation, applied: boolean): string[] {
  return (c.pauses ?? [])
    .map((p, i, all) =>
      p.applied === applied
        ? pauseZh(
            p,
            c,
            all.slice(0, i).some((q) => q.applied),
          )
        : '',
    )
    .filter((t) => t !== '');
}

/** The last suspension that moved the period, if any (a zero-day one moves nothing). */
const lastMovingPause = (c: PeriodComputation) =>
  c.pauses?.filter((p) => p.applied && p.resumedOn !== p.suspendedOn).at(-1);

/** The rollover sentence, for the rest days from the nominal end on. */
function rolledOverSentenceZh(c: PeriodComputation, rolled: { from: IsoDate; to: IsoDate }): string {
  const restDays = c.skippedDays.filter((d) => d.date >= rolled.from);
  return (
    `${formatDateZh(rolled.from)}为休息日（${rolledOverZh(restDays, yearOf(rolled.from))}），` +
    `依《民事诉讼法》第八十五条顺延至休息日后的第一个工作日${formatDateZh(rolled.to)}` +
    (dueOnMakeupDay(c) ? '（调休上班日）' : '')
  );
}

/** A deadline paused now: the suspension day and how much of the period it had counted. */
export type PausedNow = { readonly suspendedOn: IsoDate } & PeriodUsage;

/**
 * '自2026年3月1日起中止计时，已计24日，尚余36日' (or '…已计2个工作日，尚余3个工作日'): a paused
 * deadline as a person reads it in place of its due date.
 */
export function pausedUsageZh(p: PausedNow): string {
  const w = countWordZh(p);
  return `自${formatDateZh(p.suspendedOn)}起中止计时，已计${p.used}${w}，尚余${p.remaining}${w}`;
}

/**
 * A Chinese explanation of how a due date was reached, detailed enough for a citizen to check
 * it against a calendar: the rule and article, the start event, any approved extension, the days
 * counted, each suspension with the days it took out, the rest days passed over (holidays by
 * name and range, weekends by count), make-up workdays, any Art. 85 rollover, the calendar
 * versions used, and a note when a year is provisional.
 *
 * `pausedNow`: the case is suspended now (the pause is still open and not part of `c`); the
 * text says the date holds only if counting resumes, and how much was counted and remains.
 */
export function explainPeriodZh(c: PeriodComputation, ctx: ExplainContext, pausedNow?: PausedNow): string {
  const y = yearOf(c.startDate);
  const parts: string[] = [];
  parts.push(
    `依据${ctx.article}（${ctx.ruleLabelZh}），自${formatDateZh(c.startDate)}（${ctx.startEventZh}）起算，起算日不计入`,
  );
  const moving = lastMovingPause(c);

  if (c.unit === 'workingDays') {
    parts.push(`计${amountZh(c)}：${c.countedDays.map((d) => shortDateZh(d, y)).join('、')}`);
    const rolled = c.rolledOver;
    const counting = rolled ? c.skippedDays.filter((d) => d.date < rolled.from) : c.skippedDays;
    if (counting.length > 0) parts.push(`跳过休息日${counting.length}天：${skippedZh(counting, y)}`);
    const makeup = c.makeupDaysCounted.filter((d) => c.countedDays.includes(d.date));
    if (makeup.length > 0) parts.push(`${makeupZh(makeup, y)}为调休上班日，计入`);
    parts.push(...pausesZh(c, true));
    if (moving && moving.remaining === 0) {
      parts.push(`中止时工作日已计满，以恢复审理之日${formatDateZh(moving.resumedOn)}为期间最后一日`);
      if (rolled) parts.push(rolledOverSentenceZh(c, rolled));
    }
  } else {
    const nominal = c.rolledOver?.from ?? c.dueDate;
    const unpaused = c.endBeforePauses ?? nominal;
    if (c.unit === 'calendarDays') {
      parts.push(`期间为${amountZh(c)}，期间最后一日为${formatDateZh(unpaused)}`);
    } else {
      const start = isoParts(c.startDate);
      const years = c.amount + (c.extraAmount ?? 0);
      const leapNote =
        start.month === 2 && start.day === 29 && isoParts(unpaused).day === 28
          ? `（${start.year + years}年无2月29日，以该月末日为期间最后一日）`
          : '';
      parts.push(`期间为${amountZh(c)}，到期年的对应日${formatDateZh(unpaused)}为期间最后一日${leapNote}`);
    }
    parts.push(...pausesZh(c, true));
    if (moving)
      parts.push(
        moving.remaining > 0
          ? `自${formatDateZh(addDaysIso(moving.resumedOn, 1))}起续计余下的${moving.remaining}日，期间最后一日为${formatDateZh(nominal)}`
          : `中止时期间日数已计满，以恢复审理之日${formatDateZh(nominal)}为期间最后一日`,
      );
    if (c.rolledOver) {
      parts.push(`原届满日${rolledOverSentenceZh(c, c.rolledOver)}`);
    } else if (c.makeupDaysCounted.length > 0) {
      parts.push(`${formatDateZh(c.dueDate)}为调休上班日，属工作日，不顺延`);
    }
  }

  if (pausedNow?.running) {
    const w = countWordZh(pausedNow);
    parts.push(
      `如不中止，期限届满日为${formatDateZh(c.dueDate)}（北京时间当日24时止）` +
        `；现自${formatDateZh(pausedNow.suspendedOn)}起中止审理，期限暂停计算，已计${pausedNow.used}${w}、尚余${pausedNow.remaining}${w}，` +
        '恢复审理后自恢复之日的次日起续计，届满日届时重新计算',
    );
  } else {
    parts.push(`期限届满日为${formatDateZh(c.dueDate)}（北京时间当日24时止）`);
    parts.push(...pausesZh(c, false));
    if (pausedNow) parts.push(`${formatDateZh(pausedNow.suspendedOn)}中止审理时本期限已经届满`);
  }
  let text = `${parts.join('；')}。`;
  if (c.calendarVersions.length > 0) text += `适用节假日安排：${versionsZh(c.calendarVersions)}。`;
  if (c.provisional) text += provisionalNoteZh(c.provisionalYears);
  return text;
}
