import { OrganizationKind } from '@portal/domain';
import { EntityManager } from 'typeorm';

import { DomainError } from '../common/domain-error';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Engagement } from './engagement.entity';

/** Owners of an engagement's work are active users of the agency or of its client, never of another client. */
export async function assertEngagementMember(
  manager: EntityManager,
  engagement: Engagement,
  userId: string,
  field: string,
) {
  const member = await manager
    .getRepository(User)
    .createQueryBuilder('user')
    .innerJoin(Organization, 'organization', 'organization.id = user.organizationId')
    .where('user.id = :userId AND user.active', { userId })
    .andWhere('(organization.kind = :agency OR organization.id = :clientId)', {
      agency: OrganizationKind.AGENCY,
      clientId: engagement.clientId,
    })
    .getOne();
  if (!member) {
    throw DomainError.badInput([
      { field, message: 'is not an active user of the agency or this client' },
    ]);
  }
}
