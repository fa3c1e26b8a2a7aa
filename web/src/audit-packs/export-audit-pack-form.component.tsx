import { useMutation } from '@apollo/client/react';
import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import type { FrameworkKey } from '../gql/graphql';
import { auditPacksQuery, exportAuditPackMutation } from './audit-pack.documents';
import {
  type AuditPeriodErrors,
  auditPeriodErrors,
  type AuditPeriodValues,
  defaultAuditPeriod,
} from './audit-period';
import { AuditPeriodFields } from './audit-period-fields.component';
import { type FrameworkOption, frameworkSelectData } from './framework-option';
import { serverFieldErrors } from './server-field-errors';

const FIELDS = ['frameworks', 'periodFrom', 'periodTo'] as const;

interface ExportAuditPackFormProps {
  engagementId: string;
  frameworks: readonly FrameworkOption[];
}

interface ExportErrors extends AuditPeriodErrors {
  frameworks?: string;
}

/** Queues an export for frameworks in scope and an audit period; the new pack joins the list. */
export function ExportAuditPackForm({ engagementId, frameworks }: ExportAuditPackFormProps) {
  const [selected, setSelected] = useState<FrameworkKey[]>([]);
  const [period, setPeriod] = useState<AuditPeriodValues>(() => defaultAuditPeriod());
  const [errors, setErrors] = useState<ExportErrors>({});
  const [exportPack, { loading, error, reset }] = useMutation(exportAuditPackMutation, {
    update(cache, { data }) {
      const pack = data?.exportAuditPack;
      if (!pack) return;

      cache.updateQuery({ query: auditPacksQuery, variables: { engagementId } }, (current) =>
        current ? { auditPacks: [pack, ...current.auditPacks] } : current,
      );
    },
  });

  const server = serverFieldErrors(error, FIELDS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();

    const problems: ExportErrors = {
      ...auditPeriodErrors(period),
      frameworks: selected.length === 0 ? 'Choose at least one framework' : undefined,
    };
    setErrors(problems);
    if (Object.values(problems).some(Boolean)) return;

    try {
      await exportPack({
        variables: { input: { engagementId, frameworks: selected, ...period } },
      });
      notifications.show({
        color: 'green',
        title: 'Export queued',
        message: 'The pack is being built; it can be downloaded when it is ready.',
      });
    } catch {
      // The mutation's error state carries the server's explanation to the alert below.
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="export-audit-pack">
      <Title order={2} size="h3" id="export-audit-pack" mb={4}>
        Export an audit pack
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        One signed ZIP with the control matrix, the evidence files, an OSCAL assessment and the
        activity of the period, for the frameworks you choose.
      </Text>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="sm" maw={640}>
          {server.unplaced && <ErrorAlert error={error} />}
          <MultiSelect
            label="Frameworks"
            placeholder={selected.length === 0 ? 'Frameworks in scope' : undefined}
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
          <Group>
            <Button type="submit" loading={loading}>
              Export pack
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
