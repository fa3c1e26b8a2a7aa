import stableStringify from 'json-stable-stringify';

export const PACK_FORMAT = 'engagement-portal-audit-pack';
export const PACK_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'signature.json';
export const ACTIVITY_EVENTS_PATH = 'activity/events.jsonl';
export const ACTIVITY_CHAIN_PATH = 'activity/chain.jsonl';
export const ACTIVITY_BOUNDS_PATH = 'activity/bounds.json';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** What the pack contains; its exact bytes are what the signature covers. */
export interface PackManifest {
  format: typeof PACK_FORMAT;
  formatVersion: number;
  packId: string;
  engagement: { id: string; name: string };
  client: { id: string; name: string };
  frameworks: { key: string; name: string; catalogVersion: string; sourceVersion: string }[];
  auditPeriod: { from: string; to: string };
  generatedAt: string;
  generatedBy: { id: string; name: string; role: string };
  /** Every file of the pack except manifest.json and signature.json, sorted by path. */
  files: ManifestFile[];
}

/** Canonical bytes: sorted keys, two-space indentation, trailing newline. */
export function serializeManifest(manifest: PackManifest): Buffer {
  const sorted = {
    ...manifest,
    files: [...manifest.files].sort((left, right) => compare(left.path, right.path)),
  };

  return Buffer.from(`${stableStringify(sorted, { space: 2 })}\n`, 'utf8');
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Entry names that every unzip tool opens the same way and that cannot leave the archive. */
export function isSafeEntryName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 400 &&
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !/^[a-zA-Z]:/.test(name) &&
    name.split('/').every((part) => part !== '' && part !== '.' && part !== '..') &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(name)
  );
}
