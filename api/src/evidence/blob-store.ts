import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Bytes kept from the start of an upload, enough for content type detection. */
const HEAD_BYTES = 4100;

export class BlobTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than the limit of ${limitBytes} bytes`);
  }
}

/** An upload written to a staging file: hashed, sized, not yet in the store. */
export interface StagedBlob {
  sha256: string;
  sizeBytes: number;
  head: Buffer;
  /** Moves it into the store, durably; afterwards rows may point at it. */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** A staging file written by its caller; `commit` flushes it and moves it into the store. */
export interface StagingFile {
  handle: fs.promises.FileHandle;
  commit(sha256: string): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Content-addressed files under a root folder: `sha256/ab/<hash>`. Uploads stream through a
 * hash into a staging file, so memory stays flat, and become visible only once complete and
 * flushed to disk. A blob that already exists is not written twice.
 */
export class LocalBlobStore {
  private readonly stagingDirectory: string;

  constructor(private readonly root: string) {
    this.stagingDirectory = path.join(root, 'staging');
    fs.mkdirSync(this.stagingDirectory, { recursive: true });
  }

  async stage(source: Readable, limitBytes: number): Promise<StagedBlob> {
    const stagingPath = path.join(this.stagingDirectory, randomUUID());
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let sizeBytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sizeBytes += chunk.length;
        if (sizeBytes > limitBytes) return callback(new BlobTooLargeError(limitBytes));
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        callback(null, chunk);
      },
    });

    try {
      await pipeline(source, meter, fs.createWriteStream(stagingPath, { flags: 'wx' }));
    } catch (error) {
      await fs.promises.rm(stagingPath, { force: true });
      throw error;
    }

    const sha256 = hash.digest('hex');

    return {
      sha256,
      sizeBytes,
      head: Buffer.concat(headChunks),
      commit: () => this.commitStaged(stagingPath, sha256),
      discard: () => fs.promises.rm(stagingPath, { force: true }),
    };
  }

  /**
   * An empty staging file for a writer that hashes its bytes itself while writing them (the
   * audit pack writer), so they are not hashed a second time here. Commit with that hash.
   */
  async openStaging(): Promise<StagingFile> {
    const stagingPath = path.join(this.stagingDirectory, randomUUID());
    const handle = await fs.promises.open(stagingPath, 'wx');

    return {
      handle,
      commit: async (sha256) => {
        await handle.sync();
        await handle.close();
        await this.commitStaged(stagingPath, sha256, false);
      },
      discard: async () => {
        await handle.close().catch(() => undefined);
        await fs.promises.rm(stagingPath, { force: true });
      },
    };
  }

  /** Stores bytes already in memory (generated demo files, small statements). */
  async putBuffer(content: Buffer): Promise<{ sha256: string; sizeBytes: number; head: Buffer }> {
    const staged = await this.stage(Readable.from([content]), Number.MAX_SAFE_INTEGER);
    await staged.commit();

    return { sha256: staged.sha256, sizeBytes: staged.sizeBytes, head: staged.head };
  }

  exists(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  open(sha256: string, chunkBytes = 64 * 1024): fs.ReadStream {
    return fs.createReadStream(this.pathOf(sha256), { highWaterMark: chunkBytes });
  }

  /** Moves a complete staging file into the store, durably; a blob already there is kept. */
  private async commitStaged(stagingPath: string, sha256: string, sync = true) {
    const target = this.pathOf(sha256);
    if (sync) await syncFile(stagingPath);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) {
      await fs.promises.rm(stagingPath, { force: true });
      return;
    }
    await fs.promises.rename(stagingPath, target);
    await syncFile(path.dirname(target));
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');

    return path.join(this.root, 'sha256', sha256.slice(0, 2), sha256);
  }
}

async function syncFile(filePath: string) {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
