import type { MantineColor } from '@mantine/core';
import { EvidenceStatus, RequirementStatus } from '@portal/domain';

import type { MappingRelation } from '../gql/graphql';

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  [RequirementStatus.NOT_STARTED]: 'Not started',
  [RequirementStatus.IN_PROGRESS]: 'In progress',
  [RequirementStatus.READY_FOR_REVIEW]: 'Ready for review',
  [RequirementStatus.COMPLIANT]: 'Compliant',
  [RequirementStatus.NON_COMPLIANT]: 'Non-compliant',
  [RequirementStatus.NOT_APPLICABLE]: 'Not applicable',
};

export const REQUIREMENT_STATUS_COLORS: Record<RequirementStatus, MantineColor> = {
  [RequirementStatus.NOT_STARTED]: 'gray',
  [RequirementStatus.IN_PROGRESS]: 'blue',
  [RequirementStatus.READY_FOR_REVIEW]: 'violet',
  [RequirementStatus.COMPLIANT]: 'green',
  [RequirementStatus.NON_COMPLIANT]: 'red',
  [RequirementStatus.NOT_APPLICABLE]: 'dark',
};

export const EVIDENCE_STATUS_LABELS: Record<EvidenceStatus, string> = {
  [EvidenceStatus.NOT_APPLICABLE]: 'Not applicable',
  [EvidenceStatus.COVERED]: 'Covered',
  [EvidenceStatus.COVERED_BY_MAPPING]: 'Covered by mapping',
  [EvidenceStatus.PARTIAL]: 'Partial',
  [EvidenceStatus.EXPIRED]: 'Expired',
  [EvidenceStatus.PENDING_REVIEW]: 'Pending review',
  [EvidenceStatus.MISSING]: 'Missing',
};

export const EVIDENCE_STATUS_COLORS: Record<EvidenceStatus, MantineColor> = {
  [EvidenceStatus.NOT_APPLICABLE]: 'gray',
  [EvidenceStatus.COVERED]: 'green',
  [EvidenceStatus.COVERED_BY_MAPPING]: 'teal',
  [EvidenceStatus.PARTIAL]: 'yellow',
  [EvidenceStatus.EXPIRED]: 'orange',
  [EvidenceStatus.PENDING_REVIEW]: 'violet',
  [EvidenceStatus.MISSING]: 'red',
};

/** Read as "the requirement holding the evidence is … this one". */
export const MAPPING_RELATION_DESCRIPTIONS: Record<MappingRelation, string> = {
  EQUAL: 'asks the same as this requirement',
  SUBSET: 'asks part of what this requirement asks',
  SUPERSET: 'asks at least what this requirement asks',
  INTERSECT: 'overlaps with this requirement',
};
