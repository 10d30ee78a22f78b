import {
  Body,
  Controller,
  Get,
  Header,
  HttpException,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/app-config';
import { readCookie } from '../auth/cookie.util';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { StaffAuthService } from '../auth/staff-auth.service';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff } from '../auth/staff-roles.decorator';
import { SESSION_COOKIE, StaffGuard } from '../auth/staff.guard';
import { PageRenderer } from './page-renderer.service';
import { field, HTML, safeNext, seeOther } from './page.util';
import { StaffPageFilter } from './staff-page.filter';

@ApiExcludeController()
@Controller('admin')
@UseFilters(StaffPageFilter)
export class AuthPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly auth: StaffAuthService,
    private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Header('content-type', HTML)
  login(@Query('next') next?: string): string {
    return this.pages.render('login', null, 'Đăng nhập', { next: safeNext(next) });
  }

  @Post('login')
  async submit(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const username = field(body, 'username');
    try {
      const session = await this.auth.login(username, field(body, 'password'));
      setSessionCookie(request, reply, session.token, this.config.staff.sessionHours);
      seeOther(reply, safeNext(field(body, 'next')));
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const message = (error.getResponse() as { message?: string }).message ?? 'Không đăng nhập được.';
      void reply
        .status(error.getStatus())
        .header('content-type', HTML)
        .send(
          this.pages.render('login', null, 'Đăng nhập', {
            error: message,
            username,
            next: safeNext(field(body, 'next')),
          }),
        );
    }
  }

  @Post('logout')
  @UseGuards(StaffGuard)
  async logout(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token) await this.auth.logout(token);
    clearSessionCookie(request, reply);
    seeOther(reply, '/admin/login');
  }

  @Get()
  @UseGuards(StaffGuard)
  @Header('content-type', HTML)
  home(@Staff() staff: StaffPrincipal): string {
    return this.pages.render('home', staff, 'Trang cán bộ');
  }
}
