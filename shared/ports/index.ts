/**
 * Ports: what differs between AWS and the local runtime. Business logic sees only these;
 * each runtime's composition root picks one adapter per port.
 */

export interface Clock {
  now(): Date;
}

export interface Workflow {
  /** Starts (or, if one with this name runs, keeps) the case's execution. Returns its id. */
  start(caseId: string, executionName: string): Promise<string>;
  /** Resumes a waiting callback task. A token that no longer waits is not an error. */
  resume(taskToken: string, output: unknown): Promise<void>;
  /** Whether the execution is still running. */
  isRunning(executionId: string): Promise<boolean>;
}

export interface OutgoingNotification {
  readonly id: string;
  readonly at: string;
  /** User id of the recipient, or a role/body audience such as 'supervisors:BODY-ID'. */
  readonly recipient: string;
  readonly caseId?: string;
  readonly kind: string;
  readonly subjectZh: string;
  readonly bodyZh: string;
}

export interface Notifier {
  deliver(notification: OutgoingNotification): Promise<void>;
}

/** A message for background work (e.g. a calendar recompute), handled by a queue-driven function. */
export interface JobMessage {
  readonly kind: string;
  readonly jobId: string;
}

export interface JobQueue {
  /** Queues the message for the job function; delivered at least once (the job is idempotent). */
  enqueue(message: JobMessage): Promise<void>;
}
