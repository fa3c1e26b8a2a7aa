import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

import yauzl from 'yauzl';

export const MANIFEST_NAME = 'evidence.csv';
const MAX_MANIFEST_BYTES = 1024 * 1024;
const MAX_ENTRIES = 5000;

/** A folder or ZIP archive holding evidence.csv and the files its rows name. */
export interface ImportBundle {
  manifest: string;
  has(name: string): boolean;
  open(name: string): Promise<Readable>;
  close(): Promise<void>;
}

export class BundleError extends Error {}

/**
 * A path from the CSV, as a key inside the bundle: forward slashes, no leading slash, no `..`.
 * Returns null for anything that would point outside the bundle.
 */
export function bundlePath(name: string): string | null {
  const parts = name
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  if (
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    parts.some((part) => part === '..') ||
    parts.length === 0
  ) {
    return null;
  }

  return parts.join('/');
}

export async function openFolderBundle(
  folder: string,
  manifestPath?: string,
): Promise<ImportBundle> {
  const root = path.resolve(folder);
  const manifestFile = manifestPath ? path.resolve(manifestPath) : path.join(root, MANIFEST_NAME);
  if (!fs.existsSync(manifestFile)) throw new BundleError(`${manifestFile} not found`);
  const resolve = (name: string) => path.join(root, ...name.split('/'));

  return {
    manifest: fs.readFileSync(manifestFile, 'utf8'),
    has: (name) => fs.existsSync(resolve(name)) && fs.statSync(resolve(name)).isFile(),
    open: async (name) => fs.createReadStream(resolve(name)),
    close: async () => undefined,
  };
}

/** Reads the archive's directory once; entry names never become file system paths. */
export async function openZipBundle(zipPath: string): Promise<ImportBundle> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      zipPath,
      { lazyEntries: true, autoClose: false, strictFileNames: false },
      (error, file) =>
        error
          ? reject(new BundleError(`not a readable ZIP archive: ${error.message}`))
          : resolve(file!),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();

  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = bundlePath(entry.fileName);
        if (name && !entry.fileName.endsWith('/')) entries.set(name, entry);
        if (entries.size > MAX_ENTRIES)
          return reject(new BundleError(`more than ${MAX_ENTRIES} files in the archive`));
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (error: Error) =>
        reject(new BundleError(`damaged ZIP archive: ${error.message}`)),
      );
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }

  const open = (name: string) =>
    new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entries.get(name)!, (error, stream) =>
        error ? reject(error) : resolve(stream!),
      ),
    );
  const manifestEntry = entries.get(MANIFEST_NAME);
  if (!manifestEntry) {
    zip.close();
    throw new BundleError(`the archive has no ${MANIFEST_NAME} at its top level`);
  }
  if (manifestEntry.uncompressedSize > MAX_MANIFEST_BYTES) {
    zip.close();
    throw new BundleError(`${MANIFEST_NAME} is larger than ${MAX_MANIFEST_BYTES} bytes`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of await open(MANIFEST_NAME)) chunks.push(chunk as Buffer);

  return {
    manifest: Buffer.concat(chunks).toString('utf8'),
    has: (name) => entries.has(name),
    open,
    close: async () => zip.close(),
  };
}
