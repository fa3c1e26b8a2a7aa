import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { RaidKind, RaidSeverity, RaidVisibility, SeatState } from '@portal/domain';
import { type FormEvent, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { describeError, fieldProblemsOf } from '../common/graphql-errors';
import { seatLabel } from '../seats/staffing.labels';
import { createRaidItemMutation, raidSeatOptionsQuery } from './raid-item.documents';
import { RAID_KIND_LABELS, RAID_SEVERITY_LABELS, RAID_VISIBILITY_LABELS } from './raid-item.labels';

const options = <Key extends string>(labels: Record<Key, string>) =>
  (Object.keys(labels) as Key[]).map((value) => ({ value, label: labels[value] }));

interface RaidItemFormModalProps {
  engagementId: string;
  opened: boolean;
  onClose: () => void;
}

/** Adds an entry to the RAID log, shared with the other side or internal to one's own. */
export function RaidItemFormModal({ engagementId, opened, onClose }: RaidItemFormModalProps) {
  const [kind, setKind] = useState<RaidKind>(RaidKind.RISK);
  const [severity, setSeverity] = useState<RaidSeverity>(RaidSeverity.MEDIUM);
  const [visibility, setVisibility] = useState<RaidVisibility>(RaidVisibility.CLIENT_VISIBLE);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [seatIds, setSeatIds] = useState<string[]>([]);
  const [create, { loading, error }] = useMutation(createRaidItemMutation, {
    refetchQueries: ['EngagementDetail'],
  });
  const seats = useQuery(raidSeatOptionsQuery, { variables: { engagementId }, skip: !opened });
  const seatOptions = (seats.data?.seats ?? [])
    .filter((seat) => seat.state !== SeatState.RELEASED)
    .map((seat) => ({ value: seat.id, label: seatLabel(seat) }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await create({
        variables: {
          input: {
            engagementId,
            kind,
            severity,
            visibility,
            title: title.trim(),
            description,
            seatIds,
          },
        },
      });
      setTitle('');
      setDescription('');
      setSeatIds([]);
      onClose();
    } catch {
      // Shown below.
    }
  };

  const problems = fieldProblemsOf(error);
  const titleProblem = problems.find((problem) => problem.field === 'title');
  const seatProblem = problems.find((problem) => problem.field === 'seatIds');

  return (
    <Modal opened={opened} onClose={onClose} title="New RAID entry" size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && !titleProblem && !seatProblem && <ErrorAlert error={error} />}
          <Group grow>
            <Select
              label="Kind"
              data={options(RAID_KIND_LABELS)}
              value={kind}
              allowDeselect={false}
              onChange={(value) => value && setKind(value as RaidKind)}
            />
            <Select
              label="Severity"
              data={options(RAID_SEVERITY_LABELS)}
              value={severity}
              allowDeselect={false}
              onChange={(value) => value && setSeverity(value as RaidSeverity)}
            />
          </Group>
          <TextInput
            label="Title"
            required
            data-autofocus
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={titleProblem?.message}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <MultiSelect
            label="Seats it concerns"
            placeholder={seatIds.length === 0 ? 'None' : undefined}
            data={seatOptions}
            value={seatIds}
            onChange={setSeatIds}
            clearable
            hidePickedOptions
            nothingFoundMessage={seats.loading ? 'Loading seats…' : 'No seats on this engagement'}
            error={
              seatProblem?.message ?? (seats.error ? describeError(seats.error).message : undefined)
            }
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Who sees it"
            data={options(RAID_VISIBILITY_LABELS)}
            value={visibility}
            allowDeselect={false}
            onChange={(value) => value && setVisibility(value as RaidVisibility)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Add entry
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
