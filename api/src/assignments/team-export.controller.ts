import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';

import { DomainError } from '../common/domain-error';
import { isCalendarDate } from '../common/validators';
import { AuthenticatedRequest } from '../graphql/graphql-context';
import { AssignmentService } from './assignment.service';
import { renderTeamCsv } from './team-csv';

@Controller('api')
export class TeamExportController {
  constructor(private readonly assignments: AssignmentService) {}

  /** The team as CSV: everyone who was ever on it, or those on it on `asOf` (YYYY-MM-DD). */
  @Get('engagements/:engagementId/team.csv')
  async download(
    @Param('engagementId') engagementId: string,
    @Query('asOf') asOf: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ) {
    if (!request.user) throw DomainError.unauthenticated();
    if (asOf !== undefined && !isCalendarDate(asOf)) {
      throw DomainError.badInput([{ field: 'asOf', message: 'is not a date written YYYY-MM-DD' }]);
    }
    const { engagement, rows } = await this.assignments.teamForExport(
      request.user,
      engagementId,
      asOf ?? null,
    );
    const fileName = `team-${engagement.name}${asOf ? `-${asOf}` : ''}.csv`;

    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', contentDisposition(fileName, { type: 'attachment' }))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(renderTeamCsv(rows));
  }
}
