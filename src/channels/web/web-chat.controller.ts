import { Body, Controller, Get, Header, HttpCode, Ip, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config/paths';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { DialogueService } from '../../dialogue/dialogue.service';
import { ChatNoticesService } from '../../notify/chat-notices.service';
import type { Reply } from '../../dialogue/dialogue.types';
import {
  chatMessageSchema,
  chatUserSchema,
  type ChatMessageDto,
  type ChatResponseDto,
} from './chat-message.dto';

const toDto = (replies: Reply[]): ChatResponseDto => ({
  replies: replies.map((r) => ({ text: r.text, buttons: r.buttons })),
});

/**
 * The web chat: the channel that needs no tokens. Deliberately public, like the citizen-facing
 * page it serves; it identifies a browser by the random id the page keeps in localStorage.
 */
@ApiTags('Web chat')
@Controller()
export class WebChatController {
  private readonly page = readFileSync(
    join(PROJECT_ROOT, 'src', 'channels', 'web', 'public', 'index.html'),
    'utf8',
  );

  constructor(
    private readonly dialogue: DialogueService,
    private readonly notices: ChatNoticesService,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Trang trò chuyện cho người dân' })
  index(): string {
    return this.page;
  }

  @Post('api/chat/messages')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gửi một tin nhắn (hoặc một nút đã bấm) và nhận câu trả lời' })
  @ApiBody({ schema: { example: { userId: 'web-123', text: 'Thủ tục đăng ký khai sinh cần giấy tờ gì?' } } })
  @ApiOkResponse({ description: '{ replies: [{ text, buttons: [{ label, payload }] }] }' })
  async message(
    @Body(new ZodValidationPipe(chatMessageSchema)) body: ChatMessageDto,
    @Ip() ip: string,
  ): Promise<ChatResponseDto> {
    const replies = await this.dialogue.handle({
      // The address counts toward the dossier-lookup limit too: new user ids cannot reset it.
      source: ip,
      channel: 'web',
      userId: body.userId,
      text: body.text,
      payload: body.payload,
    });
    // Notices that arrived since the last visit come first (the web chat has no push).
    return toDto([...(await this.notices.take('web', body.userId)), ...replies]);
  }

  @Get('api/chat/notifications')
  @ApiOperation({
    summary: 'Thông báo về hồ sơ đang theo dõi, nhận khi mở lại trang (mỗi thông báo một lần)',
  })
  @ApiOkResponse({ description: '{ replies: [{ text, buttons }] }' })
  async notifications(
    @Query(new ZodValidationPipe(chatUserSchema)) query: { userId: string },
  ): Promise<ChatResponseDto> {
    return toDto(await this.notices.take('web', query.userId));
  }
}
