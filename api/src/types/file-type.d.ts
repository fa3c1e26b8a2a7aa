// file-type ships types only through package "exports", which our CommonJS resolution
// (moduleResolution node10) cannot see; Node 24 loads the ESM package itself via require(esm).
declare module 'file-type' {
  export interface FileTypeResult {
    ext: string;
    mime: string;
  }

  export function fileTypeFromBuffer(
    buffer: Uint8Array | ArrayBuffer,
  ): Promise<FileTypeResult | undefined>;
}
