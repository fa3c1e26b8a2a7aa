import { SimpleGrid, TextInput } from '@mantine/core';

import type { AuditPeriodErrors, AuditPeriodValues } from './audit-period';

interface AuditPeriodFieldsProps {
  values: AuditPeriodValues;
  errors: AuditPeriodErrors;
  onChange: (values: AuditPeriodValues) => void;
  disabled?: boolean;
}

/** First and last day of an audit period, as the browser's date inputs (plain YYYY-MM-DD). */
export function AuditPeriodFields({ values, errors, onChange, disabled }: AuditPeriodFieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      <TextInput
        label="Period from"
        type="date"
        required
        value={values.periodFrom}
        onChange={(event) => onChange({ ...values, periodFrom: event.currentTarget.value })}
        error={errors.periodFrom}
        disabled={disabled}
      />
      <TextInput
        label="Period to"
        type="date"
        required
        min={values.periodFrom || undefined}
        value={values.periodTo}
        onChange={(event) => onChange({ ...values, periodTo: event.currentTarget.value })}
        error={errors.periodTo}
        disabled={disabled}
      />
    </SimpleGrid>
  );
}
