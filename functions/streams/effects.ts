import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../../shared/observability/logger';
import { runtime } from '../../shared/runtime';
import { catchUp } from '../../shared/services/effects';

/**
 * On AWS, every appended event also reaches the effects processor from the table's stream (the
 * event source mapping filters event items, `EV#…`), so effects a request could not finish are
 * completed within seconds, not at the next reconciler run. The processor is idempotent; a case
 * that fails is reported alone (batch item failure) and retried.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const rt = await runtime();
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  const done = new Set<string>();
  for (const record of event.Records) {
    const caseId = record.dynamodb?.NewImage?.caseId?.S;
    if (!caseId || done.has(caseId)) continue;
    try {
      await catchUp(rt, caseId);
      done.add(caseId);
    } catch (err) {
      logger.error('effects from stream failed (will be retried)', { caseId, error: (err as Error).message });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
};
