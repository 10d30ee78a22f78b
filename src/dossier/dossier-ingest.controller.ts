import { Body, Controller, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppException } from '../common/app.exception';
import { ZodValidationPipe } from '../common/zod-validation.pipe';
import { toZnsPhone } from '../channels/zalo/zalo-zns.client';
import { SubscriptionRepository } from '../notify/subscription.repository';
import { DossierRepository } from './dossier.repository';
import { DossierApiKeyGuard, DossierOrStaffGuard } from './dossier-api-key.guard';
import { dossierBatchSchema, phoneSubscriberSchema, type DossierIngestResult } from './dossier-ingest.dto';
import { DossierIngestService } from './dossier-ingest.service';

@ApiTags('Tích hợp một cửa')
@Controller('api/integrations/dossiers')
export class DossierIngestController {
  constructor(
    private readonly ingest: DossierIngestService,
    private readonly dossiers: DossierRepository,
    private readonly subscriptions: SubscriptionRepository,
  ) {}

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

  @Post(':code/subscribers')
  @HttpCode(200)
  @UseGuards(DossierOrStaffGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Gắn số điện thoại nhận thông báo ZNS cho một hồ sơ (người dân đã đồng ý tại Bộ phận Một cửa)',
  })
  @ApiBody({ schema: { example: { phone: '0912345678' } } })
  async attachPhone(
    @Param('code') code: string,
    @Body(new ZodValidationPipe(phoneSubscriberSchema)) body: { phone: string },
  ): Promise<{ subscribed: boolean }> {
    const dossier = await this.dossiers.findByCode(code.trim().toUpperCase());
    if (!dossier) {
      throw new AppException('dossier_not_found', `Không có hồ sơ ${code}.`, HttpStatus.NOT_FOUND);
    }
    const phone = toZnsPhone(body.phone);
    if (!phone) {
      throw new AppException(
        'phone_invalid',
        'phone: không phải số di động Việt Nam (ví dụ 0912345678).',
        HttpStatus.BAD_REQUEST,
      );
    }
    await this.subscriptions.subscribe(dossier.code, 'zns', phone);
    return { subscribed: true };
  }
}
