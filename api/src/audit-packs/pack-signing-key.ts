import { createPrivateKey, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { generateSigningKey, keyFingerprint } from '@portal/pack';

import { AppConfig } from '../config/app-config';

export interface SigningKey {
  privateKeyPem: string;
  publicKeyPem: string;
  fingerprint: string;
}

/**
 * The Ed25519 key that signs pack manifests: PACK_SIGNING_KEY_FILE when set (a PKCS#8 PEM),
 * otherwise one generated once and kept in the data folder, readable by its owner only.
 */
export function loadSigningKey(config: AppConfig): SigningKey {
  const file =
    config.PACK_SIGNING_KEY_FILE ?? path.join(config.dataDirectory, 'pack-signing-key.pem');
  if (!config.PACK_SIGNING_KEY_FILE && !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, generateSigningKey().privateKeyPem, { mode: 0o600, flag: 'wx' });
  }
  const privateKeyPem = fs.readFileSync(file, 'utf8');
  const publicKey = createPublicKey(createPrivateKey(privateKeyPem));

  return {
    privateKeyPem,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: keyFingerprint(publicKey),
  };
}
