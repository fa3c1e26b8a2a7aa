import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import {
  localDateTimeToIso,
  toLocalDateTimeInput,
  userTimeZone,
} from '../audit-grants/expiry-date-time';
import { serverFieldErrors } from '../audit-packs/server-field-errors';
import { useCurrentUser } from '../auth/current-user.context';
import { ErrorAlert } from '../common/error-alert.component';
import { STAFFING_QUERIES } from '../seats/staffing.labels';
import { interviewerOptionsQuery, scheduleInterviewMutation } from './candidate.documents';

const FIELDS = [
  'scheduledAt',
  'timeZone',
  'durationMinutes',
  'interviewerIds',
  'videoLink',
] as const;

/** A week from today at 10:00 local time: a sensible first suggestion. */
function nextWeekAtTen(now: Date = new Date()): Date {
  const suggestion = new Date(now);
  suggestion.setDate(suggestion.getDate() + 7);
  suggestion.setHours(10, 0, 0, 0);

  return suggestion;
}

interface ScheduleInterviewModalProps {
  candidate: { id: string; name: string } | null;
  onClose: () => void;
}

/** The client manager picks a time (in their own time zone), interviewers and a link. */
export function ScheduleInterviewModal({ candidate, onClose }: ScheduleInterviewModalProps) {
  const me = useCurrentUser();
  const [startsAt, setStartsAt] = useState(() => toLocalDateTimeInput(nextWeekAtTen()));
  const [durationMinutes, setDurationMinutes] = useState<number | string>(60);
  const [interviewerIds, setInterviewerIds] = useState<string[]>([me.id]);
  const [videoLink, setVideoLink] = useState('');
  const users = useQuery(interviewerOptionsQuery, { skip: candidate === null });
  const [schedule, { loading, error, reset }] = useMutation(scheduleInterviewMutation, {
    refetchQueries: STAFFING_QUERIES,
    awaitRefetchQueries: true,
  });
  const server = serverFieldErrors(error, FIELDS);

  const close = () => {
    reset();
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const scheduledAt = localDateTimeToIso(startsAt);
    if (!candidate || !scheduledAt) return;
    try {
      await schedule({
        variables: {
          input: {
            candidateId: candidate.id,
            scheduledAt,
            timeZone: userTimeZone(),
            durationMinutes: Number(durationMinutes),
            interviewerIds,
            videoLink: videoLink.trim() || null,
          },
        },
      });
      close();
    } catch {
      // The mutation's error state carries the server's explanation.
    }
  };

  const interviewers = (users.data?.users.edges ?? [])
    .map(({ node }) => node)
    .filter((user) => user.organization?.id === me.organization?.id)
    .map((user) => ({ value: user.id, label: user.displayName }));

  return (
    <Modal
      opened={candidate !== null}
      onClose={close}
      title={`Schedule an interview with ${candidate?.name ?? ''}`}
      centered
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          {server.unplaced && <ErrorAlert error={error} />}
          <TextInput
            label="Starts"
            description={`Your time zone: ${userTimeZone()}`}
            type="datetime-local"
            required
            value={startsAt}
            onChange={(event) => setStartsAt(event.currentTarget.value)}
            error={server.messages.scheduledAt}
          />
          <NumberInput
            label="Minutes"
            min={15}
            max={480}
            step={15}
            value={durationMinutes}
            onChange={setDurationMinutes}
            error={server.messages.durationMinutes}
          />
          <MultiSelect
            label="Interviewers"
            data={interviewers}
            value={interviewerIds}
            onChange={setInterviewerIds}
            error={server.messages.interviewerIds}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="Video link"
            placeholder="https://"
            value={videoLink}
            onChange={(event) => setVideoLink(event.currentTarget.value)}
            error={server.messages.videoLink}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
