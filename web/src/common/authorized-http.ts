import { freshAccessToken, renewAccessToken } from '../auth/access-token';
import { httpApiErrorOf } from './http-api-error';

const UNAUTHORIZED = 401;

export interface MultipartUpload {
  path: string;
  /** Sent before the file, in this order: the API checks them before it stores any byte. */
  fields: Record<string, string | undefined>;
  file: File;
  /** Share of the body sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** The upload was cancelled by the user; nothing needs to be shown. */
export class UploadCancelledError extends Error {
  constructor() {
    super('The upload was cancelled');
    this.name = 'UploadCancelledError';
  }
}

function formDataOf({ fields, file }: MultipartUpload): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== '') form.append(name, value);
  }
  form.append('file', file, file.name);

  return form;
}

interface XhrOutcome {
  status: number;
  body: string;
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function sendOnce(upload: MultipartUpload, token: string | null): Promise<XhrOutcome> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', upload.path);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        upload.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, body: request.responseText });
    request.onerror = () => reject(new TypeError('The upload could not reach the portal'));
    request.onabort = () => reject(new UploadCancelledError());
    upload.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(formDataOf(upload));
  });
}

/**
 * Posts fields and one file with the session's bearer token, reporting progress. A refused
 * token is renewed once and the upload sent again. Resolves with the JSON body of a 2xx answer;
 * rejects with HttpApiError when the API refuses.
 */
export async function postMultipart<Result>(upload: MultipartUpload): Promise<Result> {
  if (upload.signal?.aborted) throw new UploadCancelledError();

  let outcome = await sendOnce(upload, await freshAccessToken());
  if (outcome.status === UNAUTHORIZED && (await renewAccessToken())) {
    upload.onProgress?.(0);
    outcome = await sendOnce(upload, await freshAccessToken());
  }

  if (outcome.status >= 200 && outcome.status < 300) return JSON.parse(outcome.body) as Result;

  throw httpApiErrorOf(outcome.status, outcome.body);
}

async function getWithToken(path: string): Promise<Response> {
  const get = async () => {
    const token = await freshAccessToken();

    return fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  };

  const response = await get();
  if (response.status === UNAUTHORIZED && (await renewAccessToken())) return get();

  return response;
}

/** The file name from Content-Disposition, preferring the RFC 5987 UTF-8 form. */
function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;

  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Fall back to the plain name below.
    }
  }

  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
}

/** Downloads a protected file and hands it to the browser as a download. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await getWithToken(path);
  if (!response.ok) throw httpApiErrorOf(response.status, await response.text());

  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; let them finish before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
