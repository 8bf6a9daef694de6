import { runCalendarJob } from '../../shared/services/calendar-admin';
import { queueHandler } from '../../shared/services/queue-handler';

/** Queue-driven: runs a calendar recompute job (every open deadline a loaded year touches) a few pages at a time. */
export const handler = queueHandler(
  'calendarRecompute',
  runCalendarJob,
  'calendar job failed (will be retried)',
);
