import { describe, expect, test } from '@jest/globals';
import {
  addDaysIso,
  type CalendarYear,
  daysBetween,
  explainPeriodZh,
  type IsoDate,
  LegalCalendar,
  type PeriodComputation,
  type PeriodPause,
  pausedUsageZh,
  periodUsageAt,
  seedCalendarYears,
  withoutProvisionalNoteZh,
} from '../../shared/calendar/index';

// Suspensions (中止) and extensions (延长) in period arithmetic, as the counting conventions of
// the procedure rules decide them. Weekdays used below (2026 unless said): Mon 5 Jan · Tue 20 Jan ·
// Mon 9 Feb · Tue 10 Feb · Thu 19 Feb · Thu 26 Feb · Sat 28 Feb (make-up) · Sun 1 Mar · Mon 2 Mar ·
// Wed 4 Mar · Fri 6 Mar · Sun 8 Mar · Tue 10 Mar · Fri 13 Mar · Thu 19 Mar · Sat 21 Mar ·
// Sun 22 Mar · Mon 23 Mar · Wed 25 Mar · Sat 4 Apr (清明) · Tue 7 Apr · Fri 10 Apr · Mon 20 Apr ·
// Fri 24 Apr · Thu 24 Sep · Sat 10 Oct (make-up) · Tue 1 Dec · Wed 2 Dec · Tue 8 Dec · Tue 22 Dec ·
// Wed 30 Dec · Thu 31 Dec · Fri 26 Dec 2025 · Thu 8 Jan · Wed 6 Jan 2027 · Fri 8 Jan 2027 ·
// Mon 11 Jan 2027 · Sat 1 Jan 2028 · Mon 3 Jan 2028.
// Official 2026 calendar (rules file): days off Jan 1–3, Feb 15–23, Apr 4–6, May 1–5, Jun 19–21,
// Sep 25–27, Oct 1–7; make-up working days Jan 4, Feb 14, Feb 28, May 9, Sep 20, Oct 10.

const cal = new LegalCalendar(seedCalendarYears());
const ctx = { ruleLabelZh: '行政复议决定期限', article: '《行政复议法》第六十二条', startEventZh: '受理' };
const explain = (c: PeriodComputation) => explainPeriodZh(c, ctx);
const pause = (suspendedOn: IsoDate, resumedOn: IsoDate): PeriodPause => ({ suspendedOn, resumedOn });
const dates = (days: readonly { date: IsoDate }[]) => days.map((d) => d.date);

function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDaysIso(d, 1)) out.push(d);
  return out;
}

/** A hypothetical 2027 notice (test data): 元旦 1–3 Jan off. */
const year2027: CalendarYear = {
  year: 2027,
  version: 1,
  source: '测试用假设数据',
  daysOff: range('2027-01-01', '2027-01-03').map((date) => ({ date, name: '元旦' })),
  makeupWorkdays: [],
};

describe('computeAdjusted without adjustments is compute', () => {
  test('no pauses and no extension: the same result, field for field', () => {
    for (const [unit, start, n] of [
      ['workingDays', '2026-02-13', 5],
      ['calendarDays', '2025-12-02', 30],
      ['years', '2024-02-29', 1],
    ] as const) {
      expect(cal.computeAdjusted(unit, start, n)).toEqual(cal.compute(unit, start, n));
      expect(cal.computeAdjusted(unit, start, n, { pauses: [] })).toEqual(cal.compute(unit, start, n));
    }
  });
});

