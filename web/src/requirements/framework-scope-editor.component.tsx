import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import type { FrameworkKey } from '../gql/graphql';
import { frameworkCatalogsQuery, setEngagementFrameworksMutation } from './requirement.documents';

interface FrameworkScopeEditorProps {
  engagementId: string;
  inScope: readonly FrameworkKey[];
  onSaved: () => void;
}

/** Chooses the frameworks the engagement is assessed against. */
export function FrameworkScopeEditor({
  engagementId,
  inScope,
  onSaved,
}: FrameworkScopeEditorProps) {
  const { data, error: catalogError } = useQuery(frameworkCatalogsQuery);
  const [selected, setSelected] = useState<string[]>([...inScope]);
  const [setFrameworks, { loading, error }] = useMutation(setEngagementFrameworksMutation);
  const scopeKey = inScope.join(',');

  useEffect(() => {
    setSelected(scopeKey ? scopeKey.split(',') : []);
  }, [scopeKey]);

  const catalogs = data?.frameworkCatalogs ?? [];
  const options = catalogs.map((catalog) => ({
    value: catalog.key,
    label: `${catalog.name} (${catalog.requirementCount} requirements)`,
  }));
  const removed = inScope.filter((key) => !selected.includes(key));
  const unchanged =
    selected.length === inScope.length &&
    selected.every((key) => inScope.includes(key as FrameworkKey));

  const save = async () => {
    try {
      await setFrameworks({
        variables: {
          input: { engagementId, frameworks: selected as FrameworkKey[] },
        },
      });
      notifications.show({ color: 'green', title: 'Scope saved', message: 'Frameworks updated.' });
      onSaved();
    } catch {
      // Shown by the alert below.
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="scope-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="scope-title">
          Frameworks in scope
        </Title>
        {catalogError && <ErrorAlert error={catalogError} />}
        {error && <ErrorAlert error={error} />}
        <MultiSelect
          label="Frameworks"
          description="Adding a framework brings in every requirement of its current catalog"
          placeholder={selected.length === 0 ? 'Choose frameworks' : undefined}
          data={options}
          value={selected}
          onChange={setSelected}
          clearable
          hidePickedOptions
          comboboxProps={{ withinPortal: true }}
        />
        {removed.length > 0 && (
          <Text size="sm" c="orange">
            Removing {removed.join(', ')} drops its requirements with their status and owner. The
            portal refuses while evidence is still linked to them.
          </Text>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={loading} disabled={unchanged}>
            Save scope
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
