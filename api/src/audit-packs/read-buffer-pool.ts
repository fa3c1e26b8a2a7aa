import fs from 'node:fs';
import { Readable } from 'node:stream';

/**
 * A fixed set of read buffers for the evidence copied into a pack, reused from chunk to chunk
 * and file to file. `fs.createReadStream` allocates a fresh buffer for every chunk; on a
 * gigabyte that is a gigabyte of short-lived external memory, and V8 answers it with a full
 * garbage collection of the whole API heap every few megabytes, which cost a third of the
 * export's time. A buffer goes back to the pool only when the pack file sink has written it.
 */
export class ReadBufferPool {
  private readonly free: Buffer[] = [];
  private readonly owned = new Map<ArrayBufferLike, Buffer>();
  private readonly waiting: ((buffer: Buffer) => void)[] = [];

  constructor(count: number, bufferBytes: number) {
    for (let index = 0; index < count; index += 1) {
      const buffer = Buffer.allocUnsafeSlow(bufferBytes);
      this.free.push(buffer);
      this.owned.set(buffer.buffer, buffer);
    }
  }

  /** Takes back the buffer under a chunk this pool lent out; any other chunk is ignored. */
  release(chunk: Buffer) {
    const buffer = this.owned.get(chunk.buffer);
    if (!buffer) return;

    const next = this.waiting.shift();
    if (next) next(buffer);
    else this.free.push(buffer);
  }

  /**
   * Streams a file in pooled chunks; `onChunk` sees every chunk before it goes downstream.
   * Reads until the end of the file as found, so a file that changed size is still read whole.
   */
  readFile(filePath: string, onChunk: (chunk: Buffer) => void): Readable {
    const acquire = () => {
      const buffer = this.free.pop();

      return buffer
        ? Promise.resolve(buffer)
        : new Promise<Buffer>((resolve) => this.waiting.push(resolve));
    };
    let handle: fs.promises.FileHandle | null = null;
    let position = 0;

    const readNext = async (stream: Readable) => {
      handle ??= await fs.promises.open(filePath, 'r');
      const buffer = await acquire();
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) {
        this.release(buffer);
        stream.push(null);
        return;
      }
      position += bytesRead;
      const chunk = buffer.subarray(0, bytesRead);
      onChunk(chunk);
      stream.push(chunk);
    };

    return new Readable({
      // One chunk read ahead: the pool, not the stream, bounds what is in flight.
      highWaterMark: 1,
      read() {
        readNext(this).catch((error: unknown) => this.destroy(error as Error));
      },
      destroy(error, callback) {
        const closing = handle ? handle.close() : Promise.resolve();
        handle = null;
        closing.then(
          () => callback(error),
          (closeError: unknown) => callback((error ?? closeError) as Error),
        );
      },
    });
  }
}
