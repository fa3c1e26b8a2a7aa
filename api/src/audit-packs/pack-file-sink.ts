import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Writable } from 'node:stream';

import { ReadBufferPool } from './read-buffer-pool';

/**
 * The end of the pack's stream: writes the ZIP's bytes to a staging file and hashes them in
 * the same pass, so the stored pack's SHA-256 needs no second read, and hands each pooled read
 * buffer back once its bytes are on disk (not before: until then the write still reads it).
 */
export class PackFileSink extends Writable {
  sizeBytes = 0;
  private readonly hash = createHash('sha256');

  constructor(
    private readonly handle: fs.promises.FileHandle,
    private readonly pool: ReadBufferPool,
  ) {
    super({ highWaterMark: 4 * 1024 * 1024 });
  }

  /** The hex SHA-256 of everything written; call once, after the stream finished. */
  sha256(): string {
    return this.hash.digest('hex');
  }

  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    this.writeAll(chunks.map(({ chunk }) => chunk)).then(() => callback(), callback);
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ) {
    this.writeAll([chunk]).then(() => callback(), callback);
  }

  private async writeAll(buffers: Buffer[]) {
    for (const buffer of buffers) this.hash.update(buffer);
    let pending = buffers;
    while (pending.length > 0) {
      const { bytesWritten } = await this.handle.writev(pending, this.sizeBytes);
      this.sizeBytes += bytesWritten;
      pending = remainderAfter(pending, bytesWritten);
    }
    for (const buffer of buffers) this.pool.release(buffer);
  }
}

/** What is left of `buffers` once the first `written` bytes are on disk (writes may be short). */
function remainderAfter(buffers: Buffer[], written: number): Buffer[] {
  let skip = written;
  let index = 0;
  while (index < buffers.length && skip >= buffers[index].length) {
    skip -= buffers[index].length;
    index += 1;
  }
  if (index === buffers.length) return [];

  return [buffers[index].subarray(skip), ...buffers.slice(index + 1)];
}
