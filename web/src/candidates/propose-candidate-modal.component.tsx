import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { serverFieldErrors } from '../audit-packs/server-field-errors';
import { ErrorAlert } from '../common/error-alert.component';
import { SENIORITY_LABELS } from '../engineers/engineer.labels';
import { STAFFING_QUERIES } from '../seats/staffing.labels';
import { engineerOptionsQuery, proposeCandidateMutation } from './candidate.documents';

interface ProposeCandidateModalProps {
  seatId: string | null;
  onClose: () => void;
}

/** The account lead proposes an engineer for a seat, with a pitch the client reads. */
export function ProposeCandidateModal({ seatId, onClose }: ProposeCandidateModalProps) {
  const [engineerId, setEngineerId] = useState<string | null>(null);
  const [pitch, setPitch] = useState('');
  const engineers = useQuery(engineerOptionsQuery, { skip: seatId === null });
  const [propose, { loading, error, reset }] = useMutation(proposeCandidateMutation, {
    refetchQueries: STAFFING_QUERIES,
    awaitRefetchQueries: true,
  });
  const server = serverFieldErrors(error, ['engineerId', 'pitch'] as const);

  const close = () => {
    reset();
    setEngineerId(null);
    setPitch('');
    onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!seatId || !engineerId) return;
    try {
      await propose({ variables: { input: { seatId, engineerId, pitch: pitch.trim() } } });
      close();
    } catch {
      // The mutation's error state carries the server's explanation.
    }
  };

  const data = (engineers.data?.engineers.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.fullName} · ${SENIORITY_LABELS[node.seniority]}${
      node.peakAllocationPercent ? ` · peak ${node.peakAllocationPercent}%` : ''
    }`,
  }));

  return (
    <Modal opened={seatId !== null} onClose={close} title="Propose a candidate" centered>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          {server.unplaced && <ErrorAlert error={error} />}
          <Select
            label="Engineer"
            searchable
            required
            data={data}
            value={engineerId}
            onChange={setEngineerId}
            error={server.messages.engineerId}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label="Why this engineer"
            description="The client reads this"
            autosize
            minRows={2}
            value={pitch}
            onChange={(event) => setPitch(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={!engineerId}>
              Propose
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
