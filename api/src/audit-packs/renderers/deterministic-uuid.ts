import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs (RFC 4122 version 5) for the identifiers inside an audit pack, so the same
 * pack model always renders the same documents, byte for byte.
 */

/** Namespace of every UUID the portal derives for audit packs; never change it. */
const AUDIT_PACK_NAMESPACE = '8aa65ccb-b2e3-4a4e-a865-c4b74412af93';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** RFC 4122 §4.3: SHA-1 over the namespace's 16 bytes and the name in UTF-8. */
export function uuidV5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new RangeError(`Not a UUID namespace: ${namespace}`);

  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');

  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/** A UUID for one named thing in one pack, e.g. `packUuid(packId, 'finding/ISO27001/A.8.15')`. */
export function packUuid(packId: string, name: string): string {
  return uuidV5(uuidV5(AUDIT_PACK_NAMESPACE, packId), name);
}
