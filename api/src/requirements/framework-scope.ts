import { FrameworkKey } from '@portal/catalogs';
import { EntityManager, In } from 'typeorm';

import { DomainError } from '../common/domain-error';
import { EngagementFramework } from './engagement-framework.entity';

/** Packs and auditor grants name frameworks; each must be in the engagement's scope. */
export async function assertFrameworksInScope(
  manager: EntityManager,
  engagementId: string,
  frameworks: FrameworkKey[],
) {
  const scoped = await manager.findBy(EngagementFramework, {
    engagementId,
    framework: In(frameworks),
  });
  const missing = frameworks.filter((key) => !scoped.some((item) => item.framework === key));
  if (missing.length > 0) {
    throw DomainError.badInput([
      { field: 'frameworks', message: `${missing.join(', ')} not in the engagement's scope` },
    ]);
  }
}
