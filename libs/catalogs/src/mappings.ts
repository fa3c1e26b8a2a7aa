import { CatalogMapping, FrameworkKey, MappingRelation, RequirementRef } from './catalog.types';

/** Names our crosswalk on every mapping, so that imported crosswalks can sit beside it. */
export const CROSSWALK_SOURCE = 'Portal editorial crosswalk 1.0';

const { EQUAL, SUBSET, SUPERSET, INTERSECT } = MappingRelation;

function soc2(reference: string): RequirementRef {
  return { framework: FrameworkKey.SOC2, reference };
}

function iso(reference: string): RequirementRef {
  return { framework: FrameworkKey.ISO27001, reference };
}

function nis2(reference: string): RequirementRef {
  return { framework: FrameworkKey.NIS2, reference };
}

function dora(reference: string): RequirementRef {
  return { framework: FrameworkKey.DORA, reference };
}

function gdpr(reference: string): RequirementRef {
  return { framework: FrameworkKey.GDPR, reference };
}

function mapping(
  from: RequirementRef,
  relation: MappingRelation,
  to: RequirementRef,
): CatalogMapping {
  return { from, to, relation, source: CROSSWALK_SOURCE };
}

const SOC2_TO_ISO27001: CatalogMapping[] = [
  mapping(soc2('CC1.1'), INTERSECT, iso('A.6.2')),
  mapping(soc2('CC1.2'), INTERSECT, iso('5.1')),
  mapping(soc2('CC1.2'), INTERSECT, iso('9.3')),
  mapping(soc2('CC1.3'), INTERSECT, iso('5.3')),
  mapping(soc2('CC1.3'), INTERSECT, iso('A.5.2')),
  mapping(soc2('CC1.4'), INTERSECT, iso('7.2')),
  mapping(soc2('CC1.4'), INTERSECT, iso('A.6.1')),
  // A disciplinary process is one of the ways CC1.5 holds people accountable.
  mapping(soc2('CC1.5'), SUPERSET, iso('A.6.4')),
  mapping(soc2('CC2.2'), INTERSECT, iso('7.4')),
  mapping(soc2('CC2.2'), INTERSECT, iso('A.6.8')),
  mapping(soc2('CC2.3'), INTERSECT, iso('7.4')),
  mapping(soc2('CC3.1'), INTERSECT, iso('6.2')),
  mapping(soc2('CC3.2'), INTERSECT, iso('6.1.2')),
  mapping(soc2('CC3.2'), INTERSECT, iso('8.2')),
  mapping(soc2('CC3.4'), INTERSECT, iso('6.3')),
  mapping(soc2('CC4.1'), INTERSECT, iso('9.1')),
  mapping(soc2('CC4.1'), INTERSECT, iso('9.2')),
  mapping(soc2('CC4.1'), INTERSECT, iso('A.5.35')),
  mapping(soc2('CC4.2'), INTERSECT, iso('10.2')),
  mapping(soc2('CC5.1'), INTERSECT, iso('6.1.3')),
  mapping(soc2('CC5.3'), INTERSECT, iso('A.5.1')),
  mapping(soc2('CC5.3'), INTERSECT, iso('A.5.37')),
  mapping(soc2('CC6.1'), INTERSECT, iso('A.5.9')),
  mapping(soc2('CC6.1'), INTERSECT, iso('A.5.15')),
  mapping(soc2('CC6.1'), INTERSECT, iso('A.8.2')),
  // Restricting access by policy and authenticating users are both parts of CC6.1.
  mapping(soc2('CC6.1'), SUPERSET, iso('A.8.3')),
  mapping(soc2('CC6.1'), SUPERSET, iso('A.8.5')),
  mapping(soc2('CC6.1'), INTERSECT, iso('A.8.24')),
  mapping(soc2('CC6.2'), INTERSECT, iso('A.5.16')),
  mapping(soc2('CC6.2'), INTERSECT, iso('A.5.18')),
  mapping(soc2('CC6.3'), INTERSECT, iso('A.5.3')),
  mapping(soc2('CC6.3'), INTERSECT, iso('A.5.18')),
  mapping(soc2('CC6.4'), INTERSECT, iso('A.7.1')),
  mapping(soc2('CC6.4'), INTERSECT, iso('A.7.2')),
  mapping(soc2('CC6.5'), INTERSECT, iso('A.7.14')),
  mapping(soc2('CC6.5'), INTERSECT, iso('A.8.10')),
  mapping(soc2('CC6.6'), INTERSECT, iso('A.8.20')),
  mapping(soc2('CC6.6'), INTERSECT, iso('A.8.22')),
  mapping(soc2('CC6.7'), INTERSECT, iso('A.5.14')),
  mapping(soc2('CC6.7'), INTERSECT, iso('A.7.10')),
  mapping(soc2('CC6.7'), INTERSECT, iso('A.8.12')),
  mapping(soc2('CC6.8'), INTERSECT, iso('A.8.7')),
  mapping(soc2('CC6.8'), INTERSECT, iso('A.8.19')),
  mapping(soc2('CC7.1'), INTERSECT, iso('A.8.8')),
  mapping(soc2('CC7.1'), INTERSECT, iso('A.8.9')),
  mapping(soc2('CC7.2'), INTERSECT, iso('A.8.15')),
  mapping(soc2('CC7.2'), INTERSECT, iso('A.8.16')),
  // CC7.3 also asks to act on what the triage finds, which A.5.25 leaves to A.5.26.
  mapping(soc2('CC7.3'), SUPERSET, iso('A.5.25')),
  mapping(soc2('CC7.4'), INTERSECT, iso('A.5.24')),
  mapping(soc2('CC7.4'), INTERSECT, iso('A.5.26')),
  mapping(soc2('CC7.5'), INTERSECT, iso('A.5.27')),
  mapping(soc2('CC8.1'), INTERSECT, iso('A.8.29')),
  mapping(soc2('CC8.1'), INTERSECT, iso('A.8.31')),
  mapping(soc2('CC8.1'), INTERSECT, iso('A.8.32')),
  mapping(soc2('CC9.1'), INTERSECT, iso('A.5.30')),
  mapping(soc2('CC9.2'), INTERSECT, iso('A.5.19')),
  mapping(soc2('CC9.2'), INTERSECT, iso('A.5.22')),
  // Both ask to watch current use against capacity and plan for demand; nothing else.
  mapping(soc2('A1.1'), EQUAL, iso('A.8.6')),
  mapping(soc2('A1.2'), INTERSECT, iso('A.7.5')),
  mapping(soc2('A1.2'), INTERSECT, iso('A.7.11')),
  mapping(soc2('A1.2'), INTERSECT, iso('A.8.13')),
  mapping(soc2('A1.2'), INTERSECT, iso('A.8.14')),
  // Testing recovery procedures is one part of keeping ICT ready for continuity.
  mapping(soc2('A1.3'), SUBSET, iso('A.5.30')),
  mapping(soc2('C1.1'), INTERSECT, iso('A.5.12')),
  mapping(soc2('C1.1'), INTERSECT, iso('A.6.6')),
  mapping(soc2('C1.2'), INTERSECT, iso('A.8.10')),
  mapping(soc2('P4.3'), INTERSECT, iso('A.8.10')),
  mapping(soc2('P6.4'), INTERSECT, iso('A.5.20')),
];

