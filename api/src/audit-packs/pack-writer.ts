import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';

import {
  ACTIVITY_BOUNDS_PATH,
  ACTIVITY_CHAIN_PATH,
  ACTIVITY_EVENTS_PATH,
  isSafeEntryName,
  MANIFEST_PATH,
  ManifestFile,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PackManifest,
  serializeManifest,
  SIGNATURE_PATH,
  signManifest,
} from '@portal/pack';
import { DataSource } from 'typeorm';
import yazl from 'yazl';

import { LocalBlobStore } from '../evidence/blob-store';
import { activityExcerpt } from './activity-excerpt';
import { useNativeCrc32 } from './native-crc32';
import { PackModel } from './pack-model';
import { refreshStatuses } from './pack-model.builder';
import { PACK_FILES } from './renderers/pack-files';

useNativeCrc32();

/** Large reads: fewer chunks through hash, CRC and ZIP for multi-megabyte evidence. */
const PACK_READ_CHUNK_BYTES = 1024 * 1024;

export interface PackRenderers {
  controlMatrixCsv(model: PackModel): string;
  controlMatrixXlsx(model: PackModel): Promise<Buffer>;
  summaryHtml(model: PackModel): string;
  summaryPdf(model: PackModel): Promise<Buffer>;
  assessmentResults(model: PackModel): object;
}

export interface WrittenPack {
  sha256: string;
  sizeBytes: number;
  keyFingerprint: string;
}

/**
 * Streams a pack into the blob store: evidence files (each checked against its recorded hash
 * first, stored uncompressed, once), the activity excerpt, the rendered views, then the
 * manifest of every file and its Ed25519 signature. Memory holds one chunk at a time, not the pack.
 */
