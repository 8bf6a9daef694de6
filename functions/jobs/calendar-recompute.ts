import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { logger } from '../../shared/observability/logger';
import { runtime } from '../../shared/runtime';
import { runCalendarJob } from '../../shared/services/calendar-admin';

const message = z.object({ kind: z.literal('calendarRecompute'), jobId: z.uuid() });

/**
 * Queue-driven: runs a calendar recompute job a few pages at a time (it queues its own
 * continuation). A message that fails is reported back alone, so SQS retries only it, and after
 * the queue's retries it goes to the dead-letter queue; the reconciler also resumes jobs left
 * unfinished.
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
      await runCalendarJob(rt, parsed.data.jobId);
    } catch (err) {
      logger.error('calendar job failed (will be retried)', {
        messageId: record.messageId,
        error: (err as Error).message,
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
