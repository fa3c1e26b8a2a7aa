import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  KeyObject,
  sign,
  verify,
} from 'node:crypto';

/** The detached signature file: algorithm, signature of manifest.json, and the signing key. */
export interface PackSignature {
  algorithm: 'Ed25519';
  /** Base64 Ed25519 signature of the exact bytes of manifest.json. */
  signature: string;
  /** The public key, SubjectPublicKeyInfo PEM. */
  publicKey: string;
  /** SHA-256 of the DER-encoded public key, hex: what an auditor pins and compares. */
  keyFingerprint: string;
}

export function generateSigningKey(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function keyFingerprint(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;

  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signManifest(manifestBytes: Buffer, privateKeyPem: string): PackSignature {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('the signing key must be an Ed25519 private key');
  const publicKey = createPublicKey(privateKey);

  return {
    algorithm: 'Ed25519',
    signature: sign(null, manifestBytes, privateKey).toString('base64'),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyFingerprint: keyFingerprint(publicKey),
  };
}

/** Checks the signature with the key the signature file carries; pinning the key is the caller's job. */
export function verifyManifestSignature(manifestBytes: Buffer, signature: PackSignature): boolean {
  try {
    const publicKey = createPublicKey(signature.publicKey);
    if (publicKey.asymmetricKeyType !== 'ed25519' || signature.algorithm !== 'Ed25519')
      return false;

    return verify(null, manifestBytes, publicKey, Buffer.from(signature.signature, 'base64'));
  } catch {
    return false;
  }
}
