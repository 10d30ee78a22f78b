import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import type { StaffPrincipal } from '../auth/staff-principal';
import { Staff, StaffRoles } from '../auth/staff-roles.decorator';
import { StaffGuard } from '../auth/staff.guard';
import { faqEditSchema } from '../content/content.dto';
import { UnansweredService } from './unanswered.service';

const listSchema = z.object({
  status: z.enum(['open', 'dismissed', 'resolved']).default('open'),
  days: z.coerce.number().int().min(1).max(366).default(30),
});
const groupKey = z.string().min(1).max(200);
const dismissSchema = z.object({ groupKey });
const toFaqSchema = faqEditSchema.extend({
  groupKey,
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã FAQ là chữ thường không dấu, số, nối bằng "-"'),
});
const toSynonymSchema = z.object({
  groupKey,
  phrase: z.string().trim().min(1).max(200),
  meaning: z.string().trim().min(1, 'cần cách gọi trong danh mục').max(200),
});

const toProcedureSchema = z.object({
  groupKey,
  code: z
    .string()
    .trim()
    .regex(/^\d\.\d{6}$/, 'mã thủ tục có dạng 1.004222'),
  phrase: z.string().trim().min(2).max(200),
});

@ApiTags('Staff — câu hỏi chưa trả lời được')
@ApiBearerAuth()
@Controller('api/admin/unanswered')
@UseGuards(StaffGuard)
@StaffRoles('editor')
export class UnansweredController {
  constructor(private readonly unanswered: UnansweredService) {}

  @Get()
  @ApiOperation({
    summary: 'Câu hỏi trợ lý chưa trả lời được, gom theo cách viết không dấu, nhiều nhất trước',
  })
  async list(@Query(new ZodValidationPipe(listSchema)) query: z.infer<typeof listSchema>) {
    return { groups: await this.unanswered.groups(query.status, query.days) };
  }

  @Post('dismiss')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bỏ qua một nhóm câu hỏi' })
  async dismiss(
    @Body(new ZodValidationPipe(dismissSchema)) body: z.infer<typeof dismissSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    return { closed: await this.unanswered.dismiss(staff, body.groupKey) };
  }

  @Post('faq')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tạo FAQ (trong bản nháp) từ một nhóm câu hỏi' })
  async toFaq(
    @Body(new ZodValidationPipe(toFaqSchema)) body: z.infer<typeof toFaqSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    return { closed: await this.unanswered.toFaq(staff, body.groupKey, body) };
  }

  @Post('synonym')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thêm cách nói của nhóm câu hỏi vào từ đồng nghĩa (trong bản nháp)' })
  async toSynonym(
    @Body(new ZodValidationPipe(toSynonymSchema)) body: z.infer<typeof toSynonymSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    return { closed: await this.unanswered.toSynonym(staff, body.groupKey, body.phrase, body.meaning) };
  }

  @Post('procedure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thêm cách hỏi của nhóm câu hỏi vào một thủ tục (trong bản nháp)' })
  async toProcedure(
    @Body(new ZodValidationPipe(toProcedureSchema)) body: z.infer<typeof toProcedureSchema>,
    @Staff() staff: StaffPrincipal,
  ) {
    return { closed: await this.unanswered.toProcedure(staff, body.groupKey, body.code, body.phrase) };
  }
}
