/**
 * Names of the files the renderers produce or link to, relative to the root of the pack. The
 * entry page links them, so the pack writer should store the files under exactly these names.
 */
export const PACK_FILES = {
  summaryHtml: 'index.html',
  summaryPdf: 'summary.pdf',
  controlMatrixCsv: 'control-matrix.csv',
  controlMatrixXlsx: 'control-matrix.xlsx',
  assessmentResults: 'assessment-results.json',
  manifest: 'manifest.json',
  signature: 'signature.json',
} as const;

/** The command an auditor runs on the ZIP to check it, as the entry page explains it. */
export const VERIFY_COMMAND = 'npm run pack:verify -- <pack.zip>';

/** The same, pinning the signing key to the fingerprint the agency handed over separately. */
export const VERIFY_WITH_KEY_COMMAND =
  'npm run pack:verify -- <pack.zip> --key-fingerprint <sha256 hex>';

/**
 * A pack path as a relative URL: each segment percent-encoded, so a file name with a space, `#`
 * or `%` still resolves to the file (pack paths are built by the portal, never by users).
 */
export function packPathHref(packPath: string): string {
  return packPath.split('/').map(encodeURIComponent).join('/');
}
