import type { MantineColor } from '@mantine/core';
import { OrganizationKind } from '@portal/domain';

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  [OrganizationKind.AGENCY]: 'Agency',
  [OrganizationKind.CLIENT]: 'Client',
  [OrganizationKind.AUDIT_FIRM]: 'Audit firm',
};

export const ORGANIZATION_KIND_COLORS: Record<OrganizationKind, MantineColor> = {
  [OrganizationKind.AGENCY]: 'indigo',
  [OrganizationKind.CLIENT]: 'teal',
  [OrganizationKind.AUDIT_FIRM]: 'grape',
};
