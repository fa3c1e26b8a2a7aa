import { Inject, Injectable } from '@nestjs/common';
import { EvidenceKind } from '@portal/domain';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';

import { DomainError, ErrorCode } from '../common/domain-error';
import { isCalendarDate } from '../common/validators';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { BlobTooLargeError, LocalBlobStore, StagedBlob } from '../evidence/blob-store';
import { checkContentType, displayFileName } from '../evidence/content-type';
import { EvidenceService } from '../evidence/evidence.service';
import { BLOB_STORE } from '../evidence/evidence-file.controller';
import { RequestScope } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { bundlePath, ImportBundle } from './import-bundle';

const REQUIRED_COLUMNS = [
  'file',
  'title',
  'requirements',
  'covers_from',
  'covers_to',
  'valid_until',
];
const OPTIONAL_COLUMNS = ['description'];

export interface RowProblem {
  line: number;
  reason: string;
}

interface PlannedRow {
  line: number;
  fileName: string;
  title: string;
  description: string;
  requirementIds: string[];
  coversFrom: string | null;
  coversTo: string | null;
  validUntil: string | null;
  staged: StagedBlob;
  contentType: string;
}

/**
 * Imports a bundle of evidence files described by a CSV. Every row is checked first — file
 * present and of an allowed type, requirements in scope, dates valid — and any problem refuses
 * the whole import with every bad row and its line number; otherwise all rows are created in
 * one transaction, after their files are durable in the blob store.
 */
@Injectable()
export class EvidenceImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly evidence: EvidenceService,
    @Inject(BLOB_STORE) private readonly blobs: LocalBlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(scope: RequestScope, engagementId: string, bundle: ImportBundle) {
    await this.evidence.assertCanAdd(scope.actor, engagementId);

    const planned: PlannedRow[] = [];
    try {
      const problems = await this.plan(engagementId, bundle, planned);
      if (problems.length > 0) {
        throw new DomainError(
          ErrorCode.BadUserInput,
          `Import refused: ${problems.length} problem(s) found; nothing was imported`,
          { rows: problems },
        );
      }

      for (const row of planned) await row.staged.commit();
      const created = await this.dataSource.transaction(async (manager) => {
        const ids: string[] = [];
        for (const row of planned) {
          const { evidence } = await this.evidence.createWithin(
            manager,
            scope,
            EvidenceKind.FILE,
            {
              engagementId,
              title: row.title,
              description: row.description,
              coversFrom: row.coversFrom,
              coversTo: row.coversTo,
              validUntil: row.validUntil,
              requirementIds: row.requirementIds,
              deliverableIds: [],
            },
            {
              sha256: row.staged.sha256,
              sizeBytes: row.staged.sizeBytes,
              fileName: row.fileName,
              contentType: row.contentType,
            },
          );
          ids.push(evidence.id);
        }
        return ids;
      });

      return { imported: created.length, evidenceIds: created };
    } finally {
      await Promise.all(planned.map((row) => row.staged.discard()));
    }
  }

  private async plan(
    engagementId: string,
    bundle: ImportBundle,
    planned: PlannedRow[],
  ): Promise<RowProblem[]> {
    let records: { record: Record<string, string>; info: { lines: number } }[];
    try {
      records = parse(bundle.manifest, {
        columns: true,
        info: true,
        bom: true,
        trim: true,
        skip_empty_lines: true,
      });
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 1;
      return [{ line, reason: `the CSV cannot be read: ${(error as Error).message}` }];
    }
    const header = records.length > 0 ? Object.keys(records[0].record) : [];
    const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
    const unknown = header.filter(
      (column) => !REQUIRED_COLUMNS.includes(column) && !OPTIONAL_COLUMNS.includes(column),
    );
    if (records.length === 0) return [{ line: 1, reason: 'the CSV has no rows' }];
    if (missing.length + unknown.length > 0) {
      return [
        {
          line: 1,
          reason: `columns must be ${REQUIRED_COLUMNS.join(',')} (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'})`,
        },
      ];
    }

    const requirements = await this.dataSource
      .getRepository(EngagementRequirement)
      .find({ where: { engagementId } });
    const byReference = new Map(
      requirements.map((item) => [`${item.framework}:${item.reference}`, item.id]),
    );
    const problems: RowProblem[] = [];

    for (const { record, info } of records) {
      const line = info.lines;
      const rowProblems: string[] = [];
      const title = record.title ?? '';
      if (title.length < 3 || title.length > 200)
        rowProblems.push('title must be 3 to 200 characters');

      const requirementIds: string[] = [];
      for (const reference of (record.requirements ?? '')
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean)) {
        const id = byReference.get(reference.replace(/\s*:\s*/, ':'));
        if (id) requirementIds.push(id);
        else
          rowProblems.push(
            `requirement ${reference} is not in this engagement's scope (write FRAMEWORK:REFERENCE)`,
          );
      }

      const dates: Record<string, string | null> = {};
      for (const column of ['covers_from', 'covers_to', 'valid_until']) {
        const value = record[column] || null;
        if (value && !isCalendarDate(value))
          rowProblems.push(`${column} must be a date written YYYY-MM-DD`);
        dates[column] = value;
      }
      if (dates.covers_from && dates.covers_to && dates.covers_to < dates.covers_from) {
        rowProblems.push('covers_to is before covers_from');
      }

      const name = bundlePath(record.file ?? '');
      if (!name) rowProblems.push('file must be a path inside the bundle');
      else if (!bundle.has(name)) rowProblems.push(`file ${record.file} is not in the bundle`);
      else if (rowProblems.length === 0) {
        const outcome = await this.stageFile(bundle, name);
        if ('reason' in outcome) rowProblems.push(outcome.reason);
        else {
          planned.push({
            line,
            fileName: displayFileName(name),
            title,
            description: record.description ?? '',
            requirementIds,
            coversFrom: dates.covers_from,
            coversTo: dates.covers_to,
            validUntil: dates.valid_until,
            ...outcome,
          });
        }
      }
      problems.push(...rowProblems.map((reason) => ({ line, reason })));
    }

    return problems;
  }

  private async stageFile(
    bundle: ImportBundle,
    name: string,
  ): Promise<{ reason: string } | { staged: StagedBlob; contentType: string }> {
    let staged: StagedBlob;
    try {
      staged = await this.blobs.stage(await bundle.open(name), this.config.MAX_UPLOAD_BYTES);
    } catch (error) {
      if (error instanceof BlobTooLargeError)
        return { reason: `file ${name} is larger than ${this.config.MAX_UPLOAD_BYTES} bytes` };
      return { reason: `file ${name} cannot be read: ${(error as Error).message}` };
    }
    const verdict = await checkContentType(staged.head, name);
    if (!verdict.ok) {
      await staged.discard();
      return { reason: `file ${name} refused: ${verdict.reason}` };
    }

    return { staged, contentType: verdict.contentType };
  }
}