export class PackWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly blobs: LocalBlobStore,
    private readonly renderers: PackRenderers,
    private readonly signingKeyPem: string,
  ) {}

  async write(
    model: PackModel,
    onProgress: (percent: number) => Promise<void>,
  ): Promise<WrittenPack> {
    const zip = new yazl.ZipFile();
    const mtime = new Date(model.generatedAt);
    const files: ManifestFile[] = [];
    const staging = this.blobs.stage(zip.outputStream as Readable, Number.MAX_SAFE_INTEGER);
    // If the pack cannot be written (disk full, store gone), every later step must stop too,
    // or the writer would wait forever on a stream nobody reads.
    const writeFailed = staging.then(
      () => new Promise<never>(() => undefined),
      (error: unknown) => Promise.reject(error),
    );
    writeFailed.catch(() => undefined);

    const add = async (
      path: string,
      content: Buffer | Readable,
      compress = true,
    ): Promise<ManifestFile> => {
      if (!isSafeEntryName(path)) throw new Error(`unsafe pack path ${path}`);
      if (Buffer.isBuffer(content)) {
        zip.addBuffer(content, path, { mtime, compress });
        const file = {
          path,
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
        };
        files.push(file);
        return file;
      }
      const hash = createHash('sha256');
      let size = 0;
      // Hashing inside the pipe: bytes reach the hash exactly as yazl reads them, no sooner.
      const hasher = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      const finished = new Promise<void>((resolve, reject) => {
        hasher.on('end', resolve);
        hasher.on('error', reject);
        content.on('error', reject);
      });
      zip.addReadStream(content.pipe(hasher), path, { mtime, compress });
      await Promise.race([finished, writeFailed]);
      const file = { path, size, sha256: hash.digest('hex') };
      files.push(file);
      return file;
    };

    await this.addEvidence(model, add, onProgress);
    refreshStatuses(model);
    const excerpt = await activityExcerpt(this.dataSource, model.engagement.id, model.auditPeriod);
    await add(ACTIVITY_EVENTS_PATH, excerpt.events);
    await add(ACTIVITY_CHAIN_PATH, excerpt.chain);
    await add(
      ACTIVITY_BOUNDS_PATH,
      Buffer.from(JSON.stringify(await excerpt.bounds(), null, 2) + '\n'),
    );

    await add(
      PACK_FILES.controlMatrixCsv,
      Buffer.from(this.renderers.controlMatrixCsv(model), 'utf8'),
    );
    await add(PACK_FILES.controlMatrixXlsx, await this.renderers.controlMatrixXlsx(model), false);
    await add(PACK_FILES.summaryHtml, Buffer.from(this.renderers.summaryHtml(model), 'utf8'));
    await add(PACK_FILES.summaryPdf, await this.renderers.summaryPdf(model), false);
    await add(
      PACK_FILES.assessmentResults,
      Buffer.from(JSON.stringify(this.renderers.assessmentResults(model), null, 2) + '\n'),
    );
    await add('exceptions.json', Buffer.from(JSON.stringify(model.exceptions, null, 2) + '\n'));
    await onProgress(95);

    const manifestBytes = serializeManifest(this.manifestOf(model, files));
    const signature = signManifest(manifestBytes, this.signingKeyPem);
    zip.addBuffer(manifestBytes, MANIFEST_PATH, { mtime });
    zip.addBuffer(Buffer.from(JSON.stringify(signature, null, 2) + '\n'), SIGNATURE_PATH, {
      mtime,
    });
    zip.end();

    const staged = await staging;
    await staged.commit();

    return {
      sha256: staged.sha256,
      sizeBytes: staged.sizeBytes,
      keyFingerprint: signature.keyFingerprint,
    };
  }

  /**
   * Each file is read once: hashed while it streams into the archive, then compared with the
   * hash recorded at upload. A missing or changed blob is named in the pack as an exception and
   * stops counting; it is never silently dropped. A changed file stays in the archive as found,
   * listed in the manifest with the hash of the bytes actually included.
   */
  private async addEvidence(
    model: PackModel,
    add: (path: string, content: Buffer | Readable, compress?: boolean) => Promise<ManifestFile>,
    onProgress: (percent: number) => Promise<void>,
  ) {
    const totalBytes = model.evidenceFiles.reduce((sum, file) => sum + file.sizeBytes, 0) || 1;
    const added = new Map<string, ManifestFile>();
    let doneBytes = 0;
    let reported = 0;

    for (const file of model.evidenceFiles) {
      let problem: 'FILE_MISSING' | 'HASH_MISMATCH' | null = null;
      if (!this.blobs.exists(file.sha256)) problem = 'FILE_MISSING';
      else {
        const included =
          added.get(file.path) ??
          (await add(file.path, this.blobs.open(file.sha256, PACK_READ_CHUNK_BYTES), false));
        added.set(file.path, included);
        if (included.sha256 !== file.sha256) problem = 'HASH_MISMATCH';
      }
      if (problem) {
        file.status = problem;
        model.exceptions.push({
          framework: null,
          reference: null,
          evidenceId: file.evidenceId,
          versionId: file.versionId,
          title: file.title,
          reason: problem,
          detail:
            problem === 'FILE_MISSING'
              ? `The stored file ${file.sha256} is missing from the blob store`
              : `The stored file no longer matches its recorded SHA-256 ${file.sha256}; included as found, it does not count`,
        });
        this.unlinkCitations(model, file.versionId);
      }
      doneBytes += file.sizeBytes;
      const percent = 5 + Math.floor((85 * doneBytes) / totalBytes);
      if (percent >= reported + 2) {
        reported = percent;
        await onProgress(percent);
      }
    }
  }

  /** A file that cannot be included does not count, and no citation points at a missing path. */
  private unlinkCitations(model: PackModel, versionId: string) {
    for (const requirement of model.requirements) {
      for (const citation of requirement.evidence) {
        if (citation.versionId === versionId) {
          citation.packPath = null;
          citation.counts = false;
        }
      }
    }
  }

  private manifestOf(model: PackModel, files: ManifestFile[]): PackManifest {
    return {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      packId: model.packId,
      engagement: model.engagement,
      client: model.client,
      frameworks: model.frameworks.map(({ key, name, catalogVersion, sourceVersion }) => ({
        key,
        name,
        catalogVersion,
        sourceVersion,
      })),
      auditPeriod: model.auditPeriod,
      generatedAt: model.generatedAt,
      generatedBy: model.generatedBy,
      files,
    };
  }
}
