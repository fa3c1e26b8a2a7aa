import path from 'node:path';

import { fileTypeFromBuffer } from 'file-type';

/** Binary formats accepted as evidence, by the type their bytes reveal. */
const BINARY_TYPES: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'application/zip': ['.zip'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
};

/** Text formats have no signature: accepted by extension when the bytes are UTF-8 text. */
const TEXT_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.md': 'text/markdown',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.xml': 'application/xml',
};

export type ContentTypeVerdict = { ok: true; contentType: string } | { ok: false; reason: string };

/** Decides from the first bytes (and, for text, the extension) whether a file is allowed. */
export async function checkContentType(
  head: Buffer,
  fileName: string,
): Promise<ContentTypeVerdict> {
  const extension = path.extname(fileName).toLowerCase();
  const detected = await fileTypeFromBuffer(head);

  if (detected) {
    const extensions = BINARY_TYPES[detected.mime];
    if (!extensions)
      return { ok: false, reason: `files of type ${detected.mime} are not accepted as evidence` };
    if (
      extension &&
      !extensions.includes(extension) &&
      (isKnownExtension(extension) || extension in TEXT_TYPES)
    ) {
      return {
        ok: false,
        reason: `the content is ${detected.mime} but the name ends in ${extension}`,
      };
    }

    return { ok: true, contentType: detected.mime };
  }

  const textType = TEXT_TYPES[extension];
  if (!textType) {
    return {
      ok: false,
      reason: 'the content is not a recognised document, image, spreadsheet or text format',
    };
  }
  if (!isUtf8Text(head))
    return { ok: false, reason: `the content is not UTF-8 text, as ${extension} requires` };

  return { ok: true, contentType: textType };
}

function isKnownExtension(extension: string): boolean {
  return Object.values(BINARY_TYPES).some((extensions) => extensions.includes(extension));
}

function isUtf8Text(head: Buffer): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * A file name fit for display and Content-Disposition: no directories, no control characters,
 * never empty. It is never used as a path; blobs are stored by hash.
 */
export function displayFileName(name: string): string {
  // Browsers send `"`, CR and LF in multipart file names as %22, %0D and %0A (HTML standard).
  const decoded = name.replace(/%(22|0D|0A)/gi, (_match, code: string) =>
    String.fromCharCode(parseInt(code, 16)),
  );
  const base = decoded.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((character) => {
    const code = character.codePointAt(0)!;
    return code >= 0x20 && code !== 0x7f;
  });
  const cleaned = printable.join('').trim().slice(0, 200);

  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'evidence' : cleaned;
}
