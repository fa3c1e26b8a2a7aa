import { useQuery } from '@apollo/client/react';
import { MultiSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';

import { RequirementMultiSelect } from '../requirements/requirement-multi-select.component';
import { evidenceTargetsQuery } from './evidence.documents';
import type { EvidenceDetailsErrors, EvidenceDetailsValues } from './evidence-details';
import { TITLE_MAX_LENGTH } from './evidence-details';

interface EvidenceDetailsFieldsProps {
  engagementId: string;
  values: EvidenceDetailsValues;
  errors: EvidenceDetailsErrors;
  onChange: (values: EvidenceDetailsValues) => void;
  /** A new version keeps the evidence's title and description. */
  versionOnly?: boolean;
  disabled?: boolean;
}

/** Title, period, validity and links: what files, links and attestations all state. */
export function EvidenceDetailsFields({
  engagementId,
  values,
  errors,
  onChange,
  versionOnly = false,
  disabled = false,
}: EvidenceDetailsFieldsProps) {
  const { data } = useQuery(evidenceTargetsQuery, { variables: { engagementId } });
  const frameworks = data?.engagement.frameworks ?? [];
  const deliverables = data?.engagement.deliverables ?? [];

  const set = <Field extends keyof EvidenceDetailsValues>(
    field: Field,
    value: EvidenceDetailsValues[Field],
  ) => onChange({ ...values, [field]: value });

  return (
    <Stack gap="sm">
      {!versionOnly && (
        <>
          <TextInput
            label="Title"
            required
            maxLength={TITLE_MAX_LENGTH}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
            disabled={disabled}
          />
          <Textarea
            label="Description"
            description="What the evidence shows, in a sentence or two"
            autosize
            minRows={2}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={errors.description}
            disabled={disabled}
          />
        </>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="Covers from"
          type="date"
          value={values.coversFrom}
          onChange={(event) => set('coversFrom', event.currentTarget.value)}
          error={errors.coversFrom}
          disabled={disabled}
        />
        <TextInput
          label="Covers to"
          type="date"
          value={values.coversTo}
          onChange={(event) => set('coversTo', event.currentTarget.value)}
          error={errors.coversTo}
          disabled={disabled}
        />
        <TextInput
          label="Valid until"
          type="date"
          value={values.validUntil}
          onChange={(event) => set('validUntil', event.currentTarget.value)}
          error={errors.validUntil}
          disabled={disabled}
        />
      </SimpleGrid>
      <RequirementMultiSelect
        engagementId={engagementId}
        frameworks={frameworks}
        value={values.requirementIds}
        onChange={(requirementIds) => set('requirementIds', requirementIds)}
        description={
          versionOnly ? 'Optional: more requirements to link the evidence to' : undefined
        }
        error={errors.requirementIds}
      />
      {deliverables.length > 0 && (
        <MultiSelect
          label="Deliverables"
          placeholder={values.deliverableIds.length === 0 ? 'Optional' : undefined}
          data={deliverables.map((item) => ({ value: item.id, label: item.title }))}
          value={values.deliverableIds}
          onChange={(deliverableIds) => set('deliverableIds', deliverableIds)}
          searchable
          clearable
          hidePickedOptions
          error={errors.deliverableIds}
          disabled={disabled}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </Stack>
  );
}
