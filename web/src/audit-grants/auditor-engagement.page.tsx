import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { AuditPackList } from '../audit-packs/audit-pack-list.component';
import { SigningKeyPanel } from '../audit-packs/signing-key-panel.component';
import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { ErrorAlert } from '../common/error-alert.component';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import { auditorEngagementQuery, myAuditGrantsQuery } from './audit-grant.documents';
import { AuditorRequirementMatrix } from './auditor-requirement-matrix.component';
import { namedFrameworks } from './framework-names';

function BackToAuditAccess() {
  return (
    <Anchor component={Link} to="/audit-access" size="sm">
      ← Audit access
    </Anchor>
  );
}

/**
 * What an auditor's grants open on one engagement: the requirement matrix of the granted
 * frameworks and the packs within the grant. Read-only; team and deliverables are not part of
 * an audit, so nothing here leads to them.
 */
export function AuditorEngagementPage() {
  const { engagementId = '' } = useParams();
  const grantsResult = useQuery(myAuditGrantsQuery, { fetchPolicy: 'cache-and-network' });
  const grants = grantsResult.data?.myAuditGrants.filter(
    (grant) => grant.engagement?.id === engagementId,
  );
  const hasGrant = (grants?.length ?? 0) > 0;
  const engagementResult = useQuery(auditorEngagementQuery, {
    variables: { id: engagementId },
    skip: !hasGrant,
  });

  if (grantsResult.error) return <ErrorAlert error={grantsResult.error} />;

  if (!grantsResult.data || !grants) return <PageLoader label="Loading your audit access" />;

  if (!hasGrant) {
    return (
      <>
        <PageHeader title="No audit access" />
        <Text mb="md">
          You have no active audit grant for this engagement: it expired, was revoked, or was never
          given.
        </Text>
        <BackToAuditAccess />
      </>
    );
  }

  if (engagementResult.error) return <ErrorAlert error={engagementResult.error} />;

  const engagement = engagementResult.data?.engagement;
  if (!engagement) return <PageLoader label="Loading engagement" />;

  const grantedKeys = [...new Set(grants.flatMap((grant) => grant.frameworks))];
  const frameworks = namedFrameworks(grantedKeys, grantsResult.data.frameworkCatalogs);

  return (
    <Stack gap="xl">
      <div>
        <BackToAuditAccess />
        <PageHeader title={engagement.name}>
          <Badge variant="light" tt="none">
            Read-only audit access
          </Badge>
        </PageHeader>
        {engagement.summary && <Text mb="sm">{engagement.summary}</Text>}
        <Stack gap={4}>
          {grants.map((grant) => (
            <Text key={grant.id} size="sm" c="dimmed" data-testid="audit-grant-summary">
              {grant.frameworks.join(', ')} · period {formatCalendarDate(grant.periodFrom)} –{' '}
              {formatCalendarDate(grant.periodTo)} · access until {formatDateTime(grant.expiresAt)}
            </Text>
          ))}
        </Stack>
      </div>

      <Alert color="gray" variant="light">
        What you open and download here is recorded in the engagement&apos;s activity log.
      </Alert>

      <AuditPackList
        engagementId={engagement.id}
        emptyMessage="No pack within your frameworks and audit period yet. Ask the compliance officer to export one."
      />

      <SigningKeyPanel />

      <Paper
        withBorder
        radius="md"
        p="md"
        component="section"
        aria-labelledby="auditor-requirements"
      >
        <Title order={2} size="h3" id="auditor-requirements" mb="sm">
          Requirements
        </Title>
        <Tabs defaultValue={frameworks[0]?.framework} keepMounted={false}>
          <Tabs.List mb="md">
            {frameworks.map((item) => (
              <Tabs.Tab key={item.framework} value={item.framework}>
                {item.name}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {frameworks.map((item) => (
            <Tabs.Panel key={item.framework} value={item.framework}>
              <AuditorRequirementMatrix engagementId={engagement.id} framework={item.framework} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
    </Stack>
  );
}
