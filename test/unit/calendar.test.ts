import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import chineseDays from 'chinese-days';
import { festivalTable } from '../../shared/calendar/festival-table';
import {
  addDaysIso,
  type CalendarYear,
  calendarYearSchema,
  compareIso,
  daysBetween,
  dueDateZh,
  endOfShanghaiDay,
  explainPeriodZh,
  festivalDates,
  type IsoDate,
  isIsoDate,
  LegalCalendar,
  LUNAR_DATA_UNTIL,
  type PeriodComputation,
  provisionalBasis,
  provisionalNoteZh,
  SEED_SOURCE,
  STATUTORY_MEASURES_FROM,
  seedCalendarYears,
  shanghaiDate,
  startOfShanghaiDay,
  statutoryHolidays,
  unloadedYearZh,
  weekday,
  withoutProvisionalNoteZh,
} from '../../shared/calendar/index';
import { lunarFestivalDates } from '../../shared/calendar/lunar';
import { PACKAGE_SOURCE, packageCalendarYears } from '../../shared/calendar/seed-source';
import type { Deadline } from '../../shared/domain/case';
import { presentDeadline } from '../../shared/presenters/case-view';

// Weekdays used in the hand computations below (checked in the `weekday` test):
// 2025-01-01 Wed · 2025-12-26 Fri · 2026-01-01 Thu · 2026-02-13 Fri · 2026-02-14 Sat ·
// 2026-02-28 Sat · 2026-05-01 Fri · 2026-05-09 Sat · 2026-09-20 Sun · 2026-10-01 Thu ·
// 2026-10-10 Sat · 2026-12-25 Fri · 2027-01-01 Fri · 2026-11-02 Mon · 2026-12-29 Tue ·
// 2027-02-04 Thu · 2027-02-05 Fri · 2027-02-08 Mon · 2027-04-05 Mon · 2027-05-01 Sat ·
// 2027-06-09 Wed · 2027-09-15 Wed · 2027-10-01 Fri · 2024-12-30 Mon · 2028-09-29 Fri ·
// 2028-10-03 Tue.

const cal = new LegalCalendar(seedCalendarYears());
const ctx = { ruleLabelZh: '受理审查期限', article: '《行政复议法》第三十条', startEventZh: '收到申请' };

