/**
 * Timers are task timeouts capped at one day (ARCHITECTURE §4): long deadlines never overflow
 * a local timer, and every open case is re-examined at least daily, so a lost resume heals.
 */
export const TIMER_CAP_SECONDS = 24 * 60 * 60;

/** Seconds until `next` as a task timeout: at least 1 (the Step Functions minimum), at most the cap. */
export function timerSeconds(now: Date, next: Date | undefined): number {
  if (!next) return TIMER_CAP_SECONDS;
  const seconds = Math.ceil((next.getTime() - now.getTime()) / 1000);
  return Math.min(TIMER_CAP_SECONDS, Math.max(1, seconds));
}