describe('calendar-day periods with a pause', () => {
  test('the nominal end moves by resume − suspension days', () => {
    // 5 Jan + 60 = Fri 6 Mar. Suspended 1 Feb (6 Jan–1 Feb = 27 days counted), resumed 20 Feb:
    // 33 days remain from 21 Feb → Wed 25 Mar = 6 Mar + 19.
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      pauses: [pause('2026-02-01', '2026-02-20')],
    });
    expect(c).toMatchObject({
      unit: 'calendarDays',
      amount: 60,
      startDate: '2026-01-05',
      dueDate: '2026-03-25',
      endBeforePauses: '2026-03-06',
      calendarVersions: ['2026@v1'],
      provisional: false,
    });
    expect(c.pauses).toEqual([
      { suspendedOn: '2026-02-01', resumedOn: '2026-02-20', applied: true, used: 27, remaining: 33 },
    ]);
    expect(c.rolledOver).toBeUndefined();
    expect(c.extraAmount).toBeUndefined();
    expect(daysBetween('2026-03-06', c.dueDate)).toBe(daysBetween('2026-02-01', '2026-02-20'));
  });

  test('a pause on the start day: nothing counted, the whole period from the day after the resume', () => {
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      pauses: [pause('2026-01-05', '2026-01-09')],
    });
    expect(c.dueDate).toBe('2026-03-10');
    expect(c.pauses?.[0]).toMatchObject({ applied: true, used: 0, remaining: 60 });
  });

  test('a pause resumed the same day changes nothing', () => {
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      pauses: [pause('2026-02-01', '2026-02-01')],
    });
    expect(c.dueDate).toBe('2026-03-06');
    expect(c.pauses?.[0]).toMatchObject({ applied: true, used: 27, remaining: 33 });
  });

  test('the rollover applies once, to the new end: never rolled first and then moved', () => {
    // 20 Jan + 30 = Thu 19 Feb, in the Spring Festival break → Tue 24 Feb without a pause.
    expect(cal.addCalendarDays('2026-01-20', 30).dueDate).toBe('2026-02-24');
    // A 9-day pause moves the nominal end to Sat 28 Feb, a make-up working day: no rollover at all
    // (rolling first and then moving would give 24 Feb + 9 = 5 Mar).
    const c = cal.computeAdjusted('calendarDays', '2026-01-20', 30, {
      pauses: [pause('2026-02-01', '2026-02-10')],
    });
    expect(c.dueDate).toBe('2026-02-28');
    expect(c.rolledOver).toBeUndefined();
    expect(dates(c.makeupDaysCounted)).toEqual(['2026-02-28']);
    expect(explain(c)).toContain('2026年2月28日为调休上班日，属工作日，不顺延');
  });

  test('a pause can move the end into a holiday: it rolls over past the whole break', () => {
    // 10 Jan + 30 = Mon 9 Feb; a 10-day pause → Thu 19 Feb (春节) → Tue 24 Feb.
    const c = cal.computeAdjusted('calendarDays', '2026-01-10', 30, {
      pauses: [pause('2026-01-20', '2026-01-30')],
    });
    expect(c.rolledOver).toEqual({ from: '2026-02-19', to: '2026-02-24' });
    expect(dates(c.skippedDays)).toEqual(range('2026-02-19', '2026-02-23'));
    expect(explain(c)).toContain(
      '原届满日2026年2月19日为休息日（春节放假2月19日至23日），依《民事诉讼法》第八十五条顺延至休息日后的第一个工作日2026年2月24日',
    );
  });

  test('a pause spanning the Spring Festival: the break is inside the pause and plays no part', () => {
    // 2 Feb + 15 = 17 Feb (春节) → 24 Feb without a pause. Suspended Tue 10 Feb (8 days counted),
    // resumed 25 Feb: 7 days from 26 Feb → Wed 4 Mar, a working day.
    expect(cal.addCalendarDays('2026-02-02', 15).dueDate).toBe('2026-02-24');
    const c = cal.computeAdjusted('calendarDays', '2026-02-02', 15, {
      pauses: [pause('2026-02-10', '2026-02-25')],
    });
    expect(c.dueDate).toBe('2026-03-04');
    expect(c.skippedDays).toEqual([]);
    expect(c.pauses?.[0]).toMatchObject({ used: 8, remaining: 7 });
  });

  test('several pauses, in order; one suspended after the adjusted end is not applied', () => {
    // 5 Jan + 60. First pause 1–20 Feb (27 counted, 33 left, end 25 Mar). The second, 20–30 Mar, is
    // after the original end (6 Mar) but before the adjusted one: 28 more counted (55), 5 left →
    // Sat 4 Apr (清明, 4–6 Apr off) → Tue 7 Apr. The third, 8 Apr, comes after that end.
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      pauses: [
        pause('2026-02-01', '2026-02-20'),
        pause('2026-03-20', '2026-03-30'),
        pause('2026-04-08', '2026-04-20'),
      ],
    });
    expect(c.dueDate).toBe('2026-04-07');
    expect(c.rolledOver).toEqual({ from: '2026-04-04', to: '2026-04-07' });
    expect(c.pauses).toEqual([
      { suspendedOn: '2026-02-01', resumedOn: '2026-02-20', applied: true, used: 27, remaining: 33 },
      { suspendedOn: '2026-03-20', resumedOn: '2026-03-30', applied: true, used: 55, remaining: 5 },
      { suspendedOn: '2026-04-08', resumedOn: '2026-04-20', applied: false, used: 60, remaining: 0 },
    ]);
    const text = explain(c);
    expect(text).toContain(
      '其间于2026年2月1日中止审理、于2月20日恢复审理，中止期间2月2日至20日（19日）不计入，中止前已计27日、尚余33日',
    );
    expect(text).toContain(
      '其间于2026年3月20日中止审理、于3月30日恢复审理，中止期间3月21日至30日（10日）不计入，中止前累计已计55日、尚余5日',
    );
    expect(text).toContain('自2026年3月31日起续计余下的5日，期间最后一日为2026年4月4日');
    expect(text).toContain('原届满日2026年4月4日为休息日（清明节放假4月4日至6日）');
    expect(text).toContain(
      '期限届满日为2026年4月7日（北京时间当日24时止）；2026年4月8日中止审理时本期间已经届满，该次中止不影响期限。',
    );
  });

  test('a pause after the end changes nothing', () => {
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      pauses: [pause('2026-03-07', '2026-03-20')],
    });
    expect(c.dueDate).toBe(cal.addCalendarDays('2026-01-05', 60).dueDate);
    expect(c.pauses).toEqual([
      { suspendedOn: '2026-03-07', resumedOn: '2026-03-20', applied: false, used: 60, remaining: 0 },
    ]);
  });

  test('suspended on the rest days of a rollover or on the last day: every day counted, the period ends on the resume day', () => {
    // 6 Mar + 15 = Sat 21 Mar → Mon 23 Mar. The period still runs on Sun 22 and Mon 23 Mar.
    for (const on of ['2026-03-21', '2026-03-22', '2026-03-23']) {
      const c = cal.computeAdjusted('calendarDays', '2026-03-06', 15, { pauses: [pause(on, '2026-04-10')] });
      expect([on, c.dueDate, c.pauses?.[0]?.applied, c.pauses?.[0]?.remaining]).toEqual([
        on,
        '2026-04-10',
        true,
        0,
      ]);
    }
    const text = explain(
      cal.computeAdjusted('calendarDays', '2026-03-06', 15, { pauses: [pause('2026-03-22', '2026-04-10')] }),
    );
    expect(text).toContain(
      '中止前已计15日、尚余0日；中止时期间日数已计满，以恢复审理之日2026年4月10日为期间最后一日',
    );
    // Resumed on a rest day: rolled over from there.
    const rolled = cal.computeAdjusted('calendarDays', '2026-03-06', 15, {
      pauses: [pause('2026-03-22', '2026-04-04')],
    });
    expect(rolled.rolledOver).toEqual({ from: '2026-04-04', to: '2026-04-07' });
    // Tue 24 Mar: the period had ended the day before.
    const late = cal.computeAdjusted('calendarDays', '2026-03-06', 15, {
      pauses: [pause('2026-03-24', '2026-04-10')],
    });
    expect(late.dueDate).toBe('2026-03-23');
    expect(late.pauses?.[0]?.applied).toBe(false);
  });
});

