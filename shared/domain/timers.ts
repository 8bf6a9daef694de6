/**
 * Timers are task timeouts (ARCHITECTURE §4): the timer is the next instant the clock must act,
 * so a day on which nothing is due costs no transition. The only cap is what both engines
 * handle: aws-local-stepfunctions arms every timer with Node's setTimeout, which fires any delay
 * above 2^31-1 ms (about 24.8 days) after 1 ms instead — a longer wait would wake the case
 * immediately and loop. 20 days stays well below that; AWS itself allows up to a year.
 * A wait longer than the cap simply wakes once, re-plans, and waits again.
 */
export const TIMER_CAP_DAYS = 20;
export const TIMER_CAP_SECONDS = TIMER_CAP_DAYS * 24 * 60 * 60;

/** Seconds until `next` as a task timeout: at least 1 (the Step Functions minimum), at most the cap. */
export function timerSeconds(now: Date, next: Date | undefined): number {
  if (!next) return TIMER_CAP_SECONDS;
  const seconds = Math.ceil((next.getTime() - now.getTime()) / 1000);
  return Math.min(TIMER_CAP_SECONDS, Math.max(1, seconds));
}
