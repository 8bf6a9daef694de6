import { describe, expect, test } from '@jest/globals';
import {
  addDaysIso,
  type CalendarYear,
  calendarYearSchema,
  compareIso,
  daysBetween,
  endOfShanghaiDay,
  explainPeriodZh,
  type IsoDate,
  isIsoDate,
  LegalCalendar,
  type PeriodComputation,
  SEED_SOURCE,
  seedCalendarYears,
  shanghaiDate,
  startOfShanghaiDay,
  weekday,
} from '../../shared/calendar/index';

// Weekdays used in the hand computations below (checked in the `weekday` test):
// 2025-01-01 Wed · 2025-12-26 Fri · 2026-01-01 Thu · 2026-02-13 Fri · 2026-02-14 Sat ·
// 2026-02-28 Sat · 2026-05-01 Fri · 2026-05-09 Sat · 2026-09-20 Sun · 2026-10-01 Thu ·
// 2026-10-10 Sat · 2026-12-25 Fri · 2027-01-01 Fri.

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

  test('an unloaded year knows weekends only, and says so', () => {
    expect(cal.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      working: true,
      kind: 'workday',
      provisional: true,
    });
    expect(cal.dayInfo('2027-01-02')).toEqual({
      date: '2027-01-02',
      working: false,
      kind: 'weekend',
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
  test('a period running into 2027 is provisional and counts weekends only', () => {
    // Fri Dec 25 2026: Dec 26–27 weekend; Dec 28–31 = 1–4; Fri Jan 1 2027 = 5 (2027 not loaded,
    // so New Year's Day is not known to be a day off yet).
    const c = cal.addWorkingDays('2026-12-25', 5);
    expect(c.dueDate).toBe('2027-01-01');
    expect(c.provisional).toBe(true);
    expect(c.provisionalYears).toEqual([2027]);
    expect(c.calendarVersions).toEqual(['2026@v1']);
    expect(c.skippedDays.map((d) => [d.date, d.kind])).toEqual([
      ['2026-12-26', 'weekend'],
      ['2026-12-27', 'weekend'],
    ]);
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
      '原届满日2026年1月1日为休息日（元旦放假1月1日至3日），依《民事诉讼法》第八十五条顺延至休息日后的第一个工作日2026年1月4日',
    );
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
    expect(text).toContain('12月31日、2027年1月1日');
    expect(text).toContain('期限届满日为2027年1月1日');
    expect(text).toContain('2027年官方节假日安排尚未发布，暂按周末计算，发布后将自动重新计算');
    const loaded = explain(cal.withYear(year2027).addWorkingDays('2026-12-25', 5));
    expect(loaded).not.toContain('尚未发布');
    expect(loaded).toContain('元旦放假2027年1月1日至3日（3天）');
    expect(loaded).toContain('适用节假日安排：2026年第1版、2027年第1版');
  });
});
