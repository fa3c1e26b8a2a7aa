import { postMultipart } from '../common/authorized-http';
import type { EvidenceDetailsValues } from './evidence-details';
import { evidenceDetailsInput } from './evidence-details';

const EVIDENCE_UPLOAD_PATH = '/api/evidence';

/** What the API answers to a stored upload (201). */
export interface EvidenceUploadResult {
  evidence: { id: string; title: string };
  version: {
    id: string;
    number: number;
    sha256: string;
    sizeBytes: number;
    contentType: string | null;
    fileName: string | null;
  };
}

export interface EvidenceUpload {
  engagementId: string;
  /** Adds a version to this file evidence instead of creating a new evidence. */
  evidenceId?: string;
  details: EvidenceDetailsValues;
  file: File;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Uploads one evidence file, fields first, and resolves with the stored version. */
export function uploadEvidenceFile(upload: EvidenceUpload): Promise<EvidenceUploadResult> {
  const details = evidenceDetailsInput(upload.details);

  return postMultipart<EvidenceUploadResult>({
    path: EVIDENCE_UPLOAD_PATH,
    fields: {
      engagementId: upload.engagementId,
      evidenceId: upload.evidenceId,
      title: details.title,
      description: details.description,
      coversFrom: details.coversFrom,
      coversTo: details.coversTo,
      validUntil: details.validUntil,
      requirementIds: details.requirementIds.join(','),
      deliverableIds: details.deliverableIds.join(','),
    },
    file: upload.file,
    onProgress: upload.onProgress,
    signal: upload.signal,
  });
}
