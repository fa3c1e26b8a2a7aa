import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { TeamSection } from '../assignments/team-section.component';
import { todayCalendarDate } from '../common/calendar-date';
import { ErrorAlert } from '../common/error-alert.component';
import { hasErrorCode } from '../common/graphql-errors';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import { DeliverablesSection } from '../deliverables/deliverables-section.component';
import { HealthWithReasons } from '../engagement-health/health-badge.component';
import { MilestonesSection } from '../milestones/milestones-section.component';
import { RaidLogSection } from '../raid-items/raid-log-section.component';
import { StaffingSection } from '../seats/staffing-section.component';
import { StatusReportsSection } from '../status-reports/status-reports-section.component';
import { engagementDetailQuery } from './engagement.documents';
import { EngagementOverview } from './engagement-overview.component';
import { EngagementStatusBadge } from './engagement-status-badge.component';

function BackToEngagements() {
  return (
    <Anchor component={Link} to="/engagements" size="sm">
      ← All engagements
    </Anchor>
  );
}

export function EngagementDetailPage() {
  const { engagementId = '' } = useParams();
  const { data, error } = useQuery(engagementDetailQuery, { variables: { id: engagementId } });
  const today = todayCalendarDate();

  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <>
        <PageHeader title="Engagement not found" />
        <Text mb="md">This engagement does not exist, or it is not shared with you.</Text>
        <BackToEngagements />
      </>
    );
  }

  if (error) return <ErrorAlert error={error} />;

  if (!data) return <PageLoader label="Loading engagement" />;

  const { engagement } = data;

  return (
    <Stack gap="xl">
      <div>
        <BackToEngagements />
        <PageHeader title={engagement.name}>
          <EngagementStatusBadge status={engagement.status} />
          {engagement.client && <Text c="dimmed">{engagement.client.name}</Text>}
          <Button component={Link} to={`/engagements/${engagement.id}/compliance`} variant="light">
            Compliance
          </Button>
          <Button component={Link} to={`/engagements/${engagement.id}/audit-packs`} variant="light">
            Audit packs
          </Button>
        </PageHeader>
        <HealthWithReasons health={engagement.health} />
        <EngagementOverview engagement={engagement} />
      </div>
      <TeamSection engagementId={engagement.id} team={engagement.team} today={today} />
      <StaffingSection
        engagementId={engagement.id}
        runningAssignments={engagement.team
          .filter((assignment) => !assignment.endDate || assignment.endDate >= today)
          .map((assignment) => ({
            id: assignment.id,
            label: `${assignment.engineer?.fullName ?? 'Engineer'} (${assignment.allocationPercent}%)`,
          }))}
      />
      <MilestonesSection engagementId={engagement.id} milestones={engagement.milestones} />
      <DeliverablesSection
        deliverables={engagement.deliverables}
        today={today}
        csvPath={engagement.deliverablesCsvPath}
      />
      <RaidLogSection engagementId={engagement.id} items={engagement.raidItems} />
      <StatusReportsSection engagementId={engagement.id} reports={engagement.statusReports} />
    </Stack>
  );
}
