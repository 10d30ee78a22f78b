import { Controller, Get, Header, HttpStatus, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createHash, randomBytes } from 'node:crypto';
import { StaffRoles } from '../../admin/auth/staff-roles.decorator';
import { StaffGuard } from '../../admin/auth/staff.guard';
import { AppException } from '../../common/app.exception';
import { AppConfig } from '../../config/app-config';
import { ZaloRepository } from './zalo.repository';
import { ZaloTokenService } from './zalo-token.service';

class ZaloConnectException extends AppException {
  constructor(message: string) {
    super('zalo_connect_failed', message, HttpStatus.BAD_REQUEST);
  }
}

/**
 * Connecting the OA (first tokens) through Zalo's OAuth v4 consent with PKCE: a staff member gets
 * the consent link, an OA admin approves it in Zalo, Zalo redirects to the callback with a code.
 */
@ApiTags('Quản trị — Zalo')
@Controller('admin/zalo')
export class ZaloConnectController {
  constructor(
    private readonly config: AppConfig,
    private readonly states: ZaloRepository,
    private readonly tokens: ZaloTokenService,
  ) {}

  @Get('connect')
  @UseGuards(StaffGuard)
  @StaffRoles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Tạo đường dẫn cấp quyền cho OA (PKCE)' })
  async connect(): Promise<{ url: string; expiresInMinutes: number }> {
    const redirectUri = this.config.zalo!.redirectUri;
    if (!redirectUri) throw new ZaloConnectException('Chưa cấu hình ZALO_OAUTH_REDIRECT_URI.');
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const state = randomBytes(16).toString('hex');
    await this.states.saveOauthState(state, verifier);
    return {
      url: this.tokens.oauthClient.permissionUrl(redirectUri, challenge, state),
      expiresInMinutes: 15,
    };
  }

  /** Public on purpose: Zalo redirects the admin's browser here; the one-time state guards it. */
  @Get('callback')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async callback(@Query('code') code?: string, @Query('state') state?: string): Promise<string> {
    if (!code || !state) throw new ZaloConnectException('Thiếu code hoặc state từ Zalo.');
    const verifier = await this.states.takeOauthState(state);
    if (!verifier)
      throw new ZaloConnectException('Đường dẫn cấp quyền đã hết hạn hoặc đã dùng; hãy tạo lại.');
    await this.tokens.store(await this.tokens.oauthClient.exchangeCode(code, verifier));
    return '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đã kết nối Zalo OA</title><p>Đã kết nối Zalo OA thành công. Bạn có thể đóng trang này.</p></html>';
  }
}
