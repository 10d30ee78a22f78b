import {
  Body,
  Controller,
  Headers,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  type RawBodyRequest,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../../common/app.exception';
import { AppConfig } from '../../config/app-config';
import type { ZaloWebhookEvent } from './zalo-event.types';
import { signatureMatches, zaloSignature } from './zalo-signature';
import { ZaloService } from './zalo.service';

/** A signed event older (or newer) than this is refused: a captured request cannot be replayed later. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

class ZaloSignatureException extends AppException {
  constructor(reason: string) {
    super(
      'zalo_signature_invalid',
      `Chữ ký X-ZEvent-Signature không hợp lệ: ${reason}.`,
      HttpStatus.UNAUTHORIZED,
    );
  }
}

/**
 * POST /webhooks/zalo: the signature is checked on the raw bytes before anything else; a verified
 * event is stored, acknowledged at once, and handled after.
 */
@ApiExcludeController()
@Controller('webhooks/zalo')
export class ZaloWebhookController {
  constructor(
    private readonly config: AppConfig,
    private readonly zalo: ZaloService,
  ) {}

  @Post()
  @HttpCode(200)
  async receive(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Headers('x-zevent-signature') signature: string | undefined,
    @Body() event: ZaloWebhookEvent,
  ): Promise<{ ok: true }> {
    const settings = this.config.zalo!;
    if (
      !req.rawBody ||
      !event ||
      typeof event.timestamp !== 'string' ||
      typeof event.event_name !== 'string'
    ) {
      throw new ZaloSignatureException('thiếu nội dung hoặc timestamp');
    }
    if (String(event.app_id) !== settings.appId) throw new ZaloSignatureException('app_id không khớp');
    const expected = zaloSignature(settings.appId, req.rawBody, event.timestamp, settings.oaSecretKey);
    if (!signatureMatches(signature, expected)) throw new ZaloSignatureException('sai chữ ký');
    if (Math.abs(Date.now() - Number(event.timestamp)) > MAX_CLOCK_SKEW_MS) {
      throw new ZaloSignatureException('thời điểm gửi quá cũ');
    }
    if (await this.zalo.accept(event)) this.zalo.process(event);
    return { ok: true };
  }
}
