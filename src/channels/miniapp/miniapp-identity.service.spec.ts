import { loadConfig } from '../../config/config.loader';
import { isPrivateAddress, MiniAppIdentityService } from './miniapp-identity.service';

const service = (env: Record<string, string>) =>
  new MiniAppIdentityService(
    loadConfig({ LOG_LEVEL: 'silent', ZALO_GRAPH_BASE: 'http://127.0.0.1:9', ...env }),
  );

describe('MiniAppIdentityService', () => {
  it('gives the dev identity to a developer’s browser on this machine or the office network', async () => {
    const dev = service({ NODE_ENV: 'development' });
    for (const ip of [
      '127.0.0.1',
      '::1',
      '::ffff:127.0.0.1',
      '192.168.1.20',
      '10.2.3.4',
      '172.20.0.5',
      'fd12::1',
    ]) {
      await expect(dev.identify(undefined, 'browser-0001', ip)).resolves.toMatchObject({
        userId: 'dev:browser-0001',
        dev: true,
      });
    }
  });

  it('refuses it from the internet, in production, or when switched off', async () => {
    const refused = { response: { error: 'miniapp_dev_identity_refused' } };
    await expect(service({}).identify('', 'browser-0001', '203.0.113.7')).rejects.toMatchObject(refused);
    await expect(
      service({ NODE_ENV: 'production' }).identify('', 'browser-0001', '127.0.0.1'),
    ).rejects.toMatchObject(refused);
    await expect(
      service({ MINIAPP_DEV_IDENTITY: 'false' }).identify(
        'DEFAULT ACCESS TOKEN',
        'browser-0001',
        '127.0.0.1',
      ),
    ).rejects.toMatchObject(refused);
  });

  it('will not check tokens in production without the Mini App secret (no appsecret_proof)', async () => {
    await expect(
      service({ NODE_ENV: 'production' }).identify('a-real-looking-token', undefined, '203.0.113.7'),
    ).rejects.toMatchObject({
      response: { error: 'miniapp_not_configured' },
    });
  });

  it('knows private from public addresses', () => {
    expect(['8.8.8.8', '203.0.113.7', '2001:db8::1', '172.32.0.1'].map(isPrivateAddress)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