const NIS2_TO_ISO27001: CatalogMapping[] = [
  mapping(nis2('Art. 20(1)'), INTERSECT, iso('5.1')),
  mapping(nis2('Art. 20(2)'), INTERSECT, iso('7.2')),
  mapping(nis2('Art. 20(2)'), INTERSECT, iso('A.6.3')),
  mapping(nis2('Art. 21(1)'), INTERSECT, iso('6.1.3')),
  mapping(nis2('Art. 21(2)(a)'), INTERSECT, iso('6.1.2')),
  mapping(nis2('Art. 21(2)(a)'), INTERSECT, iso('A.5.1')),
  mapping(nis2('Art. 21(2)(b)'), INTERSECT, iso('A.5.24')),
  // NIS2 incident handling runs from detection to recovery; triage and response are steps of it.
  mapping(nis2('Art. 21(2)(b)'), SUPERSET, iso('A.5.25')),
  mapping(nis2('Art. 21(2)(b)'), SUPERSET, iso('A.5.26')),
  mapping(nis2('Art. 21(2)(c)'), INTERSECT, iso('A.5.29')),
  mapping(nis2('Art. 21(2)(c)'), SUPERSET, iso('A.5.30')),
  mapping(nis2('Art. 21(2)(c)'), SUPERSET, iso('A.8.13')),
  mapping(nis2('Art. 21(2)(c)'), INTERSECT, iso('A.8.14')),
  mapping(nis2('Art. 21(2)(d)'), INTERSECT, iso('A.5.19')),
  mapping(nis2('Art. 21(2)(d)'), INTERSECT, iso('A.5.20')),
  mapping(nis2('Art. 21(2)(d)'), INTERSECT, iso('A.5.21')),
  mapping(nis2('Art. 21(2)(d)'), INTERSECT, iso('A.5.22')),
  mapping(nis2('Art. 21(2)(e)'), SUPERSET, iso('A.8.8')),
  mapping(nis2('Art. 21(2)(e)'), SUPERSET, iso('A.8.25')),
  mapping(nis2('Art. 21(2)(e)'), INTERSECT, iso('A.5.8')),
  mapping(nis2('Art. 21(2)(f)'), INTERSECT, iso('9.1')),
  mapping(nis2('Art. 21(2)(f)'), INTERSECT, iso('9.2')),
  mapping(nis2('Art. 21(2)(f)'), INTERSECT, iso('A.5.35')),
  mapping(nis2('Art. 21(2)(g)'), INTERSECT, iso('A.6.3')),
  mapping(nis2('Art. 21(2)(g)'), INTERSECT, iso('A.8.9')),
  // A.8.24 asks for the same rules on cryptography and adds key management in so many words.
  mapping(nis2('Art. 21(2)(h)'), SUBSET, iso('A.8.24')),
  mapping(nis2('Art. 21(2)(i)'), SUPERSET, iso('A.5.9')),
  mapping(nis2('Art. 21(2)(i)'), SUPERSET, iso('A.5.15')),
  mapping(nis2('Art. 21(2)(i)'), SUPERSET, iso('A.6.1')),
  mapping(nis2('Art. 21(2)(j)'), INTERSECT, iso('A.5.14')),
  mapping(nis2('Art. 21(2)(j)'), INTERSECT, iso('A.8.5')),
  mapping(nis2('Art. 21(4)'), INTERSECT, iso('10.2')),
  mapping(nis2('Art. 23(1)'), INTERSECT, iso('A.5.5')),
  mapping(nis2('Art. 23(1)'), INTERSECT, iso('A.5.24')),
];

