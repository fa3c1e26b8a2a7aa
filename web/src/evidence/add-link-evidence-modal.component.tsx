import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { fieldProblemsOf } from '../common/graphql-errors';
import { addLinkEvidenceMutation } from './evidence.documents';
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

interface AddLinkEvidenceModalProps {
  opened: boolean;
  onClose: () => void;
  engagementId: string;
  initialRequirementIds?: string[];
  onAdded?: () => void;
}

function urlProblem(url: string): string | undefined {
  try {
    const { protocol } = new URL(url.trim());

    return protocol === 'http:' || protocol === 'https:'
      ? undefined
      : 'Enter a link starting with http:// or https://';
  } catch {
    return 'Enter a full link, e.g. https://wiki.example/runbook';
  }
}

/** Evidence that lives at a URL: a dashboard, a wiki page, a pipeline run. */
export function AddLinkEvidenceModal({
  opened,
  onClose,
  engagementId,
  initialRequirementIds,
  onAdded,
}: AddLinkEvidenceModalProps) {
  const [values, setValues] = useState<EvidenceDetailsValues>(emptyEvidenceDetails);
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<EvidenceDetailsErrors & { url?: string }>({});
  const [addLink, { loading, error, reset }] = useMutation(addLinkEvidenceMutation);

  const initialIds = (initialRequirementIds ?? []).join(',');
  useEffect(() => {
    if (!opened) return;

    setValues(emptyEvidenceDetails({ requirementIds: initialIds ? initialIds.split(',') : [] }));
    setUrl('');
    setErrors({});
    reset();
  }, [opened, initialIds, reset]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const problems = { ...validateEvidenceDetails(values), url: urlProblem(url) };
    setErrors(problems);
    if (hasErrors(problems)) return;

    try {
      const { data } = await addLink({
        variables: { input: { engagementId, url: url.trim(), ...evidenceDetailsInput(values) } },
      });
      notifications.show({
        color: 'green',
        title: 'Link added',
        message: `“${data?.addLinkEvidence.title ?? values.title}” waits for review.`,
      });
      onAdded?.();
      onClose();
    } catch (mutationError) {
      const fieldProblems = fieldProblemsOf(mutationError);
      setErrors({
        ...detailsErrorsFrom(fieldProblems),
        url: fieldProblems.find((problem) => problem.field === 'url')?.message,
      });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Add link" size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <TextInput
            label="Link"
            type="url"
            required
            placeholder="https://"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={errors.url}
          />
          <EvidenceDetailsFields
            engagementId={engagementId}
            values={values}
            errors={errors}
            onChange={setValues}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Add link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
