import type { JobMessage, JobQueue } from '../../ports';
import { onFirstUse } from './on-first-use';

/** The SDK client is loaded with the first job queued, not at init (see step-functions.ts). */
const sqsSdk = onFirstUse(async () => {
  const sdk = await import('@aws-sdk/client-sqs');
  return { sdk, client: new sdk.SQSClient({}) };
});

/**
 * Background jobs go to the SQS queue of their kind, which triggers that job's function (each
 * with a dead-letter queue).
 */
export class SqsJobQueue implements JobQueue {
  constructor(private readonly queueUrls: Readonly<Record<string, string>> | undefined) {}
  async enqueue(message: JobMessage): Promise<void> {
    if (!this.queueUrls) throw new Error('JOB_QUEUES is not set for this function');
    const queueUrl = this.queueUrls[message.kind];
    if (!queueUrl) throw new Error(`JOB_QUEUES has no queue for '${message.kind}'`);
    const { sdk, client } = await sqsSdk();
    await client.send(
      new sdk.SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }),
    );
  }
}
