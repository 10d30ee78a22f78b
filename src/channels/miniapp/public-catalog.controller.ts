import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogIndexService } from '../../catalog/catalog-index.service';
import { CatalogService, type ProcedurePage } from '../../catalog/catalog.service';
import { procedureQuerySchema, type ProcedureQuery } from '../../catalog/dto/procedure-query.dto';
import type { ProcedureDetailDto } from '../../catalog/dto/procedure.dto';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { AppConfig } from '../../config/app-config';
import { RATING_CRITERIA } from '../../feedback/rating-criteria';
import { RATING_LEVEL_LABEL, RATING_LEVELS } from '../../feedback/rating.entity';
import { LIFE_EVENTS } from './life-events';

/** What the Mini App shows before anyone is identified: published government information. Deliberately public. */
@ApiTags('Zalo Mini App')
@Controller('api/public')
export class PublicCatalogController {
  constructor(
    private readonly config: AppConfig,
    private readonly catalog: CatalogService,
    private readonly index: CatalogIndexService,
  ) {}

  @Get('config')
  @ApiOperation({ summary: 'OA để quan tâm, cổng dịch vụ công, có nhận người dùng thử không' })
  settings() {
    return {
      oaId: this.config.miniapp.oaId ?? null,
      portalUrl: this.config.portalUrl,
      devIdentity: this.config.miniapp.devIdentity,
    };
  }

  @Get('life-events')
  @ApiOperation({ summary: 'Thủ tục theo sự kiện: sinh con, kết hôn, làm căn cước…' })
  lifeEvents() {
    const search = this.index.current().search;
    return {
      items: LIFE_EVENTS.map(({ codes, ...event }) => ({
        ...event,
        procedures: codes.flatMap((code) => {
          const doc = search.document(code);
          return doc ? [{ code, name: doc.name, level: doc.levels.join(', ') }] : [];
        }),
      })),
    };
  }

  @Get('procedures')
  @ApiOperation({ summary: 'Tìm thủ tục như trong khung chat (không dấu, viết tắt đều được)' })
  procedures(@Query(new ZodValidationPipe(procedureQuerySchema)) query: ProcedureQuery): ProcedurePage {
    return this.catalog.list(query);
  }

  @Get('procedures/:code')
  @ApiOperation({ summary: 'Chi tiết thủ tục: hồ sơ, thời hạn, phí, nơi nộp, trình tự, căn cứ' })
  async procedure(@Param('code') code: string): Promise<Omit<ProcedureDetailDto, 'original'>> {
    // The export's unparsed text is for staff checking the parser, not for citizens.
    const { original: _unparsed, ...detail } = await this.catalog.get(code);
    return detail;
  }

  @Get('rating-criteria')
  @ApiOperation({ summary: 'Mức hài lòng và các câu hỏi đánh giá (Thông tư 01/2018/TT-VPCP)' })
  ratingCriteria() {
    return {
      levels: RATING_LEVELS.map((value) => ({ value, label: RATING_LEVEL_LABEL[value] })),
      criteria: RATING_CRITERIA,
    };
  }
}
