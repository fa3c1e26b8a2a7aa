import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { serverFieldErrors } from '../audit-packs/server-field-errors';
import { todayCalendarDate } from '../common/calendar-date';
import { ErrorAlert } from '../common/error-alert.component';
import { STAFFING_QUERIES } from '../seats/staffing.labels';
import { confirmCandidateMutation } from './candidate.documents';

interface ConfirmCandidateModalProps {
  candidate: { id: string; version: number; name: string; neededFrom: string } | null;
  onClose: () => void;
}

/** Puts an approved candidate in the seat from a start date. */
export function ConfirmCandidateModal({ candidate, onClose }: ConfirmCandidateModalProps) {
  const [startDate, setStartDate] = useState('');
  const [confirm, { loading, error, reset }] = useMutation(confirmCandidateMutation, {
    refetchQueries: STAFFING_QUERIES,
    awaitRefetchQueries: true,
  });
  const server = serverFieldErrors(error, ['startDate'] as const);
  const start =
    startDate ||
    (candidate && candidate.neededFrom > todayCalendarDate()
      ? candidate.neededFrom
      : todayCalendarDate());

  const close = () => {
    reset();
    setStartDate('');
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!candidate) return;
    try {
      await confirm({
        variables: { input: { id: candidate.id, version: candidate.version, startDate: start } },
      });
      close();
    } catch {
      // The mutation's error state carries the server's explanation.
    }
  };

  return (
    <Modal
      opened={candidate !== null}
      onClose={close}
      title={`Confirm ${candidate?.name ?? ''}`}
      centered
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          {server.unplaced && <ErrorAlert error={error} />}
          <Text size="sm">
            The engineer joins the team in this seat, with its role and allocation.
          </Text>
          <TextInput
            label="Start date"
            type="date"
            required
            value={start}
            onChange={(event) => setStartDate(event.currentTarget.value)}
            error={server.messages.startDate}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Confirm in seat
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
