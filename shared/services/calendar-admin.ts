import { randomUUID } from 'node:crypto';
import { shanghaiDate, startOfShanghaiDay } from '../calendar/time';
import type { CalendarYear } from '../calendar/types';
import { adminAudience } from '../domain/audiences';
import { calendarLoadEvents } from '../domain/deadlines';
import { procedureOf } from '../domain/registry';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import type { CalendarJob, CalendarWait } from '../store/case-store';
import { openShards } from '../store/table-schema';
import { currentCalendar, forgetCalendar } from './calendar';
import { appendDecided } from './cases';

/** The year in force: an administrator's latest load, else the seeded data, else nothing. */
export async function calendarYearInForce(rt: Runtime, year: number): Promise<CalendarYear | undefined> {
  const calendar = await currentCalendar(rt.store);
  return calendar.year(year);
}

/** The job message a queue carries to the background function. */
export interface CalendarJobMessage {
  readonly kind: 'calendarRecompute';
  readonly jobId: string;
}

/** Affected case ids kept on the job for people to look at; every change is also on its case. */
const keptAffectedIds = 500;

/**
 * Stores a loaded or corrected year and queues the recompute of every open deadline it can
 * touch. The recompute runs in the background (never inside the API request): paged through the
 * open cases, idempotent and resumable.
 */
export async function loadCalendarYear(
  rt: Runtime,
  year: CalendarYear,
  storedVersion: number | undefined,
): Promise<CalendarJob> {
  await rt.store.putCalendarYear(year, storedVersion);
  forgetCalendar();
  const at = new Date().toISOString();
  const job: CalendarJob = {
    jobId: randomUUID(),
    year: year.year,
    calendarVersion: year.version,
    status: 'queued',
    shard: 0,
    checked: 0,
    affected: 0,
    affectedCaseIds: [],
    createdAt: at,
    updatedAt: at,
  };
  await rt.store.putCalendarJob(job);
  await rt.jobs.enqueue({ kind: 'calendarRecompute', jobId: job.jobId } satisfies CalendarJobMessage);
  logger.info('calendar year loaded; recompute queued', {
    year: year.year,
    version: year.version,
    jobId: job.jobId,
  });
  return job;
}

/** Recomputes one case's open deadlines on the calendar in force; true when a date changed. */
async function recomputeCase(rt: Runtime, caseId: string, job: CalendarJob): Promise<boolean> {
  const calendar = await currentCalendar(rt.store);
  let changedHere = false;
  await appendDecided(rt, caseId, (s) => {
    const loaded = { year: job.year, version: job.calendarVersion };
    const events = calendarLoadEvents(
      procedureOf(s.procedure),
      s,
      calendar,
      loaded,
      rt.clock.now().toISOString(),
    );
    changedHere = events.length > 0;
    return events;
  });
  return changedHere;
}

/**
 * Runs a calendar job for up to `maxPages` pages of open cases, saving where it is after each
 * page, then queues its own continuation. Running a page twice changes nothing twice: a case
 * already on the new dates yields no event. Notices and workflow wakes follow from the
 * `deadlinesRecomputed` events (effects derived from the log).
 */
export async function runCalendarJob(
  rt: Runtime,
  jobId: string,
  options: { pageSize?: number; maxPages?: number } = {},
): Promise<CalendarJob | undefined> {
  const pageSize = options.pageSize ?? 100;
  let job = await rt.store.getCalendarJob(jobId);
  if (!job || job.status === 'done') return job;
  forgetCalendar();
  for (let pages = 0; pages < (options.maxPages ?? 20); pages++) {
    if (job.shard >= openShards) break;
    const start = job.page ? (JSON.parse(job.page) as Record<string, unknown>) : undefined;
    const page = await rt.store.openCases(job.shard, pageSize, start);
    const affectedHere: string[] = [];
    for (const caseId of page.items) if (await recomputeCase(rt, caseId, job)) affectedHere.push(caseId);
    job = {
      ...job,
      status: 'running',
      shard: page.next ? job.shard : job.shard + 1,
      page: page.next ? JSON.stringify(page.next) : undefined,
      checked: job.checked + page.items.length,
      affected: job.affected + affectedHere.length,
      affectedCaseIds: [...job.affectedCaseIds, ...affectedHere].slice(0, keptAffectedIds),
      // Operational time (not the legal clock): the reconciler resumes a job idle for too long.
      updatedAt: new Date().toISOString(),
    };
    await rt.store.putCalendarJob(job);
  }
  if (job.shard >= openShards) {
    job = { ...job, status: 'done', finishedAt: new Date().toISOString() };
    await rt.store.putCalendarJob(job);
    logger.info('calendar recompute done', {
      jobId,
      year: job.year,
      checked: job.checked,
      affected: job.affected,
    });
  } else {
    await rt.jobs.enqueue({ kind: 'calendarRecompute', jobId } satisfies CalendarJobMessage);
  }
  return job;
}

/** Queues again every job that stopped moving (a lost message, a restart): the job resumes where it is. */
export async function resumeIdleCalendarJobs(rt: Runtime, idleForMs: number): Promise<string[]> {
  const resumed: string[] = [];
  for (const job of await rt.store.unfinishedCalendarJobs()) {
    if (Date.now() - Date.parse(job.updatedAt) < idleForMs) continue;
    await rt.jobs.enqueue({ kind: 'calendarRecompute', jobId: job.jobId } satisfies CalendarJobMessage);
    resumed.push(job.jobId);
  }
  return resumed;
}

/**
 * The daily reminder to administrators while deadlines wait for an official calendar (counting
 * conventions: no lapse is applied on a provisional date). Run by the reconciler; one reminder
 * per year and day whatever how often it runs. Waits of a year now loaded are cleared: that
 * load's recompute gave those cases their final dates, and the clock acts on them.
 */
export async function remindAwaitedCalendars(rt: Runtime): Promise<{ remindedYears: number[] }> {
  const waits = await rt.store.calendarWaits();
  if (!waits.length) return { remindedYears: [] };
  const calendar = await currentCalendar(rt.store);
  const today = shanghaiDate(rt.clock.now());
  const byYear = new Map<number, CalendarWait[]>();
  for (const w of waits) byYear.set(w.year, [...(byYear.get(w.year) ?? []), w]);
  const remindedYears: number[] = [];
  for (const [year, list] of byYear) {
    if (calendar.year(year)) {
      await Promise.all(list.map((w) => rt.store.deleteCalendarWait(w)));
      continue;
    }
    const cases = [...new Set(list.map((w) => w.caseNumber))];
    const n = {
      id: `calendarAwaited#${year}#${today}`,
      at: startOfShanghaiDay(today).toISOString(),
      recipient: adminAudience,
      kind: 'calendarAwaited',
      subjectZh: `请尽快载入${year}年官方节假日安排（${cases.length}件案件的期限待确定）`,
      bodyZh: `${year}年官方节假日安排尚未载入。以下案件的期限按暂定日历已届满，依计算规则暂不自动产生法律效果，载入后按正式日历确定：${cases.slice(0, 50).join('、')}${cases.length > 50 ? `等${cases.length}件` : ''}。本提醒每日发送，直至载入。`,
    };
    // The inbox write decides "once a day": only the run that writes it pushes the alert.
    if (await rt.store.putNotification(n)) await rt.notifier.deliver(n);
    remindedYears.push(year);
  }
  return { remindedYears };
}
