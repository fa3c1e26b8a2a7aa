import { Group, Select, TextInput } from '@mantine/core';
import { Seniority } from '@portal/domain';

import { SENIORITY_LABELS } from './engineer.labels';

export interface EngineerFilterValues {
  search: string;
  skill: string;
  seniority: Seniority | null;
}

interface EngineerFiltersProps {
  values: EngineerFilterValues;
  onChange: (values: EngineerFilterValues) => void;
}

const SENIORITY_OPTIONS = Object.values(Seniority).map((seniority) => ({
  value: seniority,
  label: SENIORITY_LABELS[seniority],
}));

export function EngineerFilters({ values, onChange }: EngineerFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md">
      <TextInput
        label="Search"
        placeholder="Engineer name"
        type="search"
        value={values.search}
        onChange={(event) => onChange({ ...values, search: event.currentTarget.value })}
        w={240}
      />
      <TextInput
        label="Skill"
        placeholder="e.g. Kafka"
        description="Exact skill name"
        value={values.skill}
        onChange={(event) => onChange({ ...values, skill: event.currentTarget.value })}
        w={200}
      />
      <Select<Seniority>
        label="Seniority"
        placeholder="Any seniority"
        data={SENIORITY_OPTIONS}
        value={values.seniority}
        onChange={(seniority) => onChange({ ...values, seniority })}
        clearable
        w={180}
      />
    </Group>
  );
}
