import { Module } from '@nestjs/common';

import { StatusReportController } from './status-report.controller';
import { StatusReportResolver } from './status-report.resolver';
import { StatusReportService } from './status-report.service';

@Module({
  controllers: [StatusReportController],
  providers: [StatusReportResolver, StatusReportService],
})
export class StatusReportsModule {}
