import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { User } from '../users/user.entity';
import { StatusReport } from './status-report.entity';
import {
  CreateStatusReportInput,
  PublishStatusReportInput,
  UpdateStatusReportInput,
} from './status-report.inputs';
import { StatusReportService } from './status-report.service';

@Resolver(() => StatusReport)
export class StatusReportResolver {
  constructor(private readonly statusReportService: StatusReportService) {}

  @Query(() => StatusReport, {
    description: 'One status report by id (client roles: published ones only)',
  })
  statusReport(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Status report id' }) id: string,
  ) {
    return this.statusReportService.get(scope.actor, id);
  }

  @Mutation(() => StatusReport, {
    description: 'Drafts a status report (agency admins and account leads)',
  })
  createStatusReport(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CreateStatusReportInput,
  ) {
    return this.statusReportService.create(scope, input);
  }

  @Mutation(() => StatusReport, {
    description: 'Changes a draft; FORBIDDEN once published, CONFLICT if it changed since read',
  })
  updateStatusReport(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: UpdateStatusReportInput,
  ) {
    return this.statusReportService.update(scope, input);
  }

  @Mutation(() => StatusReport, {
    description:
      'Publishes a draft: freezes health, milestones, deliverables and client-visible RAID entries as they are now',
  })
  publishStatusReport(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: PublishStatusReportInput,
  ) {
    return this.statusReportService.publish(scope, input);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() report: StatusReport, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(report.engagementId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who published it' })
  publishedBy(@Parent() report: StatusReport, @Context() context: GraphqlContext) {
    return report.publishedById ? context.loaders.user.load(report.publishedById) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Path of the PDF download (published reports only)',
  })
  pdfPath(@Parent() report: StatusReport) {
    return report.snapshot ? `/api/status-reports/${report.id}/pdf` : null;
  }
}
