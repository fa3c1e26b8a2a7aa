import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import { ChainedEvent, hashEvent } from '@portal/audit';
import yauzl from 'yauzl';

import {
  ACTIVITY_BOUNDS_PATH,
  ACTIVITY_CHAIN_PATH,
  ACTIVITY_EVENTS_PATH,
  isSafeEntryName,
  MANIFEST_PATH,
  PACK_FORMAT,
  PackManifest,
  serializeManifest,
  SIGNATURE_PATH,
} from './manifest';
import { keyFingerprint, PackSignature, verifyManifestSignature } from './signing';

export interface VerifyOptions {
  /** SHA-256 fingerprint of the portal's public key, as published by the portal; pins the signer. */
  expectedKeyFingerprint?: string;
}

export interface VerifyReport {
  ok: boolean;
  problems: string[];
  /** Facts worth telling even when all is well (e.g. an unpinned key). */
  notes: string[];
  manifest: PackManifest | null;
  keyFingerprint: string | null;
  filesChecked: number;
}

interface ChainLink {
  seq: string;
  previousHash: string;
  hash: string;
}

/**
 * Checks an audit pack without a server or database: the Ed25519 signature over manifest.json,
 * the key (against a pinned fingerprint when given), every file's size and SHA-256, that no
 * file is missing or added, and the activity chain excerpt.
 */
export async function verifyPack(
  zipPath: string,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const report: VerifyReport = {
    ok: false,
    problems: [],
    notes: [],
    manifest: null,
    keyFingerprint: null,
    filesChecked: 0,
  };
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(zipPath);
  } catch (error) {
    report.problems.push(`not a readable ZIP archive: ${(error as Error).message}`);
    return report;
  }

  try {
    const entries = await listEntries(zip, report.problems);
    const read = (name: string) => readEntry(zip, entries.get(name)!);
    if (!entries.has(MANIFEST_PATH)) report.problems.push(`${MANIFEST_PATH} is missing`);
    if (!entries.has(SIGNATURE_PATH)) report.problems.push(`${SIGNATURE_PATH} is missing`);
    if (!entries.has(MANIFEST_PATH) || !entries.has(SIGNATURE_PATH)) return report;

    const manifestBytes = await read(MANIFEST_PATH);
    const manifest = parseJson<PackManifest>(manifestBytes, MANIFEST_PATH, report.problems);
    const signature = parseJson<PackSignature>(
      await read(SIGNATURE_PATH),
      SIGNATURE_PATH,
      report.problems,
    );
    if (!manifest || !signature) return report;
    report.manifest = manifest;

    checkSignature(manifestBytes, manifest, signature, options, report);
    if (manifest.format !== PACK_FORMAT)
      report.problems.push(`${MANIFEST_PATH} is not an audit pack manifest`);

    const listed = new Set<string>();
    for (const file of manifest.files ?? []) {
      listed.add(file.path);
      const entry = entries.get(file.path);
      if (!entry) {
        report.problems.push(`${file.path} is listed in the manifest but missing from the pack`);
        continue;
      }
      const actual = await hashEntry(zip, entry);
      report.filesChecked += 1;
      if (actual.size !== file.size)
        report.problems.push(
          `${file.path} has ${actual.size} bytes, the manifest says ${file.size}`,
        );
      if (actual.sha256 !== file.sha256)
        report.problems.push(`${file.path} was changed: its SHA-256 does not match the manifest`);
    }
    for (const name of entries.keys()) {
      if (name !== MANIFEST_PATH && name !== SIGNATURE_PATH && !listed.has(name)) {
        report.problems.push(`${name} is in the pack but not in the manifest (added)`);
      }
    }

    if (entries.has(ACTIVITY_CHAIN_PATH) && entries.has(ACTIVITY_BOUNDS_PATH)) {
      await checkActivity(read, entries.has(ACTIVITY_EVENTS_PATH), report);
    } else {
      report.problems.push('the activity chain excerpt is missing');
    }
  } finally {
    zip.close();
  }

  report.ok = report.problems.length === 0;
  return report;
}

