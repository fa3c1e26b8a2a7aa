import type { MantineColor } from '@mantine/core';
import { EngagementStatus } from '@portal/domain';

export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, string> = {
  [EngagementStatus.PROPOSED]: 'Proposed',
  [EngagementStatus.ACTIVE]: 'Active',
  [EngagementStatus.PAUSED]: 'Paused',
  [EngagementStatus.COMPLETED]: 'Completed',
};

export const ENGAGEMENT_STATUS_COLORS: Record<EngagementStatus, MantineColor> = {
  [EngagementStatus.PROPOSED]: 'blue',
  [EngagementStatus.ACTIVE]: 'green',
  [EngagementStatus.PAUSED]: 'yellow',
  [EngagementStatus.COMPLETED]: 'gray',
};