/** Every date from `from` to `to`, inclusive. */
function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDaysIso(d, 1)) out.push(d);
  return out;
}
function years(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
const dates = (c: { skippedDays: readonly { date: IsoDate }[] }) => c.skippedDays.map((d) => d.date);

/** A hypothetical 2027 notice (the real one is published around November 2026). */
const year2027: CalendarYear = {
  year: 2027,
  version: 1,
  source: '测试用假设数据',
  daysOff: range('2027-01-01', '2027-01-03').map((date) => ({ date, name: '元旦' })),
  makeupWorkdays: [],
};

describe('time helpers (Asia/Shanghai)', () => {
  test('isIsoDate is strict and checks the calendar', () => {
    for (const ok of ['2026-02-13', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30']) {
      expect(isIsoDate(ok)).toBe(true);
    }
    for (const bad of [
      '2026-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-2-3',
      '2026-02-03T00:00',
      ' 2026-02-03',
      '20260203',
      '',
      20260203,
      null,
      undefined,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  test('addDaysIso crosses months, years and leap days, both ways', () => {
    expect(addDaysIso('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDaysIso('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDaysIso('2026-02-13', 0)).toBe('2026-02-13');
    expect(addDaysIso('2025-12-02', 30)).toBe('2026-01-01');
    expect(addDaysIso('2026-01-01', 365)).toBe('2027-01-01');
    expect(() => addDaysIso('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDaysIso('2026-02-13', 0.5)).toThrow(RangeError);
    expect(daysBetween('2026-02-13', '2026-02-27')).toBe(14);
  });

  test('compareIso and weekday', () => {
    expect(compareIso('2026-02-13', '2026-02-14')).toBe(-1);
    expect(compareIso('2026-02-14', '2026-02-14')).toBe(0);
    expect(compareIso('2027-01-01', '2026-12-31')).toBe(1);
    expect(['2026-01-05', '2025-12-31', '2026-01-04'].sort(compareIso)).toEqual([
      '2025-12-31',
      '2026-01-04',
      '2026-01-05',
    ]);
    // 0 = Sunday … 6 = Saturday
    const expected: Record<IsoDate, number> = {
      '2025-01-01': 3,
      '2025-12-26': 5,
      '2026-01-01': 4,
      '2026-01-04': 0,
      '2026-02-13': 5,
      '2026-02-14': 6,
      '2026-02-28': 6,
      '2026-05-01': 5,
      '2026-05-09': 6,
      '2026-09-20': 0,
      '2026-10-01': 4,
      '2026-10-10': 6,
      '2026-12-25': 5,
      '2027-01-01': 5,
      '2028-02-29': 2,
      '2026-11-02': 1,
      '2026-12-29': 2,
      '2027-02-04': 4,
      '2027-02-05': 5,
      '2027-02-08': 1,
      '2027-04-05': 1,
      '2027-05-01': 6,
      '2027-06-09': 3,
      '2027-09-15': 3,
      '2027-10-01': 5,
      '2024-12-30': 1,
      '2028-09-29': 5,
      '2028-10-03': 2,
    };
    for (const [d, w] of Object.entries(expected)) expect([d, weekday(d)]).toEqual([d, w]);
  });

  test('a Beijing day runs from 16:00 UTC the day before to 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(shanghaiDate(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
    expect(shanghaiDate(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(startOfShanghaiDay('2026-02-14').toISOString()).toBe('2026-02-13T16:00:00.000Z');
    expect(startOfShanghaiDay('2026-02-14').getTime()).toBe(new Date('2026-02-14T00:00:00+08:00').getTime());
    // A deadline dated 2026-02-27 passes at 24:00 Beijing time, i.e. 2026-02-28 00:00 +08:00.
    expect(endOfShanghaiDay('2026-02-27').getTime()).toBe(new Date('2026-02-28T00:00:00+08:00').getTime());
    expect(endOfShanghaiDay('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(shanghaiDate(new Date(endOfShanghaiDay('2026-02-27').getTime() - 1))).toBe('2026-02-27');
    expect(shanghaiDate(endOfShanghaiDay('2026-02-27'))).toBe('2026-02-28');
    expect(() => shanghaiDate(new Date('nonsense'))).toThrow(RangeError);
  });

  test('the fixed +08:00 offset agrees with the IANA zone Asia/Shanghai (no DST)', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const from = Date.parse('2004-01-01T00:00:00Z');
    const to = Date.parse('2030-12-31T00:00:00Z');
    // Every 7 h 13 min over 27 years hits every hour of the day, in every season.
    const mismatches: string[] = [];
    for (let t = from; t < to; t += 7 * 3_600_000 + 13 * 60_000) {
      const instant = new Date(t);
      if (shanghaiDate(instant) !== fmt.format(instant)) mismatches.push(instant.toISOString());
    }
    expect(mismatches).toEqual([]);
  });
});

describe('seeded official calendar (chinese-days)', () => {
  const seed = seedCalendarYears();

  test('covers 2004–2026, version 1, with the package as source', () => {
    expect(seed.map((y) => y.year)).toEqual(years(2004, 2026));
    for (const y of seed) {
      expect(y.version).toBe(1);
      expect(y.source).toBe(SEED_SOURCE);
    }
    expect(SEED_SOURCE).toMatch(/^chinese-days@\d+\.\d+\.\d+（国务院办公厅节假日安排通知）$/);
    expect(cal.loadedYears()).toEqual(years(2004, 2026));
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false);
    expect(cal.year(2027)).toBeUndefined();
  });

  test('every seeded year passes the upload schema', () => {
    for (const y of seed) expect(calendarYearSchema.safeParse(y).success).toBe(true);
  });

  // The table in shared/procedure-rules.md (State Council notices), written out literally.
  const table: Record<number, { off: [IsoDate, IsoDate][]; makeup: IsoDate[] }> = {
    2025: {
      off: [
        ['2025-01-01', '2025-01-01'],
        ['2025-01-28', '2025-02-04'],
        ['2025-04-04', '2025-04-06'],
        ['2025-05-01', '2025-05-05'],
        ['2025-05-31', '2025-06-02'],
        ['2025-10-01', '2025-10-08'],
      ],
      makeup: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    2026: {
      off: [
        ['2026-01-01', '2026-01-03'],
        ['2026-02-15', '2026-02-23'],
        ['2026-04-04', '2026-04-06'],
        ['2026-05-01', '2026-05-05'],
        ['2026-06-19', '2026-06-21'],
        ['2026-09-25', '2026-09-27'],
        ['2026-10-01', '2026-10-07'],
      ],
      makeup: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
  };

  test.each([2025, 2026])('%i days off and make-up days equal the procedure-rules table', (year) => {
    const expected = table[year];
    const y = cal.year(year);
    if (!expected || !y) throw new Error('missing');
    expect(y.daysOff.map((d) => d.date)).toEqual(expected.off.flatMap(([a, b]) => range(a, b)));
    expect(y.makeupWorkdays.map((d) => d.date)).toEqual(expected.makeup);
  });

  test('holiday names are the official Chinese names', () => {
    const names = (year: number) =>
      Object.fromEntries((cal.year(year)?.daysOff ?? []).map((d) => [d.date, d.name]));
    expect(names(2026)).toMatchObject({
      '2026-01-01': '元旦',
      '2026-02-15': '春节',
      '2026-04-04': '清明节',
      '2026-05-01': '劳动节',
      '2026-06-19': '端午节',
      '2026-09-25': '中秋节',
      '2026-10-01': '国庆节',
    });
    expect(names(2025)['2025-10-06']).toBe('中秋节');
    expect(cal.year(2026)?.makeupWorkdays.find((d) => d.date === '2026-02-14')?.name).toBe('春节');
  });
});

describe('dayInfo', () => {
  test('kinds in a loaded year', () => {
    expect(cal.dayInfo('2026-02-16')).toEqual({
      date: '2026-02-16',
      working: false,
      kind: 'dayOff',
      name: '春节',
      provisional: false,
    });
    expect(cal.dayInfo('2026-02-14')).toEqual({
      date: '2026-02-14',
      working: true,
      kind: 'makeupWorkday',
      name: '春节',
      provisional: false,
    });
    // A Sunday inside the holiday is an official day off, not merely a weekend.
    expect(cal.dayInfo('2026-02-15').kind).toBe('dayOff');
    expect(cal.dayInfo('2026-03-01')).toEqual({
      date: '2026-03-01',
      working: false,
      kind: 'weekend',
      provisional: false,
    });
    expect(cal.dayInfo('2026-03-02')).toEqual({
      date: '2026-03-02',
      working: true,
      kind: 'workday',
      provisional: false,
    });
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
    expect(cal.isWorkingDay('2026-01-03')).toBe(false);
  });

  test('an unloaded year knows weekends and the statutory holidays, and says so', () => {
    expect(cal.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      working: false,
      kind: 'statutoryHoliday',
      name: '元旦',
      provisional: true,
    });
    expect(cal.dayInfo('2027-01-02')).toEqual({
      date: '2027-01-02',
      working: false,
      kind: 'weekend',
      provisional: true,
    });
    expect(cal.dayInfo('2027-01-04')).toEqual({
      date: '2027-01-04',
      working: true,
      kind: 'workday',
      provisional: true,
    });
  });

  test('rejects invalid dates', () => {
    expect(() => cal.dayInfo('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays (ARL Art. 88)', () => {
  test('2026 Spring Festival: received Fri Feb 13, 5 WD → Fri Feb 27', () => {
    // Feb 14 (Sat, make-up) = 1; Feb 15–23 off; Feb 24, 25, 26, 27 = 2–5.
    const c = cal.addWorkingDays('2026-02-13', 5);
    expect(c).toMatchObject({
      unit: 'workingDays',
      amount: 5,
      startDate: '2026-02-13',
      dueDate: '2026-02-27',
    });
    expect(c.countedDays).toEqual(['2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27']);
    expect(dates(c)).toEqual(range('2026-02-15', '2026-02-23'));
    expect(c.skippedDays.every((d) => d.kind === 'dayOff' && d.name === '春节')).toBe(true);
    expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(['2026-02-14']);
    expect(c.calendarVersions).toEqual(['2026@v1']);
    expect(c.provisionalYears).toEqual([]);
    expect(c.provisional).toBe(false);
    expect(c.rolledOver).toBeUndefined();
  });

  test('2026 Spring Festival: both make-up Saturdays count', () => {
    // Feb 12 Thu = 1, 13 = 2, 14 (make-up) = 3, 15–23 off, 24–27 = 4–7, 28 (make-up) = 8,
    // Mar 1 Sun skipped, Mar 2 = 9, Mar 3 = 10.
    const c = cal.addWorkingDays('2026-02-11', 10);
    expect(c.dueDate).toBe('2026-03-03');
    expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(dates(c)).toEqual([...range('2026-02-15', '2026-02-23'), '2026-03-01']);
    // A period may end on a make-up Saturday.
    expect(cal.addWorkingDays('2026-02-24', 4).dueDate).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-27', 1).dueDate).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-28', 1).dueDate).toBe('2026-03-02');
    // Received on a day off: the period still starts the next day.
    expect(cal.addWorkingDays('2026-02-17', 1).dueDate).toBe('2026-02-24');
  });

  test('2026 Mid-Autumn and National Day', () => {
    // Sep 19 Sat skipped; Sep 20 (Sun, make-up) = 1; Sep 21 = 2; Sep 22 = 3.
    expect(cal.addWorkingDays('2026-09-18', 3).dueDate).toBe('2026-09-22');
    // Sep 25–27 off (中秋节); 28, 29, 30 = 1–3; Oct 1–7 off (国庆节); Oct 8, 9 = 4, 5.
    const c = cal.addWorkingDays('2026-09-24', 5);
    expect(c.dueDate).toBe('2026-10-09');
    expect(dates(c)).toEqual([...range('2026-09-25', '2026-09-27'), ...range('2026-10-01', '2026-10-07')]);
    expect(new Set(c.skippedDays.map((d) => d.name))).toEqual(new Set(['中秋节', '国庆节']));
    // Oct 8, 9, 10 (Sat, make-up), 12–16, 19, 20; weekends Oct 11, 17, 18 skipped.
    const d = cal.addWorkingDays('2026-09-30', 10);
    expect(d.dueDate).toBe('2026-10-20');
    expect(d.countedDays).toEqual([
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
      '2026-10-13',
      '2026-10-14',
      '2026-10-15',
      '2026-10-16',
      '2026-10-19',
      '2026-10-20',
    ]);
    expect(d.skippedDays.filter((x) => x.kind === 'weekend').map((x) => x.date)).toEqual([
      '2026-10-11',
      '2026-10-17',
      '2026-10-18',
    ]);
  });

  test('2026 May Day: May 1–5 off, Sat May 9 worked', () => {
    // May 6, 7, 8, 9 (make-up) = 1–4.
    expect(cal.addWorkingDays('2026-04-30', 4).dueDate).toBe('2026-05-09');
    // 5th: May 10 is an ordinary Sunday → Mon May 11.
    expect(cal.addWorkingDays('2026-04-30', 5).dueDate).toBe('2026-05-11');
  });

  test('New Year across the year boundary (Dec 2025 → Jan 2026)', () => {
    // Fri Dec 26 2025: Dec 27–28 weekend; Dec 29, 30, 31 = 1–3; Jan 1–3 off (元旦);
    // Sun Jan 4 (make-up) = 4; Mon Jan 5 = 5.
    const c = cal.addWorkingDays('2025-12-26', 5);
    expect(c.dueDate).toBe('2026-01-05');
    expect(c.countedDays).toEqual(['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-04', '2026-01-05']);
    expect(c.calendarVersions).toEqual(['2025@v1', '2026@v1']);
    expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(['2026-01-04']);
    // Only days after the start are touched: a period starting Dec 31 uses 2026 only.
    const d = cal.addWorkingDays('2025-12-31', 1);
    expect(d.dueDate).toBe('2026-01-04');
    expect(d.calendarVersions).toEqual(['2026@v1']);
  });

  test('2025 data: Spring Festival and National Day', () => {
    // Fri Jan 24 2025: Jan 25 Sat skipped; Sun Jan 26 (make-up) = 1; Jan 27 = 2;
    // Jan 28–Feb 4 off; Feb 5, 6, 7 = 3–5; Sat Feb 8 (make-up) = 6.
    expect(cal.addWorkingDays('2025-01-24', 5).dueDate).toBe('2025-02-07');
    expect(cal.addWorkingDays('2025-01-24', 6).dueDate).toBe('2025-02-08');
    // Fri Sep 26 2025: Sep 27 Sat skipped; Sun Sep 28 (make-up) = 1; 29, 30 = 2, 3;
    // Oct 1–8 off; Oct 9, 10 = 4, 5; Sat Oct 11 (make-up) = 6; Oct 12 Sun skipped; 13–16 = 7–10.
    const c = cal.addWorkingDays('2025-09-26', 10);
    expect(c.dueDate).toBe('2025-10-16');
    expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(['2025-09-28', '2025-10-11']);
    expect(c.skippedDays).toHaveLength(10);
    expect(c.calendarVersions).toEqual(['2025@v1']);
  });

  test('rejects a bad start or amount', () => {
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-13', 0)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-13', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError);
  });

  test('property: every start in 2026, n = 1..10', () => {
    for (let start = '2026-01-01'; start <= '2026-12-31'; start = addDaysIso(start, 1)) {
      let previousDue = start;
      for (let n = 1; n <= 10; n++) {
        const c = cal.addWorkingDays(start, n);
        expect(cal.dayInfo(c.dueDate).working).toBe(true);
        expect(c.countedDays).toHaveLength(n);
        expect(c.countedDays.at(-1)).toBe(c.dueDate);
        expect(c.countedDays.every((d) => cal.dayInfo(d).working)).toBe(true);
        expect(c.skippedDays.every((d) => !d.working)).toBe(true);
        expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(
          c.countedDays.filter((d) => cal.dayInfo(d).kind === 'makeupWorkday'),
        );
        // Every day after the start up to the due date is counted or skipped, exactly once.
        const between = range(addDaysIso(start, 1), c.dueDate);
        expect([...c.countedDays, ...dates(c)].sort()).toEqual(between);
        // Monotone, and consistent with subtractWorkingDays.
        expect(c.dueDate > previousDue).toBe(true);
        previousDue = c.dueDate;
        const back = cal.subtractWorkingDays(c.dueDate, n);
        expect(back <= start).toBe(true);
        expect(cal.addWorkingDays(back, n).dueDate).toBe(c.dueDate);
        // Late-December periods run into 2027, which is not loaded.
        expect(c.provisional).toBe(c.dueDate >= '2027-01-01');
      }
    }
  });
});

describe('addCalendarDays (Civil Procedure Law Art. 85)', () => {
  test('the last day is an ordinary working day: no rollover', () => {
    // Jan 5 + 60 days = Mar 6 2026, a Friday.
    const c = cal.addCalendarDays('2026-01-05', 60);
    expect(c).toMatchObject({ unit: 'calendarDays', amount: 60, dueDate: '2026-03-06', provisional: false });
    expect(c.rolledOver).toBeUndefined();
    expect(c.skippedDays).toEqual([]);
    expect(c.countedDays).toEqual([]);
    expect(c.calendarVersions).toEqual(['2026@v1']);
  });

  test('the last day is a weekend: rolls to Monday', () => {
    // Mar 6 + 15 = Sat Mar 21 → Mon Mar 23.
    const c = cal.addCalendarDays('2026-03-06', 15);
    expect(c.dueDate).toBe('2026-03-23');
    expect(c.rolledOver).toEqual({ from: '2026-03-21', to: '2026-03-23' });
    expect(c.skippedDays.map((d) => [d.date, d.kind])).toEqual([
      ['2026-03-21', 'weekend'],
      ['2026-03-22', 'weekend'],
    ]);
  });

  test('the last day falls in a holiday: rolls past the whole holiday', () => {
    // Sep 3 + 30 = Oct 3 (国庆节) → Oct 3–7 off → Thu Oct 8.
    const c = cal.addCalendarDays('2026-09-03', 30);
    expect(c.rolledOver).toEqual({ from: '2026-10-03', to: '2026-10-08' });
    expect(dates(c)).toEqual(range('2026-10-03', '2026-10-07'));
    // Apr 1 + 30 = Fri May 1 (劳动节) → May 1–5 off → Wed May 6.
    expect(cal.addCalendarDays('2026-04-01', 30).rolledOver).toEqual({
      from: '2026-05-01',
      to: '2026-05-06',
    });
    // 2025 Dragon Boat: May 1 + 30 = Sat May 31 → May 31–Jun 2 off → Tue Jun 3.
    expect(cal.addCalendarDays('2025-05-01', 30).dueDate).toBe('2025-06-03');
    // Aug 27 + 30 = Sat Sep 26 2026 (中秋节) → Sep 26–27 off → Mon Sep 28.
    expect(cal.addCalendarDays('2026-08-27', 30).dueDate).toBe('2026-09-28');
  });

  test('a make-up working day is a working day: no rollover', () => {
    // Apr 9 + 30 = Sat May 9, an official make-up workday.
    const c = cal.addCalendarDays('2026-04-09', 30);
    expect(c.dueDate).toBe('2026-05-09');
    expect(c.rolledOver).toBeUndefined();
    expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(['2026-05-09']);
    // Feb 13 + 15 = Sat Feb 28 (make-up).
    expect(cal.addCalendarDays('2026-02-13', 15).dueDate).toBe('2026-02-28');
  });

  test('a period ending on 2026-01-01 rolls to Sun Jan 4, not Mon Jan 5', () => {
    // Dec 2 2025 + 30 days = Jan 1 2026. Jan 1 (Thu), 2 (Fri), 3 (Sat) are official days
    // off (元旦). Jan 4 is a Sunday but an official make-up working day, so it is the first
    // working day after the rest days and the period ends there (not on Monday Jan 5).
    const c = cal.addCalendarDays('2025-12-02', 30);
    expect(c.dueDate).toBe('2026-01-04');
    expect(c.rolledOver).toEqual({ from: '2026-01-01', to: '2026-01-04' });
    expect(dates(c)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(['2026-01-04']);
    // The arithmetic relied on 2026 only (the nominal last day onwards).
    expect(c.calendarVersions).toEqual(['2026@v1']);
  });

  test('property: every start in 2026, common statutory lengths', () => {
    for (let start = '2026-01-01'; start <= '2026-12-31'; start = addDaysIso(start, 1)) {
      for (const n of [1, 5, 15, 30, 60]) {
        const c = cal.addCalendarDays(start, n);
        const nominal = addDaysIso(start, n);
        expect(cal.dayInfo(c.dueDate).working).toBe(true);
        expect(c.dueDate >= nominal).toBe(true);
        expect(dates(c)).toEqual(c.dueDate === nominal ? [] : range(nominal, addDaysIso(c.dueDate, -1)));
        expect(c.skippedDays.every((d) => !d.working)).toBe(true);
        expect(c.rolledOver).toEqual(c.dueDate === nominal ? undefined : { from: nominal, to: c.dueDate });
      }
    }
  });
});

describe('addYears', () => {
  test('same day n years later, then Art. 85', () => {
    // 2025-02-28 is a Friday.
    expect(cal.addYears('2024-02-29', 1)).toMatchObject({ unit: 'years', amount: 1, dueDate: '2025-02-28' });
    expect(cal.addYears('2020-02-29', 5).dueDate).toBe('2025-02-28');
    // Feb 28 2026 is a make-up Saturday: a working day, no rollover.
    expect(cal.addYears('2021-02-28', 5).dueDate).toBe('2026-02-28');
    // Oct 1 2026 is 国庆节 → Oct 8.
    const c = cal.addYears('2025-10-01', 1);
    expect(c.rolledOver).toEqual({ from: '2026-10-01', to: '2026-10-08' });
    // Oct 1 2024 → Oct 1–7 2024 off → Oct 8 2024 (seeded 2024 data).
    expect(cal.addYears('2019-10-01', 5).dueDate).toBe('2024-10-08');
  });

  test('a leap day onto a leap year stays Feb 29 (provisional: 2028 not loaded)', () => {
    const c = cal.addYears('2024-02-29', 4);
    expect(c.dueDate).toBe('2028-02-29'); // a Tuesday
    expect(c.provisionalYears).toEqual([2028]);
    expect(c.provisional).toBe(true);
    expect(c.calendarVersions).toEqual([]);
  });

  test('rejects a non-date', () => {
    expect(() => cal.addYears('2023-02-29', 1)).toThrow(RangeError);
    expect(() => cal.addYears('2024-02-29', 0)).toThrow(RangeError);
  });
});

describe('subtractWorkingDays', () => {
  test('across holidays and make-up days', () => {
    // Before Tue Feb 24: Feb 15–23 off; Sat Feb 14 is a make-up working day.
    expect(cal.subtractWorkingDays('2026-02-24', 1)).toBe('2026-02-14');
    expect(cal.subtractWorkingDays('2026-02-24', 2)).toBe('2026-02-13');
    expect(cal.subtractWorkingDays('2026-02-27', 1)).toBe('2026-02-26');
    // Before Thu Oct 8: Oct 1–7 off → Wed Sep 30.
    expect(cal.subtractWorkingDays('2026-10-08', 1)).toBe('2026-09-30');
    // Before Mon Jan 5 2026: Sun Jan 4 (make-up) = 1; Jan 1–3 off; Wed Dec 31 2025 = 2.
    expect(cal.subtractWorkingDays('2026-01-05', 2)).toBe('2025-12-31');
    // Before Mon Mar 2: Sun Mar 1 skipped, Sat Feb 28 (make-up).
    expect(cal.subtractWorkingDays('2026-03-02', 1)).toBe('2026-02-28');
    expect(cal.subtractWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(() => cal.subtractWorkingDays('2026-03-02', -1)).toThrow(RangeError);
  });
});

describe('compute', () => {
  test('dispatches by unit', () => {
    expect(cal.compute('workingDays', '2026-02-13', 5)).toEqual(cal.addWorkingDays('2026-02-13', 5));
    expect(cal.compute('calendarDays', '2025-12-02', 30)).toEqual(cal.addCalendarDays('2025-12-02', 30));
    expect(cal.compute('years', '2024-02-29', 1)).toEqual(cal.addYears('2024-02-29', 1));
  });
});

describe('unloaded years and corrections', () => {
  test('a period running into 2027 is provisional and counts weekends and statutory holidays', () => {
    // Fri Dec 25 2026: Dec 26–27 weekend; Dec 28–31 = 1–4; Fri Jan 1 2027 is 元旦 (a statutory
    // holiday, known although 2027 is not loaded); Jan 2–3 weekend; Mon Jan 4 = 5.
    const c = cal.addWorkingDays('2026-12-25', 5);
    expect(c.dueDate).toBe('2027-01-04');
    expect(c.provisional).toBe(true);
    expect(c.provisionalYears).toEqual([2027]);
    expect(c.calendarVersions).toEqual(['2026@v1']);
    expect(c.skippedDays.map((d) => [d.date, d.kind, d.provisional])).toEqual([
      ['2026-12-26', 'weekend', false],
      ['2026-12-27', 'weekend', false],
      ['2027-01-01', 'statutoryHoliday', true],
      ['2027-01-02', 'weekend', true],
      ['2027-01-03', 'weekend', true],
    ]);
    expect(c.makeupDaysCounted).toEqual([]);
    // Dec 2 + 60 = Sun Jan 31 2027 → Mon Feb 1 2027; only 2027 was consulted.
    const d = cal.addCalendarDays('2026-12-02', 60);
    expect(d.dueDate).toBe('2027-02-01');
    expect(d).toMatchObject({ provisional: true, provisionalYears: [2027], calendarVersions: [] });
  });

  test('withYear loads 2027 and changes the result; a v2 correction changes it again', () => {
    const loaded = cal.withYear(year2027);
    expect(loaded.hasYear(2027)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false); // the original is untouched
    // Jan 1–3 2027 off → Mon Jan 4 2027.
    const c = loaded.addWorkingDays('2026-12-25', 5);
    expect(c.dueDate).toBe('2027-01-04');
    expect(c.provisional).toBe(false);
    expect(c.provisionalYears).toEqual([]);
    expect(c.calendarVersions).toEqual(['2026@v1', '2027@v1']);

    const corrected = loaded.withYear({
      ...year2027,
      version: 2,
      source: '测试用假设数据（更正）',
      daysOff: [...year2027.daysOff, { date: '2027-01-04', name: '元旦' }],
    });
    expect(corrected.loadedYears()).toEqual(years(2004, 2027));
    expect(corrected.year(2027)?.version).toBe(2);
    const d = corrected.addWorkingDays('2026-12-25', 5);
    expect(d.dueDate).toBe('2027-01-05');
    expect(d.calendarVersions).toEqual(['2026@v1', '2027@v2']);
    expect(loaded.addWorkingDays('2026-12-25', 5).dueDate).toBe('2027-01-04');
  });

  test('the calendar is immutable', () => {
    const daysOff = [...year2027.daysOff];
    const input: CalendarYear[] = [{ ...year2027, daysOff }];
    const c = new LegalCalendar(input);
    daysOff.push({ date: '2027-01-05', name: 'x' });
    input.push({ ...year2027, year: 2028, daysOff: [] });
    expect(c.dayInfo('2027-01-05').kind).toBe('workday');
    expect(c.hasYear(2028)).toBe(false);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.year(2027))).toBe(true);
    expect(Object.isFrozen(c.year(2027)?.daysOff)).toBe(true);
  });

  test('the constructor refuses inconsistent data', () => {
    expect(() => new LegalCalendar([year2027, year2027])).toThrow(/twice/);
    expect(
      () => new LegalCalendar([{ ...year2027, daysOff: [{ date: '2026-10-01', name: '国庆节' }] }]),
    ).toThrow(RangeError);
    expect(
      () => new LegalCalendar([{ ...year2027, makeupWorkdays: [{ date: '2027-01-02', name: '元旦' }] }]),
    ).toThrow(/both/);
  });
});

describe('calendarYearSchema', () => {
  const messages = (input: unknown) =>
    calendarYearSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

  test('accepts a well-formed year', () => {
    expect(calendarYearSchema.parse(year2027)).toEqual(year2027);
  });

  test('refuses bad data with Chinese messages', () => {
    expect(messages({ ...year2027, year: 1999 })).toEqual(['年份须在2000年至2100年之间']);
    expect(messages({ ...year2027, year: 2101 })).toEqual(['年份须在2000年至2100年之间']);
    expect(messages({ ...year2027, year: 2027.5 })).toEqual(['年份须为整数']);
    expect(messages({ ...year2027, daysOff: [{ date: '2027-02-30', name: '春节' }] })).toEqual([
      '放假日期“2027-02-30”不是有效日期（格式应为YYYY-MM-DD）',
    ]);
    expect(messages({ ...year2027, daysOff: [{ date: '2026-10-01', name: '国庆节' }] })).toEqual([
      '放假日期“2026-10-01”不在2027年内',
    ]);
    expect(messages({ ...year2027, makeupWorkdays: [{ date: '2027-01-02', name: '元旦' }] })).toEqual([
      '2027-01-02不能既是放假日又是调休上班日',
    ]);
    expect(messages({ ...year2027, daysOff: [{ date: '2027-01-01', name: ' ' }] })).toEqual([
      '节假日名称不能为空',
    ]);
    expect(
      messages({
        ...year2027,
        daysOff: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-01-01', name: '元旦' },
        ],
      }),
    ).toEqual(['放假日期“2027-01-01”重复']);
    expect(messages({ ...year2027, source: '' })).toEqual(['须注明数据来源（如通知文号）']);
  });
});

describe('explainPeriodZh', () => {
  const explain = (c: PeriodComputation) => explainPeriodZh(c, ctx);

  test('working days over the Spring Festival', () => {
    const text = explain(cal.addWorkingDays('2026-02-13', 5));
    expect(text).toContain(
      '依据《行政复议法》第三十条（受理审查期限），自2026年2月13日（收到申请）起算，起算日不计入',
    );
    expect(text).toContain('计5个工作日：2月14日、2月24日、2月25日、2月26日、2月27日');
    expect(text).toContain('春节放假2月15日至23日（9天）');
    expect(text).toContain('2月14日（春节调休）为调休上班日，计入');
    expect(text).toContain('期限届满日为2026年2月27日（北京时间当日24时止）');
    expect(text).toContain('适用节假日安排：2026年第1版');
    expect(text).not.toContain('尚未发布');
  });

  test('weekends are counted, not listed; merged holidays are named together', () => {
    const text = explain(cal.addWorkingDays('2026-09-30', 10));
    expect(text).toContain('国庆节放假10月1日至7日（7天），周末3天');
    expect(text).not.toContain('10月17日');
    const y2025 = explain(cal.addWorkingDays('2025-09-26', 10));
    expect(y2025).toContain('国庆节、中秋节放假10月1日至8日（8天），周末2天');
    expect(y2025).toContain('9月28日（国庆节调休）、10月11日（国庆节调休）为调休上班日，计入');
  });

  test('Art. 85 rollover', () => {
    const text = explain(cal.addCalendarDays('2025-12-02', 30));
    expect(text).toContain('期间为30日，期间最后一日为2026年1月1日');
    expect(text).toContain(
      '原届满日2026年1月1日为休息日（元旦放假1月1日至3日），依《民事诉讼法》第八十五条顺延至休息日后的第一个工作日2026年1月4日（调休上班日）',
    );
    // A rollover onto an ordinary Monday says nothing more.
    expect(explain(cal.addCalendarDays('2026-03-06', 15))).toContain('第一个工作日2026年3月23日；');
    expect(text).toContain('期限届满日为2026年1月4日（北京时间当日24时止）');
    expect(explain(cal.addCalendarDays('2026-03-06', 15))).toContain('（周末3月21日至22日）');
    expect(explain(cal.addCalendarDays('2026-04-09', 30))).toContain(
      '2026年5月9日为调休上班日，属工作日，不顺延',
    );
  });

  test('years, with the leap-day rule', () => {
    const text = explain(cal.addYears('2024-02-29', 1));
    expect(text).toContain(
      '期间为1年，到期年的对应日2025年2月28日为期间最后一日（2025年无2月29日，以该月末日为期间最后一日）',
    );
    expect(text).toContain('适用节假日安排：2025年第1版');
  });

  test('provisional notice and cross-year dates', () => {
    const text = explain(cal.addWorkingDays('2026-12-25', 5));
    expect(text).toContain('计5个工作日：12月28日、12月29日、12月30日、12月31日、2027年1月4日');
    expect(text).toContain('跳过休息日5天：法定节假日元旦2027年1月1日，周末4天');
    expect(text).toContain('期限届满日为2027年1月4日');
    expect(text).toMatch(
      /。2027年官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。$/,
    );
    expect(text).not.toContain('尚未发布');
    const loaded = explain(cal.withYear(year2027).addWorkingDays('2026-12-25', 5));
    expect(loaded).not.toContain('尚未载入');
    expect(loaded).not.toContain('法定节假日');
    expect(loaded).toContain('元旦放假2027年1月1日至3日（3天）');
    expect(loaded).toContain('适用节假日安排：2026年第1版、2027年第1版');
  });
});

// ---------------------------------------------------------------------------------------------
// Years not loaded: weekends plus the statutory holidays of the national holiday measures
// (全国年节及纪念日放假办法, as revised in 2024, in force from 2025), no make-up working days.
// ---------------------------------------------------------------------------------------------

/** Every statutory day of a year as 'MM-DD name'. */
const statutory = (year: number) => statutoryHolidays(year).map((d) => `${d.date.slice(5)} ${d.name}`);

describe('the statutory holidays of a year not loaded', () => {
  test('2027, by hand: 元旦 Fri 1 Jan; 春节 除夕 Fri 5 Feb to 初三 Mon 8 Feb; 清明 Mon 5 Apr; 劳动节 1–2 May; 端午 Wed 9 Jun; 中秋 Wed 15 Sep; 国庆 1–3 Oct', () => {
    // Lunar 2026 ends with a 29-day twelfth month: 除夕 is 腊月廿九 (5 Feb), 正月初一 is Sat 6 Feb.
    // 端午 (五月初五) is 9 Jun, 中秋 (八月十五) 15 Sep; the solar term 清明 is on 5 April.
    expect(festivalDates(2027)).toEqual({
      springFestival: '2027-02-06',
      qingming: '2027-04-05',
      dragonBoat: '2027-06-09',
      midAutumn: '2027-09-15',
    });
    expect(statutory(2027)).toEqual([
      '01-01 元旦',
      '02-05 春节',
      '02-06 春节',
      '02-07 春节',
      '02-08 春节',
      '04-05 清明节',
      '05-01 劳动节',
      '05-02 劳动节',
      '06-09 端午节',
      '09-15 中秋节',
      '10-01 国庆节',
      '10-02 国庆节',
      '10-03 国庆节',
    ]);
    // The lunar dates, as the library itself gives them for those days.
    const lunar = (d: IsoDate) => {
      const l = chineseDays.getLunarDate(d);
      return [l.lunarMon, l.lunarDay, l.isLeap];
    };
    expect(lunar('2027-02-05')).toEqual([12, 29, false]);
    expect(lunar('2027-02-06')).toEqual([1, 1, false]);
    expect(lunar('2027-02-08')).toEqual([1, 3, false]);
    expect(lunar('2027-06-09')).toEqual([5, 5, false]);
    expect(lunar('2027-09-15')).toEqual([8, 15, false]);
  });

  test('2028: 中秋节 on Tue 3 Oct falls within 国庆节 — one day off, named for both', () => {
    expect(statutory(2028)).toEqual([
      '01-01 元旦',
      '01-25 春节',
      '01-26 春节',
      '01-27 春节',
      '01-28 春节',
      '04-04 清明节',
      '05-01 劳动节',
      '05-02 劳动节',
      '05-28 端午节',
      '10-01 国庆节',
      '10-02 国庆节',
      '10-03 国庆节、中秋节',
    ]);
  });

  test('2025 and 2026: every statutory day is an official day off of the same name in the State Council notice', () => {
    for (const year of [2025, 2026]) {
      const official = new Map(cal.year(year)?.daysOff.map((d) => [d.date, d.name]));
      for (const d of statutoryHolidays(year))
        expect([d.date, official.get(d.date)]).toEqual([d.date, d.name]);
      expect(statutoryHolidays(year)).toHaveLength(13);
    }
  });

  test('the lunar festivals and 清明 agree with 19 years of official notices (2008–2026)', () => {
    // Since 2008 清明, 端午 and 中秋 are days off, and 正月初一 always was: each must be a rest
    // day in the seeded official calendar of its year. (Not always listed as a day off: the
    // package leaves out 端午 2012, Sat 23 June, a weekend day inside the 22–24 June break.)
    for (const year of years(2008, 2026)) {
      for (const date of Object.values(lunarFestivalDates(year))) {
        expect([date, cal.dayInfo(date).working]).toEqual([date, false]);
      }
    }
  });

  test('the seeded years the functions carry are what chinese-days transcribes, day by day', () => {
    expect(seedCalendarYears()).toEqual(packageCalendarYears());
    expect(SEED_SOURCE).toBe(PACKAGE_SOURCE);
  });

  test('the festival table the functions carry is what chinese-days computes, year by year', () => {
    expect(Object.keys(festivalTable).map(Number)).toEqual(years(STATUTORY_MEASURES_FROM, LUNAR_DATA_UNTIL));
    for (const year of years(STATUTORY_MEASURES_FROM, LUNAR_DATA_UNTIL)) {
      expect([year, festivalDates(year)]).toEqual([year, lunarFestivalDates(year)]);
    }
  });

  test('every year from 2025 to 2099 has its 12 or 13 days where the lunar calendar puts them', () => {
    for (const year of years(STATUTORY_MEASURES_FROM, LUNAR_DATA_UNTIL)) {
      const f = festivalDates(year);
      const lunar = (d: IsoDate) => {
        const l = chineseDays.getLunarDate(d);
        return { month: l.lunarMon, day: l.lunarDay, leap: l.isLeap };
      };
      expect([year, lunar(f.springFestival)]).toEqual([year, { month: 1, day: 1, leap: false }]);
      expect([year, lunar(f.dragonBoat)]).toEqual([year, { month: 5, day: 5, leap: false }]);
      expect([year, lunar(f.midAutumn)]).toEqual([year, { month: 8, day: 15, leap: false }]);
      // 除夕 is the last day of the twelfth month (29th or 30th).
      expect([29, 30]).toContain(lunar(addDaysIso(f.springFestival, -1)).day);
      expect(f.springFestival >= `${year}-01-21` && f.springFestival <= `${year}-02-20`).toBe(true);
      expect([`${year}-04-04`, `${year}-04-05`]).toContain(f.qingming);

      const days = statutoryHolidays(year);
      const within = f.midAutumn >= `${year}-10-01` && f.midAutumn <= `${year}-10-03`;
      expect([year, days.length]).toEqual([year, within ? 12 : 13]);
      expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
      const dates = (name: string) =>
        days.filter((d) => d.name.split('、').includes(name)).map((d) => d.date);
      expect(dates('元旦')).toEqual([`${year}-01-01`]);
      expect(dates('春节')).toEqual(range(addDaysIso(f.springFestival, -1), addDaysIso(f.springFestival, 2)));
      expect(dates('清明节')).toEqual([f.qingming]);
      expect(dates('劳动节')).toEqual([`${year}-05-01`, `${year}-05-02`]);
      expect(dates('端午节')).toEqual([f.dragonBoat]);
      expect(dates('中秋节')).toEqual([f.midAutumn]);
      expect(dates('国庆节')).toEqual([`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]);
    }
  });

  test('the same dates on any host time zone (the library reads some dates in local time)', () => {
    const module = fileURLToPath(new URL('../../shared/calendar/lunar.ts', import.meta.url));
    const script =
      `import { lunarFestivalDates } from ${JSON.stringify(module)};` +
      'console.log(JSON.stringify([2008, 2027, 2028, 2099].map((y) => lunarFestivalDates(y))));';
    const expected = [2008, 2027, 2028, 2099].map((y) => lunarFestivalDates(y));
    // West of UTC (where the library's printed dates slip a day) and the far east (UTC+14).
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz, NODE_OPTIONS: '' },
        encoding: 'utf8',
      });
      expect([tz, run.stderr]).toEqual([tz, '']);
      expect([tz, JSON.parse(run.stdout)]).toEqual([tz, JSON.parse(JSON.stringify(expected))]);
    }
  });

  test('no make-up working days: every day of 2027 is a weekday, a weekend or a statutory holiday', () => {
    const holidays = new Map(statutoryHolidays(2027).map((d) => [d.date, d.name]));
    for (const date of range('2027-01-01', '2027-12-31')) {
      const info = cal.dayInfo(date);
      const name = holidays.get(date);
      const w = weekday(date);
      const expected =
        name !== undefined
          ? { date, working: false, kind: 'statutoryHoliday', name, provisional: true }
          : w === 0 || w === 6
            ? { date, working: false, kind: 'weekend', provisional: true }
            : { date, working: true, kind: 'workday', provisional: true };
      expect(info).toEqual(expected);
    }
  });

  test('before 2025 an unloaded year counts weekends only; after 2099 only the Gregorian statutory days', () => {
    expect([2003, 2024, 2025, 2027, 2099, 2100].map(provisionalBasis)).toEqual([
      'weekendsOnly',
      'weekendsOnly',
      'statutoryHolidays',
      'statutoryHolidays',
      'statutoryHolidays',
      'solarHolidaysOnly',
    ]);
    const bare = new LegalCalendar([]);
    // Tue 1 Oct 2024: the 2024 measures did not govern 2024 yet, and the earlier ones are not modelled.
    expect(bare.dayInfo('2024-10-01')).toEqual({
      date: '2024-10-01',
      working: true,
      kind: 'workday',
      provisional: true,
    });
    expect(bare.dayInfo('2025-10-01')).toMatchObject({ kind: 'statutoryHoliday', name: '国庆节' });
    // 2100: 元旦, 劳动节 and 国庆节 count; no lunar festival is guessed (2100-02-09 would be near 春节).
    expect(bare.dayInfo('2100-01-01')).toEqual({
      date: '2100-01-01',
      working: false,
      kind: 'statutoryHoliday',
      name: '元旦',
      provisional: true,
    });
    expect(bare.dayInfo('2100-05-03')).toMatchObject({ working: true, provisional: true });
    expect(bare.dayInfo('2100-10-01')).toMatchObject({ kind: 'statutoryHoliday', name: '国庆节' });
    expect(bare.dayInfo('2100-02-09')).toMatchObject({ kind: 'workday', working: true, provisional: true });
    // Wed 30 Dec 2099: Thu 31 = 1; Fri 1 Jan 2100 off (元旦); 2–3 Jan weekend; Mon 4 to Thu 7 Jan = 2–5.
    expect(cal.addWorkingDays('2099-12-30', 5)).toMatchObject({
      dueDate: '2100-01-07',
      provisionalYears: [2099, 2100],
      provisional: true,
    });
    // A 20-year cap from an act of 2090 reaches 2110 without failing.
    expect(cal.compute('years', '2090-03-01', 20)).toMatchObject({ provisional: true });
    expect(() => statutoryHolidays(2024)).toThrow(RangeError);
    expect(() => statutoryHolidays(2100)).toThrow(RangeError);
    expect(() => lunarFestivalDates(1900)).toThrow(RangeError);
    expect(() => lunarFestivalDates(2100)).toThrow(RangeError);
    expect(() => festivalDates(2024)).toThrow(RangeError);
    expect(() => festivalDates(2100)).toThrow(RangeError);
    // Once 2100 is loaded, a period may run into it. Wed 30 Dec 2099: Thu 31 = 1; Fri 1 Jan 2100
    // off; 2–3 Jan weekend; Mon 4 to Thu 7 Jan = 2–5.
    const with2100 = cal.withYear({
      year: 2100,
      version: 1,
      source: '测试用假设数据',
      daysOff: [{ date: '2100-01-01', name: '元旦' }],
      makeupWorkdays: [],
    });
    const c = with2100.addWorkingDays('2099-12-30', 5);
    expect(c).toMatchObject({
      dueDate: '2100-01-07',
      provisionalYears: [2099],
      calendarVersions: ['2100@v1'],
    });
  });
});

describe('periods touching a year not loaded', () => {
  test('the issue’s case: 60 days ending on New Year’s Day 2027 roll over to Mon 4 Jan, not Fri 1 Jan', () => {
    // Known the act on Mon 2 Nov 2026: 2 Nov + 60 = Fri 1 Jan 2027 (元旦), Jan 2–3 weekend.
    const c = cal.addCalendarDays('2026-11-02', 60);
    expect(c).toMatchObject({
      dueDate: '2027-01-04',
      rolledOver: { from: '2027-01-01', to: '2027-01-04' },
      provisional: true,
      provisionalYears: [2027],
      calendarVersions: [],
      makeupDaysCounted: [],
    });
    expect(c.skippedDays.map((d) => [d.date, d.kind, d.name])).toEqual([
      ['2027-01-01', 'statutoryHoliday', '元旦'],
      ['2027-01-02', 'weekend', undefined],
      ['2027-01-03', 'weekend', undefined],
    ]);
    const text = explainPeriodZh(c, ctx);
    expect(text).toContain(
      '原届满日2027年1月1日为休息日（法定节假日元旦1月1日，周末1月2日至3日），依《民事诉讼法》第八十五条顺延至休息日后的第一个工作日2027年1月4日；',
    );
    expect(text).toContain('期限届满日为2027年1月4日（北京时间当日24时止）');
    expect(dueDateZh(c)).toBe('届满日：2027年1月4日（当日24时止）');
  });

  test('the issue’s case: 10 working days of correction from Tue 29 Dec 2026 end on Wed 13 Jan, not Tue 12 Jan', () => {
    // Counted on weekends only, 1 January would be the 3rd working day and the period would end
    // on 12 January, one day early.
    const c = cal.addWorkingDays('2026-12-29', 10);
    expect(c.dueDate).toBe('2027-01-13');
    expect(c.countedDays).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-01-11',
      '2027-01-12',
      '2027-01-13',
    ]);
    expect(c.skippedDays.map((d) => [d.date, d.kind])).toEqual([
      ['2027-01-01', 'statutoryHoliday'],
      ['2027-01-02', 'weekend'],
      ['2027-01-03', 'weekend'],
      ['2027-01-09', 'weekend'],
      ['2027-01-10', 'weekend'],
    ]);
    expect(c).toMatchObject({ provisional: true, provisionalYears: [2027], calendarVersions: ['2026@v1'] });
  });

  test('春节 2027: 除夕 Fri 5 Feb to 初三 Mon 8 Feb are passed over as one run', () => {
    // Thu 4 Feb: 5–8 Feb statutory (6–7 are also the weekend); Tue 9, Wed 10, Thu 11 = 1–3.
    const c = cal.addWorkingDays('2027-02-04', 3);
    expect(c.dueDate).toBe('2027-02-11');
    expect(c.skippedDays.map((d) => [d.date, d.kind, d.name])).toEqual(
      range('2027-02-05', '2027-02-08').map((d) => [d, 'statutoryHoliday', '春节']),
    );
    expect(explainPeriodZh(c, ctx)).toContain('跳过休息日4天：法定节假日春节2月5日至8日（4天）；');
  });

  test.each([
    // start, nominal last day (a statutory holiday), due date, skipped rest days, explanation
    ['2027-03-06', '2027-04-05', '2027-04-06', ['2027-04-05'], '法定节假日清明节4月5日'],
    ['2027-04-01', '2027-05-01', '2027-05-03', ['2027-05-01', '2027-05-02'], '法定节假日劳动节5月1日至2日'],
    ['2027-05-10', '2027-06-09', '2027-06-10', ['2027-06-09'], '法定节假日端午节6月9日'],
    ['2027-08-16', '2027-09-15', '2027-09-16', ['2027-09-15'], '法定节假日中秋节9月15日'],
    [
      '2027-09-01',
      '2027-10-01',
      '2027-10-04',
      range('2027-10-01', '2027-10-03'),
      '法定节假日国庆节10月1日至3日',
    ],
  ])(
    '30 days from %s end on %s, a statutory holiday: rolled over to %s',
    (start, nominal, due, skipped, zh) => {
      const c = cal.addCalendarDays(start, 30);
      expect(c.rolledOver).toEqual({ from: nominal, to: due });
      expect(c.skippedDays.map((d) => d.date)).toEqual(skipped);
      expect(c.skippedDays.every((d) => d.kind === 'statutoryHoliday' && d.provisional)).toBe(true);
      expect(explainPeriodZh(c, ctx)).toContain(`原届满日${c.rolledOver?.from.slice(0, 4)}年`);
      expect(explainPeriodZh(c, ctx)).toContain(`为休息日（${zh}）`);
    },
  );

  test('2028: 国庆节、中秋节 are named together in the explanation', () => {
    // Fri 29 Sep 2028: Sat 30 Sep weekend; 1–3 Oct statutory (3 Oct is also 中秋节); Wed 4 Oct = 1.
    const c = cal.addWorkingDays('2028-09-29', 1);
    expect(c.dueDate).toBe('2028-10-04');
    expect(explainPeriodZh(c, ctx)).toContain(
      '跳过休息日4天：法定节假日国庆节、中秋节10月1日至3日（3天），周末1天；',
    );
  });

  test('before 2025 weekends only: the note says how each year was counted', () => {
    // Mon 30 Dec 2024 with nothing loaded: Tue 31 Dec = 1; 1 Jan 2025 (元旦) skipped; Thu 2, Fri 3 = 2–3.
    const c = new LegalCalendar([]).addWorkingDays('2024-12-30', 3);
    expect(c).toMatchObject({ dueDate: '2025-01-03', provisionalYears: [2024, 2025] });
    expect(explainPeriodZh(c, ctx)).toMatch(
      /。2024年官方节假日安排尚未载入，暂按周末计算，载入后将自动重新计算。2025年官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。$/,
    );
  });

  test('property: every start in 2027, n = 1..10 — statutory holidays are never counted', () => {
    // Late-December periods run on into 2028, not loaded either.
    const holidays = new Set([2027, 2028].flatMap((y) => statutoryHolidays(y).map((d) => d.date)));
    const wrong: string[] = [];
    for (let start = '2027-01-01'; start <= '2027-12-31'; start = addDaysIso(start, 1)) {
      for (let n = 1; n <= 10; n++) {
        const c = cal.addWorkingDays(start, n);
        const all = [...c.countedDays, ...dates(c)].sort();
        if (
          c.countedDays.some((d) => holidays.has(d)) ||
          !c.skippedDays.every((d) => holidays.has(d.date) === (d.kind === 'statutoryHoliday')) ||
          all.join() !== range(addDaysIso(start, 1), c.dueDate).join() ||
          c.makeupDaysCounted.length > 0 ||
          !c.provisional ||
          cal.subtractWorkingDays(c.dueDate, n) > start
        ) {
          wrong.push(`${start} + ${n}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('loading the official year replaces the provisional result', () => {
  /** A hypothetical 2027 notice (test data): 元旦 1 Jan; Spring Festival break 6–14 Feb; Sat 20 Feb worked. */
  const notice2027: CalendarYear = {
    year: 2027,
    version: 1,
    source: '测试用假设通知',
    daysOff: [
      { date: '2027-01-01', name: '元旦' },
      ...range('2027-02-06', '2027-02-14').map((date) => ({ date, name: '春节' })),
    ],
    makeupWorkdays: [{ date: '2027-02-20', name: '春节' }],
  };
  const loaded = cal.withYear(notice2027);

  test('day by day: the notice governs, the statutory list is no longer used', () => {
    expect(cal.dayInfo('2027-02-05')).toMatchObject({ kind: 'statutoryHoliday', provisional: true });
    expect(loaded.dayInfo('2027-02-05')).toEqual({
      date: '2027-02-05',
      working: true,
      kind: 'workday',
      provisional: false,
    });
    // 清明 is not in this (partial) notice: once a year is loaded, only the notice counts.
    expect(loaded.dayInfo('2027-04-05').kind).toBe('workday');
    expect(loaded.dayInfo('2027-02-20').kind).toBe('makeupWorkday');
  });

  test('periods move, and lose their provisional mark', () => {
    // Provisional: 5–8 Feb statutory → Tue 9 Feb. Loaded: Fri 5 Feb is a working day.
    expect(cal.addWorkingDays('2027-02-04', 1)).toMatchObject({ dueDate: '2027-02-09', provisional: true });
    expect(loaded.addWorkingDays('2027-02-04', 1)).toMatchObject({
      dueDate: '2027-02-05',
      provisional: false,
      provisionalYears: [],
      calendarVersions: ['2027@v1'],
    });
    // Thu 18 Feb: provisional Fri 19 = 1, Mon 22 = 2; loaded Fri 19 = 1, Sat 20 (make-up) = 2.
    expect(cal.addWorkingDays('2027-02-18', 2).dueDate).toBe('2027-02-22');
    const c = loaded.addWorkingDays('2027-02-18', 2);
    expect(c.dueDate).toBe('2027-02-20');
    expect(c.makeupDaysCounted.map((d) => d.date)).toEqual(['2027-02-20']);
    // Accepted Mon 14 Dec 2026 + 60 days = Fri 12 Feb 2027: a working day provisionally; in the
    // notice's break, so the period rolls over to Mon 15 Feb.
    expect(cal.addCalendarDays('2026-12-14', 60)).toMatchObject({ dueDate: '2027-02-12', provisional: true });
    expect(loaded.addCalendarDays('2026-12-14', 60)).toMatchObject({
      dueDate: '2027-02-15',
      provisional: false,
    });
    const text = explainPeriodZh(loaded.addCalendarDays('2026-12-14', 60), ctx);
    expect(text).toContain('（春节放假2月12日至14日）');
    expect(text).not.toContain('尚未载入');
    expect(text).not.toContain('法定节假日');
  });
});

describe('deadline wording', () => {
  const deadline = (
    c: PeriodComputation,
    status: Deadline['status'],
    explanationZh = explainPeriodZh(c, ctx),
  ) =>
    ({
      key: 'acceptanceReview',
      ruleId: 'test',
      labelZh: ctx.ruleLabelZh,
      article: ctx.article,
      responsible: 'body',
      startEventZh: ctx.startEventZh,
      startDate: c.startDate,
      dueDate: c.dueDate,
      warnOn: c.dueDate,
      computation: c,
      explanationZh,
      status,
    }) satisfies Deadline;

  test('the due date says the last day counts, and when it is a make-up working day', () => {
    expect(dueDateZh(cal.addWorkingDays('2026-02-13', 5))).toBe('届满日：2026年2月27日（当日24时止）');
    // Rolled over from New Year's Day 2026 onto Sun 4 Jan, a make-up working day.
    expect(dueDateZh(cal.addCalendarDays('2025-12-02', 30))).toBe(
      '届满日：2026年1月4日（调休上班日，当日24时止）',
    );
    // A working-day period ending on the make-up Saturday 28 Feb 2026.
    expect(dueDateZh(cal.addWorkingDays('2026-02-27', 1))).toBe(
      '届满日：2026年2月28日（调休上班日，当日24时止）',
    );
  });

  test('notes for unloaded years', () => {
    expect(provisionalNoteZh([2027])).toBe(
      '2027年官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。',
    );
    expect(provisionalNoteZh([2027, 2028])).toBe(
      '2027年、2028年官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。',
    );
    expect(provisionalNoteZh([2100])).toBe(
      '2100年官方节假日安排尚未载入，暂按周末及元旦、劳动节、国庆节计算（农历数据只覆盖到2099年，春节等农历节日未计），载入后将自动重新计算。',
    );
    expect(unloadedYearZh(2027)).toBe(
      '2027年官方节假日安排尚未载入，涉及该年的期限暂按周末及法定节假日计算（未计调休）并标注为暂定，载入后将自动重新计算',
    );
    expect(unloadedYearZh(2003)).toBe(
      '2003年官方节假日安排尚未载入，涉及该年的期限暂按周末计算并标注为暂定，载入后将自动重新计算',
    );
    expect(unloadedYearZh(2100)).toBe(
      '2100年官方节假日安排尚未载入，涉及该年的期限暂按周末及元旦、劳动节、国庆节计算（农历数据只覆盖到2099年，春节等农历节日未计）并标注为暂定，载入后将自动重新计算',
    );
  });

  test('withoutProvisionalNoteZh drops the closing note, in the current and the earlier wording', () => {
    const provisional = explainPeriodZh(cal.addWorkingDays('2026-12-25', 5), ctx);
    const stripped = withoutProvisionalNoteZh(provisional);
    expect(stripped).not.toContain('尚未载入');
    expect(stripped).toMatch(/适用节假日安排：2026年第1版。$/);
    const earlier = `${stripped}2027年官方节假日安排尚未发布，暂按周末计算，发布后将自动重新计算。`;
    expect(withoutProvisionalNoteZh(earlier)).toBe(stripped);
    const twoYears = explainPeriodZh(new LegalCalendar([]).addWorkingDays('2024-12-30', 3), ctx);
    expect(withoutProvisionalNoteZh(twoYears)).toMatch(/（北京时间当日24时止）。$/);
    const firm = explainPeriodZh(cal.addWorkingDays('2026-02-13', 5), ctx);
    expect(withoutProvisionalNoteZh(firm)).toBe(firm);
  });

  test('presentDeadline: an open provisional deadline is marked; a closed one is not', () => {
    const c = cal.addCalendarDays('2026-11-02', 60);
    const open = presentDeadline(deadline(c, 'open'), 'reconsideration');
    expect(open).toMatchObject({
      provisional: true,
      dueDate: '2027-01-04',
      dueZh: '届满日：2027年1月4日（当日24时止）',
    });
    expect(open.explanationZh).toContain('2027年官方节假日安排尚未载入');
    for (const status of ['met', 'cancelled', 'lapsed'] as const) {
      const closed = presentDeadline(deadline(c, status), 'reconsideration');
      expect([status, closed.provisional]).toEqual([status, false]);
      expect(closed.explanationZh).not.toContain('尚未载入');
      expect(closed.explanationZh).toContain('期限届满日为2027年1月4日（北京时间当日24时止）。');
      expect(closed.dueZh).toBe('届满日：2027年1月4日（当日24时止）');
    }
    // A deadline stored with the earlier wording loses it too once closed.
    const stored = `${withoutProvisionalNoteZh(explainPeriodZh(c, ctx))}2027年官方节假日安排尚未发布，暂按周末计算，发布后将自动重新计算。`;
    expect(presentDeadline(deadline(c, 'met', stored), 'reconsideration').explanationZh).not.toContain(
      '尚未发布',
    );
    // A firm deadline reads the same whatever its status.
    const firm = cal.addWorkingDays('2026-02-13', 5);
    expect(presentDeadline(deadline(firm, 'met'), 'reconsideration').explanationZh).toBe(
      explainPeriodZh(firm, ctx),
    );
  });
});
