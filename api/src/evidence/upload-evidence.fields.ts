import { IsOptional, IsUUID } from 'class-validator';

import { EvidenceDetailsInput } from './evidence.inputs';

/** The form fields of a file upload: the evidence details, and the evidence to add a version to. */
export class UploadEvidenceFields extends EvidenceDetailsInput {
  @IsOptional()
  @IsUUID()
  evidenceId?: string;
}
