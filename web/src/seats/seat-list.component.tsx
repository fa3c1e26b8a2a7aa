import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { CandidateState, SeatState } from '@portal/domain';
import { useState } from 'react';

import { ASSIGNMENT_ROLE_LABELS } from '../assignments/assignment.labels';
import { withdrawCandidateMutation } from '../candidates/candidate.documents';
import { ConfirmCandidateModal } from '../candidates/confirm-candidate-modal.component';
import { ProposeCandidateModal } from '../candidates/propose-candidate-modal.component';
import { RecordOutcomeModal } from '../candidates/record-outcome-modal.component';
import { ScheduleInterviewModal } from '../candidates/schedule-interview-modal.component';
import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { notifyError } from '../common/notify-error';
import { SENIORITY_LABELS } from '../engineers/engineer.labels';
import { SkillBadges } from '../engineers/skill-badges.component';
import type { EngagementStaffingQuery } from '../gql/graphql';
import {
  CANDIDATE_STATE_LABELS,
  INTERVIEW_OUTCOME_LABELS,
  SEAT_STATE_LABELS,
  STAFFING_QUERIES,
} from './staffing.labels';
import type { StaffingPermissions } from './staffing-permissions';

type SeatRow = EngagementStaffingQuery['engagement']['seats'][number];
type CandidateRow = SeatRow['candidates'][number];

interface SeatListProps {
  seats: readonly SeatRow[];
  permissions: StaffingPermissions;
}

const SCHEDULABLE: readonly CandidateState[] = [
  CandidateState.PROPOSED,
  CandidateState.INTERVIEWING,
];
const WITHDRAWABLE: readonly CandidateState[] = [...SCHEDULABLE, CandidateState.APPROVED];

function CandidateLine({
  candidate,
  permissions,
  onSchedule,
  onRecord,
  onConfirm,
}: {
  candidate: CandidateRow;
  permissions: StaffingPermissions;
  onSchedule: () => void;
  onRecord: (interview: CandidateRow['interviews'][number]) => void;
  onConfirm: () => void;
}) {
  const state = CANDIDATE_STATE_LABELS[candidate.state];
  const name = candidate.engineer?.fullName ?? 'Engineer';
  const [withdraw, withdrawing] = useMutation(withdrawCandidateMutation, {
    refetchQueries: STAFFING_QUERIES,
  });
  const handleWithdraw = async () => {
    try {
      await withdraw({ variables: { input: { id: candidate.id, version: candidate.version } } });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack gap={4} data-testid="candidate">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Badge size="sm" variant="light" color={state.color}>
          {state.label}
        </Badge>
        {permissions.interview && SCHEDULABLE.includes(candidate.state) && (
          <Button size="compact-xs" variant="light" onClick={onSchedule}>
            Schedule interview
          </Button>
        )}
        {permissions.interview && candidate.state === CandidateState.APPROVED && (
          <Button size="compact-xs" onClick={onConfirm}>
            Confirm
          </Button>
        )}
        {permissions.proposeCandidate && WITHDRAWABLE.includes(candidate.state) && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            loading={withdrawing.loading}
            onClick={() => void handleWithdraw()}
          >
            Withdraw
          </Button>
        )}
      </Group>
      {candidate.pitch && (
        <Text size="xs" c="dimmed">
          {candidate.pitch}
        </Text>
      )}
      {candidate.interviews.map((interview) => (
        <Group key={interview.id} gap="xs" pl="sm">
          <Text size="xs">
            Interview {formatDateTime(interview.scheduledAt, interview.timeZone)} (
            {interview.timeZone}, {interview.durationMinutes} min) with{' '}
            {interview.interviewers.map((user) => user.displayName).join(', ')}
          </Text>
          {interview.videoLink && (
            <Anchor size="xs" href={interview.videoLink} target="_blank" rel="noreferrer">
              Video link
            </Anchor>
          )}
          {interview.outcome ? (
            <Text size="xs" fw={500}>
              {INTERVIEW_OUTCOME_LABELS[interview.outcome]}
              {interview.feedback ? `: ${interview.feedback}` : ''}
            </Text>
          ) : (
            permissions.interview && (
              <Button size="compact-xs" variant="light" onClick={() => onRecord(interview)}>
                Record outcome
              </Button>
            )
          )}
        </Group>
      ))}
    </Stack>
  );
}

/** Seats of the engagement (what the team needs), with candidates and the steps each role takes. */
export function SeatList({ seats, permissions }: SeatListProps) {
  const [proposingFor, setProposingFor] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState<{ id: string; name: string } | null>(null);
  const [recording, setRecording] = useState<{
    id: string;
    version: number;
    candidateName: string;
  } | null>(null);
  const [confirming, setConfirming] = useState<{
    id: string;
    version: number;
    name: string;
    neededFrom: string;
  } | null>(null);
  const visible = seats.filter((seat) => seat.state !== SeatState.RELEASED);

  return (
    <Stack gap="sm">
      {visible.length === 0 && <Text c="dimmed">No seats yet.</Text>}
      {visible.map((seat) => {
        const state = SEAT_STATE_LABELS[seat.state];

        return (
          <Paper key={seat.id} withBorder radius="md" p="sm" data-testid="seat">
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {ASSIGNMENT_ROLE_LABELS[seat.role]} · {SENIORITY_LABELS[seat.seniority]} ·{' '}
                    {seat.targetAllocationPercent}%
                  </Text>
                  <Badge variant="light" color={state.color}>
                    {state.label}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  Needed from {formatCalendarDate(seat.neededFrom)}
                  {seat.neededUntil ? ` until ${formatCalendarDate(seat.neededUntil)}` : ''}
                </Text>
                <SkillBadges skills={seat.skills} />
              </Stack>
              {permissions.proposeCandidate && seat.state !== SeatState.FILLED && (
                <Button size="xs" variant="light" onClick={() => setProposingFor(seat.id)}>
                  Propose candidate
                </Button>
              )}
            </Group>
            {seat.candidates.length > 0 && (
              <Stack gap="xs" mt="sm">
                {seat.candidates.map((candidate) => (
                  <CandidateLine
                    key={candidate.id}
                    candidate={candidate}
                    permissions={permissions}
                    onSchedule={() =>
                      setScheduling({
                        id: candidate.id,
                        name: candidate.engineer?.fullName ?? 'the candidate',
                      })
                    }
                    onRecord={(interview) =>
                      setRecording({
                        id: interview.id,
                        version: interview.version,
                        candidateName: candidate.engineer?.fullName ?? 'the candidate',
                      })
                    }
                    onConfirm={() =>
                      setConfirming({
                        id: candidate.id,
                        version: candidate.version,
                        name: candidate.engineer?.fullName ?? 'the candidate',
                        neededFrom: seat.neededFrom,
                      })
                    }
                  />
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
      <ProposeCandidateModal seatId={proposingFor} onClose={() => setProposingFor(null)} />
      <ScheduleInterviewModal candidate={scheduling} onClose={() => setScheduling(null)} />
      <RecordOutcomeModal interview={recording} onClose={() => setRecording(null)} />
      <ConfirmCandidateModal candidate={confirming} onClose={() => setConfirming(null)} />
    </Stack>
  );
}
