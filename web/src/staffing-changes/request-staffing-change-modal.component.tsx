import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  AssignmentRole,
  Seniority,
  STAFFING_CHANGE_KIND_LABELS,
  StaffingChangeKind,
} from '@portal/domain';
import { type FormEvent, useState } from 'react';

import { ASSIGNMENT_ROLE_LABELS } from '../assignments/assignment.labels';
import { serverFieldErrors } from '../audit-packs/server-field-errors';
import { engineerOptionsQuery } from '../candidates/candidate.documents';
import { todayCalendarDate } from '../common/calendar-date';
import { ErrorAlert } from '../common/error-alert.component';
import { SENIORITY_LABELS } from '../engineers/engineer.labels';
import type { RequestStaffingChangeInput } from '../gql/graphql';
import { STAFFING_QUERIES } from '../seats/staffing.labels';
import { requestStaffingChangeMutation } from './staffing-change.documents';

const FIELDS = [
  'effectiveDate',
  'reason',
  'role',
  'seniority',
  'allocationPercent',
  'seatCount',
  'seatId',
  'assignmentId',
  'engineerId',
  'newEndDate',
] as const;

/** Which assignment-based kinds need the assignment picker. */
const ON_ASSIGNMENT: readonly StaffingChangeKind[] = [
  StaffingChangeKind.END_ASSIGNMENT,
  StaffingChangeKind.CHANGE_ALLOCATION,
  StaffingChangeKind.SWAP_ENGINEER,
  StaffingChangeKind.EXTEND,
];

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

export interface ChangeTarget {
  id: string;
  label: string;
}

interface RequestStaffingChangeModalProps {
  engagementId: string;
  opened: boolean;
  onClose: () => void;
  /** Running assignments that an end, re-allocation, swap or extension can name. */
  assignments: readonly ChangeTarget[];
  /** Seats that can be released. */
  seats: readonly ChangeTarget[];
}

