import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../../shared/observability/logger';
import type { JobMessage, JobQueue } from '../../shared/ports';
import { invokeAs } from '../../shared/runtime';
import { jobFunctions } from '../routes';
import { lambdaContext } from './workflow';

type JobHandler = (event: SQSEvent, context: unknown) => Promise<SQSBatchResponse>;

/**
 * Local stand-in for the SQS queue of background jobs: each message is handed to the same job
 * function module, as an SQS event, outside the request that queued it; a reported failure is
 * retried with backoff, as SQS would redeliver it. Messages live in this process: the reconciler
 * resumes a job left unfinished by a restart.
 */
export class LocalJobQueue implements JobQueue {
  private handlers = new Map<string, JobHandler>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly projectRoot: string) {}

  async init(): Promise<void> {
    for (const [kind, entry] of Object.entries(jobFunctions)) {
      const mod = (await import(`${this.projectRoot}/${entry}`)) as { handler: JobHandler };
      this.handlers.set(kind, mod.handler);
    }
  }

  async enqueue(message: JobMessage): Promise<void> {
    const handler = this.handlers.get(message.kind);
    if (!handler) throw new Error(`no job function for '${message.kind}'`);
    const run = this.deliver(handler, message).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  private async deliver(handler: JobHandler, message: JobMessage): Promise<void> {
    await new Promise((r) => setImmediate(r));
    for (let attempt = 1; attempt <= 5 && !this.stopped; attempt++) {
      const messageId = randomUUID();
      const event = {
        Records: [
          {
            messageId,
            body: JSON.stringify(message),
            attributes: { ApproximateReceiveCount: String(attempt) },
          },
        ],
      } as unknown as SQSEvent;
      try {
        const result = await invokeAs(message.kind, () =>
          handler(event, lambdaContext(`job-${message.kind}`)),
        );
        if (!result.batchItemFailures.some((f) => f.itemIdentifier === messageId)) return;
      } catch (err) {
        logger.error('local job failed', { kind: message.kind, error: (err as Error).message });
      }
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt).unref());
    }
    logger.error('local job gave up (the reconciler resumes it)', { ...message });
  }

  /** Resolves once no job is queued or running (jobs may queue their own continuation). */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.settle();
  }
}
