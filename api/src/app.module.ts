import './common/graphql-enums';

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';

import { ActivityModule } from './activity/activity.module';
import { AssignmentsModule } from './assignments/assignment.module';
import { AuditGrantsModule } from './audit-grants/audit-grant.module';
import { AuditPacksModule } from './audit-packs/audit-pack.module';
import { AuthModule } from './auth/auth.module';
import { CandidatesModule } from './candidates/candidate.module';
import { AppConfig } from './config/app-config';
import { APP_CONFIG, ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DeliverablesModule } from './deliverables/deliverable.module';
import { EngagementHealthModule } from './engagement-health/engagement-health.module';
import { EngagementsModule } from './engagements/engagement.module';
import { EngineersModule } from './engineers/engineer.module';
import { EvidenceModule } from './evidence/evidence.module';
import { EvidenceImportModule } from './evidence-import/evidence-import.module';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthModule } from './health/health.module';
import { JobQueueModule } from './jobs/job-queue.module';
import { MilestonesModule } from './milestones/milestone.module';
import { NotificationsModule } from './notifications/notification.module';
import { OrganizationsModule } from './organizations/organization.module';
import { PolicyModule } from './policy/policy.module';
import { PolicyService } from './policy/policy.service';
import { PortfolioModule } from './portfolio/portfolio.module';
import { RaidItemsModule } from './raid-items/raid-item.module';
import { RequirementsModule } from './requirements/requirement.module';
import { SeatsModule } from './seats/seat.module';
import { DemoSeedModule } from './seed/demo-seed.module';
import { StaffingChangesModule } from './staffing-changes/staffing-change.module';
import { StatusReportsModule } from './status-reports/status-report.module';
import { UsersModule } from './users/user.module';

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID_PATTERN = /^[\w.:-]{1,100}$/;

/** Keeps a caller's request id when it is sane, so logs join up across services; else makes one. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
  request.headers[REQUEST_ID_HEADER] = id;

  return id;
}

@Module({})
export class AppModule {
  static forConfig(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forConfig(config),
        // Requests are logged by Fastify with the same pino instance (see create-app.ts), so
        // nestjs-pino only routes Nest's Logger calls to it, in the request's context.
        LoggerModule.forRoot({ pinoHttp: { logger, autoLogging: false }, forRoutes: [] }),
        DatabaseModule,
        PolicyModule,
        EngagementHealthModule,
        ActivityModule,
        JobQueueModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, DataSource, PolicyService],
          useFactory: graphqlOptions,
        }),
        AuthModule,
        UsersModule,
        OrganizationsModule,
        EngagementsModule,
        EngineersModule,
        AssignmentsModule,
        SeatsModule,
        StaffingChangesModule,
        CandidatesModule,
        DeliverablesModule,
        MilestonesModule,
        RaidItemsModule,
        StatusReportsModule,
        RequirementsModule,
        EvidenceModule,
        EvidenceImportModule,
        AuditPacksModule,
        AuditGrantsModule,
        NotificationsModule,
        PortfolioModule,
        HealthModule,
        DemoSeedModule,
      ],
    };
  }
}
