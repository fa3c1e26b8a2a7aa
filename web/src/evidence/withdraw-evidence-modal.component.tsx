import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { fieldProblemsOf } from '../common/graphql-errors';
import { withdrawEvidenceMutation } from './evidence.documents';

interface WithdrawEvidenceModalProps {
  opened: boolean;
  evidence: { id: string; title: string };
  onClose: () => void;
  onWithdrawn: () => void;
}

/** Withdrawn evidence counts for nothing; its versions are kept, and the reason is recorded. */
export function WithdrawEvidenceModal({
  opened,
  evidence,
  onClose,
  onWithdrawn,
}: WithdrawEvidenceModalProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [withdraw, { loading, error, reset }] = useMutation(withdrawEvidenceMutation);

  useEffect(() => {
    if (!opened) return;

    setReason('');
    setReasonError(undefined);
    reset();
  }, [opened, reset]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    if (!reason.trim()) {
      setReasonError('Say why the evidence is withdrawn');
      return;
    }
    setReasonError(undefined);

    try {
      await withdraw({ variables: { input: { evidenceId: evidence.id, reason: reason.trim() } } });
      notifications.show({
        color: 'orange',
        title: 'Evidence withdrawn',
        message: `“${evidence.title}” no longer counts for any requirement.`,
      });
      onWithdrawn();
      onClose();
    } catch (mutationError) {
      setReasonError(
        fieldProblemsOf(mutationError).find((problem) => problem.field === 'reason')?.message,
      );
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Withdraw “${evidence.title}”`} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Text size="sm">
            Withdrawn evidence stops counting for every requirement it is linked to. Its versions
            and reviews are kept for the audit trail. This cannot be undone.
          </Text>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={loading}>
              Withdraw
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
