import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { AppConfig } from '../../config/app-config';
import { loginSchema, type LoginDto } from '../users/staff-user.dto';
import { readCookie } from './cookie.util';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { StaffAuthService } from './staff-auth.service';
import type { StaffPrincipal } from './staff-principal';
import { Staff } from './staff-roles.decorator';
import { SESSION_COOKIE, StaffGuard } from './staff.guard';

@ApiTags('Staff')
@Controller('api/admin/auth')
export class StaffAuthController {
  constructor(
    private readonly auth: StaffAuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập: trả về token (dùng làm Bearer) và đặt cookie phiên cho trình duyệt',
  })
  async login(
    @Body(new ZodValidationPipe(loginSchema)) body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const session = await this.auth.login(body.username, body.password);
    setSessionCookie(request, reply, session.token, this.config.staff.sessionHours);
    return {
      token: session.token,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      user: {
        username: session.user.username,
        displayName: session.user.displayName,
        role: session.user.role,
      },
    };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất phiên hiện tại' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const bearer = request.headers.authorization?.replace(/^Bearer\s+/i, '');
    const token = bearer ?? readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token) await this.auth.logout(token);
    clearSessionCookie(request, reply);
  }

  @Get('me')
  @UseGuards(StaffGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người đang đăng nhập và vai trò' })
  me(@Staff() staff: StaffPrincipal) {
    return { username: staff.username, displayName: staff.displayName, role: staff.role };
  }
}
