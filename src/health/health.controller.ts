import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CatalogIndexService } from '../catalog/catalog-index.service';
import { CatalogRepository } from '../catalog/catalog.repository';

/** Public liveness/readiness probe: 200 when the database answers, 503 when it does not. */
@ApiTags('Vận hành')
@Controller('health')
export class HealthController {
  constructor(
    private readonly repository: CatalogRepository,
    private readonly index: CatalogIndexService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Tình trạng dịch vụ và cơ sở dữ liệu' })
  async health(@Res() reply: FastifyReply): Promise<void> {
    try {
      await this.repository.ping();
      await reply
        .status(HttpStatus.OK)
        .send({ status: 'ok', database: 'up', procedures: this.index.current().search.size });
    } catch {
      await reply.status(HttpStatus.SERVICE_UNAVAILABLE).send({ status: 'error', database: 'down' });
    }
  }
}