const DORA_TO_ISO27001: CatalogMapping[] = [
  mapping(dora('Art. 5'), INTERSECT, iso('5.1')),
  mapping(dora('Art. 5'), INTERSECT, iso('5.3')),
  mapping(dora('Art. 6'), INTERSECT, iso('4.4')),
  mapping(dora('Art. 6'), INTERSECT, iso('9.2')),
  mapping(dora('Art. 6'), INTERSECT, iso('A.5.1')),
  mapping(dora('Art. 7'), INTERSECT, iso('A.8.6')),
  mapping(dora('Art. 7'), INTERSECT, iso('A.8.14')),
  mapping(dora('Art. 8'), INTERSECT, iso('6.1.2')),
  mapping(dora('Art. 8'), INTERSECT, iso('A.5.9')),
  mapping(dora('Art. 8'), INTERSECT, iso('A.5.12')),
  mapping(dora('Art. 9'), INTERSECT, iso('A.5.15')),
  mapping(dora('Art. 9'), INTERSECT, iso('A.8.5')),
  mapping(dora('Art. 9'), INTERSECT, iso('A.8.8')),
  mapping(dora('Art. 9'), INTERSECT, iso('A.8.20')),
  mapping(dora('Art. 9'), INTERSECT, iso('A.8.24')),
  mapping(dora('Art. 9'), INTERSECT, iso('A.8.32')),
  mapping(dora('Art. 10'), INTERSECT, iso('A.8.15')),
  mapping(dora('Art. 10'), INTERSECT, iso('A.8.16')),
  mapping(dora('Art. 11'), INTERSECT, iso('A.5.29')),
  // DORA's continuity policy adds response plans and crisis management to ICT readiness.
  mapping(dora('Art. 11'), SUPERSET, iso('A.5.30')),
  // DORA adds restoration methods, redundant capacity and a secondary site to backups.
  mapping(dora('Art. 12'), SUPERSET, iso('A.8.13')),
  mapping(dora('Art. 12'), INTERSECT, iso('A.8.14')),
  mapping(dora('Art. 13'), INTERSECT, iso('A.5.7')),
  mapping(dora('Art. 13'), SUPERSET, iso('A.5.27')),
  mapping(dora('Art. 13'), INTERSECT, iso('A.6.3')),
  mapping(dora('Art. 14'), INTERSECT, iso('7.4')),
  mapping(dora('Art. 17'), INTERSECT, iso('A.5.24')),
  mapping(dora('Art. 17'), INTERSECT, iso('A.5.26')),
  mapping(dora('Art. 18'), INTERSECT, iso('A.5.25')),
  mapping(dora('Art. 19'), INTERSECT, iso('A.5.5')),
  mapping(dora('Art. 24'), INTERSECT, iso('A.8.29')),
  mapping(dora('Art. 25'), INTERSECT, iso('A.8.8')),
  mapping(dora('Art. 25'), INTERSECT, iso('A.8.29')),
  mapping(dora('Art. 28'), INTERSECT, iso('A.5.19')),
  mapping(dora('Art. 28'), INTERSECT, iso('A.5.20')),
  mapping(dora('Art. 28'), INTERSECT, iso('A.5.21')),
  mapping(dora('Art. 28'), INTERSECT, iso('A.5.22')),
  mapping(dora('Art. 28'), INTERSECT, iso('A.5.23')),
  mapping(dora('Art. 30'), INTERSECT, iso('A.5.20')),
  mapping(dora('Art. 45'), INTERSECT, iso('A.5.6')),
  mapping(dora('Art. 45'), INTERSECT, iso('A.5.7')),
];

