import { Body, Controller, Delete, Get, HttpCode, Ip, Param, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { maskPersonalData } from '../../nlu/entities/personal-data.util';
import { ChatNoticesService } from '../../notify/chat-notices.service';
import type { MiniAppCitizen } from './miniapp-identity.service';
import { Citizen, DEV_USER_HEADER, MiniAppIdentityGuard, ZALO_TOKEN_HEADER } from './miniapp-identity.guard';
import { MiniAppDossierService } from './miniapp-dossier.service';
import { MiniAppPhoneService } from './miniapp-phone.service';
import { MiniAppUserRepository } from './miniapp-user.repository';
import { followBodySchema, noticeReadBodySchema, phoneBodySchema } from './public-api.dto';

/** The identified citizen's own things: profile, linked phone, followed dossiers, waiting notices. */
@ApiTags('Zalo Mini App')
@ApiHeader({ name: ZALO_TOKEN_HEADER, required: false, description: 'Token từ getAccessToken() của zmp-sdk' })
@ApiHeader({ name: DEV_USER_HEADER, required: false, description: 'Chỉ khi phát triển, ngoài Zalo' })
@Controller('api/public/me')
@UseGuards(MiniAppIdentityGuard)
export class PublicMeController {
  constructor(
    private readonly dossiers: MiniAppDossierService,
    private readonly phones: MiniAppPhoneService,
    private readonly users: MiniAppUserRepository,
    private readonly notices: ChatNoticesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Người dùng hiện tại (tên từ Zalo, số điện thoại đã che)' })
  async me(@Citizen() citizen: MiniAppCitizen) {
    const phone = await this.users.phoneOf(citizen.userId);
    return { name: citizen.name, dev: citizen.dev, phone: phone ? maskPersonalData(phone) : null };
  }

  @Post('phone')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liên kết số điện thoại (đổi token của getPhoneNumber() ở máy chủ)' })
  async linkPhone(
    @Body(new ZodValidationPipe(phoneBodySchema)) body: { phoneToken: string },
    @Citizen() citizen: MiniAppCitizen,
  ) {
    return { phone: maskPersonalData(await this.phones.link(citizen, body.phoneToken)) };
  }

  @Get('dossiers')
  @ApiOperation({ summary: 'Hồ sơ của tôi: đang theo dõi và nộp bằng số điện thoại đã liên kết' })
  async myDossiers(@Citizen() citizen: MiniAppCitizen) {
    return { items: await this.dossiers.mine(citizen) };
  }

  @Post('dossiers')
  @HttpCode(200)
  @ApiOperation({ summary: 'Theo dõi hồ sơ: nhận thông báo khi có thay đổi' })
  async follow(
    @Body(new ZodValidationPipe(followBodySchema)) body: { code: string },
    @Citizen() citizen: MiniAppCitizen,
    @Ip() ip: string,
  ) {
    await this.dossiers.follow(body.code, citizen, ip);
    return { following: true };
  }

  @Delete('dossiers/:code')
  @ApiOperation({ summary: 'Bỏ theo dõi hồ sơ' })
  async unfollow(@Param('code') code: string, @Citizen() citizen: MiniAppCitizen) {
    await this.dossiers.unfollow(code, citizen);
    return { following: false };
  }

  @Get('notifications')
  @ApiOperation({
    summary: 'Thông báo mới về hồ sơ đang theo dõi (còn lại đến khi ứng dụng báo đã hiển thị)',
  })
  async notifications(@Citizen() citizen: MiniAppCitizen) {
    const waiting = await this.notices.pending('miniapp', citizen.userId);
    return {
      items: waiting.flatMap(({ notice, replies }) =>
        replies.map((reply) => ({
          id: notice.id,
          dossierCode: notice.dossierCode,
          kind: notice.kind,
          text: reply.text,
        })),
      ),
    };
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Báo đã hiển thị các thông báo này (mỗi thông báo hiện một lần)' })
  async read(
    @Body(new ZodValidationPipe(noticeReadBodySchema)) body: { ids: number[] },
    @Citizen() citizen: MiniAppCitizen,
  ) {
    return { acknowledged: await this.notices.acknowledge('miniapp', citizen.userId, body.ids) };
  }
}
