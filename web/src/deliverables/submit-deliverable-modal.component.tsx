import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PINNED_VERSION_KIND_LABELS, pinnedValueProblem, PinnedVersionKind } from '@portal/domain';
import { type FormEvent, useEffect, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { errorCodeOf, fieldProblemsOf } from '../common/graphql-errors';
import type { DeliverableFieldsFragment } from '../gql/graphql';
import { submitDeliverableMutation } from './deliverable.documents';

interface SubmitDeliverableModalProps {
  deliverable: DeliverableFieldsFragment | null;
  onClose: () => void;
}

const KIND_OPTIONS = Object.values(PinnedVersionKind).map((kind) => ({
  value: kind,
  label: PINNED_VERSION_KIND_LABELS[kind],
}));

/** Hands a deliverable over for sign-off, pinned to the exact version delivered. */
export function SubmitDeliverableModal({ deliverable, onClose }: SubmitDeliverableModalProps) {
  const [kind, setKind] = useState<PinnedVersionKind>(PinnedVersionKind.TAG);
  const [value, setValue] = useState('');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [valueError, setValueError] = useState<string>();
  const [submit, { loading, error, reset }] = useMutation(submitDeliverableMutation, {
    refetchQueries: ['EngagementDetail'],
  });

  useEffect(() => {
    if (!deliverable) return;

    setKind(deliverable.pinnedVersion?.kind ?? PinnedVersionKind.TAG);
    setValue('');
    setUrl('');
    setNote('');
    setValueError(undefined);
    reset();
  }, [deliverable, reset]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!deliverable) return;

    const problem = pinnedValueProblem(kind, value.trim());
    if (problem) {
      setValueError(`The ${PINNED_VERSION_KIND_LABELS[kind].toLowerCase()} ${problem}`);
      return;
    }
    setValueError(undefined);

    try {
      await submit({
        variables: {
          input: {
            id: deliverable.id,
            version: deliverable.version,
            pinnedVersion: { kind, value: value.trim(), url: url.trim() },
            note: note.trim() || undefined,
          },
        },
      });
      notifications.show({
        color: 'violet',
        title: 'Submitted for sign-off',
        message: `“${deliverable.title}” at ${value.trim()}.`,
      });
      onClose();
    } catch {
      // Shown below: field problems next to their inputs, everything else in an alert.
    }
  };

  const problems = fieldProblemsOf(error);
  const problemOf = (field: string) => problems.find((item) => item.field === field)?.message;
  const placed = ['pinnedVersion.value', 'pinnedVersion.url'];
  const unplaced = error && !problems.some((item) => placed.includes(item.field));

  return (
    <Modal
      opened={Boolean(deliverable)}
      onClose={onClose}
      title={deliverable ? `Submit “${deliverable.title}” for sign-off` : ''}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {unplaced &&
            (errorCodeOf(error) === 'CONFLICT' ? (
              <Alert color="yellow" variant="light" title="Changed meanwhile" role="alert">
                Someone changed this deliverable while you were writing. Close this window; the page
                now shows the latest state.
              </Alert>
            ) : (
              <ErrorAlert error={error} />
            ))}
          <Select
            label="Version kind"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(next) => next && setKind(next as PinnedVersionKind)}
            allowDeselect={false}
          />
          <TextInput
            label="Version delivered"
            description="Tag name, commit id, spec version (2.1.0) or hash (sha256:…)"
            required
            data-autofocus
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={valueError ?? problemOf('pinnedVersion.value')}
          />
          <TextInput
            label="Link to the version"
            description="https link to the release, commit, spec or artifact"
            required
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={problemOf('pinnedVersion.url')}
          />
          <Textarea
            label="Note for the reviewer"
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Submit for sign-off
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
