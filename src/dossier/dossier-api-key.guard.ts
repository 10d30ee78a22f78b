import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { bearerMatches } from '../common/bearer.util';
import { AppException } from '../common/app.exception';
import { AppConfig } from '../config/app-config';

class DossierApiKeyException extends AppException {
  constructor(message: string) {
    super('dossier_api_key_invalid', message, HttpStatus.UNAUTHORIZED);
  }
}

/** The one-stop system's feed: `Authorization: Bearer <DOSSIER_API_KEY>`, compared in constant time. */
@Injectable()
export class DossierApiKeyGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.dossierApiKey;
    if (!expected)
      throw new DossierApiKeyException('Chưa cấu hình DOSSIER_API_KEY: cổng nhận hồ sơ đang tắt.');
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    if (!bearerMatches(header, expected)) {
      throw new DossierApiKeyException('Thiếu hoặc sai khóa (Authorization: Bearer <DOSSIER_API_KEY>).');
    }
    return true;
  }
}

/** Routes both the one-stop system and staff automation use: either key is accepted. */
@Injectable()
export class DossierOrStaffGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    const keys = [this.config.dossierApiKey, this.config.adminToken].filter((k): k is string => !!k);
    if (keys.some((key) => bearerMatches(header, key))) return true;
    throw new DossierApiKeyException(
      'Thiếu hoặc sai khóa (Authorization: Bearer <DOSSIER_API_KEY> hoặc <ADMIN_TOKEN>).',
    );
  }
}
