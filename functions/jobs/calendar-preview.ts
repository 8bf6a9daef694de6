import { runCalendarPreview } from '../../shared/services/calendar-preview';
import { queueHandler } from '../../shared/services/queue-handler';

/**
 * Queue-driven: runs a preview of a calendar load a few pages at a time. It reads the cases and
 * writes only the preview's record (infra/capabilities.ts).
 */
export const handler = queueHandler(
  'calendarPreview',
  runCalendarPreview,
  'calendar preview failed (will be retried)',
);
