import { registerEnumType } from '@nestjs/graphql';
import {
  AssignmentRole,
  DeliverableStatus,
  DeliverableType,
  EngagementStatus,
  OrganizationKind,
  Role,
  Seniority,
  ServiceLine,
} from '@portal/domain';

registerEnumType(Role, { name: 'Role', description: 'The one role a user holds' });
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Agency, client or audit firm',
});
registerEnumType(ServiceLine, {
  name: 'ServiceLine',
  description: 'One of the agency service lines',
});
registerEnumType(EngagementStatus, {
  name: 'EngagementStatus',
  description: 'Where an engagement is in its life',
});
registerEnumType(Seniority, { name: 'Seniority', description: 'Seniority of an engineer' });
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'Role an engineer plays on an engagement',
});
registerEnumType(DeliverableStatus, {
  name: 'DeliverableStatus',
  description: 'Progress of a deliverable',
});
registerEnumType(DeliverableType, {
  name: 'DeliverableType',
  description: 'Kind of thing delivered',
});