describe('year periods with a pause', () => {
  test('the corresponding day moves by the days paused; the leap-day rule still names the unpaused end', () => {
    // 29 Feb 2024 + 1 year = Fri 28 Feb 2025; 10 days paused (1–11 Mar 2024) → Mon 10 Mar 2025.
    const c = cal.computeAdjusted('years', '2024-02-29', 1, { pauses: [pause('2024-03-01', '2024-03-11')] });
    expect(c).toMatchObject({ unit: 'years', dueDate: '2025-03-10', endBeforePauses: '2025-02-28' });
    expect(c.pauses?.[0]).toMatchObject({ applied: true, used: 1, remaining: 364 });
    expect(c.calendarVersions).toEqual(['2025@v1']);
    const text = explain(c);
    expect(text).toContain(
      '期间为1年，到期年的对应日2025年2月28日为期间最后一日（2025年无2月29日，以该月末日为期间最后一日）',
    );
    expect(text).toContain(
      '中止前已计1日、尚余364日；自2024年3月12日起续计余下的364日，期间最后一日为2025年3月10日',
    );
    expect(periodUsageAt(c, '2024-03-21')).toMatchObject({ countedIn: 'days', used: 11, remaining: 354 });
  });
});

describe('working-day periods with a pause', () => {
  test('the working days used are kept; the rest are counted from the day after the resume', () => {
    // Tue 10 Feb, 5 WD → 24 Feb without a pause (11, 12, 13, 14 (make-up), 24). Suspended Thu 12
    // Feb (11, 12 counted), resumed Mon 2 Mar: 3, 4, 5 Mar. The break and both make-up Saturdays
    // lie inside the pause: neither skipped nor counted.
    expect(cal.addWorkingDays('2026-02-10', 5).dueDate).toBe('2026-02-24');
    const c = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      pauses: [pause('2026-02-12', '2026-03-02')],
    });
    expect(c.dueDate).toBe('2026-03-05');
    expect(c.countedDays).toEqual(['2026-02-11', '2026-02-12', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(c.skippedDays).toEqual([]);
    expect(c.makeupDaysCounted).toEqual([]);
    expect(c.pauses).toEqual([
      { suspendedOn: '2026-02-12', resumedOn: '2026-03-02', applied: true, used: 2, remaining: 3 },
    ]);
    expect(c.endBeforePauses).toBeUndefined();
    const text = explain(c);
    expect(text).toContain('计5个工作日：2月11日、2月12日、3月3日、3月4日、3月5日');
    expect(text).toContain(
      '其间于2026年2月12日中止审理、于3月2日恢复审理，中止期间2月13日至3月2日（18日）不计入，中止前已计2个工作日、尚余3个工作日',
    );
    expect(text).not.toContain('跳过休息日');
    expect(text).toContain('期限届满日为2026年3月5日（北京时间当日24时止）');
  });

  test('a pause on the start day', () => {
    // Resumed Thu 12 Feb: 13, 14 (make-up), 24, 25, 26 Feb.
    const c = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      pauses: [pause('2026-02-10', '2026-02-12')],
    });
    expect(c.dueDate).toBe('2026-02-26');
    expect(c.countedDays).toEqual(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26']);
    expect(dates(c.skippedDays)).toEqual(range('2026-02-15', '2026-02-23'));
    expect(dates(c.makeupDaysCounted)).toEqual(['2026-02-14']);
    expect(c.pauses?.[0]).toMatchObject({ used: 0, remaining: 5 });
    expect(c.dueDate).toBe(cal.addWorkingDays('2026-02-12', 5).dueDate);
  });

  test('around National Day: resumed on 30 Sep, the make-up Saturday 10 Oct counts', () => {
    // Thu 24 Sep, 5 WD: 25–27 Sep off; 28, 29 counted by the suspension on 29 Sep; resumed 30 Sep;
    // 1–7 Oct off; 8, 9, 10 (make-up) Oct.
    const c = cal.computeAdjusted('workingDays', '2026-09-24', 5, {
      pauses: [pause('2026-09-29', '2026-09-30')],
    });
    expect(c.dueDate).toBe('2026-10-10');
    expect(c.countedDays).toEqual(['2026-09-28', '2026-09-29', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(dates(c.skippedDays)).toEqual([
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ]);
    expect(dates(c.makeupDaysCounted)).toEqual(['2026-10-10']);
    const text = explain(c);
    expect(text).toContain('跳过休息日10天：中秋节放假9月25日至27日（3天），国庆节放假10月1日至7日（7天）');
    expect(text).toContain('10月10日（国庆节调休）为调休上班日，计入');
  });

  test('several pauses: the weekend inside a pause is not skipped, it is paused', () => {
    // Mon 2 Mar, 10 WD. Suspended 4 Mar (3, 4 counted), resumed Sun 8 Mar; suspended 10 Mar (9, 10
    // counted), resumed 11 Mar; then 12, 13, 16, 17, 18, 19 Mar (14–15 Mar skipped).
    const c = cal.computeAdjusted('workingDays', '2026-03-02', 10, {
      pauses: [pause('2026-03-04', '2026-03-08'), pause('2026-03-10', '2026-03-11')],
    });
    expect(c.dueDate).toBe('2026-03-19');
    expect(c.countedDays).toEqual([
      '2026-03-03',
      '2026-03-04',
      '2026-03-09',
      '2026-03-10',
      '2026-03-12',
      '2026-03-13',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
    ]);
    expect(dates(c.skippedDays)).toEqual(['2026-03-14', '2026-03-15']);
    expect(c.pauses?.map((p) => [p.applied, p.used, p.remaining])).toEqual([
      [true, 2, 8],
      [true, 4, 6],
    ]);
    expect(explain(c)).toContain('中止前累计已计4个工作日、尚余6个工作日');
  });

  test('a pause after the end changes nothing', () => {
    const c = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      pauses: [pause('2026-02-25', '2026-03-02')],
    });
    expect(c.dueDate).toBe('2026-02-24');
    expect(c.countedDays).toEqual(cal.addWorkingDays('2026-02-10', 5).countedDays);
    expect(c.pauses?.[0]).toMatchObject({ applied: false, used: 5, remaining: 0 });
  });

  test('suspended on the last day: ends on the resume day, rolled over when that is a rest day', () => {
    const c = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      pauses: [pause('2026-02-24', '2026-02-26')],
    });
    expect(c.dueDate).toBe('2026-02-26');
    expect(c.rolledOver).toBeUndefined();
    expect(c.pauses?.[0]).toMatchObject({ applied: true, used: 5, remaining: 0 });
    expect(explain(c)).toContain('中止时工作日已计满，以恢复审理之日2026年2月26日为期间最后一日');
    // Resumed Sun 1 Mar → Mon 2 Mar.
    const r = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      pauses: [pause('2026-02-24', '2026-03-01')],
    });
    expect(r.dueDate).toBe('2026-03-02');
    expect(r.rolledOver).toEqual({ from: '2026-03-01', to: '2026-03-02' });
    const text = explain(r);
    expect(text).toContain('跳过休息日9天：春节放假2月15日至23日（9天）');
    expect(text).toContain(
      '2026年3月1日为休息日（周末3月1日），依《民事诉讼法》第八十五条顺延至休息日后的第一个工作日2026年3月2日',
    );
    // A second pause while the resumed period still runs (Mon 2 Mar) applies; one after does not.
    const again = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      pauses: [pause('2026-02-24', '2026-03-01'), pause('2026-03-02', '2026-03-05')],
    });
    expect(again.dueDate).toBe('2026-03-05');
    expect(again.pauses?.[1]).toMatchObject({ applied: true, used: 5, remaining: 0 });
    const after = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      pauses: [pause('2026-02-24', '2026-03-01'), pause('2026-03-03', '2026-03-05')],
    });
    expect(after.dueDate).toBe('2026-03-02');
    expect(after.pauses?.[1]?.applied).toBe(false);
  });
});

