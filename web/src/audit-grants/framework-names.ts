import type { FrameworkKey } from '../gql/graphql';

interface CatalogName {
  key: FrameworkKey;
  name: string;
}

/** Granted frameworks with their catalog names, in the order they were granted. */
export function namedFrameworks(
  frameworks: readonly FrameworkKey[],
  catalogs: readonly CatalogName[],
): { framework: FrameworkKey; name: string }[] {
  return frameworks.map((framework) => ({
    framework,
    name: catalogs.find((catalog) => catalog.key === framework)?.name ?? framework,
  }));
}
