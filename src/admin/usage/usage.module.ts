import { Module } from '@nestjs/common';
import { UsageReportController } from './usage-report.controller';
import { UsageReportRepository } from './usage-report.repository';
import { UsageReportService } from './usage-report.service';

/** The usage report over turn_log; the service is exported for the staff pages and their charts. */
@Module({
  controllers: [UsageReportController],
  providers: [UsageReportService, UsageReportRepository],
  exports: [UsageReportService],
})
export class UsageModule {}
