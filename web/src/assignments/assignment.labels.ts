export { ASSIGNMENT_ROLE_LABELS } from '@portal/domain';
