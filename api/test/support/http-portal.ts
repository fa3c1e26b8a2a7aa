import { TestPortal } from './test-app';

/** The test portal on a real loopback port, for uploads and downloads over real HTTP. */
export async function listen(portal: TestPortal): Promise<string> {
  await portal.app.listen(0, '127.0.0.1');
  const address = portal.app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('no port');

  return `http://127.0.0.1:${address.port}`;
}

export interface UploadFields {
  engagementId: string;
  title?: string;
  requirementIds?: string[];
  evidenceId?: string;
  coversFrom?: string;
  coversTo?: string;
  validUntil?: string;
}

/** Posts fields, then the file, as the web app does. */
export async function upload(
  baseUrl: string,
  token: string,
  fields: UploadFields,
  file: { name: string; bytes: Buffer },
) {
  const form = new FormData();
  form.append('engagementId', fields.engagementId);
  form.append('title', fields.title ?? 'Uploaded evidence');
  if (fields.requirementIds) form.append('requirementIds', fields.requirementIds.join(','));
  for (const key of ['evidenceId', 'coversFrom', 'coversTo', 'validUntil'] as const) {
    if (fields[key]) form.append(key, fields[key]!);
  }
  form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  const response = await fetch(`${baseUrl}/api/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });

  return { status: response.status, body: (await response.json()) as any };
}
