import { useMutation } from '@apollo/client/react';
import { Button, Group, MultiSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';

import {
  type AuditPeriodErrors,
  auditPeriodErrors,
  type AuditPeriodValues,
  defaultAuditPeriod,
} from '../audit-packs/audit-period';
import { AuditPeriodFields } from '../audit-packs/audit-period-fields.component';
import { type FrameworkOption, frameworkSelectData } from '../audit-packs/framework-option';
import { serverFieldErrors } from '../audit-packs/server-field-errors';
import { ErrorAlert } from '../common/error-alert.component';
import type { FrameworkKey } from '../gql/graphql';
import { auditGrantsQuery, grantAuditAccessMutation } from './audit-grant.documents';
import { defaultExpiry, localDateTimeToIso, userTimeZone } from './expiry-date-time';

const FIELDS = ['auditorEmail', 'frameworks', 'periodFrom', 'periodTo', 'expiresAt'] as const;

interface GrantAuditAccessFormProps {
  engagementId: string;
  frameworks: readonly FrameworkOption[];
}

interface GrantErrors extends AuditPeriodErrors {
  auditorEmail?: string;
  frameworks?: string;
  expiresAt?: string;
}

function expiryError(expiresAt: string): string | undefined {
  const iso = localDateTimeToIso(expiresAt);
  if (!iso) return 'Enter the day and time access ends';

  return Date.parse(iso) <= Date.now() ? 'Must be in the future' : undefined;
}

/** Gives one auditor read-only access to frameworks and a period of this engagement. */
export function GrantAuditAccessForm({ engagementId, frameworks }: GrantAuditAccessFormProps) {
  const [auditorEmail, setAuditorEmail] = useState('');
  const [selected, setSelected] = useState<FrameworkKey[]>([]);
  const [period, setPeriod] = useState<AuditPeriodValues>(() => defaultAuditPeriod());
  const [expiresAt, setExpiresAt] = useState(() => defaultExpiry());
  const [errors, setErrors] = useState<GrantErrors>({});
  const [grantAccess, { loading, error, reset }] = useMutation(grantAuditAccessMutation, {
    update(cache, { data }) {
      const grant = data?.grantAuditAccess;
      if (!grant) return;

      cache.updateQuery({ query: auditGrantsQuery, variables: { engagementId } }, (current) =>
        current ? { auditGrants: [grant, ...current.auditGrants] } : current,
      );
    },
  });
  const server = serverFieldErrors(error, FIELDS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();

    const problems: GrantErrors = {
      ...auditPeriodErrors(period),
      auditorEmail: auditorEmail.trim() ? undefined : "Enter the auditor's email",
      frameworks: selected.length === 0 ? 'Choose at least one framework' : undefined,
      expiresAt: expiryError(expiresAt),
    };
    setErrors(problems);
    const expiresAtIso = localDateTimeToIso(expiresAt);
    if (Object.values(problems).some(Boolean) || !expiresAtIso) return;

    try {
      await grantAccess({
        variables: {
          input: {
            engagementId,
            auditorEmail: auditorEmail.trim(),
            frameworks: selected,
            ...period,
            expiresAt: expiresAtIso,
          },
        },
      });
      notifications.show({
        color: 'green',
        title: 'Access granted',
        message: `${auditorEmail.trim()} can now read the granted frameworks and download packs within the period.`,
      });
      setAuditorEmail('');
      setSelected([]);
    } catch {
      // The mutation's error state carries the server's explanation to the fields and alert.
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="grant-access">
      <Title order={3} size="h4" id="grant-access" mb="xs">
        Grant access
      </Title>
      <Stack gap="sm" maw={640}>
        {server.unplaced && <ErrorAlert error={error} />}
        <TextInput
          label="Auditor email"
          type="email"
          required
          placeholder="auditor@firm.example"
          value={auditorEmail}
          onChange={(event) => setAuditorEmail(event.currentTarget.value)}
          error={errors.auditorEmail ?? server.messages.auditorEmail}
          disabled={loading}
        />
        <MultiSelect
          label="Frameworks"
          placeholder={selected.length === 0 ? 'Frameworks the auditor may read' : undefined}
          required
          data={frameworkSelectData(frameworks)}
          value={selected}
          onChange={(value) => setSelected(value as FrameworkKey[])}
          error={errors.frameworks ?? server.messages.frameworks}
          disabled={loading}
          clearable
          hidePickedOptions
          comboboxProps={{ withinPortal: true }}
        />
        <AuditPeriodFields
          values={period}
          errors={{
            periodFrom: errors.periodFrom ?? server.messages.periodFrom,
            periodTo: errors.periodTo ?? server.messages.periodTo,
          }}
          onChange={setPeriod}
          disabled={loading}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Access expires"
            description={`Your time zone: ${userTimeZone()}`}
            type="datetime-local"
            required
            value={expiresAt}
            onChange={(event) => setExpiresAt(event.currentTarget.value)}
            error={errors.expiresAt ?? server.messages.expiresAt}
            disabled={loading}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={loading}>
            Grant access
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
