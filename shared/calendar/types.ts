/** A calendar date in China Standard Time (Asia/Shanghai), 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface NamedDay {
  readonly date: IsoDate;
  /** Chinese name of the holiday the day belongs to, e.g. '春节'. */
  readonly name: string;
}

/** One year of the official calendar (国务院办公厅关于部分节假日安排的通知), as versioned data. */
export interface CalendarYear {
  readonly year: number;
  /** Increases each time an administrator loads or corrects the year. */
  readonly version: number;
  /** Where the data came from, e.g. 'chinese-days@1.5.7' or '国办发明电〔2025〕7号'. */
  readonly source: string;
  /** Official days off (法定节假日及调休放假日), including those falling on weekends. */
  readonly daysOff: readonly NamedDay[];
  /** Official make-up working days (调休上班日), usually a Saturday or Sunday. */
  readonly makeupWorkdays: readonly NamedDay[];
}

/**
 * - workday / weekend: an ordinary Monday–Friday / Saturday–Sunday;
 * - dayOff / makeupWorkday: an official day off / make-up working day of a loaded year;
 * - statutoryHoliday: in a year not loaded, a statutory public holiday of the national holiday
 *   measures (always provisional: the official notice may move or add days).
 */
export type DayKind = 'workday' | 'weekend' | 'dayOff' | 'makeupWorkday' | 'statutoryHoliday';

export interface DayInfo {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly kind: DayKind;
  /** Holiday name for dayOff / makeupWorkday / statutoryHoliday, e.g. '春节'. */
  readonly name?: string;
  /**
   * True when the year is not loaded: from 2025 weekends and the statutory holidays were
   * considered (no make-up working days), before 2025 weekends only.
   */
  readonly provisional: boolean;
  /** An approved extension in the period's unit: the period is `amount + extraAmount` from the start. */
  readonly extraAmount?: number;
  /** The suspensions given, in order, each with whether and how it was applied. */
  readonly pauses?: readonly AppliedPause[];
  /**
   * calendarDays/years with pauses: the nominal last day before any pause moved it (after the
   * extension, before any rollover), so the shift can be checked by hand.
   */
  readonly endBeforePauses?: IsoDate;
}

export type PeriodUnit = 'workingDays' | 'calendarDays' | 'years';

/**
 * A suspension (中止) of a running period: the days up to and including `suspendedOn` count as
 * used; counting restarts on the day after `resumedOn` (the days in between are not counted).
 */
export interface PeriodPause {
  readonly suspendedOn: IsoDate;
  readonly resumedOn: IsoDate;
}

/** What changes a period beyond its rule: suspensions, in order, and an approved extension. */
export interface PeriodAdjustments {
  readonly pauses?: readonly PeriodPause[];
  /** An approved extension (延长), in the period's own unit, added to the period itself. */
  readonly extraAmount?: number;
}

/**
 * A pause as the arithmetic applied it. `used` and `remaining` are in days for a calendar-day or
 * year period and in working days for a working-day period: what was counted up to and including
 * the suspension day (over every stretch so far), and what was left to count after the resume.
 */
export interface AppliedPause extends PeriodPause {
  /** False when the period had already ended on `suspendedOn`: the pause changes nothing. */
  readonly applied: boolean;
  readonly used: number;
  readonly remaining: number;
}

/** How much of a period was counted by a day, and how much remains (e.g. "已计10日，尚余50日"). */
export interface PeriodUsage {
  /** days for calendar-day and year periods; workingDays for working-day periods. */
  readonly countedIn: 'days' | 'workingDays';
  readonly used: number;
  readonly remaining: number;
  /** False when the period had already ended by that day (its due date was earlier). */
  readonly running: boolean;
}

/** How a due date was reached — enough for a citizen to check the arithmetic. */
export interface PeriodComputation {
  readonly unit: PeriodUnit;
  readonly amount: number;
  /** The day of the triggering event; never counted itself (CPL Art. 85). */
  readonly startDate: IsoDate;
  /** Last day of the period: the act is in time until 24:00 Beijing time that day. */
  readonly dueDate: IsoDate;
  /** Working days counted, in order (workingDays only). */
  readonly countedDays: readonly IsoDate[];
  /** Rest days passed over while counting working days, or while rolling a calendar-day period over. */
  readonly skippedDays: readonly DayInfo[];
  /** Make-up working days that counted as working days. */
  readonly makeupDaysCounted: readonly DayInfo[];
  /**
   * calendarDays/years: the nominal last day fell on a rest day and the period moved to the next
   * working day (CPL Art. 85). Also a working-day period whose every day was counted by a
   * suspension day and that resumed on a rest day (see LegalCalendar.computeAdjusted).
   */
  readonly rolledOver?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Versions of the calendar years used, e.g. ['2026@v1']. */
  readonly calendarVersions: readonly string[];
  /** Years the arithmetic touched that are not loaded (counted on weekends and statutory holidays). */
  readonly provisionalYears: readonly number[];
  readonly provisional: boolean;
  /** An approved extension in the period's unit: the period is `amount + extraAmount` from the start. */
  readonly extraAmount?: number;
  /** The suspensions given, in order, each with whether and how it was applied. */
  readonly pauses?: readonly AppliedPause[];
  /**
   * calendarDays/years with pauses: the nominal last day before any pause moved it (after the
   * extension, before any rollover), so the shift can be checked by hand.
   */
  readonly endBeforePauses?: IsoDate;
}
