import type { FrameworkKey } from '../gql/graphql';

/** A framework that may be chosen, with the name the catalog gives it. */
export interface FrameworkOption {
  framework: FrameworkKey;
  name: string;
}

export function frameworkSelectData(options: readonly FrameworkOption[]) {
  return options.map((option) => ({ value: option.framework, label: option.name }));
}
