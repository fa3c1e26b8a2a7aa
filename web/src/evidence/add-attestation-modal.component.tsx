import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';

import { useCurrentUser } from '../auth/current-user.context';
import { ErrorAlert } from '../common/error-alert.component';
import { fieldProblemsOf } from '../common/graphql-errors';
import { addAttestationMutation } from './evidence.documents';
import {
  detailsErrorsFrom,
  emptyEvidenceDetails,
  type EvidenceDetailsErrors,
  evidenceDetailsInput,
  type EvidenceDetailsValues,
  hasErrors,
  validateEvidenceDetails,
} from './evidence-details';
import { EvidenceDetailsFields } from './evidence-details-fields.component';

interface AddAttestationModalProps {
  opened: boolean;
  onClose: () => void;
  engagementId: string;
  initialRequirementIds?: string[];
  onAdded?: () => void;
}

/** A statement the signed-in user signs: their account is recorded as its author. */
export function AddAttestationModal({
  opened,
  onClose,
  engagementId,
  initialRequirementIds,
  onAdded,
}: AddAttestationModalProps) {
  const user = useCurrentUser();
  const [values, setValues] = useState<EvidenceDetailsValues>(emptyEvidenceDetails);
  const [statement, setStatement] = useState('');
  const [errors, setErrors] = useState<EvidenceDetailsErrors & { statement?: string }>({});
  const [addAttestation, { loading, error, reset }] = useMutation(addAttestationMutation);

  const initialIds = (initialRequirementIds ?? []).join(',');
  useEffect(() => {
    if (!opened) return;

    setValues(emptyEvidenceDetails({ requirementIds: initialIds ? initialIds.split(',') : [] }));
    setStatement('');
    setErrors({});
    reset();
  }, [opened, initialIds, reset]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const problems = {
      ...validateEvidenceDetails(values),
      statement: statement.trim() ? undefined : 'Write what you attest',
    };
    setErrors(problems);
    if (hasErrors(problems)) return;

    try {
      const { data } = await addAttestation({
        variables: {
          input: { engagementId, statement: statement.trim(), ...evidenceDetailsInput(values) },
        },
      });
      notifications.show({
        color: 'green',
        title: 'Attestation signed',
        message: `“${data?.addAttestation.title ?? values.title}” waits for review.`,
      });
      onAdded?.();
      onClose();
    } catch (mutationError) {
      const fieldProblems = fieldProblemsOf(mutationError);
      setErrors({
        ...detailsErrorsFrom(fieldProblems),
        statement: fieldProblems.find((problem) => problem.field === 'statement')?.message,
      });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Add attestation" size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Textarea
            label="Statement"
            description={`Signed by you, ${user.displayName}, when you add it`}
            required
            autosize
            minRows={3}
            value={statement}
            onChange={(event) => setStatement(event.currentTarget.value)}
            error={errors.statement}
          />
          <EvidenceDetailsFields
            engagementId={engagementId}
            values={values}
            errors={errors}
            onChange={setValues}
          />
          <Text size="xs" c="dimmed">
            The statement’s SHA-256 is recorded with the version, so any later change shows.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Sign and add
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
