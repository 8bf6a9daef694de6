import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { logger } from '../../shared/observability/logger';
import { runtime } from '../../shared/runtime';
import { runCalendarPreview } from '../../shared/services/calendar-preview';

const message = z.object({ kind: z.literal('calendarPreview'), jobId: z.uuid() });

/**
 * Queue-driven: runs a preview of a calendar load a few pages at a time (it queues its own
 * continuation). It reads the cases and writes only the preview's record (infra/capabilities.ts).
 * A failed message is reported back alone, so SQS retries only it; the reconciler also resumes
 * previews left unfinished.
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const rt = await runtime();
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const parsed = message.safeParse(JSON.parse(record.body));
      if (!parsed.success) {
        // A malformed message can never succeed: log it and drop it rather than retry forever.
        logger.error('invalid job message dropped', {
          messageId: record.messageId,
          issues: parsed.error.issues,
        });
        continue;
      }
      await runCalendarPreview(rt, parsed.data.jobId);
    } catch (err) {
      logger.error('calendar preview failed (will be retried)', {
        messageId: record.messageId,
        error: (err as Error).message,
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
