import { Module } from '@nestjs/common';

import { AuditGrantResolver } from './audit-grant.resolver';
import { AuditGrantService } from './audit-grant.service';

@Module({ providers: [AuditGrantService, AuditGrantResolver] })
export class AuditGrantsModule {}
