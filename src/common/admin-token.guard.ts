import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { AppException } from './app.exception';
import { bearerMatches } from './bearer.util';

class StaffAuthException extends AppException {
  constructor(message: string) {
    super('staff_auth_required', message, HttpStatus.UNAUTHORIZED);
  }
}

/** Staff automation routes: `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time. */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.adminToken;
    if (!expected)
      throw new StaffAuthException('Chưa cấu hình ADMIN_TOKEN: đường dẫn dành cho cán bộ đang tắt.');
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    if (!bearerMatches(header, expected)) {
      throw new StaffAuthException('Thiếu hoặc sai mã truy cập (Authorization: Bearer …).');
    }
    return true;
  }
}
