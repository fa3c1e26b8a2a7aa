import { Group, Select, TextInput } from '@mantine/core';
import { EvidenceStatus, RequirementStatus } from '@portal/domain';

import { EVIDENCE_STATUS_LABELS, REQUIREMENT_STATUS_LABELS } from './requirement.labels';

export interface RequirementFilterValues {
  search: string;
  status: RequirementStatus | null;
  evidenceStatus: EvidenceStatus | null;
}

interface RequirementFiltersProps {
  values: RequirementFilterValues;
  onChange: (values: RequirementFilterValues) => void;
}

const STATUS_OPTIONS = Object.values(RequirementStatus).map((status) => ({
  value: status,
  label: REQUIREMENT_STATUS_LABELS[status],
}));

const EVIDENCE_STATUS_OPTIONS = Object.values(EvidenceStatus).map((status) => ({
  value: status,
  label: EVIDENCE_STATUS_LABELS[status],
}));

export function RequirementFilters({ values, onChange }: RequirementFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md">
      <TextInput
        label="Search"
        placeholder="Reference or title"
        type="search"
        value={values.search}
        onChange={(event) => onChange({ ...values, search: event.currentTarget.value })}
        w={240}
      />
      <Select<RequirementStatus>
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => onChange({ ...values, status })}
        clearable
        w={200}
      />
      <Select<EvidenceStatus>
        label="Evidence status"
        placeholder="Any evidence status"
        data={EVIDENCE_STATUS_OPTIONS}
        value={values.evidenceStatus}
        onChange={(evidenceStatus) => onChange({ ...values, evidenceStatus })}
        clearable
        w={220}
      />
    </Group>
  );
}
