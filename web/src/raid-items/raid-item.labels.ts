import { RaidKind, RaidSeverity, RaidVisibility } from '@portal/domain';

export const RAID_KIND_LABELS: Record<RaidKind, string> = {
  [RaidKind.RISK]: 'Risk',
  [RaidKind.ASSUMPTION]: 'Assumption',
  [RaidKind.ISSUE]: 'Issue',
  [RaidKind.DEPENDENCY]: 'Dependency',
};

export const RAID_SEVERITY_LABELS: Record<RaidSeverity, string> = {
  [RaidSeverity.LOW]: 'Low',
  [RaidSeverity.MEDIUM]: 'Medium',
  [RaidSeverity.HIGH]: 'High',
  [RaidSeverity.CRITICAL]: 'Critical',
};

export const RAID_SEVERITY_COLORS: Record<RaidSeverity, string> = {
  [RaidSeverity.LOW]: 'gray',
  [RaidSeverity.MEDIUM]: 'yellow',
  [RaidSeverity.HIGH]: 'orange',
  [RaidSeverity.CRITICAL]: 'red',
};

export const RAID_VISIBILITY_LABELS: Record<RaidVisibility, string> = {
  [RaidVisibility.CLIENT_VISIBLE]: 'Shared with both sides',
  [RaidVisibility.INTERNAL]: 'Internal to your side',
};
