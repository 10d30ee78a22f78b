import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { RatingReportController } from './rating-report.controller';
import { RatingReportRepository } from './rating-report.repository';
import { RatingReportService } from './rating-report.service';

/** Citizens' satisfaction ratings: the staff report over them. */
@Module({
  imports: [CatalogModule],
  controllers: [RatingReportController],
  providers: [RatingReportService, RatingReportRepository],
  exports: [RatingReportService],
})
export class FeedbackModule {}
