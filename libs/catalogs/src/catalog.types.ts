/** The frameworks the portal ships catalogs for. */
export enum FrameworkKey {
  SOC2 = 'SOC2',
  ISO27001 = 'ISO27001',
  NIS2 = 'NIS2',
  DORA = 'DORA',
  GDPR = 'GDPR',
}

/** One auditable requirement: its official reference and a short title in our own words. */
export interface CatalogRequirement {
  /** Official reference as auditors write it, e.g. `CC6.1`, `A.8.15`, `Art. 21(2)(d)`. */
  reference: string;
  /** Short title in our own words (AICPA and ISO texts are copyrighted). */
  title: string;
  /** Grouping shown in the UI, e.g. `CC6 Logical and physical access`, `Technological controls`. */
  group: string;
}

export interface FrameworkCatalog {
  key: FrameworkKey;
  name: string;
  /** Version of the source document, e.g. `2022` or `2017 (revised points of focus 2022)`. */
  sourceVersion: string;
  /** Version of our catalog data; bump when requirements or titles change. */
  catalogVersion: string;
  /** Where the references come from (document title and identifier). */
  source: string;
  /** In the order of the source document, so lists and exports read as auditors expect. */
  requirements: CatalogRequirement[];
}

export enum MappingRelation {
  EQUAL = 'EQUAL',
  SUBSET = 'SUBSET',
  SUPERSET = 'SUPERSET',
  INTERSECT = 'INTERSECT',
}

export interface RequirementRef {
  framework: FrameworkKey;
  reference: string;
}

/**
 * `from` RELATION `to`: SUBSET means everything `from` asks is also asked by `to`'s scope
 * (from ⊂ to); SUPERSET the reverse; INTERSECT a partial overlap; EQUAL the same obligation.
 */
export interface CatalogMapping {
  from: RequirementRef;
  to: RequirementRef;
  relation: MappingRelation;
  /** Where the mapping comes from, e.g. our editorial crosswalk and its version. */
  source: string;
}
