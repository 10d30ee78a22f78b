import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import {
  REQUEST_STATUSES,
  requestListSchema,
  requestPatchSchema,
  requestTextSchema,
} from '../inbox/inbox.dto';
import { InboxService } from '../inbox/inbox.service';
import { PageRenderer, STATUS_LABEL } from './page-renderer.service';
import { field, HTML, OK_MESSAGES, seeOther } from './page.util';
import { StaffPageFilter } from './staff-page.filter';

const statusOptions = (current?: string) =>
  REQUEST_STATUSES.map((value) => ({ value, label: STATUS_LABEL[value], selected: value === current }));

@ApiExcludeController()
@Controller('admin/inbox')
@UseGuards(StaffGuard)
@UseFilters(StaffPageFilter)
@StaffRoles('agent')
export class InboxPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly inbox: InboxService,
  ) {}

  @Get()
  @Header('content-type', HTML)
  async list(@Staff() staff: StaffPrincipal, @Query() query: Record<string, string>) {
    const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v));
    const filter = new ZodValidationPipe(requestListSchema).transform(clean);
    const page = await this.inbox.list(filter, staff);
    const more = page.page * page.pageSize < page.total;
    const next = more
      ? `/admin/inbox?${new URLSearchParams({ ...clean, page: String(page.page + 1) })}`
      : undefined;
    return this.pages.render('inbox', staff, 'Hộp yêu cầu', {
      page,
      next,
      assignee: clean.assignee,
      statuses: statusOptions(clean.status),
    });
  }

  @Get(':id')
  @Header('content-type', HTML)
  async show(
    @Param('id', ParseIntPipe) id: number,
    @Staff() staff: StaffPrincipal,
    @Query('ok') ok?: string,
  ) {
    const request = await this.inbox.get(id);
    return this.pages.render('request', staff, `Yêu cầu ${request.reference}`, {
      request,
      ok: ok ? OK_MESSAGES[ok] : undefined,
      statuses: statusOptions(request.status),
    });
  }

  @Post(':id/take')
  async take(
    @Param('id', ParseIntPipe) id: number,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ) {
    await this.inbox.update(id, { assigneeId: staff.userId ?? null, status: 'in_progress' }, staff);
    seeOther(reply, `/admin/inbox/${id}?ok=request`);
  }

  @Post(':id/status')
  async status(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ) {
    await this.inbox.update(
      id,
      new ZodValidationPipe(requestPatchSchema).transform({ status: field(body, 'status') }),
      staff,
    );
    seeOther(reply, `/admin/inbox/${id}?ok=request`);
  }

  @Post(':id/notes')
  async note(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ) {
    const { text } = new ZodValidationPipe(requestTextSchema).transform({ text: field(body, 'text') });
    await this.inbox.addNote(id, text, staff);
    seeOther(reply, `/admin/inbox/${id}?ok=note`);
  }

  @Post(':id/replies')
  async answer(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ) {
    const { text } = new ZodValidationPipe(requestTextSchema).transform({ text: field(body, 'text') });
    await this.inbox.reply(id, text, staff);
    seeOther(reply, `/admin/inbox/${id}?ok=reply`);
  }
}
