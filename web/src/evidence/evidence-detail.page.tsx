import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { EvidenceKind, ReviewDecision } from '@portal/domain';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';

import { useCurrentUser } from '../auth/current-user.context';
import { formatDateTime } from '../common/date-time';
import { ErrorAlert } from '../common/error-alert.component';
import { hasErrorCode } from '../common/graphql-errors';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import type { EvidenceDetailQuery } from '../gql/graphql';
import { useCompliancePermissions } from '../requirements/compliance-permissions';
import { EvidenceStatusBadge } from '../requirements/evidence-status-badge.component';
import { evidenceDetailQuery } from './evidence.documents';
import { EVIDENCE_KIND_LABELS } from './evidence.labels';
import { EvidenceVersionTable } from './evidence-version-table.component';
import { ReviewDecisionModal, type VersionUnderReview } from './review-decision-modal.component';
import { UploadEvidenceModal } from './upload-evidence-modal.component';
import { useRefreshEvidenceViews } from './use-refresh-evidence-views';
import { WithdrawEvidenceModal } from './withdraw-evidence-modal.component';

type Evidence = EvidenceDetailQuery['evidence'];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function LinkedRecords({ evidence }: { evidence: Evidence }) {
  const engagementId = evidence.engagement?.id;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Requirements
        </Title>
        {evidence.requirements.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not linked to any requirement.
          </Text>
        ) : (
          <List spacing={6} size="sm" listStyleType="none">
            {evidence.requirements.map((requirement) => (
              <List.Item key={requirement.id}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={`/engagements/${engagementId}/compliance?framework=${requirement.framework}&requirement=${requirement.id}`}
                    size="sm"
                  >
                    {requirement.framework} {requirement.reference} — {requirement.title}
                  </Anchor>
                  <EvidenceStatusBadge status={requirement.evidenceStatus} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Deliverables
        </Title>
        {evidence.deliverables.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not linked to any deliverable.
          </Text>
        ) : (
          <List spacing={6} size="sm">
            {evidence.deliverables.map((deliverable) => (
              <List.Item key={deliverable.id}>
                <Anchor component={Link} to={`/engagements/${engagementId}`} size="sm">
                  {deliverable.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </SimpleGrid>
  );
}

export function EvidenceDetailPage() {
  const { evidenceId = '' } = useParams();
  const currentUser = useCurrentUser();
  const permissions = useCompliancePermissions();
  const refresh = useRefreshEvidenceViews();
  const { data, error } = useQuery(evidenceDetailQuery, { variables: { id: evidenceId } });
  const [uploading, setUploading] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reviewing, setReviewing] = useState<{
    version: VersionUnderReview;
    decision: ReviewDecision;
  } | null>(null);

  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <>
        <PageHeader title="Evidence not found" />
        <Text mb="md">This evidence does not exist, or it is not shared with you.</Text>
        <Anchor component={Link} to="/engagements" size="sm">
          ← All engagements
        </Anchor>
      </>
    );
  }

  if (error) return <ErrorAlert error={error} />;

  if (!data) return <PageLoader label="Loading evidence" />;

  const { evidence } = data;
  const withdrawn = Boolean(evidence.withdrawnAt);
  const engagement = evidence.engagement;
  const canUploadVersion =
    permissions.canAddEvidence && evidence.kind === EvidenceKind.FILE && !withdrawn && engagement;

  return (
    <Stack gap="xl">
      <div>
        {engagement && (
          <Anchor component={Link} to={`/engagements/${engagement.id}/compliance`} size="sm">
            ← Compliance of {engagement.name}
          </Anchor>
        )}
        <PageHeader title={evidence.title}>
          <Badge variant="outline" tt="none">
            {EVIDENCE_KIND_LABELS[evidence.kind]}
          </Badge>
          {withdrawn && (
            <Badge color="gray" tt="none">
              Withdrawn
            </Badge>
          )}
        </PageHeader>
        {withdrawn && (
          <Alert color="gray" variant="light" title="Withdrawn" mb="md">
            {evidence.withdrawnAt && `On ${formatDateTime(evidence.withdrawnAt)}. `}Reason: “
            {evidence.withdrawnReason}”. It counts for no requirement; its versions are kept.
          </Alert>
        )}
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" mb="md">
            <Fact label="Kind">{EVIDENCE_KIND_LABELS[evidence.kind]}</Fact>
            <Fact label="Added by">{evidence.createdBy?.displayName ?? '—'}</Fact>
            <Fact label="Added">{formatDateTime(evidence.createdAt)}</Fact>
            <Fact label="Engagement">
              {engagement ? (
                <Anchor component={Link} to={`/engagements/${engagement.id}`} size="sm">
                  {engagement.name}
                </Anchor>
              ) : (
                '—'
              )}
            </Fact>
          </SimpleGrid>
          <Text style={{ whiteSpace: 'pre-line' }} c={evidence.description ? undefined : 'dimmed'}>
            {evidence.description || 'No description.'}
          </Text>
        </Paper>
        {(canUploadVersion || (permissions.canWithdrawEvidence && !withdrawn)) && (
          <Group gap="xs" mt="md">
            {canUploadVersion && (
              <Button onClick={() => setUploading(true)}>Upload new version</Button>
            )}
            {permissions.canWithdrawEvidence && !withdrawn && (
              <Button color="red" variant="light" onClick={() => setWithdrawing(true)}>
                Withdraw
              </Button>
            )}
          </Group>
        )}
      </div>

      <Stack component="section" aria-labelledby="links-title" gap="sm">
        <Title order={2} id="links-title">
          Linked to
        </Title>
        <LinkedRecords evidence={evidence} />
      </Stack>

      <Stack component="section" aria-labelledby="versions-title" gap="sm">
        <Title order={2} id="versions-title">
          Versions
        </Title>
        <EvidenceVersionTable
          versions={evidence.versions}
          reviewerId={currentUser.id}
          onReview={
            permissions.canReviewEvidence && !withdrawn
              ? (version, decision) =>
                  setReviewing({
                    version: {
                      versionId: version.id,
                      number: version.number,
                      evidenceTitle: evidence.title,
                    },
                    decision,
                  })
              : undefined
          }
        />
      </Stack>

      {engagement && (
        <UploadEvidenceModal
          opened={uploading}
          onClose={() => setUploading(false)}
          engagementId={engagement.id}
          evidence={{ id: evidence.id, title: evidence.title }}
          onUploaded={() => void refresh()}
        />
      )}
      <WithdrawEvidenceModal
        opened={withdrawing}
        evidence={evidence}
        onClose={() => setWithdrawing(false)}
        onWithdrawn={() => void refresh()}
      />
      <ReviewDecisionModal
        version={reviewing?.version ?? null}
        decision={reviewing?.decision ?? ReviewDecision.ACCEPTED}
        onClose={() => setReviewing(null)}
        onDone={() => void refresh()}
      />
    </Stack>
  );
}
