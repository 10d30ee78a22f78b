import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { StaffRoles } from '../admin/auth/staff-roles.decorator';
import { StaffGuard } from '../admin/auth/staff.guard';
import { ZodValidationPipe } from '../common/zod-validation.pipe';
import { toCsv, type CsvValue } from './csv.util';
import {
  ratingReportQuerySchema,
  type MonthTally,
  type RatingGroup,
  type RatingReport,
  type RatingReportQuery,
} from './rating-report.dto';
import { RatingReportService } from './rating-report.service';
import { RATING_LEVEL_LABEL, RATING_LEVELS } from './rating.entity';

export const CSV_FILENAME = 'danh-gia-hai-long.csv';
export const MONTHS_CSV_FILENAME = 'danh-gia-hai-long-theo-thang.csv';
const UNKNOWN_PROCEDURE = '(không rõ thủ tục)';

/** One row per agency × procedure; level columns follow RATING_LEVELS so the header and cells agree. */
export function ratingGroupsCsv(groups: RatingGroup[]): string {
  const header: CsvValue[] = [
    'Cơ quan',
    'Mã thủ tục',
    'Tên thủ tục',
    ...RATING_LEVELS.map((l) => RATING_LEVEL_LABEL[l]),
    'Tổng',
  ];
  const rows = groups.map((g): CsvValue[] => [
    g.agency,
    g.procedureCode,
    g.procedureName ?? (g.procedureCode ? '' : UNKNOWN_PROCEDURE),
    ...RATING_LEVELS.map((l) => g.byLevel[l]),
    g.total,
  ]);
  return toCsv([header, ...rows]);
}

/** One row per Vietnam month ('YYYY-MM', which Excel reads as text and sorts correctly). */
export function ratingMonthsCsv(months: MonthTally[]): string {
  const header: CsvValue[] = ['Tháng', ...RATING_LEVELS.map((l) => RATING_LEVEL_LABEL[l]), 'Tổng'];
  const rows = months.map((m): CsvValue[] => [m.month, ...RATING_LEVELS.map((l) => m.byLevel[l]), m.total]);
  return toCsv([header, ...rows]);
}

/** Staff only: citizens' ratings are published in aggregate by the office, not by this API. */
@ApiTags('Báo cáo')
@Controller('api/reports/ratings')
export class RatingReportController {
  constructor(private readonly reports: RatingReportService) {}

  @Get()
  @UseGuards(StaffGuard)
  @StaffRoles('viewer')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Báo cáo mức độ hài lòng của người dân theo cơ quan và thủ tục (JSON hoặc tệp CSV cho Excel)',
  })
  @ApiQuery({
    name: 'from',
    required: false,
    type: String,
    description: 'Từ ngày (YYYY-MM-DD, tính từ 00:00 giờ Việt Nam) hoặc thời điểm ISO 8601',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    type: String,
    description: 'Đến ngày (YYYY-MM-DD, tính hết ngày đó theo giờ Việt Nam) hoặc thời điểm ISO 8601',
  })
  @ApiQuery({
    name: 'agency',
    required: false,
    type: String,
    description: 'Tên cơ quan, đúng cả tên (không phân biệt hoa thường)',
  })
  @ApiQuery({ name: 'procedure', required: false, type: String, description: 'Mã thủ tục, ví dụ 1.001193' })
  @ApiQuery({
    name: 'format',
    required: false,
    type: String,
    enum: ['json', 'csv'],
    description: 'Mặc định json',
  })
  @ApiQuery({
    name: 'table',
    required: false,
    type: String,
    enum: ['groups', 'months'],
    description: 'Bảng xuất CSV: groups (cơ quan × thủ tục, mặc định) hoặc months (theo tháng)',
  })
  @ApiOkResponse({
    description:
      'JSON: { total, byLevel, byAgency: [{ agency, total, byLevel }], byProcedure: [{ procedureCode, procedureName, total, byLevel }], byMonth: [{ month: "YYYY-MM", total, byLevel }], chat: { total, byLevel } }; CSV: một dòng cho mỗi cơ quan × thủ tục, hoặc mỗi tháng (table=months)',
  })
  async report(
    @Query(new ZodValidationPipe(ratingReportQuerySchema)) query: RatingReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RatingReport | string> {
    const { format, table, ...filter } = query;
    if (format === 'json') return this.reports.report(filter);
    const [csv, filename] =
      table === 'months'
        ? [ratingMonthsCsv(await this.reports.months(filter)), MONTHS_CSV_FILENAME]
        : [ratingGroupsCsv(await this.reports.groups(filter)), CSV_FILENAME];
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${filename}"`);
    return csv;
  }
}
