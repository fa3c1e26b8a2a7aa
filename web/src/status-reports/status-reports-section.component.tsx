import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { StatusReportState } from '@portal/domain';
import { type FormEvent, useState } from 'react';

import { useCurrentUser } from '../auth/current-user.context';
import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { ErrorAlert } from '../common/error-alert.component';
import { notifyError } from '../common/notify-error';
import { STATUS_REPORT_ROLES } from '../deliverables/delivery-permissions';
import { DownloadButton } from '../evidence/download-button.component';
import type { StatusReportFieldsFragment } from '../gql/graphql';
import {
  createStatusReportMutation,
  publishStatusReportMutation,
  updateStatusReportMutation,
} from './status-report.documents';
import { StatusReportViewModal } from './status-report-view-modal.component';

interface StatusReportsSectionProps {
  engagementId: string;
  reports: readonly StatusReportFieldsFragment[];
}

/** Drafts for the agency; published, frozen reports (with their PDF) for everyone. */
export function StatusReportsSection({ engagementId, reports }: StatusReportsSectionProps) {
  const { role } = useCurrentUser();
  const canManage = STATUS_REPORT_ROLES.includes(role);
  const [drafting, setDrafting] = useState(false);
  const [editing, setEditing] = useState<StatusReportFieldsFragment | null>(null);
  const [viewing, setViewing] = useState<StatusReportFieldsFragment | null>(null);
  const [publish, { loading: publishing }] = useMutation(publishStatusReportMutation, {
    refetchQueries: ['EngagementDetail'],
  });

  const handlePublish = async (report: StatusReportFieldsFragment) => {
    try {
      await publish({ variables: { input: { id: report.id, version: report.version } } });
      notifications.show({
        color: 'green',
        title: 'Status report published',
        message: 'It is frozen now; later changes do not alter it.',
      });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack component="section" aria-labelledby="status-reports-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="status-reports-title">
          Status reports
        </Title>
        {canManage && (
          <Button variant="light" onClick={() => setDrafting(true)}>
            New draft
          </Button>
        )}
      </Group>
      {reports.length === 0 ? (
        <Text c="dimmed">No status reports yet.</Text>
      ) : (
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Summary</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...reports].reverse().map((report) => (
              <Table.Tr key={report.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatCalendarDate(report.periodFrom)} – {formatCalendarDate(report.periodTo)}
                </Table.Td>
                <Table.Td>
                  {report.state === StatusReportState.PUBLISHED ? (
                    <Badge color="green">
                      Published {report.publishedAt && formatDateTime(report.publishedAt)}
                    </Badge>
                  ) : (
                    <Badge color="gray">Draft</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {report.snapshot?.summary ?? report.summary}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {report.snapshot && (
                      <Button size="xs" variant="light" onClick={() => setViewing(report)}>
                        View
                      </Button>
                    )}
                    {report.pdfPath && (
                      <DownloadButton
                        downloadPath={report.pdfPath}
                        fileName="status-report.pdf"
                        label="PDF"
                      />
                    )}
                    {canManage && report.state === StatusReportState.DRAFT && (
                      <Button size="xs" variant="light" onClick={() => setEditing(report)}>
                        Edit
                      </Button>
                    )}
                    {canManage && report.state === StatusReportState.DRAFT && (
                      <Button
                        size="xs"
                        loading={publishing}
                        onClick={() => void handlePublish(report)}
                      >
                        Publish
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {(drafting || editing) && (
        <DraftStatusReportModal
          engagementId={engagementId}
          report={editing}
          onClose={() => {
            setDrafting(false);
            setEditing(null);
          }}
        />
      )}
      <StatusReportViewModal
        snapshot={viewing?.snapshot ?? null}
        sha256={viewing?.snapshotSha256 ?? null}
        onClose={() => setViewing(null)}
      />
    </Stack>
  );
}

/** Writes a new draft, or changes one (`report`); mounted only while open, so it starts fresh. */
function DraftStatusReportModal({
  engagementId,
  report,
  onClose,
}: {
  engagementId: string;
  report: StatusReportFieldsFragment | null;
  onClose: () => void;
}) {
  const [periodFrom, setPeriodFrom] = useState(report?.periodFrom ?? '');
  const [periodTo, setPeriodTo] = useState(report?.periodTo ?? '');
  const [summary, setSummary] = useState(report?.summary ?? '');
  const [highlights, setHighlights] = useState(report?.highlights ?? '');
  const [risksAndNextSteps, setRisksAndNextSteps] = useState(report?.risksAndNextSteps ?? '');
  const options = { refetchQueries: ['EngagementDetail'] };
  const [create, created] = useMutation(createStatusReportMutation, options);
  const [update, updated] = useMutation(updateStatusReportMutation, options);
  const loading = created.loading || updated.loading;
  const error = created.error ?? updated.error;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = { periodFrom, periodTo, summary, highlights, risksAndNextSteps };
    try {
      if (report) {
        await update({ variables: { input: { id: report.id, version: report.version, ...text } } });
      } else {
        await create({ variables: { input: { engagementId, ...text } } });
      }
      onClose();
    } catch {
      // Shown below.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={report ? 'Edit status report draft' : 'New status report draft'}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Group grow>
            <TextInput
              label="Period from"
              placeholder="YYYY-MM-DD"
              required
              value={periodFrom}
              onChange={(event) => setPeriodFrom(event.currentTarget.value)}
            />
            <TextInput
              label="Period to"
              placeholder="YYYY-MM-DD"
              required
              value={periodTo}
              onChange={(event) => setPeriodTo(event.currentTarget.value)}
            />
          </Group>
          <Textarea
            label="Summary"
            autosize
            minRows={3}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
          />
          <Textarea
            label="Highlights"
            autosize
            minRows={2}
            value={highlights}
            onChange={(event) => setHighlights(event.currentTarget.value)}
          />
          <Textarea
            label="Risks and next steps"
            autosize
            minRows={2}
            value={risksAndNextSteps}
            onChange={(event) => setRisksAndNextSteps(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
