import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../common/zod-validation.pipe';
import { DossierApiKeyGuard } from './dossier-api-key.guard';
import { dossierBatchSchema, type DossierIngestResult } from './dossier-ingest.dto';
import { DossierIngestService } from './dossier-ingest.service';

@ApiTags('Tích hợp một cửa')
@Controller('api/integrations/dossiers')
export class DossierIngestController {
  constructor(private readonly ingest: DossierIngestService) {}

  @Post()
  @HttpCode(200)
  @UseGuards(DossierApiKeyGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Nhận trạng thái hồ sơ từ hệ thống một cửa (tối đa 1.000 hồ sơ một lần, gửi lại không sao)',
  })
  @ApiBody({
    schema: {
      example: {
        dossiers: [
          {
            code: '000.00.12.H41-250312-0007',
            procedureCode: '1.001193',
            applicantName: 'Nguyễn Văn An',
            applicantPhone: '0912345678',
            agencyName: 'UBND xã Hưng Lộc',
            status: 'Đang xử lý',
            receivedAt: '2025-03-12T08:30:00+07:00',
            dueAt: '2025-03-17T17:00:00+07:00',
          },
        ],
      },
    },
  })
  receive(
    @Body(new ZodValidationPipe(dossierBatchSchema)) body: { dossiers: unknown[] },
  ): Promise<DossierIngestResult> {
    return this.ingest.ingest(body.dossiers);
  }
}
