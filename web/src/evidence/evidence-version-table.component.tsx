import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { ReviewDecision } from '@portal/domain';

import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import type { EvidenceDetailQuery } from '../gql/graphql';
import { DownloadButton } from './download-button.component';
import { formatCoveredPeriod } from './evidence-period';
import { FreshnessBadge } from './freshness-badge.component';
import { ReviewDecisionBadge } from './review-decision-badge.component';
import { Sha256Text } from './sha256-text.component';
import { VersionContent } from './version-content.component';

type EvidenceVersion = EvidenceDetailQuery['evidence']['versions'][number];

interface EvidenceVersionTableProps {
  versions: readonly EvidenceVersion[];
  /** Set when the signed-in user may review: the pending latest version gets the buttons. */
  onReview?: (version: EvidenceVersion, decision: ReviewDecision) => void;
  /** The signed-in reviewer: nobody may review a version they provided themselves. */
  reviewerId?: string;
}

function ReviewCell({ version }: { version: EvidenceVersion }) {
  const { review } = version;

  return (
    <Stack gap={4} align="flex-start">
      <ReviewDecisionBadge decision={review?.decision} />
      {review && (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            “{review.comment}”
          </Text>
          <Text size="xs" c="dimmed">
            {review.reviewer?.displayName ?? 'A reviewer'}, {formatDateTime(review.decidedAt)}
          </Text>
        </>
      )}
    </Stack>
  );
}

/** Every version, newest first: content, hash, period, validity, upload and review. */
export function EvidenceVersionTable({
  versions,
  onReview,
  reviewerId,
}: EvidenceVersionTableProps) {
  const newestFirst = [...versions].sort((left, right) => right.number - left.number);
  const latestNumber = newestFirst[0]?.number;

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table verticalSpacing="sm" aria-label="Versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Content</Table.Th>
            <Table.Th>SHA-256</Table.Th>
            <Table.Th>Covers</Table.Th>
            <Table.Th>Valid until</Table.Th>
            <Table.Th>Uploaded</Table.Th>
            <Table.Th>Review</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((version) => (
            <Table.Tr key={version.id} data-version={version.number}>
              <Table.Td fw={600}>{version.number}</Table.Td>
              <Table.Td maw={280}>
                <VersionContent version={version} full />
              </Table.Td>
              <Table.Td>
                <Sha256Text sha256={version.sha256} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCoveredPeriod(version)}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {version.validUntil ? formatCalendarDate(version.validUntil) : 'No end'}
                  </Text>
                  <FreshnessBadge freshness={version.freshness} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{version.createdBy?.displayName ?? '—'}</Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(version.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td maw={260}>
                <ReviewCell version={version} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {version.downloadPath && (
                    <DownloadButton
                      downloadPath={version.downloadPath}
                      fileName={version.fileName}
                    />
                  )}
                  {onReview &&
                    !version.review &&
                    version.number === latestNumber &&
                    version.createdBy?.id !== reviewerId && (
                      <>
                        <Button
                          size="xs"
                          color="green"
                          onClick={() => onReview(version, ReviewDecision.ACCEPTED)}
                        >
                          Accept
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => onReview(version, ReviewDecision.REJECTED)}
                        >
                          Reject
                        </Button>
                      </>
                    )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
