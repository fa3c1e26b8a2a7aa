import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { DomainError, ErrorCode } from '../common/domain-error';
import { sendGeneratedFile } from '../evidence/stored-file.response';
import { AuthenticatedRequest } from '../graphql/graphql-context';
import { StatusReportService } from './status-report.service';
import { renderStatusReportPdf } from './status-report-pdf.renderer';

@Controller('api')
export class StatusReportController {
  constructor(private readonly reports: StatusReportService) {}

  /** The PDF of a published report, drawn from its frozen snapshot. */
  @Get('status-reports/:reportId/pdf')
  async pdf(
    @Param('reportId') reportId: string,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ) {
    if (!request.user) throw DomainError.unauthenticated();
    const report = await this.reports.get(request.user, reportId);
    if (!report.snapshot) {
      throw new DomainError(ErrorCode.Conflict, 'Only a published status report has a PDF', {
        state: report.state,
      });
    }

    return sendGeneratedFile(reply, {
      contentType: 'application/pdf',
      fileName: `status-report-${report.snapshot.engagementName}-${report.periodTo}.pdf`,
      body: await renderStatusReportPdf(report.snapshot),
    });
  }
}
