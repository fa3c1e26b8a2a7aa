import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { describeError } from '../common/graphql-errors';
import { linkEvidenceMutation } from './evidence.documents';
import { EVIDENCE_KIND_LABELS } from './evidence.labels';
import { useEngagementEvidenceOptions } from './use-engagement-evidence-options';

interface LinkExistingEvidenceProps {
  engagementId: string;
  requirementId: string;
  /** Evidence already linked to the requirement, left out of the choice. */
  linkedEvidenceIds: readonly string[];
  onLinked: () => void;
}

/** Attaches evidence the engagement already holds to one more requirement. */
export function LinkExistingEvidence({
  engagementId,
  requirementId,
  linkedEvidenceIds,
  onLinked,
}: LinkExistingEvidenceProps) {
  const { options, loading, error: loadError, reload } = useEngagementEvidenceOptions(engagementId);
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const [linkEvidence, { loading: linking, error, reset }] = useMutation(linkEvidenceMutation);

  const data = options
    .filter((option) => !option.withdrawnAt && !linkedEvidenceIds.includes(option.id))
    .map((option) => ({
      value: option.id,
      label: `${option.title} (${EVIDENCE_KIND_LABELS[option.kind]})`,
    }));

  const handleLink = async () => {
    if (!evidenceId) return;

    try {
      await linkEvidence({ variables: { input: { evidenceId, requirementIds: [requirementId] } } });
      notifications.show({
        color: 'green',
        title: 'Evidence linked',
        message: 'Coverage updated.',
      });
      setEvidenceId(null);
      reload();
      onLinked();
    } catch {
      // The mutation's error state is shown below.
    }
  };

  return (
    <Stack gap="xs">
      {error && <ErrorAlert error={error} />}
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Select
          label="Link existing evidence"
          placeholder={loading ? 'Loading evidence…' : 'Search this engagement’s evidence'}
          data={data}
          value={evidenceId}
          onChange={(value) => {
            reset();
            setEvidenceId(value);
          }}
          searchable
          clearable
          nothingFoundMessage={loading ? 'Loading evidence…' : 'No other evidence to link'}
          error={loadError ? describeError(loadError).message : undefined}
          style={{ flex: 1 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button
          variant="light"
          onClick={() => void handleLink()}
          loading={linking}
          disabled={!evidenceId}
        >
          Link
        </Button>
      </Group>
    </Stack>
  );
}
