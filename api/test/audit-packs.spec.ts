import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import {
  generateSigningKey,
  PackManifest,
  serializeManifest,
  signManifest,
  verifyPack,
} from '@portal/pack';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

import { listen } from './support/http-portal';
import { idOf, startTestPortal, TestPortal } from './support/test-app';
import { readZip, writeZip } from './support/zip-entries';

const EXPORT = `mutation($input: ExportAuditPackInput!) { exportAuditPack(input: $input) { id status } }`;
const PACK = `query($id: ID!) { auditPack(id: $id) { id status progress sha256 sizeBytes keyFingerprint downloadPath error } }`;
const OSCAL_SCHEMA = path.resolve(
  __dirname,
  '../../libs/pack/oscal/oscal_assessment-results_schema.json',
);

describe('audit packs', () => {
  let portal: TestPortal;
  let baseUrl: string;
  let officer: string;
  let payments: string;
  let folder: string;
  let packFile: string;
  let fingerprint: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    baseUrl = await listen(portal);
    officer = await portal.signIn('compliance@balticmutual.example');
    payments = await idOf(portal.dataSource, 'engagements', 'name', 'Payments API modernisation');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-packs-'));
    fingerprint = (await portal.graphql('{ packSigningKey { fingerprint } }', {}, officer)).data!
      .packSigningKey.fingerprint;
  });

  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await portal.close();
  });

  async function exportPack(
    frameworks: string[],
    periodFrom = '2025-01-01',
    periodTo = '2027-12-31',
    engagementId = payments,
  ) {
    const queued = await portal.graphql(
      EXPORT,
      { input: { engagementId, frameworks, periodFrom, periodTo } },
      officer,
    );
    if (!queued.data) throw new Error(JSON.stringify(queued.errors));
    const id = queued.data.exportAuditPack.id;
    for (let attempt = 0; attempt < 120; attempt += 1) {
      const pack = (await portal.graphql(PACK, { id }, officer)).data!.auditPack;
      if (pack.status === 'SUCCEEDED' || pack.status === 'FAILED') return pack;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('export did not finish');
  }

  async function download(pack: { downloadPath: string; id: string }) {
    const response = await fetch(`${baseUrl}${pack.downloadPath}`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(response.status).toBe(200);
    const file = path.join(folder, `${pack.id}.zip`);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));

    return file;
  }

  async function tampered(name: string, mutate: (entries: Map<string, Buffer>) => void) {
    const entries = await readZip(fs.readFileSync(packFile));
    mutate(entries);
    const file = path.join(folder, `${name}.zip`);
    fs.writeFileSync(file, await writeZip(entries));

    return file;
  }

  it('exports a signed pack in the background and verifies it offline', async () => {
    const pack = await exportPack(['ISO27001', 'DORA']);
    expect(pack).toMatchObject({ status: 'SUCCEEDED', progress: 100, keyFingerprint: fingerprint });
    packFile = await download(pack);

    const report = await verifyPack(packFile, { expectedKeyFingerprint: fingerprint });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.filesChecked).toBeGreaterThan(8);
  });

  it('holds the manifest, signature, views, OSCAL results, activity excerpt and each evidence file once', async () => {
    const entries = await readZip(fs.readFileSync(packFile));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as PackManifest;
    for (const name of [
      'signature.json',
      'index.html',
      'summary.pdf',
      'control-matrix.csv',
      'control-matrix.xlsx',
      'assessment-results.json',
      'activity/events.jsonl',
      'activity/chain.jsonl',
      'activity/bounds.json',
    ]) {
      expect(entries.has(name)).toBe(true);
    }
    expect(manifest).toMatchObject({
      engagement: { name: 'Payments API modernisation' },
      client: { name: 'Baltic Mutual Bank' },
      auditPeriod: { from: '2025-01-01', to: '2027-12-31' },
    });
    expect(manifest.frameworks.map((item) => item.key).sort()).toEqual(['DORA', 'ISO27001']);
    const evidencePaths = [...entries.keys()].filter((name) => name.startsWith('evidence/'));
    const hashes = evidencePaths.map((name) => name.split('/')[1]);
    expect(evidencePaths.length).toBeGreaterThan(0);
    expect(new Set(hashes).size).toBe(hashes.length);
    // The runbook cites two requirements (DORA Art. 17 and ISO A.5.26) and is stored once.
    expect(
      evidencePaths.filter((name) => name.endsWith('payment-incident-runbook.pdf')),
    ).toHaveLength(1);
    const csv = entries.get('control-matrix.csv')!.toString();
    expect(csv.match(/payment-incident-runbook\.pdf/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('writes OSCAL assessment results that validate against the OSCAL 1.1.2 schema, with evidence hashes', async () => {
    const entries = await readZip(fs.readFileSync(packFile));
    const results = JSON.parse(entries.get('assessment-results.json')!.toString());
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(OSCAL_SCHEMA, 'utf8')));

    expect(validate(results) ? [] : validate.errors).toEqual([]);
    const backMatter = JSON.stringify(results['assessment-results']['back-matter']);
    for (const name of [...entries.keys()].filter((entry) => entry.startsWith('evidence/'))) {
      expect(backMatter).toContain(name.split('/')[1]);
    }
  });

  it('counts only accepted evidence overlapping the audit period and lists the rest as exceptions', async () => {
    const pack = await exportPack(['ISO27001'], '2020-01-01', '2020-12-31');
    const entries = await readZip(fs.readFileSync(await download(pack)));
    const exceptions = JSON.parse(entries.get('exceptions.json')!.toString()) as {
      reason: string;
    }[];

    expect([...entries.keys()].filter((name) => name.startsWith('evidence/'))).toEqual([]);
    expect(exceptions.some((item) => item.reason === 'OUTSIDE_AUDIT_PERIOD')).toBe(true);
    expect(exceptions.some((item) => item.reason === 'PENDING_REVIEW')).toBe(true);
    expect(exceptions.some((item) => item.reason === 'NOT_ACCEPTED')).toBe(true);
  });

  it.each([
    [
      'an edited file',
      (entries: Map<string, Buffer>) =>
        entries.set('index.html', Buffer.from('<p>all compliant</p>')),
      /index\.html was changed/,
    ],
    [
      'an added file',
      (entries: Map<string, Buffer>) => entries.set('evidence/extra.pdf', Buffer.from('%PDF-1.4')),
      /evidence\/extra\.pdf is in the pack but not in the manifest/,
    ],
    [
      'a removed file',
      (entries: Map<string, Buffer>) => entries.delete('control-matrix.csv'),
      /control-matrix\.csv is listed in the manifest but missing/,
    ],
    [
      'an edited manifest',
      (entries: Map<string, Buffer>) => {
        const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as PackManifest;
        manifest.auditPeriod.to = '2030-12-31';
        entries.set('manifest.json', serializeManifest(manifest));
      },
      /signature does not match manifest\.json/,
    ],
    [
      'a swapped key that re-signs the manifest',
      (entries: Map<string, Buffer>) => {
        const forged = signManifest(
          entries.get('manifest.json')!,
          generateSigningKey().privateKeyPem,
        );
        entries.set('signature.json', Buffer.from(JSON.stringify(forged)));
      },
      /not the expected/,
    ],
    [
      'an altered activity event',
      (entries: Map<string, Buffer>) => {
        const lines = entries.get('activity/events.jsonl')!.toString().trim().split('\n');
        const event = JSON.parse(lines[0]);
        event.actorLabel = 'Someone Else';
        lines[0] = JSON.stringify(event);
        entries.set('activity/events.jsonl', Buffer.from(`${lines.join('\n')}\n`));
      },
      /activity\/events\.jsonl was changed/,
    ],
  ])('catches %s', async (name, mutate, problem) => {
    const report = await verifyPack(await tampered(name.replace(/\W+/g, '-'), mutate), {
      expectedKeyFingerprint: fingerprint,
    });

    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(problem);
  });

  it('has a verify command that exits 0 on the pack and 1 with the problems on a tampered copy', async () => {
    const root = path.resolve(__dirname, '../..');
    const cli = path.join(root, 'dist/server/libs/pack/src/verify.cli.js');
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [cli, ...args]).then(
        (result) => ({ code: 0, stdout: result.stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );

    const good = await run([packFile, '--key-fingerprint', fingerprint]);
    expect(good).toMatchObject({ code: 0, stdout: expect.stringContaining('OK: signature valid') });
    const bad = await run([
      await tampered('cli-edit', (entries) => entries.set('control-matrix.csv', Buffer.from('x'))),
      '--key-fingerprint',
      fingerprint,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('control-matrix.csv was changed');
  });

  it('names evidence whose stored file is missing or changed, without failing the export', async () => {
    const [{ sha256 }] = await portal.dataSource.query(
      `SELECT version.sha256 FROM evidence_versions version JOIN evidence ON evidence.id = version.evidence_id WHERE evidence.title = 'CI pipeline quality gates' OR version.file_name = 'payment-incident-runbook.pdf' ORDER BY version.file_name NULLS LAST LIMIT 1`,
    );
    const blob = path.join(portal.dataDirectory, 'blobs', 'sha256', sha256.slice(0, 2), sha256);
    const original = fs.readFileSync(blob);
    fs.writeFileSync(blob, Buffer.concat([original, Buffer.from('tampered')]));
    try {
      const pack = await exportPack(['ISO27001', 'DORA']);
      expect(pack.status).toBe('SUCCEEDED');
      const entries = await readZip(fs.readFileSync(await download(pack)));
      const exceptions = JSON.parse(entries.get('exceptions.json')!.toString()) as {
        reason: string;
        detail: string;
      }[];

      expect(exceptions).toContainEqual(
        expect.objectContaining({
          reason: 'HASH_MISMATCH',
          detail: expect.stringContaining(sha256),
        }),
      );
      const matrix = entries.get('control-matrix.csv')!.toString();
      expect(matrix).not.toMatch(new RegExp(`${sha256}[^\\n]*,yes,`));
    } finally {
      fs.writeFileSync(blob, original);
    }
  });

  it('keeps two exports at once apart', async () => {
    const health = await idOf(portal.dataSource, 'engagements', 'name', 'Clinical data lakehouse');
    const healthOfficer = await portal.signIn('compliance@helvia.example');
    const [first, second] = await Promise.all([
      exportPack(['GDPR']),
      (async () => {
        const queued = await portal.graphql(
          EXPORT,
          {
            input: {
              engagementId: health,
              frameworks: ['GDPR'],
              periodFrom: '2025-01-01',
              periodTo: '2027-12-31',
            },
          },
          healthOfficer,
        );
        const id = queued.data!.exportAuditPack.id;
        for (;;) {
          const pack = (await portal.graphql(PACK, { id }, healthOfficer)).data!.auditPack;
          if (pack.status === 'SUCCEEDED') return pack;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      })(),
    ]);
    const firstManifest = JSON.parse(
      (await readZip(fs.readFileSync(await download(first)))).get('manifest.json')!.toString(),
    );
    const response = await fetch(`${baseUrl}${second.downloadPath}`, {
      headers: { authorization: `Bearer ${healthOfficer}` },
    });
    const secondManifest = JSON.parse(
      (await readZip(Buffer.from(await response.arrayBuffer()))).get('manifest.json')!.toString(),
    );

    expect(firstManifest.engagement.name).toBe('Payments API modernisation');
    expect(secondManifest.engagement.name).toBe('Clinical data lakehouse');
    expect(firstManifest.packId).toBe(first.id);
    expect(secondManifest.packId).toBe(second.id);
  });

  it('refuses frameworks outside the scope, and exports by roles that may not', async () => {
    const outOfScope = await portal.graphql(
      EXPORT,
      {
        input: {
          engagementId: payments,
          frameworks: ['NIS2'],
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
        },
      },
      officer,
    );
    const manager = await portal.signIn('manager@balticmutual.example');
    const byManager = await portal.graphql(
      EXPORT,
      {
        input: {
          engagementId: payments,
          frameworks: ['GDPR'],
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
        },
      },
      manager,
    );
    const backwards = await portal.graphql(
      EXPORT,
      {
        input: {
          engagementId: payments,
          frameworks: ['GDPR'],
          periodFrom: '2026-12-31',
          periodTo: '2026-01-01',
        },
      },
      officer,
    );

    expect(outOfScope.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'frameworks' }],
    });
    expect(byManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'periodTo' }],
    });
  });
});

