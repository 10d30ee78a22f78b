import { Controller, Get, Header, Query, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { vnDay, vnDayStart, addDays } from '../../common/vietnam-day.util';
import { RatingReportService } from '../../feedback/rating-report.service';
import { RATING_LEVEL_LABEL, RATING_LEVELS } from '../../feedback/rating.entity';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { usagePeriod, usagePeriodProblem } from '../usage/usage-report.dto';
import { UsageReportService } from '../usage/usage-report.service';
import { PageRenderer } from './page-renderer.service';
import { HTML } from './page.util';
import { reportCharts } from './report-charts';
import { StaffPageFilter } from './staff-page.filter';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '—');

@ApiExcludeController()
@Controller('admin/reports')
@UseGuards(StaffGuard)
@UseFilters(StaffPageFilter)
@StaffRoles('viewer')
export class ReportsPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly ratings: RatingReportService,
    private readonly usage: UsageReportService,
  ) {}

  @Get()
  @Header('content-type', HTML)
  async show(@Staff() staff: StaffPrincipal, @Query('from') from?: string, @Query('to') to?: string) {
    let period = usagePeriod(
      { from: DAY.test(from ?? '') ? from : undefined, to: DAY.test(to ?? '') ? to : undefined },
      vnDay(new Date()),
    );
    // A period the report cannot take (reversed, too long) falls back to the default rather than failing.
    if (usagePeriodProblem(period)) period = usagePeriod({}, vnDay(new Date()));
    const [ratings, usage] = await Promise.all([
      this.ratings.report({
        from: vnDayStart(period.from),
        to: new Date(vnDayStart(addDays(period.to, 1)).getTime() - 1),
      }),
      this.usage.report(period),
    ]);
    const levels = RATING_LEVELS.map((l) => ({
      label: RATING_LEVEL_LABEL[l],
      count: ratings.byLevel[l],
      share: percent(ratings.byLevel[l], ratings.total),
    }));
    const rate = usage.conversations.resolutionRate;
    return this.pages.render('reports', staff, 'Báo cáo', {
      ...period,
      ratings,
      usage,
      levels,
      levelNames: RATING_LEVELS.map((l) => RATING_LEVEL_LABEL[l]),
      resolution: rate === null ? '—' : `${(rate * 100).toFixed(1)} %`,
      data: { charts: reportCharts(ratings, usage) },
    });
  }
}
