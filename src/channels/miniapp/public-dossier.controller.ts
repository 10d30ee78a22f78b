import { Body, Controller, Get, HttpCode, Ip, Param, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import type { MiniAppCitizen } from './miniapp-identity.service';
import { Citizen, DEV_USER_HEADER, MiniAppIdentityGuard, ZALO_TOKEN_HEADER } from './miniapp-identity.guard';
import { MiniAppDossierService } from './miniapp-dossier.service';
import { ratingBodySchema, verifyBodySchema, type RatingBody } from './public-api.dto';

/** Dossier lookup, verification and rating from the Mini App: an identified citizen, limited like chat. */
@ApiTags('Zalo Mini App')
@ApiHeader({ name: ZALO_TOKEN_HEADER, required: false, description: 'Token từ getAccessToken() của zmp-sdk' })
@ApiHeader({ name: DEV_USER_HEADER, required: false, description: 'Chỉ khi phát triển, ngoài Zalo' })
@Controller('api/public/dossiers')
@UseGuards(MiniAppIdentityGuard)
export class PublicDossierController {
  constructor(private readonly dossiers: MiniAppDossierService) {}

  @Get(':code')
  @ApiOperation({ summary: 'Tra cứu hồ sơ theo mã: trạng thái, người nộp đã che' })
  async lookup(@Param('code') code: string, @Citizen() citizen: MiniAppCitizen, @Ip() ip: string) {
    return { dossier: await this.dossiers.lookup(code, citizen, ip) };
  }

  @Post(':code/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Xem chi tiết và lịch sử khi nhập đúng 4 số cuối điện thoại' })
  async verify(
    @Param('code') code: string,
    @Body(new ZodValidationPipe(verifyBodySchema)) body: { last4: string },
    @Citizen() citizen: MiniAppCitizen,
    @Ip() ip: string,
  ) {
    return { dossier: await this.dossiers.verify(code, body.last4, citizen, ip) };
  }

  @Post(':code/rating')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh giá mức độ hài lòng khi hồ sơ đã có kết quả' })
  async rate(
    @Param('code') code: string,
    @Body(new ZodValidationPipe(ratingBodySchema)) body: RatingBody,
    @Citizen() citizen: MiniAppCitizen,
  ) {
    return { rated: true, ...(await this.dossiers.rate(code, body, citizen)) };
  }
}
