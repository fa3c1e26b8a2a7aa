import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Modal,
  Progress,
  Stack,
  Text,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';

import { UploadCancelledError } from '../common/authorized-http';
import { ErrorAlert } from '../common/error-alert.component';
import { formatFileSize } from '../common/file-size';
import { fieldProblemsOf } from '../common/graphql-errors';
import {
  detailsErrorsFrom,
  emptyEvidenceDetails,
  type EvidenceDetailsErrors,
  type EvidenceDetailsValues,
  hasErrors,
  validateEvidenceDetails,
} from './evidence-details';
import { EvidenceDetailsFields } from './evidence-details-fields.component';
import { type EvidenceUploadResult, uploadEvidenceFile } from './evidence-upload';
import { Sha256Text } from './sha256-text.component';

/** Formats the API accepts; it checks the bytes, this only narrows the file dialog. */
const ACCEPTED_FILES =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.zip,.xlsx,.docx,.pptx,.csv,.json,.md,.txt,.log,.yaml,.yml,.xml';

interface ExistingEvidence {
  id: string;
  title: string;
}

interface UploadEvidenceModalProps {
  opened: boolean;
  onClose: () => void;
  engagementId: string;
  /** Uploads a new version of this file evidence instead of a new evidence. */
  evidence?: ExistingEvidence;
  /** Requirements chosen when the modal opens, e.g. the one whose drawer it was opened from. */
  initialRequirementIds?: string[];
  onUploaded?: (result: EvidenceUploadResult) => void;
}

type Phase = 'editing' | 'uploading' | 'done';

function UploadSuccess({
  result,
  isVersion,
}: {
  result: EvidenceUploadResult;
  isVersion: boolean;
}) {
  const { evidence, version } = result;

  return (
    <Alert color="green" variant="light" title="Upload complete" role="status">
      <Stack gap={6}>
        <Text size="sm">
          {isVersion ? `Version ${version.number} of` : 'New evidence'} “{evidence.title}” is stored
          {version.fileName ? ` from ${version.fileName}` : ''} ({formatFileSize(version.sizeBytes)}
          ) and waits for a compliance officer’s review.
        </Text>
        <Text size="sm" component="div">
          SHA-256: <Sha256Text sha256={version.sha256} full />
        </Text>
        <Anchor component={Link} to={`/evidence/${evidence.id}`} size="sm">
          Open the evidence
        </Anchor>
      </Stack>
    </Alert>
  );
}

/** Uploads a file as new evidence (or a new version), with progress and the stored hash. */
export function UploadEvidenceModal({
  opened,
  onClose,
  engagementId,
  evidence,
  initialRequirementIds,
  onUploaded,
}: UploadEvidenceModalProps) {
  const [values, setValues] = useState<EvidenceDetailsValues>(() =>
    emptyEvidenceDetails({ title: evidence?.title ?? '' }),
  );
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<EvidenceDetailsErrors & { file?: string }>({});
  const [phase, setPhase] = useState<Phase>('editing');
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<EvidenceUploadResult | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const initialIds = (initialRequirementIds ?? []).join(',');
  useEffect(() => {
    if (!opened) return;

    setValues(
      emptyEvidenceDetails({
        title: evidence?.title ?? '',
        requirementIds: initialIds ? initialIds.split(',') : [],
      }),
    );
    setFile(null);
    setErrors({});
    setPhase('editing');
    setProgress(0);
    setFailure(null);
    setResult(null);
  }, [opened, evidence?.title, initialIds]);

  const close = () => {
    abortRef.current?.abort();
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const problems = {
      ...validateEvidenceDetails(values),
      file: file ? undefined : 'Choose the file to upload',
    };
    setErrors(problems);
    if (hasErrors(problems) || !file) return;

    const controller = new AbortController();
    abortRef.current = controller;
    setFailure(null);
    setProgress(0);
    setPhase('uploading');
    try {
      const uploaded = await uploadEvidenceFile({
        engagementId,
        evidenceId: evidence?.id,
        details: values,
        file,
        onProgress: setProgress,
        signal: controller.signal,
      });
      setResult(uploaded);
      setPhase('done');
      onUploaded?.(uploaded);
    } catch (error) {
      setPhase('editing');
      if (error instanceof UploadCancelledError) return;

      const fieldProblems = fieldProblemsOf(error);
      setErrors({
        ...detailsErrorsFrom(fieldProblems),
        file: fieldProblems.find((problem) => problem.field === 'file')?.message,
      });
      setFailure(error);
    } finally {
      abortRef.current = null;
    }
  };

  const title = evidence ? `Upload a new version of “${evidence.title}”` : 'Upload file';
  const uploading = phase === 'uploading';
  const percent = Math.round(progress * 100);

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeOnClickOutside={!uploading}>
      {phase === 'done' && result ? (
        <Stack>
          <UploadSuccess result={result} isVersion={Boolean(evidence)} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setPhase('editing');
                setFile(null);
                setResult(null);
              }}
            >
              Upload another
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            {failure !== null && <ErrorAlert error={failure} />}
            <EvidenceDetailsFields
              engagementId={engagementId}
              values={values}
              errors={errors}
              onChange={setValues}
              versionOnly={Boolean(evidence)}
              disabled={uploading}
            />
            <FileInput
              label="File"
              description="PDF, image, Office document, ZIP or text; checked by its content"
              placeholder="Choose a file"
              required
              accept={ACCEPTED_FILES}
              value={file}
              onChange={setFile}
              error={errors.file}
              clearable
              disabled={uploading}
            />
            {uploading && (
              <Stack gap={4}>
                <Progress
                  value={percent}
                  animated={percent < 100}
                  aria-label="Upload progress"
                  size="lg"
                />
                <Text size="sm" c="dimmed">
                  {percent < 100 ? `Uploading… ${percent}%` : 'Checking and storing the file…'}
                </Text>
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={uploading}>
                Upload
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
