import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished, pipeline } from 'node:stream/promises';

import yauzl from 'yauzl';
import yazl from 'yazl';

import { PackFileSink } from './pack-file-sink';
import { ReadBufferPool } from './read-buffer-pool';

const BUFFER_BYTES = 4096;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readEntries(zipPath: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('evidence copied through reused read buffers', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-file-sink-'));
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('writes every file byte for byte although two small buffers serve them all', async () => {
    const sizes = [0, 1, BUFFER_BYTES - 1, BUFFER_BYTES, BUFFER_BYTES + 1, 10 * BUFFER_BYTES + 17];
    const sources = sizes.map((size, index) => {
      const filePath = path.join(folder, `source-${index}.bin`);
      fs.writeFileSync(filePath, randomBytes(size));
      return filePath;
    });
    const zipPath = path.join(folder, 'pack.zip');
    const handle = await fs.promises.open(zipPath, 'wx');
    const pool = new ReadBufferPool(2, BUFFER_BYTES);
    const sink = new PackFileSink(handle, pool);
    const zip = new yazl.ZipFile();
    const writing = pipeline(zip.outputStream, sink);
    const seen = new Map<string, Buffer[]>();

    for (const [index, source] of sources.entries()) {
      const name = `evidence/${index}.bin`;
      seen.set(name, []);
      const content = pool.readFile(source, (chunk) => seen.get(name)!.push(Buffer.from(chunk)));
      zip.addReadStream(content, name, { compress: false });
      await finished(content);
    }
    zip.addBuffer(Buffer.from('not pooled'), 'note.txt');
    zip.end();
    await writing;
    await handle.close();

    const written = fs.readFileSync(zipPath);
    expect(sink.sizeBytes).toBe(written.length);
    expect(sink.sha256()).toBe(sha256(written));
    const entries = await readEntries(zipPath);
    for (const [index, source] of sources.entries()) {
      const original = fs.readFileSync(source);
      expect(sha256(entries.get(`evidence/${index}.bin`)!)).toBe(sha256(original));
      expect(sha256(Buffer.concat(seen.get(`evidence/${index}.bin`)!))).toBe(sha256(original));
    }
    expect(entries.get('note.txt')!.toString()).toBe('not pooled');
  });

  it('fails the read of a file that is gone instead of waiting for it', async () => {
    const pool = new ReadBufferPool(1, BUFFER_BYTES);
    const content = pool.readFile(path.join(folder, 'missing.bin'), () => undefined);
    content.resume();

    await expect(finished(content)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
