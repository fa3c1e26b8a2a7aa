import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import yazl from 'yazl';

import { listen } from './support/http-portal';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const HEADER = 'file,title,requirements,covers_from,covers_to,valid_until';

function zipOf(files: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  const chunks: Buffer[] = [];

  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

describe('bulk evidence import', () => {
  let portal: TestPortal;
  let baseUrl: string;
  let officer: string;
  let payments: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    baseUrl = await listen(portal);
    officer = await portal.signIn('compliance@balticmutual.example');
    payments = await idOf(portal.dataSource, 'engagements', 'name', 'Payments API modernisation');
  });

  afterAll(() => portal.close());

  async function postImport(archive: Buffer, engagementId = payments, token = officer) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(archive)]), 'bundle.zip');
    const response = await fetch(`${baseUrl}/api/engagements/${engagementId}/evidence-imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });

    return { status: response.status, body: (await response.json()) as any };
  }

  const evidenceCount = async () =>
    (await portal.dataSource.query('SELECT count(*)::int AS count FROM evidence'))[0].count;

  it('imports every row of a ZIP with its links and periods', async () => {
    const before = await evidenceCount();
    const archive = await zipOf({
      'evidence.csv': [
        HEADER,
        'reports/vuln-scan.pdf,Vulnerability scan November,ISO27001:A.8.8;DORA:Art. 9,2026-11-01,2026-11-30,2027-02-28',
        '"reports/änderungen, final.csv",Change log,ISO27001:A.8.32,2026-10-01,2026-11-30,',
      ].join('\n'),
      'reports/vuln-scan.pdf': PDF,
      'reports/änderungen, final.csv': 'change,date\nrelease 4.2,2026-11-03\n',
    });
    const result = await postImport(archive);

    expect(result.status).toBe(201);
    expect(result.body.imported).toBe(2);
    expect(await evidenceCount()).toBe(before + 2);
    const [version] = await portal.dataSource.query(
      `SELECT version.file_name, version.content_type, to_char(version.valid_until, 'YYYY-MM-DD') AS valid_until
       FROM evidence_versions version JOIN evidence ON evidence.id = version.evidence_id WHERE evidence.title = 'Vulnerability scan November'`,
    );
    expect(version).toEqual({
      file_name: 'vuln-scan.pdf',
      content_type: 'application/pdf',
      valid_until: '2027-02-28',
    });
    const [{ links }] = await portal.dataSource.query(
      `SELECT count(*)::int AS links FROM evidence_requirement_links link JOIN evidence ON evidence.id = link.evidence_id WHERE evidence.title = 'Vulnerability scan November'`,
    );
    expect(links).toBe(2);
  });

  it('reports every bad row with its line number and imports nothing', async () => {
    const before = await evidenceCount();
    const archive = await zipOf({
      'evidence.csv': [
        HEADER,
        'good.pdf,A good row,ISO27001:A.8.8,2026-11-01,2026-11-30,2027-01-31',
        'missing.pdf,Missing file,ISO27001:A.8.8,,,',
        'good.pdf,Bad reference,ISO27001:Z.9.9,,,',
        'good.pdf,Bad dates,,2026-11-31,2026-10-01,',
        '../escape.pdf,Escape attempt,,,,',
        'fake.pdf,Not a PDF,,,,',
      ].join('\n'),
      'good.pdf': PDF,
      'fake.pdf': 'MZ this is not a pdf',
    });
    const result = await postImport(archive);

    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const lines = result.body.errors[0].extensions.rows.map((row: any) => row.line);
    expect([...new Set(lines)]).toEqual([3, 4, 5, 6, 7]);
    expect(
      result.body.errors[0].extensions.rows.find((row: any) => row.line === 4).reason,
    ).toContain('Z.9.9');
    expect(await evidenceCount()).toBe(before);
    expect(fs.readdirSync(path.join(portal.dataDirectory, 'blobs', 'staging'))).toEqual([]);
  });

  it('refuses an archive without evidence.csv or that is not a ZIP', async () => {
    const noManifest = await postImport(await zipOf({ 'a.pdf': PDF }));
    const notZip = await postImport(Buffer.from('definitely not a zip'));

    expect(noManifest.status).toBe(400);
    expect(noManifest.body.errors[0].message).toContain('evidence.csv');
    expect(notZip.status).toBe(400);
    expect(notZip.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses wrong columns at line 1', async () => {
    const result = await postImport(
      await zipOf({ 'evidence.csv': 'name,title\na.pdf,x\n', 'a.pdf': PDF }),
    );

    expect(result.body.errors[0].extensions.rows).toEqual([
      { line: 1, reason: expect.stringContaining('missing: file') },
    ]);
  });

  it('keeps other tenants and read-only roles out', async () => {
    const health = await idOf(portal.dataSource, 'engagements', 'name', 'Clinical data lakehouse');
    const archive = await zipOf({ 'evidence.csv': `${HEADER}\na.pdf,Planted,,,,\n`, 'a.pdf': PDF });
    const foreign = await postImport(archive, health);
    const viewer = await postImport(
      archive,
      payments,
      await portal.signIn('viewer@balticmutual.example'),
    );

    expect(foreign.status).toBe(404);
    expect(viewer.status).toBe(403);
  });

  it('imports a folder from the command line, reporting bad rows by line', async () => {
    await portal.app.close();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-import-'));
    fs.writeFileSync(path.join(folder, 'scan.pdf'), PDF);
    fs.writeFileSync(
      path.join(folder, 'evidence.csv'),
      `${HEADER}\nscan.pdf,CLI imported scan,ISO27001:A.8.8,,,\n`,
    );
    const root = path.resolve(__dirname, '../..');
    const environment = {
      PATH: process.env.PATH,
      DATABASE_URL: portal.database.url,
      DATA_DIR: portal.dataDirectory,
      DATABASE_POOL_SIZE: '1',
    };
    const run = (args: string[]) =>
      promisify(execFile)(
        process.execPath,
        [path.join(root, 'dist/server/api/src/evidence-import/import-evidence.cli.js'), ...args],
        {
          cwd: root,
          env: environment,
        },
      );

    const imported = await run([
      '--engagement',
      'Payments API modernisation',
      '--as',
      'compliance@balticmutual.example',
      folder,
    ]);
    expect(imported.stdout).toContain(
      'Imported 1 evidence file(s) into "Payments API modernisation"',
    );

    fs.writeFileSync(
      path.join(folder, 'evidence.csv'),
      `${HEADER}\nscan.pdf,ok row,,,,\nnope.pdf,bad row,,,,\n`,
    );
    const refused = await run([
      '--engagement',
      'Payments API modernisation',
      '--as',
      'compliance@balticmutual.example',
      folder,
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('line 3: file nope.pdf is not in the bundle'),
    });
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