describe('extension: added to the period itself, rolled over once', () => {
  test('60 + 30 calendar days is 90 days from the start, not 30 from a rolled-over end', () => {
    // 20 Jan + 60 = Sat 21 Mar → Mon 23 Mar; + 30 from there would be 22 Apr. 20 Jan + 90 = Mon 20 Apr.
    expect(cal.addCalendarDays('2026-01-20', 60).dueDate).toBe('2026-03-23');
    const c = cal.computeAdjusted('calendarDays', '2026-01-20', 60, { extraAmount: 30 });
    expect(c).toMatchObject({ amount: 60, extraAmount: 30, dueDate: '2026-04-20' });
    expect(c.pauses).toBeUndefined();
    expect(c.dueDate).toBe(cal.addCalendarDays('2026-01-20', 90).dueDate);
    expect(explain(c)).toContain('期间为60日，经批准延长30日，共90日，期间最后一日为2026年4月20日');
  });

  test('the extended end on a holiday rolls over once', () => {
    // 5 Jan + 90 = Sun 5 Apr (清明 4–6 Apr) → Tue 7 Apr.
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, { extraAmount: 30 });
    expect(c.rolledOver).toEqual({ from: '2026-04-05', to: '2026-04-07' });
  });

  test('working days and years', () => {
    const wd = cal.computeAdjusted('workingDays', '2026-02-13', 5, { extraAmount: 5 });
    expect({ ...wd, amount: 10, extraAmount: undefined }).toEqual({
      ...cal.addWorkingDays('2026-02-13', 10),
      extraAmount: undefined,
    });
    expect(wd).toMatchObject({ amount: 5, extraAmount: 5 });
    expect(explain(wd)).toContain('计5个工作日，经批准延长5个工作日，共10个工作日：');
    // 29 Feb 2024 + 1 + 1 years = 28 Feb 2026 (a make-up Saturday: no rollover).
    const y = cal.computeAdjusted('years', '2024-02-29', 1, { extraAmount: 1 });
    expect(y.dueDate).toBe('2026-02-28');
    expect(explain(y)).toContain(
      '期间为1年，经批准延长1年，共2年，到期年的对应日2026年2月28日为期间最后一日（2026年无2月29日，以该月末日为期间最后一日）',
    );
  });

  test('extension and pause together', () => {
    // 5 Jan + 90 = 5 Apr; suspended 1 Feb (27 counted), resumed 20 Feb: 63 days from 21 Feb → Fri 24 Apr.
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      extraAmount: 30,
      pauses: [pause('2026-02-01', '2026-02-20')],
    });
    expect(c).toMatchObject({ dueDate: '2026-04-24', endBeforePauses: '2026-04-05', extraAmount: 30 });
    expect(c.pauses?.[0]).toMatchObject({ used: 27, remaining: 63 });
    // A pause after the unextended end but before the extended one applies.
    const late = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      extraAmount: 30,
      pauses: [pause('2026-03-20', '2026-03-30')],
    });
    expect(late.pauses?.[0]).toMatchObject({ applied: true, used: 74, remaining: 16 });
    expect(late.dueDate).toBe('2026-04-15');
    // Working days: Tue 10 Feb, 5 + 2 WD, suspended 12 Feb (2), resumed 2 Mar: 3, 4, 5, 6, 9 Mar.
    const wd = cal.computeAdjusted('workingDays', '2026-02-10', 5, {
      extraAmount: 2,
      pauses: [pause('2026-02-12', '2026-03-02')],
    });
    expect(wd.dueDate).toBe('2026-03-09');
    expect(wd.pauses?.[0]).toMatchObject({ used: 2, remaining: 5 });
  });
});

