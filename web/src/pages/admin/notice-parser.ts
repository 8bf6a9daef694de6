/**
 * Reads the text of a State Council notice on the holiday arrangements of a year
 * (国务院办公厅关于某年部分节假日安排的通知) into days off and make-up working days, for the
 * administrator to review before anything is sent. Pure: no React, no DOM, no clock.
 *
 * Each numbered item reads like
 *   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * — a range (or one day) off, optionally the stated total, then the make-up working days. Whatever
 * the parser cannot reconcile (a weekday that does not match the date, a total that does not match
 * the range, a line it cannot read, a date outside the year) is reported as a problem in Chinese;
 * nothing is guessed silently.
 */

export interface NoticeDay {
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  /** The item's heading, e.g. '春节' or '国庆节、中秋节'. */
  readonly name: string;
}

/** One numbered item of the notice, as understood. */
export interface NoticeHoliday {
  readonly name: string;
  /** The item's text as pasted, for the reviewer to compare. */
  readonly text: string;
  readonly daysOff: readonly string[];
  readonly makeupWorkdays: readonly string[];
  /** The total the notice states ("共8天"), when it states one. */
  readonly statedTotal?: number;
}

export interface NoticeProblem {
  /** The item's heading, or undefined for the notice as a whole. */
  readonly holiday?: string;
  readonly messageZh: string;
}

export interface ParsedNotice {
  /** The year of the title ("关于2026年部分节假日安排的通知"), else the year the caller expects. */
  readonly year?: number;
  /** The document number, e.g. '国办发明电〔2025〕7号', when the text has one. */
  readonly documentNumber?: string;
  /** What to record as the source: the notice's title and number. */
  readonly source?: string;
  readonly holidays: readonly NoticeHoliday[];
  /** Every day off of the year, in date order, each once. */
  readonly daysOff: readonly NoticeDay[];
  /** Every make-up working day of the year, in date order. */
  readonly makeupWorkdays: readonly NoticeDay[];
  readonly problems: readonly NoticeProblem[];
}

const weekdayNames = ['日', '一', '二', '三', '四', '五', '六'] as const;
const itemNumeral = /^\s*[一二三四五六七八九十]+\s*[、.．]\s*([^：:]+?)\s*[：:]\s*(.*)$/;
/** A date as notices write it: [YYYY年]M月D日 or, after 至, D日 alone; then an optional （…）. */
const datePattern = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(]([^）)]*)[）)])?/g;

/** Full-width digits, parentheses and colons as ASCII-equivalent forms the patterns expect. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\r\n?/g, '\n')
    .replace(/\u3000/g, ' ');
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return weekdayNames[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string;
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const zhDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

interface DateMention {
  readonly iso: string;
  /** The weekday the notice states in the parentheses, if any ('一'…'日'). */
  readonly statedWeekday?: string;
  readonly raw: string;
}

/**
 * The dates of one sentence, in order. A date without a month takes the month of the date before
 * it ("1月1日至3日"); one without a year takes the notice's year.
 */
function datesIn(sentence: string, year: number, report: (messageZh: string) => void): DateMention[] {
  const found: DateMention[] = [];
  let month: number | undefined;
  let mentionYear = year;
  for (const m of sentence.matchAll(datePattern)) {
    const [raw, y, mo, d, note] = m;
    if (y) mentionYear = Number(y);
    if (mo) month = Number(mo);
    if (month === undefined) {
      report(`无法确定“${raw}”的月份`);
      continue;
    }
    const day = Number(d);
    if (!validDate(mentionYear, month, day)) {
      report(`“${raw}”不是有效日期`);
      continue;
    }
    const stated = note ? /(?:周|星期)([一二三四五六日天])/.exec(note)?.[1] : undefined;
    found.push({
      iso: isoOf(mentionYear, month, day),
      ...(stated ? { statedWeekday: stated === '天' ? '日' : stated } : {}),
      raw,
    });
  }
  return found;
}

function checkWeekday(d: DateMention, report: (messageZh: string) => void) {
  if (d.statedWeekday === undefined) return;
  const actual = weekdayOf(d.iso);
  if (actual !== d.statedWeekday)
    report(`${zhDate(d.iso)}是星期${actual}，通知写作“周${d.statedWeekday}”，请核对日期`);
}

