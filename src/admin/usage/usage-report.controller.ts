import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { usageCsvFilename, usageDaysCsv, usageProceduresCsv } from './usage-csv.util';
import {
  DEFAULT_USAGE_DAYS,
  MAX_USAGE_DAYS,
  USAGE_CHANNELS,
  usageReportQuerySchema,
  type UsageReport,
  type UsageReportQuery,
} from './usage-report.dto';
import { UsageReportService } from './usage-report.service';

/** Staff only (every role may read it): how much the assistant is used and how often it resolves a question. */
@ApiTags('Báo cáo')
@Controller('api/reports/usage')
export class UsageReportController {
  constructor(private readonly usage: UsageReportService) {}

  @Get()
  @UseGuards(StaffGuard)
  @StaffRoles('viewer')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Báo cáo sử dụng: tin nhắn theo ngày và kênh, thủ tục được hỏi nhiều nhất, tỷ lệ tự giải quyết (JSON hoặc tệp CSV)',
  })
  @ApiQuery({
    name: 'from',
    required: false,
    type: String,
    description: `Từ ngày (YYYY-MM-DD, giờ Việt Nam); mặc định ${DEFAULT_USAGE_DAYS} ngày gần nhất, tối đa ${MAX_USAGE_DAYS} ngày`,
  })
  @ApiQuery({
    name: 'to',
    required: false,
    type: String,
    description: 'Đến hết ngày (YYYY-MM-DD); mặc định hôm nay',
  })
  @ApiQuery({
    name: 'channel',
    required: false,
    type: String,
    enum: [...USAGE_CHANNELS],
    description: 'Chỉ một kênh',
  })
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
    enum: ['days', 'procedures'],
    description:
      'Bảng xuất CSV: days (tin nhắn theo ngày, mặc định) hoặc procedures (thủ tục hỏi nhiều nhất)',
  })
  @ApiOkResponse({
    description:
      'JSON: { from, to, channel, messages: { total, byChannel, byDay: [{ day, byChannel, total }] }, topProcedures: [{ code, name, count, conversations }], conversations: { total, substantive, answered, handedOff, resolved, resolutionRate }, outcomes, definitions }',
  })
  async report(
    @Query(new ZodValidationPipe(usageReportQuerySchema)) query: UsageReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UsageReport | string> {
    const { format, table, ...filter } = query;
    if (format === 'json') return this.usage.report(filter);
    const csv =
      table === 'procedures'
        ? usageProceduresCsv(await this.usage.topProcedures(filter))
        : usageDaysCsv((await this.usage.messages(filter)).byDay);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${usageCsvFilename(table, filter)}"`);
    return csv;
  }
}
