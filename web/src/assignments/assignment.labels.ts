import { AssignmentRole } from '@portal/domain';

export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = {
  [AssignmentRole.TECH_LEAD]: 'Tech lead',
  [AssignmentRole.BACKEND_ENGINEER]: 'Backend engineer',
  [AssignmentRole.DATA_ENGINEER]: 'Data engineer',
  [AssignmentRole.PLATFORM_ENGINEER]: 'Platform engineer',
  [AssignmentRole.STREAMING_ENGINEER]: 'Streaming engineer',
  [AssignmentRole.ANALYTICS_ENGINEER]: 'Analytics engineer',
};
