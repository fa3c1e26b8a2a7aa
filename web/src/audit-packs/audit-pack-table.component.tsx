import { Badge, Group, Stack, Table, Text } from '@mantine/core';

import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { formatFileSize } from '../common/file-size';
import type { AuditPackFieldsFragment } from '../gql/graphql';
import { isAuditPackPending } from './audit-pack.labels';
import { AuditPackDownloadButton } from './audit-pack-download-button.component';
import { AuditPackProgress } from './audit-pack-progress.component';
import { AuditPackStatusBadge } from './audit-pack-status-badge.component';
import { HashText } from './hash-text.component';

/** A queued export no worker has taken for this long is worth a word to the user. */
const WAITING_HINT_AFTER_MS = 2 * 60 * 1000;

interface AuditPackTableProps {
  packs: readonly AuditPackFieldsFragment[];
}

function PackResult({ pack }: { pack: AuditPackFieldsFragment }) {
  if (isAuditPackPending(pack.status)) {
    return (
      <Stack gap={4}>
        <AuditPackProgress packId={pack.id} progress={pack.progress} />
        {pack.error && (
          <Text size="xs" c="orange">
            Attempt {pack.attempts} failed ({pack.error}); trying again.
          </Text>
        )}
        {pack.status === 'QUEUED' &&
          Date.now() - new Date(pack.createdAt).getTime() > WAITING_HINT_AFTER_MS && (
            <Text size="xs" c="orange" maw={360}>
              Still waiting for a worker. Exports run on portal instances with RUN_JOBS enabled; ask
              your administrator if this does not move.
            </Text>
          )}
      </Stack>
    );
  }

  if (pack.status === 'FAILED') {
    return (
      <Stack gap={2} maw={360}>
        <Text size="sm" c="red">
          {pack.error ?? 'The export failed.'}
        </Text>
        <Text size="xs" c="dimmed">
          Failed after {pack.attempts} {pack.attempts === 1 ? 'attempt' : 'attempts'}. Export the
          pack again to retry.
        </Text>
      </Stack>
    );
  }

  return (
    <Group gap="sm" wrap="nowrap">
      {pack.downloadPath && (
        <AuditPackDownloadButton
          downloadPath={pack.downloadPath}
          periodFrom={pack.periodFrom}
          periodTo={pack.periodTo}
        />
      )}
      {pack.sizeBytes !== null && pack.sizeBytes !== undefined && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatFileSize(pack.sizeBytes)}
        </Text>
      )}
    </Group>
  );
}

/** Packs newest first: what each covers, where its export stands, and the signed result. */
export function AuditPackTable({ packs }: AuditPackTableProps) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" aria-label="Audit packs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Requested</Table.Th>
            <Table.Th>Frameworks</Table.Th>
            <Table.Th>Audit period</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Pack</Table.Th>
            <Table.Th>SHA-256</Table.Th>
            <Table.Th>Signed with key</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {packs.map((pack) => (
            <Table.Tr key={pack.id} data-pack-id={pack.id} data-status={pack.status}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(pack.createdAt)}
                </Text>
                {pack.requestedBy && (
                  <Text size="xs" c="dimmed">
                    by {pack.requestedBy.displayName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {pack.frameworks.map((framework) => (
                    <Badge key={framework} variant="outline" tt="none">
                      {framework}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatCalendarDate(pack.periodFrom)} – {formatCalendarDate(pack.periodTo)}
              </Table.Td>
              <Table.Td>
                <AuditPackStatusBadge status={pack.status} />
              </Table.Td>
              <Table.Td>
                <PackResult pack={pack} />
              </Table.Td>
              <Table.Td>
                {pack.sha256 ? <HashText value={pack.sha256} label="SHA-256" /> : '—'}
              </Table.Td>
              <Table.Td>
                {pack.keyFingerprint ? (
                  <HashText value={pack.keyFingerprint} label="key fingerprint" />
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