function checkSignature(
  manifestBytes: Buffer,
  manifest: PackManifest,
  signature: PackSignature,
  options: VerifyOptions,
  report: VerifyReport,
) {
  if (!verifyManifestSignature(manifestBytes, signature)) {
    report.problems.push(
      'the signature does not match manifest.json (the manifest or the signature was changed)',
    );
  }
  try {
    report.keyFingerprint = keyFingerprint(signature.publicKey);
  } catch {
    report.problems.push('signature.json does not hold a valid public key');
    return;
  }
  if (report.keyFingerprint !== signature.keyFingerprint) {
    report.problems.push('the key fingerprint in signature.json does not belong to its public key');
  }
  const expected = options.expectedKeyFingerprint?.replace(/[^0-9a-f]/gi, '').toLowerCase();
  if (expected && expected !== report.keyFingerprint) {
    report.problems.push(
      `the pack was signed with key ${report.keyFingerprint}, not the expected ${expected}`,
    );
  }
  if (!expected)
    report.notes.push(
      `signed with key ${report.keyFingerprint}; pass the portal's fingerprint to pin it`,
    );
  if (!serializeManifest(manifest).equals(manifestBytes)) {
    report.notes.push(
      'manifest.json is not in canonical form (the signature still covers its exact bytes)',
    );
  }
}

/**
 * chain.jsonl holds every event of the period in order (sequence and hashes only); events.jsonl
 * holds this engagement's events in full. Each full event must hash to its link, and the links
 * must form one unbroken chain between the bounds.
 */
async function checkActivity(
  read: (name: string) => Promise<Buffer>,
  hasEvents: boolean,
  report: VerifyReport,
) {
  const bounds = parseJson<{
    startAfter: { seq: string; hash: string };
    end: { seq: string; hash: string };
  }>(await read(ACTIVITY_BOUNDS_PATH), ACTIVITY_BOUNDS_PATH, report.problems);
  if (!bounds) return;
  const links = jsonLines<ChainLink>(
    await read(ACTIVITY_CHAIN_PATH),
    ACTIVITY_CHAIN_PATH,
    report.problems,
  );
  const events = hasEvents
    ? jsonLines<ChainedEvent>(
        await read(ACTIVITY_EVENTS_PATH),
        ACTIVITY_EVENTS_PATH,
        report.problems,
      )
    : [];
  const eventsBySeq = new Map(events.map((event) => [event.seq, event]));

  let expectedSeq = BigInt(bounds.startAfter.seq) + 1n;
  let previousHash = bounds.startAfter.hash;
  for (const link of links) {
    if (BigInt(link.seq) !== expectedSeq) {
      report.problems.push(`activity chain: event ${expectedSeq} is missing`);
      return;
    }
    if (link.previousHash !== previousHash) {
      report.problems.push(`activity chain: event ${link.seq} does not follow the one before it`);
      return;
    }
    const event = eventsBySeq.get(link.seq);
    if (
      event &&
      (event.previousHash !== link.previousHash ||
        hashEvent(event.previousHash, event) !== link.hash)
    ) {
      report.problems.push(`activity chain: event ${link.seq} was altered`);
      return;
    }
    eventsBySeq.delete(link.seq);
    previousHash = link.hash;
    expectedSeq += 1n;
  }
  if ((expectedSeq - 1n).toString() !== bounds.end.seq || previousHash !== bounds.end.hash) {
    report.problems.push('activity chain: the excerpt does not end where its bounds say');
  }
  for (const seq of eventsBySeq.keys())
    report.problems.push(`activity chain: event ${seq} is not part of the chain`);
}

function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      zipPath,
      { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true },
      (error, zip) => (error ? reject(error) : resolve(zip!)),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile, problems: string[]): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();

  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!isSafeEntryName(entry.fileName))
        problems.push(`unsafe entry name ${JSON.stringify(entry.fileName)}`);
      else if (entries.has(entry.fileName))
        problems.push(`${entry.fileName} appears twice in the archive`);
      else entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream!))),
  );
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openEntry(zip, entry)) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks);
}

async function hashEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of await openEntry(zip, entry)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }

  return { size, sha256: hash.digest('hex') };
}

function parseJson<T>(bytes: Buffer, name: string, problems: string[]): T | null {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    problems.push(`${name} is not valid JSON`);
    return null;
  }
}

function jsonLines<T>(bytes: Buffer, name: string, problems: string[]): T[] {
  const lines = bytes
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const values: T[] = [];
  for (const [index, line] of lines.entries()) {
    try {
      values.push(JSON.parse(line) as T);
    } catch {
      problems.push(`${name} line ${index + 1} is not valid JSON`);
    }
  }

  return values;
}