/** Reads one numbered item: its days off (a range or one day) and its make-up working days. */
function readItem(
  name: string,
  body: string,
  year: number,
  problems: NoticeProblem[],
): Omit<NoticeHoliday, 'text'> {
  const report = (messageZh: string) => problems.push({ holiday: name, messageZh });
  const daysOff: string[] = [];
  const makeupWorkdays: string[] = [];
  let statedTotal: number | undefined;
  for (const sentence of body
    .split(/[。；;]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const dates = datesIn(sentence, year, report);
    for (const d of dates) checkWeekday(d, report);
    if (/上班/.test(sentence) && !/放假/.test(sentence)) {
      makeupWorkdays.push(...dates.map((d) => d.iso));
      continue;
    }
    if (/放假/.test(sentence)) {
      const total = /共\s*(\d+)\s*天/.exec(sentence) ?? /放假\s*(\d+)\s*天/.exec(sentence);
      if (total) statedTotal = Number(total[1]);
      const [first, second] = dates;
      if (!first) {
        report(`未能读出放假日期：“${sentence}”`);
        continue;
      }
      const isRange = second !== undefined && /至|—|－|-|~|～/.test(sentence);
      if (!isRange) {
        daysOff.push(...dates.map((d) => d.iso));
        continue;
      }
      if (second.iso < first.iso) {
        report(`放假日期“${first.raw}至${second.raw}”的结束日早于开始日，请核对`);
        continue;
      }
      for (let d = first.iso; d <= second.iso; d = nextDay(d)) daysOff.push(d);
      // Any further dates in the same sentence are read as single days off.
      daysOff.push(...dates.slice(2).map((d) => d.iso));
      continue;
    }
    if (dates.length) report(`未能判断是放假还是上班：“${sentence}”`);
  }
  if (statedTotal !== undefined && statedTotal !== daysOff.length)
    report(`通知写明共${statedTotal}天，按所列日期计为${daysOff.length}天，请核对`);
  if (!daysOff.length) report('未读出放假日期');
  return {
    name,
    daysOff,
    makeupWorkdays,
    ...(statedTotal !== undefined ? { statedTotal } : {}),
  };
}

/**
 * Parses the pasted text of a notice. `expectedYear` is used when the text has no title (an
 * administrator pasted the items only); a title naming another year is reported.
 */
export function parseHolidayNotice(text: string, expectedYear?: number): ParsedNotice {
  const normalized = normalize(text);
  const problems: NoticeProblem[] = [];
  const titleYear = /关于\s*(\d{4})\s*年\s*部分节假日安排的通知/.exec(normalized)?.[1];
  const year = titleYear ? Number(titleYear) : expectedYear;
  if (titleYear && expectedYear !== undefined && Number(titleYear) !== expectedYear)
    problems.push({
      messageZh: `通知标题为${titleYear}年，与所选的${expectedYear}年不一致，请核对所选年份或粘贴的通知`,
    });
  const documentNumber = /国办发(?:明电)?\s*[〔[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*号/
    .exec(normalized)?.[0]
    ?.replace(/\s+/g, '')
    .replace(/[[【(（]/, '〔')
    .replace(/[\]】)）]/, '〕');
  const source =
    year !== undefined
      ? `国务院办公厅关于${year}年部分节假日安排的通知${documentNumber ? `（${documentNumber}）` : ''}`
      : undefined;
  if (year === undefined) {
    problems.push({ messageZh: '未能确定年份：请粘贴含标题的通知全文，或先选择年份' });
    return { holidays: [], daysOff: [], makeupWorkdays: [], problems };
  }

  const holidays: NoticeHoliday[] = [];
  for (const line of normalized.split('\n')) {
    const item = itemNumeral.exec(line);
    if (!item) continue;
    const [, heading, body] = item as unknown as [string, string, string];
    // Only items about holidays carry dates; closing remarks ("节假日期间……") do not.
    if (!/\d+\s*月\s*\d+\s*日|\d+\s*日/.test(body)) continue;
    holidays.push({ ...readItem(heading.trim(), body, year, problems), text: line.trim() });
  }
  if (!holidays.length)
    problems.push({
      messageZh: '未读出任何节假日：每项应以“一、元旦：”这样的编号和名称开头，请粘贴通知正文',
    });

  const daysOff = new Map<string, string>();
  const makeup = new Map<string, string>();
  for (const h of holidays) {
    for (const date of h.daysOff) {
      const previous = daysOff.get(date);
      if (previous !== undefined && previous !== h.name)
        problems.push({ holiday: h.name, messageZh: `${zhDate(date)}同时列在“${previous}”中` });
      if (previous === undefined) daysOff.set(date, h.name);
    }
    for (const date of h.makeupWorkdays) if (!makeup.has(date)) makeup.set(date, h.name);
  }
  for (const [date, name] of makeup)
    if (daysOff.has(date))
      problems.push({ holiday: name, messageZh: `${zhDate(date)}不能既是放假日又是调休上班日` });

  // A day of another year belongs to that year's arrangement (the API takes one year at a time).
  const inYear = (entries: Map<string, string>, what: string) =>
    [...entries]
      .filter(([date, name]) => {
        if (Number(date.slice(0, 4)) === year) return true;
        problems.push({
          holiday: name,
          messageZh: `${zhDate(date)}（${what}）不在${year}年内，须在该年的安排中载入，此处未列入`,
        });
        return false;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, name]) => ({ date, name }));

  return {
    year,
    ...(documentNumber ? { documentNumber } : {}),
    ...(source ? { source } : {}),
    holidays,
    daysOff: inYear(daysOff, '放假'),
    makeupWorkdays: inYear(makeup, '调休上班'),
    problems,
  };
}