describe('years not loaded and calendar versions, with pauses', () => {
  test('counting resumed in 2027 makes the result provisional; loading 2027 makes it firm', () => {
    // Tue 22 Dec 2026, 5 WD → Tue 29 Dec. Suspended Thu 24 Dec (23, 24 counted), resumed Wed 6 Jan
    // 2027: Thu 7, Fri 8, Mon 11 Jan. 元旦 2027 lies inside the pause.
    expect(cal.addWorkingDays('2026-12-22', 5).dueDate).toBe('2026-12-29');
    const adjust = { pauses: [pause('2026-12-24', '2027-01-06')] };
    const c = cal.computeAdjusted('workingDays', '2026-12-22', 5, adjust);
    expect(c).toMatchObject({
      dueDate: '2027-01-11',
      provisional: true,
      provisionalYears: [2027],
      calendarVersions: ['2026@v1'],
    });
    expect(dates(c.skippedDays)).toEqual(['2027-01-09', '2027-01-10']);
    expect(explain(c)).toMatch(
      /。2027年官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。$/,
    );
    expect(withoutProvisionalNoteZh(explain(c))).toMatch(/适用节假日安排：2026年第1版。$/);
    const loaded = cal.withYear(year2027).computeAdjusted('workingDays', '2026-12-22', 5, adjust);
    expect(loaded).toMatchObject({
      dueDate: '2027-01-11',
      provisional: false,
      provisionalYears: [],
      calendarVersions: ['2026@v1', '2027@v1'],
    });
  });

  test('a year lying wholly inside a pause is not consulted', () => {
    // Wed 30 Dec 2026, 3 WD: 31 Dec counted, then suspended until Sun 2 Jan 2028: Mon 3, Tue 4 Jan 2028.
    const c = cal.computeAdjusted('workingDays', '2026-12-30', 3, {
      pauses: [pause('2026-12-31', '2028-01-02')],
    });
    expect(c).toMatchObject({
      dueDate: '2028-01-04',
      provisionalYears: [2028],
      calendarVersions: ['2026@v1'],
    });
  });

  test('a pause after the end does not make a firm period provisional', () => {
    // Tue 1 Dec 2026, 5 WD → Tue 8 Dec; suspended 10 Dec until 2027.
    const c = cal.computeAdjusted('workingDays', '2026-12-01', 5, {
      pauses: [pause('2026-12-10', '2027-01-05')],
    });
    expect(c).toMatchObject({ dueDate: '2026-12-08', provisional: false, calendarVersions: ['2026@v1'] });
    // Calendar days: 1 Dec + 30 = Thu 31 Dec, a working day; suspended Sat 2 Jan 2027 — after the end.
    const cd = cal.computeAdjusted('calendarDays', '2026-12-01', 30, {
      pauses: [pause('2027-01-02', '2027-01-05')],
    });
    expect(cd).toMatchObject({ dueDate: '2026-12-31', provisional: false, calendarVersions: ['2026@v1'] });
    expect(cd.pauses?.[0]?.applied).toBe(false);
  });

  test('whether a pause on rollover days applies rests on the provisional year, and says so', () => {
    // Wed 2 Dec 2026 + 30 = Fri 1 Jan 2027 (元旦, statutory) → Mon 4 Jan 2027 (provisional). Suspended
    // Sun 3 Jan: the period still ran (1–3 Jan rest days), nothing left → resume day Fri 8 Jan.
    const c = cal.computeAdjusted('calendarDays', '2026-12-02', 30, {
      pauses: [pause('2027-01-03', '2027-01-08')],
    });
    expect(c).toMatchObject({ dueDate: '2027-01-08', provisional: true, provisionalYears: [2027] });
    expect(c.pauses?.[0]).toMatchObject({ applied: true, used: 30, remaining: 0 });
  });

  test('across New Year 2026: both official years are named; the make-up Sunday inside the pause is not counted', () => {
    // Fri 26 Dec 2025, 5 WD → Mon 5 Jan 2026. Suspended Mon 29 Dec (1 counted), resumed Sun 4 Jan
    // 2026: 5, 6, 7, 8 Jan.
    const c = cal.computeAdjusted('workingDays', '2025-12-26', 5, {
      pauses: [pause('2025-12-29', '2026-01-04')],
    });
    expect(c.dueDate).toBe('2026-01-08');
    expect(c.calendarVersions).toEqual(['2025@v1', '2026@v1']);
    expect(c.makeupDaysCounted).toEqual([]);
    expect(explain(c)).toContain('于2026年1月4日恢复审理，中止期间12月30日至2026年1月4日（6日）不计入');
  });

  test('calendar days: the nominal end moved into 2027', () => {
    // 2 Nov 2026 + 60 = Fri 1 Jan 2027. A 10-day pause → Mon 11 Jan 2027, a working day.
    const c = cal.computeAdjusted('calendarDays', '2026-11-02', 60, {
      pauses: [pause('2026-11-10', '2026-11-20')],
    });
    expect(c).toMatchObject({
      dueDate: '2027-01-11',
      endBeforePauses: '2027-01-01',
      provisionalYears: [2027],
      calendarVersions: [],
    });
  });
});