const GDPR_TO_ISO27001: CatalogMapping[] = [
  mapping(gdpr('Art. 5'), INTERSECT, iso('A.5.34')),
  mapping(gdpr('Art. 5'), INTERSECT, iso('A.8.10')),
  mapping(gdpr('Art. 17'), INTERSECT, iso('A.8.10')),
  mapping(gdpr('Art. 24'), INTERSECT, iso('A.5.34')),
  mapping(gdpr('Art. 25'), INTERSECT, iso('A.8.11')),
  mapping(gdpr('Art. 25'), INTERSECT, iso('A.8.27')),
  mapping(gdpr('Art. 28'), INTERSECT, iso('A.5.19')),
  mapping(gdpr('Art. 28'), INTERSECT, iso('A.5.20')),
  mapping(gdpr('Art. 30'), INTERSECT, iso('A.5.9')),
  mapping(gdpr('Art. 32'), INTERSECT, iso('6.1.3')),
  mapping(gdpr('Art. 32'), INTERSECT, iso('A.8.11')),
  mapping(gdpr('Art. 32'), INTERSECT, iso('A.8.13')),
  mapping(gdpr('Art. 32'), INTERSECT, iso('A.8.14')),
  mapping(gdpr('Art. 32'), INTERSECT, iso('A.8.24')),
  mapping(gdpr('Art. 33'), INTERSECT, iso('A.5.24')),
  mapping(gdpr('Art. 33'), INTERSECT, iso('A.5.25')),
  mapping(gdpr('Art. 33'), INTERSECT, iso('A.5.26')),
  mapping(gdpr('Art. 34'), INTERSECT, iso('A.5.26')),
  mapping(gdpr('Art. 35'), INTERSECT, iso('6.1.2')),
  mapping(gdpr('Art. 35'), INTERSECT, iso('8.2')),
  mapping(gdpr('Art. 37'), INTERSECT, iso('A.5.2')),
  mapping(gdpr('Art. 39'), INTERSECT, iso('A.5.36')),
];

