import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import {
  requestIdSchema,
  requestListSchema,
  requestPatchSchema,
  requestTextSchema,
  type RequestListFilter,
  type RequestPatch,
  type RequestTextDto,
} from './inbox.dto';
import { InboxService } from './inbox.service';

const idPipe = new ZodValidationPipe(requestIdSchema);

/** Complaints and handoff requests for agents (admins too); editors and viewers have no access. */
@ApiTags('Staff')
@ApiBearerAuth()
@Controller('api/admin/requests')
@UseGuards(StaffGuard)
@StaffRoles('agent')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({
    summary:
      'Phản ánh và yêu cầu gặp cán bộ, mới nhất trước (lọc: status, kind, assignee=me|none|<id>, page)',
  })
  list(
    @Query(new ZodValidationPipe(requestListSchema)) query: RequestListFilter,
    @Staff() staff: StaffPrincipal,
  ) {
    return this.inbox.list(query, staff);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một yêu cầu: nội dung, ghi chú nội bộ, các trả lời và tình trạng gửi' })
  get(@Param('id', idPipe) id: number) {
    return this.inbox.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Đổi trạng thái, nhận xử lý (assigneeId của mình) hoặc giao cho cán bộ khác' })
  @ApiBody({ schema: { example: { status: 'in_progress', assigneeId: 3 } } })
  update(
    @Param('id', idPipe) id: number,
    @Body(new ZodValidationPipe(requestPatchSchema)) body: RequestPatch,
    @Staff() staff: StaffPrincipal,
  ) {
    return this.inbox.update(id, body, staff);
  }

  @Post(':id/notes')
  @ApiOperation({ summary: 'Thêm ghi chú nội bộ (người dân không thấy)' })
  @ApiBody({ schema: { example: { text: 'Đã gọi điện, hẹn chiều mai bổ sung giấy tờ.' } } })
  addNote(
    @Param('id', idPipe) id: number,
    @Body(new ZodValidationPipe(requestTextSchema)) body: RequestTextDto,
    @Staff() staff: StaffPrincipal,
  ) {
    return this.inbox.addNote(id, body.text, staff);
  }

  @Post(':id/replies')
  @ApiOperation({
    summary: 'Trả lời người dân qua kênh họ đã dùng (Zalo: chỉ trong 48 giờ kể từ tin nhắn cuối)',
  })
  @ApiBody({ schema: { example: { text: 'Chào bạn, hồ sơ của bạn cần bổ sung bản sao giấy khai sinh.' } } })
  reply(
    @Param('id', idPipe) id: number,
    @Body(new ZodValidationPipe(requestTextSchema)) body: RequestTextDto,
    @Staff() staff: StaffPrincipal,
  ) {
    return this.inbox.reply(id, body.text, staff);
  }
}
