import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { AuditService } from './audit.service';

const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.string().regex(/^\d+$/, 'là số').optional(),
  actor: z.string().max(64).optional(),
  targetType: z.string().max(32).optional(),
});

@ApiTags('Staff')
@ApiBearerAuth()
@Controller('api/admin/audit')
@UseGuards(StaffGuard)
@StaffRoles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Nhật ký thao tác của cán bộ, mới nhất trước (quản trị)' })
  async list(@Query(new ZodValidationPipe(auditQuerySchema)) query: z.infer<typeof auditQuerySchema>) {
    return { entries: await this.audit.list(query) };
  }
}
