import { CatalogRequirement } from './catalog.types';

/** A requirement as written in a catalog file: its reference and our short title. */
export type RequirementEntry = readonly [reference: string, title: string];

/**
 * Builds the requirements of one UI group, so that catalog files read as a table of
 * reference and title instead of repeating the group on every line.
 */
export function requirementGroup(
  group: string,
  entries: readonly RequirementEntry[],
): CatalogRequirement[] {
  return entries.map(([reference, title]) => ({ reference, title, group }));
}
