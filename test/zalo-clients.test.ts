import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  ZaloApiError,
  ZaloNotFollowingError,
  ZaloTokenError,
  ZaloWindowError,
} from '../src/channels/zalo/zalo.exception';
import { ZaloService } from '../src/channels/zalo/zalo.service';
import { toZnsPhone } from '../src/channels/zalo/zalo-zns.client';
import { startApp } from './support/app';
import { FakeZaloServer } from './fakes/zalo/fake-zalo.server';

const APP = {
  appId: '2345678901234567891',
  appSecret: 'app-secret-for-tests',
  oaId: '3456789012345678902',
  oaSecretKey: 'oa-secret-key-for-tests',
};

/** The typed OA and ZNS clients against the fake: shapes accepted, errors typed. */
describe('Zalo OA and ZNS clients', () => {
  let zalo: FakeZaloServer;
  let app: NestFastifyApplication;
  let service: ZaloService;

  beforeAll(async () => {
    zalo = await FakeZaloServer.start({
      ...APP,
      accessToken: 'access-token-1',
      refreshToken: 'refresh-token-1',
    });
    ({ app } = await startApp({
      ZALO_APP_ID: APP.appId,
      ZALO_APP_SECRET: APP.appSecret,
      ZALO_OA_ID: APP.oaId,
      ZALO_OA_SECRET_KEY: APP.oaSecretKey,
      ZALO_ACCESS_TOKEN: 'access-token-1',
      ZALO_REFRESH_TOKEN: 'refresh-token-1',
      ZALO_API_BASE: zalo.baseUrl,
      ZALO_OAUTH_BASE: zalo.baseUrl,
      ZALO_ZNS_BASE: zalo.baseUrl,
    }));
    service = app.get(ZaloService);
  });
  afterAll(async () => {
    await app?.close();
    await zalo?.stop();
  });

  it('sends text, buttons and the request_user_info form, and reads a profile', async () => {
    zalo.users.add({ userId: '6100000000000000001', displayName: 'Nguyễn Văn A' });
    await expect(service.client.sendText('6100000000000000001', 'Xin chào')).resolves.toHaveProperty(
      'message_id',
    );
    await service.client.sendButtons('6100000000000000001', 'Chọn', [
      { title: 'Một', payload: '#nut:a' },
      { title: 'Hai', payload: '#nut:b' },
    ]);
    await service.client.requestUserInfo(
      '6100000000000000001',
      'Chia sẻ số điện thoại',
      'Để nhận thông báo hồ sơ',
    );
    const detail = await service.client.userDetail('6100000000000000001');
    expect(detail).toMatchObject({ user_id: '6100000000000000001', display_name: 'Nguyễn Văn A' });
  });

  it('types the errors a caller acts on', async () => {
    zalo.users.add({ userId: '6100000000000000002', following: false });
    await expect(service.client.sendText('6100000000000000002', 'x')).rejects.toBeInstanceOf(
      ZaloNotFollowingError,
    );
    zalo.users.add({ userId: '6100000000000000003', lastInteraction: new Date(Date.now() - 8 * 86_400_000) });
    await expect(service.client.sendText('6100000000000000003', 'x')).rejects.toBeInstanceOf(ZaloWindowError);
  });

  it('sends a ZNS template to a consented phone, with typed errors', async () => {
    zalo.zns.templates.add({ id: '301234', params: ['ten', 'ma_ho_so'] });
    const message = {
      phone: '84912345678',
      templateId: '301234',
      data: { ten: 'Nguyễn Văn A', ma_ho_so: 'X' },
      trackingId: 't-1',
    };
    await expect(service.zns.send(message)).resolves.toHaveProperty('msg_id');
    expect(zalo.znsSends.at(-1)).toMatchObject({
      phone: '84912345678',
      templateId: '301234',
      trackingId: 't-1',
      templateData: { ten: 'Nguyễn Văn A', ma_ho_so: 'X' },
    });
    await expect(service.zns.send({ ...message, phone: '8412' })).rejects.toMatchObject({ code: -108 });
    zalo.zns.noZaloAccount.add('84987654321');
    await expect(service.zns.send({ ...message, phone: '84987654321' })).rejects.toMatchObject({
      code: -118,
    });
    await expect(service.zns.send({ ...message, templateId: '999' })).rejects.toBeInstanceOf(ZaloApiError);
  });

  it('normalises phones for ZNS', () => {
    expect(toZnsPhone('0912 345 678')).toBe('84912345678');
    expect(toZnsPhone('+84 912.345.678')).toBe('84912345678');
    expect(toZnsPhone('12345')).toBeNull();
  });

  it('maps token errors to ZaloTokenError', () => {
    expect(new ZaloTokenError(-216, 'x')).toBeInstanceOf(ZaloApiError);
  });
});
