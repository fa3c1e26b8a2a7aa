import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PINNED_VERSION_KIND_LABELS, SignOffDecision } from '@portal/domain';
import { type FormEvent, useEffect, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { errorCodeOf, fieldProblemsOf } from '../common/graphql-errors';
import type { DeliverableFieldsFragment } from '../gql/graphql';
import { signOffDeliverableMutation } from './deliverable.documents';

interface SignOffModalProps {
  deliverable: DeliverableFieldsFragment | null;
  decision: SignOffDecision;
  onClose: () => void;
}

/** The client manager accepts the pinned version, or asks for changes with a reason. */
export function SignOffModal({ deliverable, decision, onClose }: SignOffModalProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [signOff, { loading, error, reset }] = useMutation(signOffDeliverableMutation, {
    refetchQueries: ['EngagementDetail'],
  });
  const accepting = decision === SignOffDecision.ACCEPTED;

  useEffect(() => {
    if (!deliverable) return;

    setReason('');
    setReasonError(undefined);
    reset();
  }, [deliverable, decision, reset]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!deliverable?.pinnedVersion) return;

    if (!accepting && !reason.trim()) {
      setReasonError('Say what has to change');
      return;
    }
    setReasonError(undefined);

    try {
      await signOff({
        variables: {
          input: {
            id: deliverable.id,
            version: deliverable.version,
            pinnedValue: deliverable.pinnedVersion.value,
            decision,
            reason: reason.trim() || undefined,
          },
        },
      });
      notifications.show({
        color: accepting ? 'green' : 'orange',
        title: accepting ? 'Deliverable accepted' : 'Changes requested',
        message: `“${deliverable.title}” at ${deliverable.pinnedVersion.value}.`,
      });
      onClose();
    } catch (mutationError) {
      setReasonError(
        fieldProblemsOf(mutationError).find((problem) => problem.field === 'reason')?.message,
      );
    }
  };

  const pinned = deliverable?.pinnedVersion;
  const title = deliverable
    ? `${accepting ? 'Accept' : 'Request changes to'} “${deliverable.title}”`
    : '';

  return (
    <Modal opened={Boolean(deliverable)} onClose={onClose} title={title} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {errorCodeOf(error) === 'CONFLICT' ? (
            <Alert color="yellow" variant="light" title="A newer version arrived" role="alert">
              This deliverable changed or was submitted again while you were reviewing. Close this
              window and review the version now shown.
            </Alert>
          ) : (
            error &&
            !fieldProblemsOf(error).some((problem) => problem.field === 'reason') && (
              <ErrorAlert error={error} />
            )
          )}
          {pinned && (
            <Text size="sm">
              You sign off {PINNED_VERSION_KIND_LABELS[pinned.kind].toLowerCase()}{' '}
              <Text span ff="monospace" fw={600}>
                {pinned.value}
              </Text>{' '}
              (
              <Anchor href={pinned.url} target="_blank" rel="noreferrer">
                open
              </Anchor>
              ).
            </Text>
          )}
          <Textarea
            label={accepting ? 'Comment (optional)' : 'What has to change'}
            required={!accepting}
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={accepting ? 'green' : 'orange'} loading={loading}>
              {accepting ? 'Accept this version' : 'Request changes'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