describe('invalid pauses and extensions', () => {
  test('are refused', () => {
    const bad = (pauses: PeriodPause[], extraAmount?: number) => () =>
      cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
        pauses,
        ...(extraAmount ? { extraAmount } : {}),
      });
    expect(bad([pause('2026-01-04', '2026-01-10')])).toThrow(/before the start/);
    expect(bad([pause('2026-02-10', '2026-02-01')])).toThrow(/before its suspension/);
    expect(bad([pause('2026-02-01', '2026-02-10'), pause('2026-02-05', '2026-02-20')])).toThrow(
      /before the previous resumption/,
    );
    expect(bad([pause('2026-02-30', '2026-03-10')])).toThrow(RangeError);
    expect(bad([], 1.5)).toThrow(RangeError);
    expect(() => cal.computeAdjusted('calendarDays', '2026-01-05', 60, { extraAmount: 0 })).toThrow(
      RangeError,
    );
    expect(() => cal.computeAdjusted('calendarDays', '2026-01-05', 0)).toThrow(RangeError);
    // A pause suspended on the day the previous one resumed is allowed.
    expect(
      cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
        pauses: [pause('2026-02-01', '2026-02-10'), pause('2026-02-10', '2026-02-20')],
      }).dueDate,
    ).toBe('2026-03-25');
  });
});

