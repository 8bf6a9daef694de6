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

/**
 * A request a browser sends straight to the file store (S3 on AWS, the local server locally):
 * signed, short-lived, and good only for what it was signed for.
 */
export interface SignedRequest {
  readonly url: string;
  readonly method: 'PUT' | 'GET';
  /**
   * Headers to send exactly as given: they are part of the signature (content type, checksum,
   * metadata). The size is bound too: the browser sends Content-Length from the body itself.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** When the link stops working (ISO instant); a transfer started before runs to its end. */
  readonly expiresAt: string;
}

/** What an upload must be: the store refuses any other bytes at the signed URL. */
export interface ObjectDeclaration {
  readonly contentType: string;
  readonly size: number;
  /** SHA-256 of the bytes, lowercase hex. */
  readonly sha256: string;
  /** Small ASCII metadata kept with the object (keys: lowercase letters, digits, hyphens). */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** An object as the store measured it. */
export interface StoredObject {
  readonly size: number;
  readonly contentType: string;
  /** SHA-256 of the bytes as the store computed it on receipt, lowercase hex. */
  readonly sha256: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * Where the bytes of uploads, case materials and generated documents live, encrypted at rest and
 * reachable by people only through signed, short-lived links. Keys are paths of safe segments
 * (letters, digits, `.`, `_`, `-`, separated by `/`). Every write states the SHA-256 of its bytes
 * and the store checks it.
 */
export interface FileStore {
  /**
   * A URL to PUT exactly the declared bytes at `key` — size, content type and SHA-256 are bound
   * into the signature, so the store itself refuses anything else — valid for `expiresInSeconds`.
   */
  presignUpload(key: string, declared: ObjectDeclaration, expiresInSeconds: number): Promise<SignedRequest>;
  /** The object at `key` as stored (size, type, SHA-256, metadata), or undefined if there is none. */
  inspect(key: string): Promise<StoredObject | undefined>;
  /** Copies the object at `from` to `to` (content, type, metadata; the checksum recomputed). */
  copy(from: string, to: string): Promise<void>;
  /** Removes the object at `key` (nothing there is not an error). */
  remove(key: string): Promise<void>;
  /** A URL to GET the object at `key`, saved by the browser as `fileName`, valid for `expiresInSeconds`. */
  presignDownload(key: string, fileName: string, expiresInSeconds: number): Promise<SignedRequest>;
  /** Stores bytes the system made (e.g. a generated document); returns them as stored. */
  put(
    key: string,
    bytes: Uint8Array,
    contentType: string,
    metadata?: Readonly<Record<string, string>>,
  ): Promise<StoredObject>;
  /** The bytes at `key` and what the store knows of them, or undefined if there is none. */
  get(key: string): Promise<{ readonly bytes: Uint8Array; readonly object: StoredObject } | undefined>;
}
