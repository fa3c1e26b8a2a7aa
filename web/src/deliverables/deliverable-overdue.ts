import { DeliverableStatus } from '@portal/domain';

interface DeliverableProgress {
  dueDate: string;
  status: DeliverableStatus;
}

/** Past its due day (compared as YYYY-MM-DD text) and not yet accepted by the client. */
export function isOverdue({ dueDate, status }: DeliverableProgress, today: string): boolean {
  return dueDate < today && status !== DeliverableStatus.ACCEPTED;
}