const NIS2_TO_DORA: CatalogMapping[] = [
  mapping(nis2('Art. 20(1)'), INTERSECT, dora('Art. 5')),
  mapping(nis2('Art. 20(2)'), INTERSECT, dora('Art. 5')),
  mapping(nis2('Art. 20(2)'), INTERSECT, dora('Art. 13')),
  mapping(nis2('Art. 21(2)(a)'), INTERSECT, dora('Art. 6')),
  mapping(nis2('Art. 21(2)(b)'), INTERSECT, dora('Art. 17')),
  mapping(nis2('Art. 21(2)(c)'), INTERSECT, dora('Art. 11')),
  mapping(nis2('Art. 21(2)(c)'), INTERSECT, dora('Art. 12')),
  mapping(nis2('Art. 21(2)(d)'), INTERSECT, dora('Art. 28')),
  mapping(nis2('Art. 21(2)(e)'), INTERSECT, dora('Art. 9')),
  mapping(nis2('Art. 21(2)(f)'), INTERSECT, dora('Art. 24')),
  mapping(nis2('Art. 21(2)(g)'), INTERSECT, dora('Art. 13')),
  mapping(nis2('Art. 21(2)(h)'), INTERSECT, dora('Art. 9')),
  mapping(nis2('Art. 21(2)(i)'), INTERSECT, dora('Art. 8')),
  mapping(nis2('Art. 21(2)(i)'), INTERSECT, dora('Art. 9')),
  mapping(nis2('Art. 21(2)(j)'), INTERSECT, dora('Art. 9')),
  mapping(nis2('Art. 23(1)'), INTERSECT, dora('Art. 19')),
  mapping(nis2('Art. 23(2)'), INTERSECT, dora('Art. 19')),
  mapping(nis2('Art. 23(3)'), INTERSECT, dora('Art. 18')),
  // The report stages line up, but DORA's deadlines come from its own technical standards.
  mapping(nis2('Art. 23(4)(a)'), INTERSECT, dora('Art. 19')),
  mapping(nis2('Art. 23(4)(b)'), INTERSECT, dora('Art. 19')),
  mapping(nis2('Art. 23(4)(d)'), INTERSECT, dora('Art. 19')),
];

const GDPR_TO_SOC2: CatalogMapping[] = [
  mapping(gdpr('Art. 5'), INTERSECT, soc2('P3.1')),
  mapping(gdpr('Art. 5'), INTERSECT, soc2('P4.1')),
  mapping(gdpr('Art. 5'), INTERSECT, soc2('P4.2')),
  // Accuracy and relevance are both among the Art. 5 principles.
  mapping(gdpr('Art. 5'), SUPERSET, soc2('P7.1')),
  mapping(gdpr('Art. 6'), INTERSECT, soc2('P2.1')),
  mapping(gdpr('Art. 7'), INTERSECT, soc2('P2.1')),
  mapping(gdpr('Art. 7'), INTERSECT, soc2('P3.2')),
  mapping(gdpr('Art. 12'), INTERSECT, soc2('P1.1')),
  mapping(gdpr('Art. 13'), INTERSECT, soc2('P1.1')),
  mapping(gdpr('Art. 14'), INTERSECT, soc2('P1.1')),
  mapping(gdpr('Art. 15'), INTERSECT, soc2('P5.1')),
  mapping(gdpr('Art. 15'), INTERSECT, soc2('P6.7')),
  mapping(gdpr('Art. 16'), INTERSECT, soc2('P5.2')),
  mapping(gdpr('Art. 17'), INTERSECT, soc2('P4.3')),
  mapping(gdpr('Art. 25'), INTERSECT, soc2('P3.1')),
  mapping(gdpr('Art. 28'), INTERSECT, soc2('P6.4')),
  mapping(gdpr('Art. 28'), INTERSECT, soc2('P6.5')),
  mapping(gdpr('Art. 32'), INTERSECT, soc2('CC6.1')),
  mapping(gdpr('Art. 32'), INTERSECT, soc2('CC6.7')),
  mapping(gdpr('Art. 33'), INTERSECT, soc2('P6.3')),
  mapping(gdpr('Art. 33'), INTERSECT, soc2('P6.6')),
  mapping(gdpr('Art. 34'), INTERSECT, soc2('P6.6')),
];

/**
 * Our editorial crosswalk between the catalogs. A mapping lets evidence accepted for one
 * requirement count for another, so relations are chosen conservatively: EQUAL only where the
 * two obligations coincide, SUPERSET or SUBSET where one side clearly contains the other, and
 * INTERSECT for the usual partial overlap (including where the wording matches but the scope
 * differs, e.g. DORA covers ICT providers only while ISO covers every supplier).
 */
export const CATALOG_MAPPINGS: CatalogMapping[] = [
  ...SOC2_TO_ISO27001,
  ...NIS2_TO_ISO27001,
  ...DORA_TO_ISO27001,
  ...GDPR_TO_ISO27001,
  ...NIS2_TO_DORA,
  ...GDPR_TO_SOC2,
];