describe('periodUsageAt: how much was counted by a suspension day', () => {
  test('calendar days and working days, with and without earlier pauses', () => {
    const cd = cal.addCalendarDays('2026-01-05', 60);
    expect(periodUsageAt(cd, '2026-02-01')).toEqual({
      countedIn: 'days',
      used: 27,
      remaining: 33,
      running: true,
    });
    expect(periodUsageAt(cd, '2026-01-05')).toEqual({
      countedIn: 'days',
      used: 0,
      remaining: 60,
      running: true,
    });
    expect(periodUsageAt(cd, '2026-03-06')).toEqual({
      countedIn: 'days',
      used: 60,
      remaining: 0,
      running: true,
    });
    expect(periodUsageAt(cd, '2026-03-07')).toEqual({
      countedIn: 'days',
      used: 60,
      remaining: 0,
      running: false,
    });
    const paused = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      pauses: [pause('2026-02-01', '2026-02-20')],
    });
    expect(periodUsageAt(paused, '2026-03-01')).toMatchObject({ used: 36, remaining: 24 });
    expect(() => periodUsageAt(paused, '2026-02-19')).toThrow(/last resumption/);
    expect(() => periodUsageAt(cd, '2026-01-04')).toThrow(/start/);
    const wd = cal.addWorkingDays('2026-02-10', 5);
    expect(periodUsageAt(wd, '2026-02-18')).toEqual({
      countedIn: 'workingDays',
      used: 4,
      remaining: 1,
      running: true,
    });
    expect(periodUsageAt(wd, '2026-02-25')).toMatchObject({ used: 5, remaining: 0, running: false });
    const extended = cal.computeAdjusted('workingDays', '2026-02-10', 5, { extraAmount: 2 });
    expect(periodUsageAt(extended, '2026-02-24')).toMatchObject({ used: 5, remaining: 2 });
  });

  test('property: the usage a computation reports is what a pause from that day would apply', () => {
    for (let start = '2026-01-02'; start <= '2026-12-20'; start = addDaysIso(start, 9)) {
      for (const [unit, n] of [
        ['calendarDays', 15],
        ['calendarDays', 60],
        ['workingDays', 5],
        ['workingDays', 10],
      ] as const) {
        for (const first of [undefined, pause(addDaysIso(start, 2), addDaysIso(start, 6))]) {
          const earlier = first ? [first] : [];
          const c = cal.computeAdjusted(unit, start, n, { pauses: earlier });
          const from = first?.resumedOn ?? start;
          for (let k = 0; k <= 30; k += 3) {
            const on = addDaysIso(from, k);
            const usage = periodUsageAt(c, on);
            const withPause = cal.computeAdjusted(unit, start, n, {
              pauses: [...earlier, pause(on, addDaysIso(on, 4))],
            });
            const applied = withPause.pauses?.at(-1);
            expect([start, unit, n, on, usage.used, usage.remaining, usage.running]).toEqual([
              start,
              unit,
              n,
              on,
              applied?.used,
              applied?.remaining,
              applied?.applied,
            ]);
            expect(usage.used + usage.remaining).toBe(n);
          }
        }
      }
    }
  });

  test('property: a calendar-day pause moves the period by its length; a working-day pause splits the count', () => {
    for (let start = '2026-01-01'; start <= '2026-12-15'; start = addDaysIso(start, 5)) {
      for (const [k, len] of [
        [0, 3],
        [4, 10],
        [9, 1],
      ] as const) {
        const p = pause(addDaysIso(start, k), addDaysIso(start, k + len));
        const cd = cal.computeAdjusted('calendarDays', start, 30, { pauses: [p] });
        expect([start, cd.dueDate]).toEqual([start, cal.addCalendarDays(start, 30 + len).dueDate]);
        const wd = cal.computeAdjusted('workingDays', start, 10, { pauses: [p] });
        const used = wd.pauses?.[0]?.used ?? 0;
        if (used === 10) continue;
        const after = cal.addWorkingDays(p.resumedOn, 10 - used);
        expect([start, wd.dueDate]).toEqual([start, after.dueDate]);
        expect(wd.countedDays).toEqual([
          ...(used > 0 ? cal.addWorkingDays(start, used).countedDays : []),
          ...after.countedDays,
        ]);
        // Every counted or skipped day lies outside the pause.
        for (const d of [...wd.countedDays, ...dates(wd.skippedDays)])
          expect(d <= p.suspendedOn || d > p.resumedOn).toBe(true);
      }
    }
  });
});

