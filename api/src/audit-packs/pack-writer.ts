import { createHash } from 'node:crypto';
import { FileHandle } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';

import { stringifyChunked } from '@discoveryjs/json-ext';
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
import { PackFileSink } from './pack-file-sink';
import { PackModel } from './pack-model';
import { refreshStatuses } from './pack-model.builder';
import { ReadBufferPool } from './read-buffer-pool';
import { PACK_FILES } from './renderers/pack-files';

useNativeCrc32();

/** Large reads: fewer chunks through hash, CRC and ZIP for multi-megabyte evidence. */
const READ_BUFFER_BYTES = 512 * 1024;
/** Enough buffers that reading never waits for the disk write while the pipe is full. */
const READ_BUFFER_COUNT = 8;

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
    const staging = await this.blobs.openStaging();
    try {
      const written = await this.writeTo(staging.handle, model, onProgress);
      await staging.commit(written.sha256);

      return written;
    } catch (error) {
      await staging.discard();
      throw error;
    }
  }

  private async writeTo(
    handle: FileHandle,
    model: PackModel,
    onProgress: (percent: number) => Promise<void>,
  ): Promise<WrittenPack> {
    const zip = new yazl.ZipFile();
    const mtime = new Date(model.generatedAt);
    const files: ManifestFile[] = [];
    const pool = new ReadBufferPool(READ_BUFFER_COUNT, READ_BUFFER_BYTES);
    const sink = new PackFileSink(handle, pool);
    const writing = pipeline(zip.outputStream, sink);
    // If the pack cannot be written (disk full, store gone), every later step must stop too,
    // or the writer would wait forever on a stream nobody reads.
    const writeFailed = writing.then(
      () => new Promise<never>(() => undefined),
      (error: unknown) => Promise.reject(error),
    );
    writeFailed.catch(() => undefined);

    const addBuffer = (path: string, content: Buffer, compress = true): ManifestFile => {
      if (!isSafeEntryName(path)) throw new Error(`unsafe pack path ${path}`);
      zip.addBuffer(content, path, { mtime, compress });
      const file = {
        path,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
      };
      files.push(file);

      return file;
    };
    const addStream = async (path: string, content: Readable): Promise<ManifestFile> => {
      if (!isSafeEntryName(path)) throw new Error(`unsafe pack path ${path}`);
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
      const copied = finished(hasher);
      zip.addReadStream(content.pipe(hasher), path, { mtime, compress: true });
      content.on('error', (error) => hasher.destroy(error));
      await Promise.race([copied, writeFailed]);
      const file = { path, size, sha256: hash.digest('hex') };
      files.push(file);

      return file;
    };
    // Evidence is stored as it is (PDFs, images and archives are compressed already), read
    // through the pool and hashed as each chunk is read.
    const addEvidenceFile = async (path: string, sha256: string): Promise<ManifestFile> => {
      if (!isSafeEntryName(path)) throw new Error(`unsafe pack path ${path}`);
      const hash = createHash('sha256');
      let size = 0;
      const content = pool.readFile(this.blobs.pathOf(sha256), (chunk) => {
        hash.update(chunk);
        size += chunk.length;
      });
      const copied = finished(content);
      zip.addReadStream(content, path, { mtime, compress: false });
      await Promise.race([copied, writeFailed]);
      const file = { path, size, sha256: hash.digest('hex') };
      files.push(file);

      return file;
    };

    await this.addEvidence(model, addEvidenceFile, onProgress);
    refreshStatuses(model);
    const excerpt = await activityExcerpt(this.dataSource, model.engagement.id, model.auditPeriod);
    await addStream(ACTIVITY_EVENTS_PATH, excerpt.events);
    await addStream(ACTIVITY_CHAIN_PATH, excerpt.chain);
    addBuffer(
      ACTIVITY_BOUNDS_PATH,
      Buffer.from(JSON.stringify(await excerpt.bounds(), null, 2) + '\n'),
    );

    addBuffer(
      PACK_FILES.controlMatrixCsv,
      Buffer.from(this.renderers.controlMatrixCsv(model), 'utf8'),
    );
    addBuffer(PACK_FILES.controlMatrixXlsx, await this.renderers.controlMatrixXlsx(model), false);
    addBuffer(PACK_FILES.summaryHtml, Buffer.from(this.renderers.summaryHtml(model), 'utf8'));
    addBuffer(PACK_FILES.summaryPdf, await this.renderers.summaryPdf(model), false);
    // Thousands of observations make a document of megabytes: streamed, never one string.
    await addStream(
      PACK_FILES.assessmentResults,
      Readable.from(prettyJsonChunks(this.renderers.assessmentResults(model))),
    );
    addBuffer('exceptions.json', Buffer.from(JSON.stringify(model.exceptions, null, 2) + '\n'));
    await onProgress(95);

    const manifestBytes = serializeManifest(this.manifestOf(model, files));
    const signature = signManifest(manifestBytes, this.signingKeyPem);
    zip.addBuffer(manifestBytes, MANIFEST_PATH, { mtime });
    zip.addBuffer(Buffer.from(JSON.stringify(signature, null, 2) + '\n'), SIGNATURE_PATH, {
      mtime,
    });
    zip.end();
    await writing;

    return {
      sha256: sink.sha256(),
      sizeBytes: sink.sizeBytes,
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
    addEvidence: (path: string, sha256: string) => Promise<ManifestFile>,
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
        const included = added.get(file.path) ?? (await addEvidence(file.path, file.sha256));
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

/** The text `JSON.stringify(value, null, 2)` gives, and a final line end, a piece at a time. */
function* prettyJsonChunks(value: unknown): Generator<string> {
  yield* stringifyChunked(value, null, 2);
  yield '\n';
}
