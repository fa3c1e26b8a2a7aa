import { Seniority } from '@portal/domain';

export const SENIORITY_LABELS: Record<Seniority, string> = {
  [Seniority.MEDIOR]: 'Medior',
  [Seniority.SENIOR]: 'Senior',
  [Seniority.STAFF]: 'Staff',
  [Seniority.PRINCIPAL]: 'Principal',
};
