import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { GENESIS_HASH } from '@portal/audit';
import yazl from 'yazl';

import { isSafeEntryName, PACK_FORMAT, PackManifest, serializeManifest } from './manifest';
import { generateSigningKey, keyFingerprint, signManifest } from './signing';
import { verifyPack } from './verify-pack';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function writePack(
  file: string,
  entries: Record<string, Buffer>,
  privateKeyPem: string,
  tamper?: (entries: Map<string, Buffer>) => void,
) {
  const content = new Map(Object.entries(entries));
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: 1,
    packId: 'pack-1',
    engagement: { id: 'e', name: 'Engagement' },
    client: { id: 'c', name: 'Client' },
    frameworks: [],
    auditPeriod: { from: '2026-01-01', to: '2026-12-31' },
    generatedAt: '2026-12-04T10:00:00.000Z',
    generatedBy: { id: 'u', name: 'Officer', role: 'COMPLIANCE_OFFICER' },
    files: [...content].map(([name, bytes]) => ({
      path: name,
      size: bytes.length,
      sha256: sha256(bytes),
    })),
  };
  const manifestBytes = serializeManifest(manifest);
  content.set('manifest.json', manifestBytes);
  content.set(
    'signature.json',
    Buffer.from(JSON.stringify(signManifest(manifestBytes, privateKeyPem))),
  );
  tamper?.(content);

  const zip = new yazl.ZipFile();
  for (const [name, bytes] of content) zip.addBuffer(bytes, name);
  zip.end();
  await new Promise<void>((resolve) =>
    zip.outputStream.pipe(fs.createWriteStream(file)).on('close', () => resolve()),
  );
}

describe('offline pack verification', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-lib-'));
  const key = generateSigningKey();
  const fingerprint = keyFingerprint(key.publicKeyPem);
  const entries = {
    'index.html': Buffer.from('<p>summary</p>'),
    'activity/chain.jsonl': Buffer.from(''),
    'activity/bounds.json': Buffer.from(
      JSON.stringify({
        startAfter: { seq: '0', hash: GENESIS_HASH },
        end: { seq: '0', hash: GENESIS_HASH },
      }),
    ),
  };

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('accepts an untouched pack signed by the pinned key', async () => {
    const file = path.join(folder, 'good.zip');
    await writePack(file, entries, key.privateKeyPem);

    const report = await verifyPack(file, { expectedKeyFingerprint: fingerprint });
    expect(report).toMatchObject({
      ok: true,
      problems: [],
      filesChecked: 3,
      keyFingerprint: fingerprint,
    });
  });

  it('notes an unpinned key and catches a pack signed by another one', async () => {
    const file = path.join(folder, 'other-key.zip');
    await writePack(file, entries, generateSigningKey().privateKeyPem);

    expect((await verifyPack(file)).notes.join(' ')).toContain('pass the portal');
    expect(
      (await verifyPack(file, { expectedKeyFingerprint: fingerprint })).problems.join(' '),
    ).toContain('not the expected');
  });

  it('catches a file changed after signing', async () => {
    const file = path.join(folder, 'changed.zip');
    await writePack(file, entries, key.privateKeyPem, (content) =>
      content.set('index.html', Buffer.from('<p>all good</p>')),
    );

    expect((await verifyPack(file, { expectedKeyFingerprint: fingerprint })).problems).toContain(
      'index.html was changed: its SHA-256 does not match the manifest',
    );
  });

  it('reports a file that is not a ZIP instead of throwing', async () => {
    const file = path.join(folder, 'not-a-zip.zip');
    fs.writeFileSync(file, 'plain text');

    expect((await verifyPack(file)).problems[0]).toMatch(/not a readable ZIP archive/);
  });

  it.each(['../escape.txt', '/absolute', 'a/./b', 'C:/windows', 'back\\slash', 'nul\u0000byte'])(
    'calls %j an unsafe entry name',
    (name) => {
      expect(isSafeEntryName(name)).toBe(false);
    },
  );

  it('accepts ordinary UTF-8 paths', () => {
    expect(isSafeEntryName('evidence/ab12/Prüfbericht März.pdf')).toBe(true);
  });
});
