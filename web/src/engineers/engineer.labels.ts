export { SENIORITY_LABELS } from '@portal/domain';
