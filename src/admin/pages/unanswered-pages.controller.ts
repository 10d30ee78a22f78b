import { Body, Controller, Get, Header, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { toMatchForm } from '../../nlu/text-fold.util';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { faqEditSchema } from '../content/content.dto';
import { UnansweredService } from '../unanswered/unanswered.service';
import { PageRenderer } from './page-renderer.service';
import { field, HTML, OK_MESSAGES, seeOther } from './page.util';
import { StaffPageFilter } from './staff-page.filter';

const DAY_OPTIONS = [7, 30, 90, 365];

/** "Xin giấy xác nhận ở đâu?" → "xin-giay-xac-nhan-o-dau": a starting id the editor may change. */
const suggestId = (text: string) => toMatchForm(text).split(' ').slice(0, 6).join('-') || 'cau-hoi-moi';

@ApiExcludeController()
@Controller('admin/unanswered')
@UseGuards(StaffGuard)
@UseFilters(StaffPageFilter)
@StaffRoles('editor')
export class UnansweredPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly unanswered: UnansweredService,
  ) {}

  @Get()
  @Header('content-type', HTML)
  async list(@Staff() staff: StaffPrincipal, @Query('days') days?: string, @Query('ok') ok?: string) {
    const span = DAY_OPTIONS.includes(Number(days)) ? Number(days) : 30;
    const groups = await this.unanswered.groups('open', span);
    return this.pages.render('unanswered', staff, 'Câu hỏi chưa trả lời được', {
      ok: ok ? OK_MESSAGES[ok] : undefined,
      groups: groups.map((g) => ({ ...g, suggestedId: suggestId(g.samples[0] ?? g.groupKey) })),
      dayOptions: DAY_OPTIONS.map((d) => ({ value: d, label: `${d} ngày qua`, selected: d === span })),
    });
  }

  @Post('dismiss')
  async dismiss(@Body() body: unknown, @Staff() staff: StaffPrincipal, @Res() reply: FastifyReply) {
    await this.unanswered.dismiss(staff, field(body, 'groupKey'));
    seeOther(reply, '/admin/unanswered?ok=dismissed');
  }

  @Post('faq')
  async toFaq(@Body() body: unknown, @Staff() staff: StaffPrincipal, @Res() reply: FastifyReply) {
    const change = new ZodValidationPipe(faqEditSchema).transform({
      triggers: field(body, 'triggers')
        .split(/\r?\n/)
        .map((t) => t.trim())
        .filter(Boolean),
      answer: field(body, 'answer'),
    });
    await this.unanswered.toFaq(staff, field(body, 'groupKey'), { id: field(body, 'id'), ...change });
    seeOther(reply, '/admin/unanswered?ok=faq');
  }

  @Post('synonym')
  async toSynonym(@Body() body: unknown, @Staff() staff: StaffPrincipal, @Res() reply: FastifyReply) {
    const phrase = field(body, 'phrase').trim();
    const meaning = field(body, 'meaning').trim();
    await this.unanswered.toSynonym(staff, field(body, 'groupKey'), phrase, meaning);
    seeOther(reply, '/admin/unanswered?ok=synonym');
  }

  @Post('procedure')
  async toProcedure(@Body() body: unknown, @Staff() staff: StaffPrincipal, @Res() reply: FastifyReply) {
    const code = field(body, 'code').trim();
    const phrase = field(body, 'phrase').trim();
    await this.unanswered.toProcedure(staff, field(body, 'groupKey'), code, phrase);
    seeOther(reply, '/admin/unanswered?ok=procedure');
  }
}
