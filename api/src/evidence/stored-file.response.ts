import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';

import { DomainError, ErrorCode } from '../common/domain-error';
import { LocalBlobStore } from './blob-store';

export interface StoredFile {
  sha256: string;
  sizeBytes: number | null;
  contentType: string | null;
  fileName: string;
  /** What to say when the blob is gone from the store. */
  missingMessage: string;
  /** Runs once the blob is known to exist, before any byte is sent (e.g. to log the download). */
  beforeSend?: () => Promise<void>;
}

/**
 * Streams a blob as a download: attachment with a safe (RFC 6266, UTF-8) name, the stored type
 * or octet-stream, nosniff, never cached by shared caches, its hash as the ETag.
 */
export async function sendStoredFile(reply: FastifyReply, blobs: LocalBlobStore, file: StoredFile) {
  if (!blobs.exists(file.sha256)) {
    throw new DomainError(ErrorCode.NotFound, file.missingMessage, { sha256: file.sha256 });
  }
  await file.beforeSend?.();

  return reply
    .header('content-type', file.contentType ?? 'application/octet-stream')
    .header('content-disposition', contentDisposition(file.fileName, { type: 'attachment' }))
    .header('content-length', String(file.sizeBytes))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('etag', `"${file.sha256}"`)
    .send(blobs.open(file.sha256));
}

/** Sends a file made for this request (a rendered PDF or CSV) with the same download headers. */
export function sendGeneratedFile(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; body: Buffer | string },
) {
  const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;

  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName, { type: 'attachment' }))
    .header('content-length', String(body.length))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}
