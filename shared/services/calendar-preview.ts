import { randomUUID } from 'node:crypto';
import type { CalendarYear } from '../calendar/types';
import { deadlinesChangedByYear } from '../domain/deadlines';
import { procedureOf } from '../domain/registry';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import type { CalendarPreview, CalendarPreviewExample } from '../store/case-store';
import { openShards } from '../store/table-schema';
import { currentCalendar, forgetCalendar } from './calendar';

/** The job message a queue carries to the preview function. */
export interface CalendarPreviewMessage {
  readonly kind: 'calendarPreview';
  readonly jobId: string;
}

/** How many changed deadlines a preview keeps to show; the counts cover every one. */
export const previewExamplesKept = 20;

/**
 * Stores a preview of loading `proposal` (a first load, or a correction of `correctsVersion`) and
 * queues its run. The run pages through the open cases in the background, like the recompute the
 * load itself would queue, and writes no case: only the preview's own record.
 */
export async function startCalendarPreview(
  rt: Runtime,
  proposal: CalendarYear,
  correctsVersion: number | undefined,
): Promise<CalendarPreview> {
  const at = new Date().toISOString();
  const preview: CalendarPreview = {
    previewId: randomUUID(),
    year: proposal.year,
    proposal: JSON.stringify(proposal),
    ...(correctsVersion === undefined ? {} : { correctsVersion }),
    status: 'queued',
    step: 0,
    shard: 0,
    checked: 0,
    casesAffected: 0,
    deadlinesMoved: 0,
    deadlinesConfirmed: 0,
    examples: [],
    createdAt: at,
    updatedAt: at,
  };
  await rt.store.putCalendarPreview(preview, undefined);
  await rt.jobs.enqueue({
    kind: 'calendarPreview',
    jobId: preview.previewId,
  } satisfies CalendarPreviewMessage);
  logger.info('calendar preview queued', { year: proposal.year, previewId: preview.previewId });
  return preview;
}

/** What one open case would see: its moved deadlines and its confirmed ones. */
async function previewCase(
  rt: Runtime,
  caseId: string,
  year: number,
  calendar: Awaited<ReturnType<typeof currentCalendar>>,
): Promise<{ moved: CalendarPreviewExample[]; confirmed: number }> {
  const state = await rt.store.load(caseId);
  if (!state) return { moved: [], confirmed: 0 };
  const module = procedureOf(state.procedure);
  const changed = deadlinesChangedByYear(module, state, calendar, year);
  const moved: CalendarPreviewExample[] = [];
  let confirmed = 0;
  for (const fresh of changed) {
    const before = state.deadlines[fresh.key];
    if (!before) continue;
    if (before.dueDate === fresh.dueDate) {
      confirmed++;
      continue;
    }
    moved.push({
      caseId,
      caseNumber: state.caseNumber,
      key: fresh.key,
      labelZh: fresh.labelZh,
      responsible: fresh.responsible,
      responsibleZh: module.responsibleLabelsZh[fresh.responsible] ?? fresh.responsible,
      fromDue: before.dueDate,
      toDue: fresh.dueDate,
      fromProvisional: before.computation.provisional,
    });
  }
  return { moved, confirmed };
}

/**
 * Runs a preview for up to `maxPages` pages of open cases, saving its findings with where it is
 * after each page, then queues its own continuation. Each save is conditional on the step it
 * read: a page's counts are added once, and when a second delivery of the same message raced
 * ahead, this run stops. A crash before a save repeats that page only.
 */
export async function runCalendarPreview(
  rt: Runtime,
  previewId: string,
  options: { pageSize?: number; maxPages?: number } = {},
): Promise<CalendarPreview | undefined> {
  const pageSize = options.pageSize ?? 100;
  let preview = await rt.store.getCalendarPreview(previewId);
  if (!preview || preview.status === 'done') return preview;
  forgetCalendar();
  const proposal = JSON.parse(preview.proposal) as CalendarYear;
  // The calendar as it would be with the proposal in force; nothing is stored.
  const calendar = (await currentCalendar(rt.store)).withYear(proposal);
  for (let pages = 0; pages < (options.maxPages ?? 20) && preview.shard < openShards; pages++) {
    const start = preview.page ? (JSON.parse(preview.page) as Record<string, unknown>) : undefined;
    const page = await rt.store.openCases(preview.shard, pageSize, start);
    let casesAffected = 0;
    let moved = 0;
    let confirmed = 0;
    const examples = [...preview.examples];
    for (const caseId of page.items) {
      const found = await previewCase(rt, caseId, preview.year, calendar);
      if (found.moved.length) casesAffected++;
      moved += found.moved.length;
      confirmed += found.confirmed;
      examples.push(...found.moved.slice(0, previewExamplesKept - examples.length));
    }
    const next: CalendarPreview = {
      ...preview,
      status: 'running',
      step: preview.step + 1,
      shard: page.next ? preview.shard : preview.shard + 1,
      page: page.next ? JSON.stringify(page.next) : undefined,
      checked: preview.checked + page.items.length,
      casesAffected: preview.casesAffected + casesAffected,
      deadlinesMoved: preview.deadlinesMoved + moved,
      deadlinesConfirmed: preview.deadlinesConfirmed + confirmed,
      examples,
      updatedAt: new Date().toISOString(),
    };
    if (!(await rt.store.putCalendarPreview(next, preview.step)))
      return rt.store.getCalendarPreview(previewId);
    preview = next;
  }
  if (preview.shard < openShards) {
    await rt.jobs.enqueue({ kind: 'calendarPreview', jobId: previewId } satisfies CalendarPreviewMessage);
    return preview;
  }
  const at = new Date().toISOString();
  const done: CalendarPreview = {
    ...preview,
    status: 'done',
    step: preview.step + 1,
    updatedAt: at,
    finishedAt: at,
  };
  if (!(await rt.store.putCalendarPreview(done, preview.step))) return rt.store.getCalendarPreview(previewId);
  logger.info('calendar preview done', {
    previewId,
    year: done.year,
    checked: done.checked,
    deadlinesMoved: done.deadlinesMoved,
  });
  return done;
}

/** Queues again every preview that stopped moving (a lost message, a restart): it resumes where it is. */
export async function resumeIdleCalendarPreviews(rt: Runtime, idleForMs: number): Promise<string[]> {
  const resumed: string[] = [];
  for (const preview of await rt.store.unfinishedCalendarPreviews()) {
    if (Date.now() - Date.parse(preview.updatedAt) < idleForMs) continue;
    await rt.jobs.enqueue({
      kind: 'calendarPreview',
      jobId: preview.previewId,
    } satisfies CalendarPreviewMessage);
    resumed.push(preview.previewId);
  }
  return resumed;
}
