import { createHash } from 'node:crypto';
import type { ApiClient, ApiResponse } from './api-client';

/** A small but real PDF (one empty page), with `text` in its info so that each file differs. */
export function pdfBytes(text: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Title(${encodeURIComponent(text)})>>endobj\n` +
      'trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n',
  );
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface UploadOptions {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly purpose: string;
  readonly contentType?: string;
  /** What to send instead of the declared bytes (a test of the store's refusals). */
  readonly send?: Uint8Array;
}

/** Asks for an upload link as a portal would, and PUTs the bytes with the headers it names. */
export async function upload(
  client: ApiClient,
  o: UploadOptions,
): Promise<{ ticket: ApiResponse; put?: Response; putBody?: unknown; uploadId?: string }> {
  const ticket = await client.post('/v1/uploads', {
    fileName: o.fileName,
    contentType: o.contentType ?? 'application/pdf',
    size: o.bytes.byteLength,
    sha256: sha256Hex(o.bytes),
    purpose: o.purpose,
  });
  if (ticket.status !== 201) return { ticket };
  const put = await fetch(ticket.body.url, {
    method: ticket.body.method,
    headers: ticket.body.headers,
    body: Buffer.from(o.send ?? o.bytes),
  });
  const text = await put.text();
  return { ticket, put, putBody: text ? JSON.parse(text) : undefined, uploadId: ticket.body.uploadId };
}
