import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../common/zod-validation.pipe';
import { CatalogService, type ProcedurePage } from './catalog.service';
import type { ProcedureDetailDto } from './dto/procedure.dto';
import { procedureQuerySchema, type ProcedureQuery } from './dto/procedure-query.dto';

/** Public, read-only catalog API: the catalog is published government information. */
@ApiTags('Thủ tục hành chính')
@Controller('api/procedures')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @ApiOperation({ summary: 'Tìm thủ tục (không phân biệt dấu)' })
  @ApiQuery({ name: 'q', required: false, description: 'Từ khóa, có dấu hoặc không dấu' })
  @ApiQuery({ name: 'field', required: false, description: 'Lĩnh vực, ví dụ "Hộ tịch"' })
  @ApiQuery({ name: 'level', required: false, description: 'Cấp thực hiện: "Cấp xã", "tinh", "bo"…' })
  @ApiQuery({ name: 'limit', required: false, description: '1–100, mặc định 20' })
  @ApiQuery({ name: 'offset', required: false, description: 'mặc định 0' })
  @ApiOkResponse({ description: '{ items: [{ code, name, level, levels, field }], total }' })
  list(@Query(new ZodValidationPipe(procedureQuerySchema)) query: ProcedureQuery): ProcedurePage {
    return this.catalog.list(query);
  }

  @Get(':code')
  @ApiOperation({ summary: 'Chi tiết một thủ tục: cách thức (thời hạn, phí), hồ sơ, trình tự, căn cứ' })
  @ApiParam({ name: 'code', example: '1.001193' })
  @ApiOkResponse({ description: 'Thủ tục đầy đủ; 404 khi không có mã này' })
  get(@Param('code') code: string): Promise<ProcedureDetailDto> {
    return this.catalog.get(code);
  }
}
