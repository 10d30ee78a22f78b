import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { StaffRoles } from '../admin/auth/staff-roles.decorator';
import { StaffGuard } from '../admin/auth/staff.guard';
import { ZodValidationPipe } from '../common/zod-validation.pipe';
import { NotificationOutbox } from './notification.outbox';

const listQuery = z.object({
  state: z.enum(['dead', 'pending', 'sending', 'sent', 'skipped']).default('dead'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The outbox for staff: above all the dead-letter list (notices that could not be delivered). */
@ApiTags('Thông báo')
@Controller('api/notifications')
@UseGuards(StaffGuard)
@StaffRoles('agent')
@ApiBearerAuth()
export class NotificationsController {
  constructor(private readonly outbox: NotificationOutbox) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách thông báo theo trạng thái (mặc định: không gửi được — "dead")' })
  async list(@Query(new ZodValidationPipe(listQuery)) query: z.infer<typeof listQuery>) {
    const rows = await this.outbox.list(query.state, query.limit);
    return {
      notifications: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        dossierCode: n.dossierCode,
        channel: n.channel,
        // The recipient is personal data (a chat id or a phone): staff see its last digits only.
        recipient: `…${n.recipient.slice(-4)}`,
        state: n.state,
        attempts: n.attempts,
        lastError: n.lastError,
        createdAt: n.createdAt,
        sentAt: n.sentAt,
      })),
    };
  }
}
