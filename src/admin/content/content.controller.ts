import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { formatProblem } from '../../dialogue/flows/flow-problem';
import { bundleFiles, diffBundles } from './content-diff.util';
import { ContentEditorService } from './content-editor.service';
import { ContentPreviewService } from './content-preview.service';
import { ContentRepository } from './content.repository';
import { ContentException } from './content.exception';
import {
  faqEditSchema,
  fileEditSchema,
  previewSchema,
  publishSchema,
  synonymAddSchema,
  varEditSchema,
  type FaqEditDto,
} from './content.dto';

const summary = <T extends { bundle?: unknown }>(v: T) => {
  const { bundle: _bundle, ...rest } = v;
  return rest;
};

@ApiTags('Staff — nội dung')
@ApiBearerAuth()
@Controller('api/admin/content')
@UseGuards(StaffGuard)
@StaffRoles('editor')
export class ContentController {
  constructor(
    private readonly editor: ContentEditorService,
    private readonly preview: ContentPreviewService,
    private readonly repository: ContentRepository,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'FAQ và biến dùng chung của bản nháp (hoặc bản đang dùng), cùng trạng thái phiên bản',
  })
  async overview() {
    const { version, isDraft } = await this.editor.working();
    const live = await this.repository.live();
    return {
      live: live ? summary(live) : null,
      draft: isDraft && version ? summary(version) : null,
      faqs: version ? this.editor.faqs(version.bundle) : [],
      vars: version ? this.editor.vars(version.bundle) : [],
    };
  }

  @Put('faqs/:id')
  @ApiOperation({ summary: 'Sửa hoặc thêm một FAQ trong bản nháp (câu hỏi mẫu, câu trả lời)' })
  saveFaq(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(faqEditSchema)) body: FaqEditDto,
    @Staff() staff: StaffPrincipal,
  ) {
    return this.editor.saveFaq(staff, id, body);
  }

  @Put('vars/:name')
  @ApiOperation({ summary: 'Sửa một biến dùng chung (giờ làm việc, số điện thoại…) trong bản nháp' })
  saveVar(
    @Param('name') name: string,
    @Body(new ZodValidationPipe(varEditSchema)) body: z.infer<typeof varEditSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    return this.editor.saveVar(staff, name, body.value);
  }

  @Post('synonyms')
  @HttpCode(204)
  @ApiOperation({ summary: 'Thêm cách nói của người dân vào nhóm từ đồng nghĩa (bản nháp)' })
  async addSynonym(
    @Body(new ZodValidationPipe(synonymAddSchema)) body: z.infer<typeof synonymAddSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    await this.editor.addSynonym(staff, body.phrase, body.meaning);
  }

  @Put('files')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Thay cả một tệp của bản nháp (flows/…yaml, templates/vi/faq-….hbs, intents/synonyms.yaml)',
  })
  async saveFile(
    @Body(new ZodValidationPipe(fileEditSchema)) body: z.infer<typeof fileEditSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    await this.editor.saveFile(staff, body.path, body.text);
  }

  @Get('draft/check')
  @ApiOperation({ summary: 'Kiểm tra bản nháp như npm run flows:check' })
  async check() {
    const { version } = await this.editor.working();
    if (!version) throw ContentException.noDraft();
    const { errors, warnings } = this.editor.check(version.bundle);
    return {
      ok: errors.length === 0,
      errors: errors.map(formatProblem),
      warnings: warnings.map(formatProblem),
    };
  }

  @Get('draft/diff')
  @ApiOperation({ summary: 'Bản nháp khác bản đang dùng ở đâu' })
  async draftDiff() {
    const draft = await this.repository.draft();
    if (!draft) return { files: [] };
    const live = await this.repository.live();
    return { files: diffBundles(live?.bundle ?? null, draft.bundle) };
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trò chuyện thử với bản nháp (không gửi phản ánh hay yêu cầu thật)' })
  async previewTurn(
    @Body(new ZodValidationPipe(previewSchema)) body: z.infer<typeof previewSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    const replies = await this.preview.reply(staff, body);
    return { replies: replies.map((r) => ({ text: r.text, buttons: r.buttons })) };
  }

  @Post('publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Xuất bản bản nháp: mọi máy chủ dùng bản mới trong vài giây' })
  async publish(
    @Body(new ZodValidationPipe(publishSchema)) body: z.infer<typeof publishSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    return summary(await this.editor.publish(staff, body.note || null));
  }

  @Delete('draft')
  @HttpCode(204)
  @ApiOperation({ summary: 'Bỏ bản nháp' })
  async discard(@Staff() staff: StaffPrincipal) {
    await this.editor.discard(staff);
  }

  @Get('versions')
  @ApiOperation({ summary: 'Lịch sử các phiên bản đã xuất bản, mới nhất trước' })
  async versions() {
    return { liveId: await this.repository.liveId(), versions: await this.repository.history() };
  }

  @Get('versions/:id')
  @ApiOperation({ summary: 'Một phiên bản và các thay đổi so với phiên bản trước nó' })
  async version(@Param('id', ParseIntPipe) id: number) {
    const version = await this.repository.get(id);
    if (!version || version.status !== 'published') throw ContentException.notFound(`phiên bản ${id}`);
    const previous = await this.repository.previousPublished(id);
    return {
      version: summary(version),
      previousId: previous?.id ?? null,
      changes: diffBundles(previous?.bundle ?? null, version.bundle),
    };
  }

  @Get('versions/:id/export')
  @ApiOperation({ summary: 'Xuất một phiên bản thành các tệp YAML/Handlebars (đường dẫn → nội dung)' })
  async export(@Param('id', ParseIntPipe) id: number) {
    const version = await this.repository.get(id);
    if (!version || version.status !== 'published') throw ContentException.notFound(`phiên bản ${id}`);
    return { version: id, files: Object.fromEntries(bundleFiles(version.bundle)) };
  }

  @Post('versions/:id/rollback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Quay lại một phiên bản cũ (tạo một phiên bản mới giống hệt nó)' })
  async rollback(
    @Param('id', ParseIntPipe) id: number,
    @Body(new ZodValidationPipe(publishSchema)) body: z.infer<typeof publishSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    return summary(await this.editor.rollback(staff, id, body.note || null));
  }
}
