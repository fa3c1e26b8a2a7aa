import type { MantineColor } from '@mantine/core';
import { DeliverableStatus } from '@portal/domain';

export { DELIVERABLE_STATUS_LABELS, DELIVERABLE_TYPE_LABELS } from '@portal/domain';

export const DELIVERABLE_STATUS_COLORS: Record<DeliverableStatus, MantineColor> = {
  [DeliverableStatus.PLANNED]: 'gray',
  [DeliverableStatus.IN_PROGRESS]: 'blue',
  [DeliverableStatus.SUBMITTED]: 'violet',
  [DeliverableStatus.ACCEPTED]: 'green',
  [DeliverableStatus.CHANGES_REQUESTED]: 'orange',
};
