import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';

import { ASSIGNMENT_ROLE_LABELS } from '../assignments/assignment.labels';
import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { ErrorAlert } from '../common/error-alert.component';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import { SENIORITY_LABELS } from '../engineers/engineer.labels';
import { CANDIDATE_STATE_LABELS, INTERVIEW_OUTCOME_LABELS } from '../seats/staffing.labels';
import { myCandidaciesQuery } from './candidate.documents';

/** An engineer's own candidacies and interview schedule; the client's internal notes never come. */
export function MyCandidaciesPage() {
  const { data, error } = useQuery(myCandidaciesQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader title="My candidacies" />
      {error && <ErrorAlert error={error} />}
      {!data && !error && <PageLoader label="Loading candidacies" />}
      {data && data.candidates.totalCount === 0 && (
        <Text c="dimmed">You have not been proposed for a seat.</Text>
      )}
      <Stack gap="sm">
        {data?.candidates.edges.map(({ node: candidate }) => {
          const state = CANDIDATE_STATE_LABELS[candidate.state];

          return (
            <Paper key={candidate.id} withBorder radius="md" p="md">
              <Group gap="xs" mb={4}>
                <Text fw={600}>
                  {candidate.seat
                    ? `${ASSIGNMENT_ROLE_LABELS[candidate.seat.role]} · ${SENIORITY_LABELS[candidate.seat.seniority]} · from ${formatCalendarDate(candidate.seat.neededFrom)}`
                    : 'Seat'}
                </Text>
                <Badge variant="light" color={state.color}>
                  {state.label}
                </Badge>
              </Group>
              {candidate.interviews.length === 0 && (
                <Text size="sm" c="dimmed">
                  No interview scheduled yet.
                </Text>
              )}
              {candidate.interviews.map((interview) => (
                <Group key={interview.id} gap="xs">
                  <Text size="sm">
                    Interview {formatDateTime(interview.scheduledAt, interview.timeZone)} (
                    {interview.timeZone}, {interview.durationMinutes} min)
                  </Text>
                  {interview.videoLink && (
                    <Anchor size="sm" href={interview.videoLink} target="_blank" rel="noreferrer">
                      Video link
                    </Anchor>
                  )}
                  {interview.outcome && (
                    <Text size="sm" fw={500}>
                      {INTERVIEW_OUTCOME_LABELS[interview.outcome]}
                      {interview.feedback ? `: ${interview.feedback}` : ''}
                    </Text>
                  )}
                </Group>
              ))}
            </Paper>
          );
        })}
      </Stack>
    </>
  );
}
