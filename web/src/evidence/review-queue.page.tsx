import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ReviewDecision } from '@portal/domain';
import { useState } from 'react';
import { Link } from 'react-router';

import { useCurrentUser } from '../auth/current-user.context';
import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { ErrorAlert } from '../common/error-alert.component';
import { LoadMore } from '../common/load-more.component';
import { notifyError } from '../common/notify-error';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import type { EvidenceReviewQueueQuery } from '../gql/graphql';
import { DownloadButton } from './download-button.component';
import { evidenceReviewQueueQuery } from './evidence.documents';
import { EVIDENCE_KIND_LABELS } from './evidence.labels';
import { formatCoveredPeriod } from './evidence-period';
import { FreshnessBadge } from './freshness-badge.component';
import { ReviewDecisionModal, type VersionUnderReview } from './review-decision-modal.component';
import { Sha256Text } from './sha256-text.component';
import { useRefreshEvidenceViews } from './use-refresh-evidence-views';
import { VersionContent } from './version-content.component';

const PAGE_SIZE = 20;

type QueuedVersion = EvidenceReviewQueueQuery['evidenceReviewQueue']['edges'][number]['node'];

interface QueuedVersionCardProps {
  version: QueuedVersion;
  /** The API refuses a review of one's own upload; such versions wait for another officer. */
  providedByMe: boolean;
  onReview: (decision: ReviewDecision) => void;
}

function QueuedVersionCard({ version, providedByMe, onReview }: QueuedVersionCardProps) {
  const evidence = version.evidence;
  const title = evidence?.title ?? 'Evidence';

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`${title}, version ${version.number}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              {evidence ? (
                <Anchor component={Link} to={`/evidence/${evidence.id}`} fw={600} size="lg">
                  {title}
                </Anchor>
              ) : (
                <Text fw={600}>{title}</Text>
              )}
              <Badge variant="outline" tt="none">
                {evidence ? EVIDENCE_KIND_LABELS[evidence.kind] : 'Evidence'}
              </Badge>
              <Badge variant="light" color="gray" tt="none">
                Version {version.number}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {evidence?.engagement?.name ?? 'Engagement'} · uploaded by{' '}
              {version.createdBy?.displayName ?? 'someone'} on {formatDateTime(version.createdAt)}
            </Text>
          </Stack>
          {providedByMe ? (
            <Text size="sm" c="dimmed" ta="right" maw={220}>
              You provided this version; another compliance officer reviews it.
            </Text>
          ) : (
            <Group gap="xs" wrap="nowrap">
              <Button color="green" onClick={() => onReview(ReviewDecision.ACCEPTED)}>
                Accept
              </Button>
              <Button color="red" variant="light" onClick={() => onReview(ReviewDecision.REJECTED)}>
                Reject
              </Button>
            </Group>
          )}
        </Group>

        {evidence?.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {evidence.description}
          </Text>
        )}

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={6}>
            <VersionContent version={version} />
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                SHA-256
              </Text>
              <Sha256Text sha256={version.sha256} />
              {version.downloadPath && (
                <DownloadButton downloadPath={version.downloadPath} fileName={version.fileName} />
              )}
            </Group>
          </Stack>
          <Stack gap={4}>
            <Text size="sm">Covers: {formatCoveredPeriod(version)}</Text>
            <Group gap="xs">
              <Text size="sm">
                Valid until:{' '}
                {version.validUntil ? formatCalendarDate(version.validUntil) : 'no end date'}
              </Text>
              <FreshnessBadge freshness={version.freshness} />
            </Group>
            {evidence && evidence.requirements.length > 0 && (
              <Text size="sm">
                For:{' '}
                {evidence.requirements
                  .map((requirement) => `${requirement.framework} ${requirement.reference}`)
                  .join(', ')}
              </Text>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Latest evidence versions waiting for a compliance officer's decision, oldest first. */
export function ReviewQueuePage() {
  const currentUser = useCurrentUser();
  const refresh = useRefreshEvidenceViews();
  const { data, previousData, error, loading, fetchMore } = useQuery(evidenceReviewQueueQuery, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [reviewing, setReviewing] = useState<{
    version: VersionUnderReview;
    decision: ReviewDecision;
  } | null>(null);

  const connection = (data ?? previousData)?.evidenceReviewQueue;
  const versions = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } catch (fetchError) {
      notifyError(fetchError);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeader title="Reviews" />
      <Text c="dimmed" mb="md" maw={720}>
        The latest version of each evidence waits here until a compliance officer accepts or rejects
        it. Only accepted, unexpired evidence counts towards coverage. You cannot review a version
        you provided yourself.
      </Text>
      {error && <ErrorAlert error={error} />}
      {!connection && loading && <PageLoader label="Loading the review queue" />}
      {connection && (
        <Stack gap="md" aria-busy={loading}>
          {versions.length === 0 ? (
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h4">
                Nothing to review
              </Title>
              <Text c="dimmed">Every evidence version has a decision.</Text>
            </Paper>
          ) : (
            versions.map((version) => (
              <QueuedVersionCard
                key={version.id}
                version={version}
                providedByMe={version.createdBy?.id === currentUser.id}
                onReview={(decision) =>
                  setReviewing({
                    version: {
                      versionId: version.id,
                      number: version.number,
                      evidenceTitle: version.evidence?.title ?? 'evidence',
                    },
                    decision,
                  })
                }
              />
            ))
          )}
          <LoadMore
            shown={versions.length}
            totalCount={connection.totalCount}
            noun="version"
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => void loadMore()}
          />
        </Stack>
      )}
      <ReviewDecisionModal
        version={reviewing?.version ?? null}
        decision={reviewing?.decision ?? ReviewDecision.ACCEPTED}
        onClose={() => setReviewing(null)}
        onDone={() => void refresh()}
      />
    </>
  );
}
