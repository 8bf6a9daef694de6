import type { JobMessage, JobQueue } from '../../ports';
import { onFirstUse } from './on-first-use';

/** The SDK client is loaded with the first job queued, not at init (see step-functions.ts). */
const sqsSdk = onFirstUse(async () => {
  const sdk = await import('@aws-sdk/client-sqs');
  return { sdk, client: new sdk.SQSClient({}) };
});

/** Background jobs go to the SQS queue that triggers the job function (with a dead-letter queue). */
export class SqsJobQueue implements JobQueue {
  constructor(private readonly queueUrl: string | undefined) {}
  async enqueue(message: JobMessage): Promise<void> {
    if (!this.queueUrl) throw new Error('JOB_QUEUE_URL is not set for this function');
    const { sdk, client } = await sqsSdk();
    await client.send(
      new sdk.SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(message) }),
    );
  }
}