describe('audit packs across tenants', () => {
  let portal: TestPortal;
  let baseUrl: string;

  beforeAll(async () => {
    portal = await startTestPortal({ environment: { RUN_JOBS: 'false' } });
    baseUrl = await listen(portal);
  });

  afterAll(() => portal.close());

  it('answers NOT_FOUND for another client’s packs by id, list, export and download', async () => {
    const health = await idOf(portal.dataSource, 'engagements', 'name', 'Clinical data lakehouse');
    const healthOfficer = await portal.signIn('compliance@helvia.example');
    const bankOfficer = await portal.signIn('compliance@balticmutual.example');
    const queued = await portal.graphql(
      EXPORT,
      {
        input: {
          engagementId: health,
          frameworks: ['GDPR'],
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
        },
      },
      healthOfficer,
    );
    const packId = queued.data!.exportAuditPack.id;
    expect(queued.data!.exportAuditPack.status).toBe('QUEUED');

    const byId = await portal.graphql(PACK, { id: packId }, bankOfficer);
    const list = await portal.graphql(
      'query($id: ID!) { auditPacks(engagementId: $id) { id } }',
      { id: health },
      bankOfficer,
    );
    const exported = await portal.graphql(
      EXPORT,
      {
        input: {
          engagementId: health,
          frameworks: ['GDPR'],
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
        },
      },
      bankOfficer,
    );
    const downloaded = await fetch(`${baseUrl}/api/audit-packs/${packId}/download`, {
      headers: { authorization: `Bearer ${bankOfficer}` },
    });

    expect(byId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(list.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(exported.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(downloaded.status).toBe(404);
  });

  it('keeps a queued export in PostgreSQL across a restart, then runs it once', async () => {
    const [{ queued }] = await portal.dataSource.query(
      `SELECT count(*)::int AS queued FROM pgboss.job WHERE name = 'audit-pack-export' AND state = 'created'`,
    );
    expect(queued).toBe(1);
    await portal.stop();

    const restarted = await startTestPortal({ sharing: portal, seed: false });
    try {
      let status = '';
      for (let attempt = 0; attempt < 120 && status !== 'SUCCEEDED'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        [{ status }] = await restarted.dataSource.query(`SELECT status FROM audit_packs`);
      }
      const jobs = await restarted.dataSource.query(
        `SELECT state FROM pgboss.job WHERE name = 'audit-pack-export'`,
      );

      expect(status).toBe('SUCCEEDED');
      expect(jobs.map((job: { state: string }) => job.state)).toEqual(['completed']);
    } finally {
      await restarted.stop();
    }
  });
});
