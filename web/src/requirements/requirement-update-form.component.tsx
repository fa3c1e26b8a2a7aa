import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { RequirementStatus, ROLE_LABELS } from '@portal/domain';
import { type FormEvent, useEffect, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { errorCodeOf, fieldProblemsOf } from '../common/graphql-errors';
import type { RequirementDetailQuery } from '../gql/graphql';
import {
  engagementMembersQuery,
  updateEngagementRequirementMutation,
} from './requirement.documents';
import { REQUIREMENT_STATUS_LABELS } from './requirement.labels';

type Requirement = RequirementDetailQuery['engagementRequirement'];

interface RequirementUpdateFormProps {
  requirement: Requirement;
  clientId: string | null;
  agencyId: string | null;
  /** Fetches the requirement again, e.g. after someone else changed it. */
  onReload: () => Promise<unknown>;
  onSaved: () => void;
}

const STATUS_OPTIONS = Object.values(RequirementStatus).map((status) => ({
  value: status,
  label: REQUIREMENT_STATUS_LABELS[status],
}));

function useOwnerOptions(clientId: string | null, agencyId: string | null) {
  const { data } = useQuery(
    engagementMembersQuery,
    clientId && agencyId ? { variables: { clientId, agencyId } } : skipToken,
  );
  const members = [...(data?.agency.edges ?? []), ...(data?.client.edges ?? [])]
    .map((edge) => edge.node)
    .filter((user) => user.active);

  return members.map((user) => ({
    value: user.id,
    label: `${user.displayName} (${ROLE_LABELS[user.role]})`,
  }));
}

/** Status, owner and justification of one in-scope requirement; CONFLICT reloads it. */
export function RequirementUpdateForm({
  requirement,
  clientId,
  agencyId,
  onReload,
  onSaved,
}: RequirementUpdateFormProps) {
  const ownerOptions = useOwnerOptions(clientId, agencyId);
  const [status, setStatus] = useState<RequirementStatus>(requirement.status);
  const [ownerId, setOwnerId] = useState<string | null>(requirement.owner?.id ?? null);
  const [justification, setJustification] = useState(requirement.justification ?? '');
  const [justificationError, setJustificationError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [update, { loading, error, reset }] = useMutation(updateEngagementRequirementMutation);

  // A new version from the server (after a save or a reload) becomes the form's starting point.
  useEffect(() => {
    setStatus(requirement.status);
    setOwnerId(requirement.owner?.id ?? null);
    setJustification(requirement.justification ?? '');
  }, [
    requirement.id,
    requirement.version,
    requirement.status,
    requirement.owner?.id,
    requirement.justification,
  ]);

  const ownerData =
    requirement.owner && !ownerOptions.some((option) => option.value === requirement.owner?.id)
      ? [{ value: requirement.owner.id, label: requirement.owner.displayName }, ...ownerOptions]
      : ownerOptions;

  const unchanged =
    status === requirement.status &&
    ownerId === (requirement.owner?.id ?? null) &&
    justification.trim() === (requirement.justification ?? '');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const needsJustification = status === RequirementStatus.NOT_APPLICABLE && !justification.trim();
    setJustificationError(
      needsJustification ? 'Explain why the requirement does not apply' : undefined,
    );
    if (needsJustification) return;

    setConflict(false);
    try {
      await update({
        variables: {
          input: {
            id: requirement.id,
            version: requirement.version,
            status,
            justification: justification.trim(),
            // null clears the owner; an unchanged owner is left out.
            ...(ownerId !== (requirement.owner?.id ?? null) && { ownerId }),
          },
        },
      });
      notifications.show({
        color: 'green',
        title: 'Requirement saved',
        message: `${requirement.framework} ${requirement.reference} is up to date.`,
      });
      onSaved();
    } catch (mutationError) {
      if (errorCodeOf(mutationError) === 'CONFLICT') {
        setConflict(true);
        reset();
        await onReload();
        return;
      }
      setJustificationError(
        fieldProblemsOf(mutationError).find((problem) => problem.field === 'justification')
          ?.message,
      );
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        {conflict && (
          <Alert color="yellow" variant="light" title="Changed by someone else" role="alert">
            Someone saved this requirement after you opened it. Its latest state is shown now; check
            it and save again.
          </Alert>
        )}
        {error && <ErrorAlert error={error} />}
        <Group grow align="flex-start">
          <Select<RequirementStatus>
            label="Status"
            data={STATUS_OPTIONS}
            value={status}
            onChange={(value) => value && setStatus(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Owner"
            placeholder="Nobody yet"
            data={ownerData}
            value={ownerId}
            onChange={setOwnerId}
            searchable
            nothingFoundMessage="Nobody matches"
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <Textarea
          label="Justification"
          description="Required when the requirement is not applicable"
          required={status === RequirementStatus.NOT_APPLICABLE}
          autosize
          minRows={2}
          value={justification}
          onChange={(event) => setJustification(event.currentTarget.value)}
          error={justificationError}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={unchanged}>
            Save requirement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
