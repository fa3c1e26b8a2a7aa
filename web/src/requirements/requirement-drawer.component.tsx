import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { PageLoader } from '../common/page-loader.component';
import type { AddEvidenceKind } from '../evidence/add-evidence.component';
import { FreshnessBadge } from '../evidence/freshness-badge.component';
import { LinkExistingEvidence } from '../evidence/link-existing-evidence.component';
import { useRefreshEvidenceViews } from '../evidence/use-refresh-evidence-views';
import type { CompliancePermissions } from './compliance-permissions';
import { DirectEvidenceList } from './direct-evidence-list.component';
import { EvidenceStatusBadge } from './evidence-status-badge.component';
import { MappedEvidenceList } from './mapped-evidence-list.component';
import { requirementDetailQuery } from './requirement.documents';
import { RequirementStatusBadge } from './requirement-status-badge.component';
import { RequirementUpdateForm } from './requirement-update-form.component';

interface RequirementDrawerProps {
  requirementId: string | null;
  engagementId: string;
  clientId: string | null;
  agencyId: string | null;
  permissions: CompliancePermissions;
  onClose: () => void;
  onAddEvidence: (kind: AddEvidenceKind, requirementIds: string[]) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** One requirement: what it asks, its evidence (direct and mapped), and what can be changed. */
export function RequirementDrawer({
  requirementId,
  engagementId,
  clientId,
  agencyId,
  permissions,
  onClose,
  onAddEvidence,
}: RequirementDrawerProps) {
  // skipToken rather than `skip`: a skipped query must not be refetched after evidence changes.
  const { data, error, refetch } = useQuery(
    requirementDetailQuery,
    requirementId ? { variables: { id: requirementId } } : skipToken,
  );
  const refresh = useRefreshEvidenceViews();
  const requirement = data?.engagementRequirement;
  const shown = requirement && requirement.id === requirementId ? requirement : undefined;

  return (
    <Drawer
      opened={Boolean(requirementId)}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        shown ? (
          <Text fw={700} size="lg">
            {shown.framework} {shown.reference} — {shown.title}
          </Text>
        ) : (
          'Requirement'
        )
      }
    >
      {error && <ErrorAlert error={error} />}
      {!shown && !error && <PageLoader label="Loading requirement" />}
      {shown && (
        <Stack gap="lg">
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {shown.group}
            </Text>
            <Group gap="xs">
              <RequirementStatusBadge status={shown.status} />
              <EvidenceStatusBadge status={shown.evidenceStatus} />
              {shown.freshness && <FreshnessBadge freshness={shown.freshness} />}
            </Group>
            <Text size="sm">Owner: {shown.owner?.displayName ?? 'nobody yet'}</Text>
            {shown.justification && (
              <Text size="sm">
                <Text span fw={600}>
                  Justification:
                </Text>{' '}
                {shown.justification}
              </Text>
            )}
          </Stack>

          <Section title="Evidence">
            <DirectEvidenceList requirement={shown} canUnlink={permissions.canAddEvidence} />
          </Section>

          <Section title="Evidence through mappings">
            <MappedEvidenceList requirement={shown} />
          </Section>

          {permissions.canAddEvidence && (
            <Section title="Add evidence to this requirement">
              <Group gap="xs">
                <Button size="xs" onClick={() => onAddEvidence('file', [shown.id])}>
                  Upload file
                </Button>
                <Button size="xs" variant="light" onClick={() => onAddEvidence('link', [shown.id])}>
                  Add link
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onAddEvidence('attestation', [shown.id])}
                >
                  Add attestation
                </Button>
              </Group>
              <LinkExistingEvidence
                engagementId={engagementId}
                requirementId={shown.id}
                linkedEvidenceIds={shown.evidence.map((evidence) => evidence.id)}
                onLinked={() => void refresh()}
              />
            </Section>
          )}

          {permissions.canManageRequirements && (
            <>
              <Divider />
              <Section title="Status and owner">
                <RequirementUpdateForm
                  requirement={shown}
                  clientId={clientId}
                  agencyId={agencyId}
                  onReload={() => refetch()}
                  onSaved={() => void refresh()}
                />
              </Section>
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
