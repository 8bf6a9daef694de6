/** A time limit, counted as the law counts it. */
export type PeriodUnit = 'workingDays' | 'calendarDays' | 'years';

export interface TimeLimitRule {
  /** Stable id, quoted in events, deadlines and explanations. */
  readonly id: string;
  readonly labelZh: string;
  readonly amount: number;
  readonly unit: PeriodUnit;
  /** Article the row rests on, e.g. '《行政复议法》第三十条'. */
  readonly article: string;
  /** statutory: fixed by law; policy: a choice of this system (e.g. when to warn). */
  readonly kind: 'statutory' | 'policy';
}

export interface ThresholdRule {
  readonly id: string;
  readonly labelZh: string;
  readonly amount: number;
  readonly unitZh: string;
  readonly article: string;
}
