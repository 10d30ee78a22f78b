import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appSecretProof, FakeZaloServer, pkceChallenge, zaloSignature } from './fake-zalo.server';

const APP_ID = '1234567890123456789';
const APP_SECRET = 'app-secret-Zx81';
const OA_ID = '2345678901234567890';
const OA_SECRET = 'oa-secret';
const USER = '6213917431257410123';
const DAY = 24 * 3_600_000;

type Json = Record<string, unknown>;

interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
}

/** A stand-in for the app's webhook: records deliveries, answers with the queued statuses (then 200). */
class WebhookSink {
  readonly received: Received[] = [];
  readonly statuses: number[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(this.statuses.shift() ?? 200).end('ok');
    });
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks/zalo`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** The check the app must make: mac over app_id + raw body + body timestamp + OA secret key. */
function verifies(received: Received, oaSecretKey = OA_SECRET): boolean {
  const header = String(received.headers['x-zevent-signature'] ?? '');
  const body = JSON.parse(received.raw) as { app_id: string; timestamp: string };
  return (
    header.replace(/^mac=/, '') === zaloSignature(body.app_id, received.raw, body.timestamp, oaSecretKey)
  );
}

describe('FakeZaloServer over plain HTTP', () => {
  let zalo: FakeZaloServer;

  const post = async (path: string, body: unknown, token: string | null = zalo.accessToken) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers.access_token = token;
    const res = await fetch(`${zalo.baseUrl}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Json };
  };
  const get = async (path: string, headers: Record<string, string>) => {
    const res = await fetch(`${zalo.baseUrl}${path}`, { headers });
    return { status: res.status, json: (await res.json()) as Json };
  };
  const sendText = (recipient: Json, text = 'Xin chào', token: string | null = zalo.accessToken) =>
    post('/v3.0/oa/message/cs', { recipient, message: { text } }, token);
  const tokenCall = async (form: Record<string, string>, secret = APP_SECRET) => {
    const res = await fetch(`${zalo.baseUrl}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: secret },
      body: new URLSearchParams({ app_id: APP_ID, ...form }).toString(),
    });
    return { status: res.status, json: (await res.json()) as Json };
  };
  const buttons = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      title: `Lựa chọn ${i + 1}`,
      type: 'oa.query.hide',
      payload: `#${i}`,
    }));

  beforeEach(async () => {
    zalo = await FakeZaloServer.start({
      appId: APP_ID,
      appSecret: APP_SECRET,
      oaId: OA_ID,
      oaSecretKey: OA_SECRET,
      accessToken: 'access-0',
      refreshToken: 'refresh-0',
    });
    zalo.users.add({ userId: USER, displayName: 'Nguyễn Văn An' });
  });
  afterEach(async () => zalo.stop());

  describe('OA message API', () => {
    it('accepts a text message and records it as proactive when sent by user_id', async () => {
      const answer = await sendText({ user_id: USER });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({
        error: 0,
        message: 'Success',
        data: { user_id: USER, quota: { quota_type: 'proactive' } },
      });
      const data = answer.json.data as Json;
      expect(typeof data.message_id).toBe('string');
      expect(zalo.sendsTo(USER)).toEqual([
        expect.objectContaining({
          messageId: data.message_id,
          kind: 'proactive',
          type: 'text',
          text: 'Xin chào',
        }),
      ]);
    });

    it('counts 8 free replies by message_id per user message, then proactive', async () => {
      const event = zalo.events.userSendText(USER, 'tra cứu hồ sơ');
      // No app listens there: the delivery fails (recorded), but Zalo's side still saw the message.
      await expect(zalo.push(event, { url: 'http://127.0.0.1:9/nowhere' })).resolves.toMatchObject({
        status: null,
      });
      for (let i = 0; i < 9; i += 1) await sendText({ message_id: event.message.msg_id });
      expect(zalo.sends.map((send) => send.kind)).toEqual([...Array<string>(8).fill('free'), 'proactive']);
      expect(zalo.sends[0]).toMatchObject({ userId: USER, replyTo: event.message.msg_id });
    });

    it('answers -216 for a missing or unknown token and -220 for an expired one, over HTTP 200', async () => {
      expect(await sendText({ user_id: USER }, 'a', null)).toEqual({
        status: 200,
        json: { error: -216, message: 'Access token is invalid' },
      });
      expect((await sendText({ user_id: USER }, 'a', 'nope')).json.error).toBe(-216);
      zalo.expireAccessToken();
      expect(await sendText({ user_id: USER })).toMatchObject({ status: 200, json: { error: -220 } });
      zalo.setTokenErrorStatus(401);
      expect(await sendText({ user_id: USER })).toMatchObject({ status: 401, json: { error: -220 } });
      expect(zalo.sends).toHaveLength(0);
    });

    it('refuses more than 5 buttons, long titles and bad shapes with -201', async () => {
      const withButtons = (list: unknown[]) =>
        post('/v3.0/oa/message/cs', {
          recipient: { user_id: USER },
          message: { text: 'Chọn thủ tục', attachment: { type: 'template', payload: { buttons: list } } },
        });
      expect((await withButtons(buttons(5))).json.error).toBe(0);
      expect((await withButtons(buttons(6))).json).toMatchObject({ error: -201 });
      expect(
        (await withButtons([{ title: 'x'.repeat(101), type: 'oa.query.show', payload: 'a' }])).json.error,
      ).toBe(-201);
      expect((await withButtons([{ title: 'Gọi', type: 'oa.open.call', payload: {} }])).json.error).toBe(
        -201,
      );
      expect((await sendText({ user_id: Number(USER) })).json.error).toBe(-201);
      expect((await sendText({ user_id: USER }, 'x'.repeat(2001))).json.error).toBe(-201);
      expect(zalo.sends).toHaveLength(1);
    });

    it('accepts request_user_info, list and media templates', async () => {
      const template = (payload: Json) =>
        post('/v3.0/oa/message/cs', {
          recipient: { user_id: USER },
          message: { attachment: { type: 'template', payload } },
        });
      const info = (subtitle: string) =>
        template({ template_type: 'request_user_info', elements: [{ title: 'Cho phép chia sẻ', subtitle }] });
      expect((await info('Để nhận kết quả hồ sơ')).json.error).toBe(0);
      expect((await info('x'.repeat(501))).json.error).toBe(-201);
      const list = {
        template_type: 'list',
        elements: [{ title: 'Khai sinh', image_url: 'https://a.vn/1.png' }],
      };
      expect((await template(list)).json.error).toBe(0);
      expect(
        (
          await template({
            template_type: 'media',
            elements: [{ media_type: 'image', url: 'https://a.vn/q.png' }],
          })
        ).json.error,
      ).toBe(0);
      expect(zalo.sends.map((send) => send.type)).toEqual(['request_user_info', 'list', 'media']);
    });

    it('answers -213 to a non-follower, -230 after 7 days, -32 over the rate limit', async () => {
      zalo.users.add({ userId: '7000000000000000001', following: false });
      expect((await sendText({ user_id: '7000000000000000001' })).json.error).toBe(-213);
      zalo.users.add({ userId: '7000000000000000002', lastInteraction: Date.now() - 8 * DAY });
      expect((await sendText({ user_id: '7000000000000000002' })).json.error).toBe(-230);
      zalo.setRateLimit({ max: 1, windowMs: 60_000 });
      expect((await sendText({ user_id: USER })).json.error).toBe(0);
      expect((await sendText({ user_id: USER })).json).toMatchObject({ error: -32 });
    });

    it('serves the user profile', async () => {
      const data = encodeURIComponent(JSON.stringify({ user_id: USER }));
      const answer = await get(`/v3.0/oa/user/detail?data=${data}`, { access_token: zalo.accessToken });
      expect(answer.json).toMatchObject({
        error: 0,
        data: { user_id: USER, display_name: 'Nguyễn Văn An', user_is_follower: true },
      });
      const profile = answer.json.data as Json;
      expect(profile.user_id_by_app).toMatch(/^\d{19}$/);
      expect(profile.user_last_interaction_date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    });
  });

  describe('OAuth v4', () => {
    it('rotates tokens on refresh, refuses the spent refresh token and answers expires_in as a string', async () => {
      const first = await tokenCall({ grant_type: 'refresh_token', refresh_token: 'refresh-0' });
      expect(first.status).toBe(200);
      expect(first.json).toEqual({
        access_token: zalo.accessToken,
        refresh_token: zalo.refreshToken,
        expires_in: '90000',
      });
      expect(zalo.refreshToken).not.toBe('refresh-0');
      const reused = await tokenCall({ grant_type: 'refresh_token', refresh_token: 'refresh-0' });
      expect(reused).toMatchObject({
        status: 200,
        json: { error: -118, error_name: 'Invalid refresh token' },
      });
      expect((await sendText({ user_id: USER }, 'hi', String(first.json.access_token))).json.error).toBe(0);
      expect(zalo.refreshCalls).toHaveLength(2);
      expect(zalo.refreshCalls[0]).toMatchObject({
        grantType: 'refresh_token',
        headers: { secret_key: APP_SECRET },
        form: { app_id: APP_ID, refresh_token: 'refresh-0' },
      });
    });

    it('refuses a wrong secret_key and lets only one of two overlapping refreshes win', async () => {
      expect(
        (await tokenCall({ grant_type: 'refresh_token', refresh_token: 'refresh-0' }, 'bad')).json.error,
      ).toBeLessThan(0);
      zalo.setRefreshDelay(150);
      const both = await Promise.all([
        tokenCall({ grant_type: 'refresh_token', refresh_token: 'refresh-0' }),
        tokenCall({ grant_type: 'refresh_token', refresh_token: 'refresh-0' }),
      ]);
      expect(both.filter((answer) => typeof answer.json.access_token === 'string')).toHaveLength(1);
      expect(zalo.maxConcurrentRefreshes).toBe(2);
    });

    it('exchanges an authorization code after checking the PKCE verifier', async () => {
      const verifier = 'v'.repeat(43);
      const consent = await fetch(
        `${zalo.baseUrl}/v4/oa/permission?app_id=${APP_ID}&redirect_uri=${encodeURIComponent('http://app.test/cb')}` +
          `&code_challenge=${pkceChallenge(verifier)}&state=s1`,
        { redirect: 'manual' },
      );
      const callback = new URL(String(consent.headers.get('location')));
      expect(callback.searchParams.get('oa_id')).toBe(OA_ID);
      expect(callback.searchParams.get('state')).toBe('s1');
      const code = String(callback.searchParams.get('code'));
      const wrong = zalo.authorize(pkceChallenge(verifier));
      expect(
        (await tokenCall({ grant_type: 'authorization_code', code: wrong, code_verifier: 'other' })).json
          .error,
      ).toBeLessThan(0);
      const answer = await tokenCall({ grant_type: 'authorization_code', code, code_verifier: verifier });
      expect(answer.json).toMatchObject({ access_token: zalo.accessToken, expires_in: '90000' });
    });
  });

  describe('ZNS', () => {
    const zns = (body: Json, token: string | null = zalo.accessToken) =>
      post('/message/template', body, token);
    const body = (phone: string) => ({
      phone,
      template_id: '301234',
      template_data: { ten: 'Nguyễn Văn An', ma_ho_so: 'H41.25-250312-0007' },
      tracking_id: 'notif-1',
    });

    beforeEach(() => {
      zalo.zns.templates.add({ id: '301234', params: ['ten', 'ma_ho_so'] });
    });

    it('sends to a valid number and answers msg_id and quota', async () => {
      const answer = await zns(body('84987654321'));
      expect(answer.json).toMatchObject({
        error: 0,
        data: { quota: { dailyQuota: '500', remainingQuota: '499' } },
      });
      expect(zalo.znsSends).toEqual([
        expect.objectContaining({ phone: '84987654321', trackingId: 'notif-1' }),
      ]);
    });

    it('answers -108, -109, -112, -118 and -124', async () => {
      zalo.zns.noZaloAccount.add('84911111111');
      expect((await zns(body('0987654321'))).json.error).toBe(-108);
      expect((await zns({ ...body('84987654321'), template_id: '999' })).json.error).toBe(-109);
      expect((await zns({ ...body('84987654321'), template_data: { ten: 'A' } })).json.error).toBe(-112);
      expect((await zns(body('84911111111'))).json.error).toBe(-118);
      expect((await zns(body('84987654321'), 'bad-token')).json.error).toBe(-124);
      expect(zalo.znsSends).toHaveLength(0);
    });

    it('describes a template', async () => {
      const answer = await get('/template/info/v2?template_id=301234', { access_token: zalo.accessToken });
      expect(answer.json).toMatchObject({
        error: 0,
        data: { templateId: '301234', status: 'ENABLE', listParams: [{ name: 'ten' }, { name: 'ma_ho_so' }] },
      });
    });
  });

  describe('graph (Mini App)', () => {
    it('answers /v2.0/me, checking appsecret_proof when present', async () => {
      const user = zalo.graph.addUser({ userId: USER });
      const me = (proof?: string) =>
        get('/v2.0/me?fields=id,name,picture', {
          access_token: user.accessToken,
          ...(proof === undefined ? {} : { appsecret_proof: proof }),
        });
      const answer = await me(appSecretProof(APP_SECRET, user.accessToken));
      expect(answer.json).toEqual({
        id: zalo.users.get(USER)?.userIdByApp,
        name: 'Nguyễn Văn An',
        picture: { data: { url: user.pictureUrl } },
      });
      expect((await me()).json.id).toBe(user.id);
      expect((await me('0'.repeat(64))).json.error).toBeLessThan(0);
      expect((await get('/v2.0/me', { access_token: 'DEFAULT ACCESS TOKEN' })).json.error).toBeLessThan(0);
    });

    it('exchanges a phone token at /v2.0/me/info', async () => {
      const user = zalo.graph.addUser({ phone: '84912345678' });
      const code = zalo.graph.phoneToken(user.accessToken);
      const info = (secret: string) =>
        get('/v2.0/me/info', { access_token: user.accessToken, code, secret_key: secret });
      expect((await info(APP_SECRET)).json).toMatchObject({ error: 0, data: { number: '84912345678' } });
      expect((await info('wrong')).json.error).toBeLessThan(0);
    });
  });

  describe('webhook pusher', () => {
    let sink: WebhookSink;

    beforeEach(async () => {
      sink = await new WebhookSink().start();
      zalo.webhookUrl = sink.url;
    });
    afterEach(async () => sink.stop());

    it('signs like Zalo: SHA-256 of app_id + raw body + timestamp + OA secret key', () => {
      const body = '{"event_name":"user_send_text","text":"Xin chào"}';
      expect(zaloSignature(APP_ID, body, '1700000000000', OA_SECRET)).toBe(
        '1d4c4a92990eeb2a86117746338d6066b5e18ebb5980ba2994185ce06452d21c',
      );
    });

    it('posts user_send_text with string ids and a valid mac= signature', async () => {
      const delivery = await zalo.push(zalo.events.userSendText(USER, 'Làm căn cước cần gì?'));
      expect(delivery.status).toBe(200);
      const [received] = sink.received;
      expect(received.headers['x-zevent-signature']).toMatch(/^mac=[0-9a-f]{64}$/);
      expect(verifies(received)).toBe(true);
      expect(verifies(received, 'another-key')).toBe(false);
      expect(JSON.parse(received.raw)).toEqual({
        app_id: APP_ID,
        user_id_by_app: zalo.users.get(USER)?.userIdByApp,
        event_name: 'user_send_text',
        timestamp: expect.stringMatching(/^\d{13}$/),
        sender: { id: USER },
        recipient: { id: OA_ID },
        message: { msg_id: expect.any(String), text: 'Làm căn cước cần gì?' },
      });
    });

    it('sends bare, forged or no signatures, and custom timestamps, on request', async () => {
      await zalo.push(zalo.events.follow(USER), { prefix: false, spacing: 2 });
      await zalo.push(zalo.events.userSeenMessage(USER, ['a1', 'b2']), { signature: 'forged' });
      await zalo.push(zalo.events.userClickChatnow(USER), {
        signature: 'none',
        timestampMs: 1_600_000_000_000,
      });
      const [bare, forged, none] = sink.received;
      expect(bare.headers['x-zevent-signature']).toMatch(/^[0-9a-f]{64}$/);
      expect(bare.raw).toContain('\n  "');
      expect(verifies(bare)).toBe(true);
      expect(verifies(forged)).toBe(false);
      expect(none.headers['x-zevent-signature']).toBeUndefined();
      expect(JSON.parse(none.raw)).toMatchObject({ timestamp: '1600000000000', user_id: USER, oa_id: OA_ID });
    });

    it('retries after a non-200 answer and delivers duplicates with the same msg_id', async () => {
      sink.statuses.push(500, 503);
      const delivery = await zalo.push(zalo.events.userSendSticker(USER), { retries: 3, retryDelayMs: 1 });
      expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([500, 503, 200]);
      const twice = await zalo.pushTwice(
        zalo.events.userSubmitInfo(USER, { name: 'An', phone: '84987654321' }),
        {
          concurrent: true,
        },
      );
      expect(twice.map((d) => d.rawBody)).toEqual([twice[0].rawBody, twice[0].rawBody]);
      expect(sink.received).toHaveLength(5);
      expect(zalo.users.get(USER)?.sharedInfo).toMatchObject({ phone: '84987654321' });
    });

    it('echoes oa_send_text to the webhook after each accepted send', async () => {
      const event = zalo.events.userSendText(USER, 'xin chào');
      await zalo.push(event);
      const answer = await sendText({ message_id: event.message.msg_id }, 'Chào bạn!');
      await zalo.until(() => (sink.received.length >= 2 ? true : undefined));
      const echo = JSON.parse(sink.received[1].raw) as Json;
      expect(echo).toMatchObject({
        event_name: 'oa_send_text',
        sender: { id: OA_ID },
        recipient: { id: USER },
        message: { msg_id: (answer.json.data as Json).message_id, text: 'Chào bạn!' },
      });
      expect(verifies(sink.received[1])).toBe(true);
      expect(zalo.deliveries.filter((delivery) => delivery.echo)).toHaveLength(1);
      expect(zalo.sends[0].kind).toBe('free');
    });
  });
});