describe('wording', () => {
  test('a deadline paused now: the due date holds only if counting resumes', () => {
    const c = cal.addCalendarDays('2026-01-05', 60);
    const text = explainPeriodZh(c, ctx, { suspendedOn: '2026-02-01', ...periodUsageAt(c, '2026-02-01') });
    expect(text).toContain(
      '如不中止，期限届满日为2026年3月6日（北京时间当日24时止）；现自2026年2月1日起中止审理，期限暂停计算，已计27日、尚余33日，恢复审理后自恢复之日的次日起续计，届满日届时重新计算。',
    );
    const over = explainPeriodZh(c, ctx, { suspendedOn: '2026-03-10', ...periodUsageAt(c, '2026-03-10') });
    expect(over).toContain(
      '期限届满日为2026年3月6日（北京时间当日24时止）；2026年3月10日中止审理时本期限已经届满。',
    );
  });

  test('pausedUsageZh', () => {
    expect(
      pausedUsageZh({ suspendedOn: '2026-02-01', countedIn: 'days', used: 27, remaining: 33, running: true }),
    ).toBe('自2026年2月1日起中止计时，已计27日，尚余33日');
    expect(
      pausedUsageZh({
        suspendedOn: '2026-02-12',
        countedIn: 'workingDays',
        used: 2,
        remaining: 3,
        running: true,
      }),
    ).toBe('自2026年2月12日起中止计时，已计2个工作日，尚余3个工作日');
  });

  test('a pause resumed the same day is named and said to change nothing', () => {
    const c = cal.computeAdjusted('calendarDays', '2026-01-05', 60, {
      pauses: [pause('2026-02-01', '2026-02-01')],
    });
    const text = explain(c);
    expect(text).toContain('其间于2026年2月1日中止审理、当日恢复审理，期间不受影响');
    expect(text).toContain('期间为60日，期间最后一日为2026年3月6日；');
    expect(text).not.toContain('续计');
  });
});
