import { MultiSelect } from '@mantine/core';
import { useMemo, useState } from 'react';

import { describeError } from '../common/graphql-errors';
import type { FrameworkKey } from '../gql/graphql';
import { type RequirementOption, useRequirementOptions } from './use-requirement-options';

interface FrameworkInScope {
  framework: FrameworkKey;
  name: string;
}

interface RequirementMultiSelectProps {
  engagementId: string;
  frameworks: readonly FrameworkInScope[];
  value: string[];
  onChange: (requirementIds: string[]) => void;
  label?: string;
  description?: string;
  error?: string;
  /** Requirements that may not be chosen, e.g. those the evidence is already linked to. */
  excludeIds?: readonly string[];
}

/** Enough to scroll through one framework's clause; typing narrows the rest. */
const OPTION_LIMIT = 60;

/** "ISO27001 A.8.15 — Logging", so a search by framework, reference or title all find it. */
export function requirementOptionLabel(requirement: RequirementOption): string {
  return `${requirement.framework} ${requirement.reference} — ${requirement.title}`;
}

/** Searchable choice among the engagement's in-scope requirements, grouped by framework. */
export function RequirementMultiSelect({
  engagementId,
  frameworks,
  value,
  onChange,
  label = 'Requirements',
  description,
  error,
  excludeIds = [],
}: RequirementMultiSelectProps) {
  const keys = useMemo(() => frameworks.map((item) => item.framework), [frameworks]);
  const { options, loading, error: loadError } = useRequirementOptions(engagementId, keys);
  // Closed after each choice: requirements are found by typing, and the long list would cover
  // the rest of the form.
  const [dropdownOpened, setDropdownOpened] = useState(false);

  const data = frameworks.map((item) => ({
    group: item.name,
    items: options
      .filter((option) => option.framework === item.framework)
      .filter((option) => !excludeIds.includes(option.id))
      .map((option) => ({ value: option.id, label: requirementOptionLabel(option) })),
  }));

  const placeholder = loading ? 'Loading requirements…' : 'Search by framework, reference or title';

  return (
    <MultiSelect
      label={label}
      description={
        frameworks.length === 0 ? 'No framework is in scope on this engagement yet.' : description
      }
      placeholder={value.length === 0 ? placeholder : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      dropdownOpened={dropdownOpened}
      onDropdownOpen={() => setDropdownOpened(true)}
      onDropdownClose={() => setDropdownOpened(false)}
      onOptionSubmit={() => setDropdownOpened(false)}
      limit={OPTION_LIMIT}
      nothingFoundMessage={loading ? 'Loading requirements…' : 'No requirement matches'}
      disabled={frameworks.length === 0}
      error={error ?? (loadError ? describeError(loadError).message : undefined)}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
