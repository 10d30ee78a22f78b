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
import { formatProblem } from '../../dialogue/flows/flow-problem';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { bundleFiles, diffBundles } from '../content/content-diff.util';
import { ContentEditorService } from '../content/content-editor.service';
import { ContentException } from '../content/content.exception';
import { ContentRepository } from '../content/content.repository';
import { faqEditSchema } from '../content/content.dto';
import { PageRenderer } from './page-renderer.service';
import { field, HTML, OK_MESSAGES, seeOther } from './page.util';
import { StaffPageFilter } from './staff-page.filter';

/** Form fields as the FAQ schema wants them: one trigger phrase per line. */
const faqForm = (body: unknown) => ({
  triggers: field(body, 'triggers')
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean),
  answer: field(body, 'answer'),
});

@ApiExcludeController()
@Controller('admin/content')
@UseGuards(StaffGuard)
@UseFilters(StaffPageFilter)
@StaffRoles('editor')
export class ContentPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly editor: ContentEditorService,
    private readonly repository: ContentRepository,
  ) {}

  @Get()
  @Header('content-type', HTML)
  async overview(@Staff() staff: StaffPrincipal, @Query('ok') ok?: string): Promise<string> {
    const { version, isDraft } = await this.editor.working();
    const live = await this.repository.live();
    const bundle = version?.bundle;
    return this.pages.render('content', staff, 'Nội dung FAQ', {
      ok: ok ? OK_MESSAGES[ok] : undefined,
      live,
      draft: isDraft ? version : null,
      faqs: bundle ? this.editor.faqs(bundle) : [],
      vars: bundle ? this.editor.vars(bundle) : [],
      changes: isDraft && bundle ? diffBundles(live?.bundle ?? null, bundle) : [],
      problems: isDraft && bundle ? this.editor.check(bundle).errors.map(formatProblem) : [],
    });
  }

  @Get('faq/:id')
  @Header('content-type', HTML)
  async faq(@Param('id') id: string, @Staff() staff: StaffPrincipal): Promise<string> {
    if (id === 'new')
      return this.pages.render('faq-edit', staff, 'Thêm FAQ', { isNew: true, faq: { triggers: [] } });
    const { version } = await this.editor.working();
    const faq = version ? this.editor.faqs(version.bundle).find((f) => f.id === id) : undefined;
    if (!faq) throw ContentException.notFound(`FAQ "${id}"`);
    return this.pages.render('faq-edit', staff, `Sửa FAQ ${id}`, { faq });
  }

  @Post('faq')
  async saveFaq(
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const change = new ZodValidationPipe(faqEditSchema).transform(faqForm(body));
    await this.editor.saveFaq(staff, field(body, 'id'), change);
    seeOther(reply, '/admin/content?ok=saved');
  }

  @Post('vars/:name')
  async saveVar(
    @Param('name') name: string,
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.editor.saveVar(staff, name, field(body, 'value').trim());
    seeOther(reply, '/admin/content?ok=saved');
  }

  @Get('files')
  @Header('content-type', HTML)
  async files(@Staff() staff: StaffPrincipal, @Query('path') path?: string): Promise<string> {
    const { version } = await this.editor.working();
    const files = version ? bundleFiles(version.bundle) : new Map<string, string>();
    const editable = [...files.keys()].filter(
      (f) => f.startsWith('flows/') || f.startsWith('intents/') || f.startsWith('templates/'),
    );
    return this.pages.render('files', staff, 'Sửa tệp nâng cao', {
      files: editable,
      path: path && files.has(path) ? path : undefined,
      text: path ? files.get(path) : undefined,
    });
  }

  @Post('files')
  async saveFile(
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.editor.saveFile(staff, field(body, 'path'), field(body, 'text'));
    seeOther(reply, '/admin/content?ok=saved');
  }

  @Post('publish')
  async publish(
    @Body() body: unknown,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.editor.publish(staff, field(body, 'note').trim().slice(0, 500) || null);
    seeOther(reply, '/admin/content?ok=published');
  }

  @Post('discard')
  async discard(@Staff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    await this.editor.discard(staff);
    seeOther(reply, '/admin/content?ok=discarded');
  }

  @Get('versions')
  @Header('content-type', HTML)
  async versions(@Staff() staff: StaffPrincipal, @Query('ok') ok?: string): Promise<string> {
    return this.pages.render('versions', staff, 'Lịch sử phiên bản', {
      ok: ok ? OK_MESSAGES[ok] : undefined,
      liveId: await this.repository.liveId(),
      versions: await this.repository.history(),
    });
  }

  @Get('versions/:id')
  @Header('content-type', HTML)
  async version(@Param('id', ParseIntPipe) id: number, @Staff() staff: StaffPrincipal): Promise<string> {
    const version = await this.repository.get(id);
    if (!version || version.status !== 'published') throw ContentException.notFound(`phiên bản ${id}`);
    const previous = await this.repository.previousPublished(id);
    return this.pages.render('version', staff, `Phiên bản ${id}`, {
      version,
      previousId: previous?.id,
      changes: diffBundles(previous?.bundle ?? null, version.bundle),
    });
  }

  @Post('versions/:id/rollback')
  async rollback(
    @Param('id', ParseIntPipe) id: number,
    @Staff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ) {
    await this.editor.rollback(staff, id, null);
    seeOther(reply, '/admin/content/versions?ok=restored');
  }
}
