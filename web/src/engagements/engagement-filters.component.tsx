import { Group, Select, TextInput } from '@mantine/core';
import { EngagementStatus, SERVICE_LINE_LABELS, ServiceLine } from '@portal/domain';

import { ENGAGEMENT_STATUS_LABELS } from './engagement.labels';

export interface EngagementFilterValues {
  search: string;
  status: EngagementStatus | null;
  serviceLine: ServiceLine | null;
}

interface EngagementFiltersProps {
  values: EngagementFilterValues;
  onChange: (values: EngagementFilterValues) => void;
}

const STATUS_OPTIONS = Object.values(EngagementStatus).map((status) => ({
  value: status,
  label: ENGAGEMENT_STATUS_LABELS[status],
}));

const SERVICE_LINE_OPTIONS = Object.values(ServiceLine).map((serviceLine) => ({
  value: serviceLine,
  label: SERVICE_LINE_LABELS[serviceLine],
}));

export function EngagementFilters({ values, onChange }: EngagementFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md">
      <TextInput
        label="Search"
        placeholder="Engagement name"
        type="search"
        value={values.search}
        onChange={(event) => onChange({ ...values, search: event.currentTarget.value })}
        w={260}
      />
      <Select<EngagementStatus>
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => onChange({ ...values, status })}
        clearable
        w={180}
      />
      <Select<ServiceLine>
        label="Service line"
        placeholder="Any service line"
        data={SERVICE_LINE_OPTIONS}
        value={values.serviceLine}
        onChange={(serviceLine) => onChange({ ...values, serviceLine })}
        clearable
        w={260}
      />
    </Group>
  );
}
