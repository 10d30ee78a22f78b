import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config/paths';

/** Where `npm run miniapp:build` writes the app (zmp-vite-plugin's `www`). */
export const MINIAPP_WWW = join(PROJECT_ROOT, 'miniapp', 'www');
export const miniAppBuilt = (): boolean => existsSync(join(MINIAPP_WWW, 'index.html'));

/** /miniapp: the built app (served from /miniapp/), or a note saying how to build it. Deliberately public. */
@ApiExcludeController()
@Controller('miniapp')
export class MiniAppPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  open(@Res() reply: FastifyReply): void {
    if (miniAppBuilt()) {
      void reply.redirect('/miniapp/', 302);
      return;
    }
    void reply
      .code(404)
      .send(
        '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Mini App chưa được build</title>' +
          '<p>Mini App chưa được build. Chạy <code>npm run miniapp:build</code> rồi mở lại trang này.</p></html>',
      );
  }
}
