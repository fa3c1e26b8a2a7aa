import {
  CatalogMapping,
  CatalogRequirement,
  FrameworkCatalog,
  FrameworkKey,
  MappingRelation,
  RequirementRef,
} from './catalog.types';
import { DORA_CATALOG } from './dora.catalog';
import { GDPR_CATALOG } from './gdpr.catalog';
import { ISO27001_CATALOG } from './iso27001.catalog';
import { CATALOG_MAPPINGS } from './mappings';
import { NIS2_CATALOG } from './nis2.catalog';
import { SOC2_CATALOG } from './soc2.catalog';

const CATALOGS_BY_KEY: Record<FrameworkKey, FrameworkCatalog> = {
  [FrameworkKey.SOC2]: SOC2_CATALOG,
  [FrameworkKey.ISO27001]: ISO27001_CATALOG,
  [FrameworkKey.NIS2]: NIS2_CATALOG,
  [FrameworkKey.DORA]: DORA_CATALOG,
  [FrameworkKey.GDPR]: GDPR_CATALOG,
};

/** Every shipped catalog, in the order the portal lists frameworks. */
export const CATALOGS: FrameworkCatalog[] = [
  SOC2_CATALOG,
  ISO27001_CATALOG,
  NIS2_CATALOG,
  DORA_CATALOG,
  GDPR_CATALOG,
];

const INVERSE_RELATIONS: Record<MappingRelation, MappingRelation> = {
  [MappingRelation.EQUAL]: MappingRelation.EQUAL,
  [MappingRelation.SUBSET]: MappingRelation.SUPERSET,
  [MappingRelation.SUPERSET]: MappingRelation.SUBSET,
  [MappingRelation.INTERSECT]: MappingRelation.INTERSECT,
};

export function catalogFor(key: FrameworkKey): FrameworkCatalog {
  return CATALOGS_BY_KEY[key];
}

export function findRequirement(ref: RequirementRef): CatalogRequirement | undefined {
  return catalogFor(ref.framework).requirements.find(
    (requirement) => requirement.reference === ref.reference,
  );
}

/** The relation read from the other side: `a SUBSET b` is `b SUPERSET a`. */
export function inverseRelation(relation: MappingRelation): MappingRelation {
  return INVERSE_RELATIONS[relation];
}

function isSameRequirement(left: RequirementRef, right: RequirementRef): boolean {
  return left.framework === right.framework && left.reference === right.reference;
}

/**
 * The mappings touching a requirement, whichever side it was written on, each turned so that
 * `from` is the requirement asked about and the relation reads from it.
 */
export function mappingsFor(ref: RequirementRef): CatalogMapping[] {
  return CATALOG_MAPPINGS.flatMap((mapping) => {
    if (isSameRequirement(mapping.from, ref)) return [mapping];

    if (isSameRequirement(mapping.to, ref)) {
      return [
        {
          from: mapping.to,
          to: mapping.from,
          relation: inverseRelation(mapping.relation),
          source: mapping.source,
        },
      ];
    }

    return [];
  });
}