/** Asks for a team change; the fields shown depend on what is asked for. */
export function RequestStaffingChangeModal({
  engagementId,
  opened,
  onClose,
  assignments,
  seats,
}: RequestStaffingChangeModalProps) {
  const [kind, setKind] = useState<StaffingChangeKind>(StaffingChangeKind.SCALE_UP);
  const [effectiveDate, setEffectiveDate] = useState(todayCalendarDate());
  const [reason, setReason] = useState('');
  const [role, setRole] = useState<AssignmentRole | null>(AssignmentRole.BACKEND_ENGINEER);
  const [seniority, setSeniority] = useState<Seniority | null>(Seniority.SENIOR);
  const [skills, setSkills] = useState<string[]>([]);
  const [allocationPercent, setAllocationPercent] = useState<number | string>(100);
  const [seatCount, setSeatCount] = useState<number | string>(1);
  const [seatId, setSeatId] = useState<string | null>(null);
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  const [engineerId, setEngineerId] = useState<string | null>(null);
  const [newEndDate, setNewEndDate] = useState('');
  const engineers = useQuery(engineerOptionsQuery, {
    skip: !opened || kind !== StaffingChangeKind.SWAP_ENGINEER,
  });
  const [requestChange, { loading, error, reset }] = useMutation(requestStaffingChangeMutation, {
    refetchQueries: STAFFING_QUERIES,
    awaitRefetchQueries: true,
  });
  const server = serverFieldErrors(error, FIELDS);

  const close = () => {
    reset();
    onClose();
  };

  const inputFor = (): RequestStaffingChangeInput => {
    const base = { engagementId, kind, effectiveDate, reason: reason.trim() };
    const allocation = Number(allocationPercent);
    switch (kind) {
      case StaffingChangeKind.SCALE_UP:
        return {
          ...base,
          role,
          seniority,
          skills,
          allocationPercent: allocation,
          seatCount: Number(seatCount),
        };
      case StaffingChangeKind.RELEASE_SEAT:
        return { ...base, seatId };
      case StaffingChangeKind.END_ASSIGNMENT:
        return { ...base, assignmentId };
      case StaffingChangeKind.CHANGE_ALLOCATION:
        return { ...base, assignmentId, allocationPercent: allocation };
      case StaffingChangeKind.SWAP_ENGINEER:
        return { ...base, assignmentId, engineerId };
      case StaffingChangeKind.EXTEND:
        return { ...base, assignmentId, newEndDate: newEndDate || null };
    }
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    try {
      await requestChange({ variables: { input: inputFor() } });
      setReason('');
      close();
    } catch {
      // The mutation's error state carries the server's explanation to the fields and alert.
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Request a staffing change" centered size="lg">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm">
          {server.unplaced && <ErrorAlert error={error} />}
          <Select
            label="What"
            data={options(STAFFING_CHANGE_KIND_LABELS)}
            value={kind}
            onChange={(value) => value && setKind(value as StaffingChangeKind)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="Effective date"
            description="First day the team looks different"
            type="date"
            required
            value={effectiveDate}
            onChange={(event) => setEffectiveDate(event.currentTarget.value)}
            error={server.messages.effectiveDate}
          />
          {kind === StaffingChangeKind.SCALE_UP && (
            <>
              <Group grow>
                <Select
                  label="Role"
                  data={options(ASSIGNMENT_ROLE_LABELS)}
                  value={role}
                  onChange={(value) => setRole(value as AssignmentRole | null)}
                  error={server.messages.role}
                  comboboxProps={{ withinPortal: true }}
                />
                <Select
                  label="Seniority"
                  data={options(SENIORITY_LABELS)}
                  value={seniority}
                  onChange={(value) => setSeniority(value as Seniority | null)}
                  error={server.messages.seniority}
                  comboboxProps={{ withinPortal: true }}
                />
              </Group>
              <TagsInput
                label="Skills"
                placeholder="Type a skill and press Enter"
                value={skills}
                onChange={setSkills}
              />
              <Group grow>
                <NumberInput
                  label="Allocation %"
                  min={1}
                  max={100}
                  value={allocationPercent}
                  onChange={setAllocationPercent}
                  error={server.messages.allocationPercent}
                />
                <NumberInput
                  label="Seats"
                  min={1}
                  max={20}
                  value={seatCount}
                  onChange={setSeatCount}
                  error={server.messages.seatCount}
                />
              </Group>
            </>
          )}
          {kind === StaffingChangeKind.RELEASE_SEAT && (
            <Select
              label="Seat"
              data={seats.map((seat) => ({ value: seat.id, label: seat.label }))}
              value={seatId}
              onChange={setSeatId}
              error={server.messages.seatId}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {ON_ASSIGNMENT.includes(kind) && (
            <Select
              label="Assignment"
              data={assignments.map((item) => ({ value: item.id, label: item.label }))}
              value={assignmentId}
              onChange={setAssignmentId}
              error={server.messages.assignmentId}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {kind === StaffingChangeKind.CHANGE_ALLOCATION && (
            <NumberInput
              label="New allocation %"
              min={1}
              max={100}
              value={allocationPercent}
              onChange={setAllocationPercent}
              error={server.messages.allocationPercent}
            />
          )}
          {kind === StaffingChangeKind.SWAP_ENGINEER && (
            <Select
              label="Engineer who takes over"
              searchable
              data={(engineers.data?.engineers.edges ?? []).map(({ node }) => ({
                value: node.id,
                label: node.fullName,
              }))}
              value={engineerId}
              onChange={setEngineerId}
              error={server.messages.engineerId}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {kind === StaffingChangeKind.EXTEND && (
            <TextInput
              label="New last day"
              type="date"
              value={newEndDate}
              onChange={(event) => setNewEndDate(event.currentTarget.value)}
              error={server.messages.newEndDate}
            />
          )}
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={server.messages.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Send request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
