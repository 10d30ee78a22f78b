import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config/paths';

/** The pages' own stylesheet and script, and Chart.js from node_modules: no CDN, works offline. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'admin.css': {
    file: join(PROJECT_ROOT, 'src', 'admin', 'pages', 'assets', 'admin.css'),
    type: 'text/css; charset=utf-8',
  },
  'admin.js': {
    file: join(PROJECT_ROOT, 'src', 'admin', 'pages', 'assets', 'admin.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'chart.js': {
    file: join(PROJECT_ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

/** Deliberately public: stylesheets and scripts hold nothing private, and the login page needs them. */
@ApiExcludeController()
@Controller('admin/assets')
export class AdminAssetsController {
  private readonly cache = new Map<string, string>();

  @Get(':name')
  @Header('cache-control', 'public, max-age=3600')
  asset(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): string {
    const asset = ASSETS[name];
    if (!asset) throw new NotFoundException();
    let text = this.cache.get(name);
    if (text === undefined) {
      text = readFileSync(asset.file, 'utf8');
      this.cache.set(name, text);
    }
    void reply.header('content-type', asset.type);
    return text;
  }
}
