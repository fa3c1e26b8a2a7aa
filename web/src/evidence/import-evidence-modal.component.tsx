import {
  Alert,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Modal,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';

import { UploadCancelledError } from '../common/authorized-http';
import { ErrorAlert } from '../common/error-alert.component';
import { pluralize } from '../common/pluralize';
import {
  type EvidenceImportResult,
  IMPORT_CSV_COLUMNS,
  IMPORT_CSV_EXAMPLE,
  importEvidenceZip,
  importRowProblemsOf,
} from './evidence-import';

interface ImportEvidenceModalProps {
  opened: boolean;
  onClose: () => void;
  engagementId: string;
  onImported?: (result: EvidenceImportResult) => void;
}

type Phase = 'choosing' | 'uploading' | 'done';

function ImportFormat() {
  return (
    <Stack gap={4}>
      <Text size="sm">
        One ZIP holding <Code>evidence.csv</Code> and the files it names. The CSV has the columns:
      </Text>
      <Code block>{`${IMPORT_CSV_COLUMNS}\n${IMPORT_CSV_EXAMPLE}`}</Code>
      <List size="sm">
        <List.Item>
          <Code>requirements</Code>: <Code>FRAMEWORK:REFERENCE</Code> separated by <Code>;</Code>,
          e.g. <Code>ISO27001:A.8.15;SOC2:CC7.2</Code>
        </List.Item>
        <List.Item>Dates are written YYYY-MM-DD and may be left empty.</List.Item>
        <List.Item>
          An optional <Code>description</Code> column says what each file shows.
        </List.Item>
        <List.Item>If any row is refused, nothing is imported.</List.Item>
      </List>
    </Stack>
  );
}

function RowProblems({ rows }: { rows: { line: number; reason: string }[] }) {
  return (
    <Alert color="red" variant="light" title="Nothing was imported" role="alert">
      <Text size="sm" mb="xs">
        {pluralize(rows.length, 'row')} of <Code>evidence.csv</Code> must be fixed first:
      </Text>
      <ScrollArea.Autosize mah={260}>
        <Table verticalSpacing={4} fz="sm" aria-label="Rows refused">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Line</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.line}:${row.reason}`}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>{row.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}

/** Bulk import: one ZIP with a CSV manifest; all rows are imported or none. */
export function ImportEvidenceModal({
  opened,
  onClose,
  engagementId,
  onImported,
}: ImportEvidenceModalProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [phase, setPhase] = useState<Phase>('choosing');
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<EvidenceImportResult | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!opened) return;

    setFile(null);
    setFileError(undefined);
    setPhase('choosing');
    setProgress(0);
    setFailure(null);
    setResult(null);
  }, [opened]);

  const close = () => {
    abortRef.current?.abort();
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    if (!file) {
      setFileError('Choose the ZIP to import');
      return;
    }
    setFileError(undefined);
    setFailure(null);
    setProgress(0);
    setPhase('uploading');
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      const imported = await importEvidenceZip(engagementId, file, setProgress, controller.signal);
      setResult(imported);
      setPhase('done');
      onImported?.(imported);
    } catch (error) {
      setPhase('choosing');
      if (!(error instanceof UploadCancelledError)) setFailure(error);
    } finally {
      abortRef.current = null;
    }
  };

  const rowProblems = importRowProblemsOf(failure);
  const uploading = phase === 'uploading';
  const percent = Math.round(progress * 100);

  return (
    <Modal opened={opened} onClose={close} title="Import evidence" size="xl">
      {phase === 'done' && result ? (
        <Stack>
          <Alert color="green" variant="light" title="Import complete" role="status">
            {pluralize(result.imported, 'evidence file')} imported. Each waits for a compliance
            officer’s review.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            <ImportFormat />
            {rowProblems.length > 0 ? (
              <RowProblems rows={rowProblems} />
            ) : (
              failure !== null && <ErrorAlert error={failure} />
            )}
            <FileInput
              label="ZIP file"
              placeholder="Choose a ZIP"
              required
              accept=".zip,application/zip"
              value={file}
              onChange={setFile}
              error={fileError}
              clearable
              disabled={uploading}
            />
            {uploading && (
              <Stack gap={4}>
                <Progress value={percent} animated aria-label="Import progress" size="lg" />
                <Text size="sm" c="dimmed">
                  {percent < 100 ? `Uploading… ${percent}%` : 'Checking every row…'}
                </Text>
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={uploading}>
                Import
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
