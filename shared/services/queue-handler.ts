import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { logger } from '../observability/logger';
import { type Runtime, runtime } from '../runtime';

/**
 * The Lambda handler of a queue-driven job: each message names one job of `kind`, and `run`
 * advances it a few pages (queuing its own continuation). A failed message is reported back
 * alone, so SQS retries only it (and after the queue's retries sends it to the dead-letter
 * queue); the reconciler also resumes jobs left unfinished. A malformed message can never
 * succeed: it is logged and dropped rather than retried forever.
 */
export function queueHandler(
  kind: string,
  run: (rt: Runtime, jobId: string) => Promise<unknown>,
  failureLog: string,
) {
  const message = z.object({ kind: z.literal(kind), jobId: z.uuid() });
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        const parsed = message.safeParse(JSON.parse(record.body));
        if (!parsed.success) {
          logger.error('invalid job message dropped', {
            messageId: record.messageId,
            issues: parsed.error.issues,
          });
          continue;
        }
        await run(rt, parsed.data.jobId);
      } catch (err) {
        logger.error(failureLog, { messageId: record.messageId, error: (err as Error).message });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };
}
