import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { maskApplicantName } from '../src/dossier/applicant-mask.util';
import { FakeZaloServer } from './fakes/zalo/fake-zalo.server';
import { startApp } from './support/app';
import { ingestDossiers, sampleDossier } from './support/dossiers';
import { getJson, postJson, sendJson, type JsonResponse } from './support/http';

/**
 * The Mini App's public API against the real app and the fake Zalo graph API: who the citizen
 * is comes only from a token Zalo confirms (or, outside production, a marked dev identity), and
 * a dossier shows exactly what chat shows a stranger holding the code.
 */
const SECRET = 'miniapp-secret-for-public-api-tests';
const KEY = 'dossier-api-key-for-miniapp-tests-0123456789';
const ADMIN = 'admin-token-for-miniapp-tests-0123456789abcd';
const TAG = 'MA9';
const AGENCY = `UBND xã Mini App ${TAG}`;

describe('Mini App public API (/api/public)', () => {
  let zalo: FakeZaloServer;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let serial = 0;
  let address = 0;
  const nextCode = () => `000.00.19.H26-251122-${String(++serial).padStart(4, '0')}`;
  /** Each citizen comes from its own address: the per-address lookup limit stays theirs. */
  const citizen = (phone?: string) => {
    const user = zalo.graph.addUser({ name: 'Trần Thị Bình', phone });
    const headers = { 'x-zalo-access-token': user.accessToken, 'x-forwarded-for': `10.9.0.${++address}` };
    return { ...user, headers };
  };
  const api = (path: string) => `${baseUrl}/api/public${path}`;
  const ingest = async (code: string, status: string, extra: Record<string, unknown> = {}) => {
    const res = await ingestDossiers(baseUrl, KEY, [
      sampleDossier(code, status, { agencyName: AGENCY, ...extra }),
    ]);
    expect(res.status).toBe(200);
  };
  const expectError = (res: JsonResponse, status: number, error: string) => {
    expect({ status: res.status, error: res.body.error }).toEqual({ status, error });
    expect(res.body.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]/i);
  };

  beforeAll(async () => {
    zalo = await FakeZaloServer.start({ appSecret: SECRET });
    zalo.graph.requireAppSecretProof = true;
    ({ app, baseUrl } = await startApp({
      ZALO_GRAPH_BASE: zalo.baseUrl,
      ZALO_MINIAPP_SECRET: SECRET,
      ZALO_OA_ID: '3456789012345678919',
      DOSSIER_API_KEY: KEY,
      ADMIN_TOKEN: ADMIN,
    }));
  });
  afterAll(async () => {
    await app?.close();
    await zalo?.stop();
  });

  describe('catalog (no identity needed)', () => {
    it('finds a procedure the way chat does: no accents, colloquial words', async () => {
      const res = await getJson(api('/procedures?q=lam%20lai%20can%20cuoc&limit=5'));
      expect(res.status).toBe(200);
      expect(res.body.items[0]).toMatchObject({ code: '1.014064', name: 'Cấp lại thẻ căn cước' });
    });

    it('gives a procedure without the parser’s raw text, and a Vietnamese 404 for an unknown code', async () => {
      const res = await getJson(api('/procedures/1.014064'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code: '1.014064', name: 'Cấp lại thẻ căn cước' });
      expect(res.body.documents.length).toBeGreaterThan(0);
      expect(res.body.channels[0].fee).toContain('70,000');
      expect(res.body).not.toHaveProperty('original');
      const missing = await getJson(api('/procedures/9.999999'));
      expect(missing.status).toBe(404);
      expect(missing.body.message).toContain('9.999999');
    });

    it('lists life events with catalog names, the OA to follow and the rating questions', async () => {
      const events = (await getJson(api('/life-events'))).body.items;
      const ids = events.map((e: { id: string }) => e.id);
      expect(ids).toEqual(
        expect.arrayContaining(['sinh-con', 'ket-hon', 'can-cuoc', 'dat-dai', 'kinh-doanh']),
      );
      const birth = events.find((e: { id: string }) => e.id === 'sinh-con');
      expect(birth.procedures[0]).toEqual({
        code: '1.001193',
        name: 'Thủ tục đăng ký khai sinh',
        level: 'Cấp xã',
      });
      expect((await getJson(api('/config'))).body).toEqual({
        oaId: '3456789012345678919',
        portalUrl: 'https://dichvucong.gov.vn',
        devIdentity: true,
      });
      const criteria = (await getJson(api('/rating-criteria'))).body;
      expect(criteria.levels.map((l: { label: string }) => l.label)).toEqual([
        'Rất hài lòng',
        'Hài lòng',
        'Không hài lòng',
      ]);
      expect(criteria.criteria[0]).toMatchObject({ id: 'chiso1', answers: { a: 'Sớm hơn hẹn' } });
    });
  });

  describe('identity', () => {
    it('takes the citizen from a token Zalo confirms, sending appsecret_proof', async () => {
      const user = citizen();
      const res = await getJson(api('/me'), user.headers);
      expect(res.body).toEqual({ name: 'Trần Thị Bình', dev: false, phone: null });
      const check = zalo.callsTo('/v2.0/me').at(-1)!;
      expect(check.headers.appsecret_proof).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses no identity, a forged token and the SDK placeholder with a Vietnamese 401', async () => {
      expectError(await getJson(api('/me')), 401, 'miniapp_identity_required');
      expectError(
        await getJson(api('/me'), { 'x-zalo-access-token': 'forged-token-0000' }),
        401,
        'miniapp_token_refused',
      );
      expectError(
        await getJson(api('/me'), { 'x-zalo-access-token': 'DEFAULT ACCESS TOKEN' }),
        401,
        'miniapp_identity_required',
      );
    });

    it('says Zalo is unreachable (503) rather than refusing the citizen', async () => {
      zalo.failNext('/v2.0/me', { status: 502, body: { error: 'bad gateway' } });
      expectError(await getJson(api('/me'), citizen().headers), 503, 'zalo_unavailable');
    });

    it('accepts the marked dev identity outside production only', async () => {
      const dev = await getJson(api('/me'), { 'x-miniapp-dev-user': 'browser-dev-0001' });
      expect(dev.body).toEqual({ name: 'Người dùng thử (ngoài Zalo)', dev: true, phone: null });
      expectError(await getJson(api('/me'), { 'x-miniapp-dev-user': 'x' }), 401, 'miniapp_identity_required');
      // A development server reachable from the internet still hands no identity to strangers there.
      expectError(
        await getJson(api('/me'), {
          'x-miniapp-dev-user': 'browser-dev-0001',
          'x-forwarded-for': '203.0.113.7',
        }),
        401,
        'miniapp_dev_identity_refused',
      );

      const production = await startApp({
        NODE_ENV: 'production',
        ZALO_GRAPH_BASE: zalo.baseUrl,
        ZALO_MINIAPP_SECRET: SECRET,
        NOTIFY_WORKER: 'false',
      });
      try {
        const url = `${production.baseUrl}/api/public`;
        expectError(
          await getJson(`${url}/me`, { 'x-miniapp-dev-user': 'browser-dev-0001' }),
          401,
          'miniapp_dev_identity_refused',
        );
        expect((await getJson(`${url}/config`)).body.devIdentity).toBe(false);
        expect((await getJson(`${url}/me`, citizen().headers)).status).toBe(200);
      } finally {
        await production.app.close();
      }
    });
  });

  describe('dossiers', () => {
    it('looks a dossier up as chat does: the applicant masked, never the phone', async () => {
      const code = nextCode();
      await ingest(code, 'processing');
      const typed = ` ${code.toLowerCase().replace(/-/g, ' - ')} `;
      const res = await getJson(api(`/dossiers/${encodeURIComponent(typed)}`), citizen().headers);
      expect(res.status).toBe(200);
      expect(res.body.dossier).toMatchObject({
        code,
        applicant: maskApplicantName('Nguyễn Văn An'),
        status: 'processing',
        statusLabel: 'Đang xử lý',
        procedureName: 'Thủ tục đăng ký khai sinh',
        followable: true,
        following: false,
        rateable: false,
        rating: null,
      });
      const raw = JSON.stringify(res.body);
      expect(raw).not.toContain('Văn An');
      expect(raw).not.toContain('0912345678');
      expect(raw).not.toContain('5678');
    });

    it('answers a malformed code with 400 and an unknown one with 404', async () => {
      const user = citizen();
      expectError(await getJson(api('/dossiers/abc'), user.headers), 400, 'invalid_dossier_code');
      expectError(
        await getJson(api('/dossiers/000.00.19.H26-251122-9999'), user.headers),
        404,
        'dossier_not_found',
      );
    });

    it('shows details and history only for the last four digits of the phone on file', async () => {
      const code = nextCode();
      await ingest(code, 'received');
      await ingest(code, 'supplement_required', { updatedAt: new Date().toISOString() });
      const user = citizen();
      expectError(
        await postJson(api(`/dossiers/${code}/verify`), { last4: '0000' }, user.headers),
        403,
        'dossier_not_verified',
      );
      expectError(
        await postJson(api(`/dossiers/${code}/verify`), { last4: '12' }, user.headers),
        400,
        'invalid_request',
      );
      const ok = await postJson(api(`/dossiers/${code}/verify`), { last4: '5678' }, user.headers);
      expect(ok.status).toBe(200);
      expect(ok.body.dossier.history.map((h: { label: string }) => h.label)).toEqual([
        'Đã tiếp nhận',
        'Cần bổ sung hồ sơ',
      ]);
      expect(ok.body.dossier.applicant).toBe(maskApplicantName('Nguyễn Văn An'));
    });

    it('limits lookups per citizen like chat (429 with the wait)', async () => {
      const user = citizen();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push(
          (await getJson(api(`/dossiers/000.00.19.H26-251122-98${String(i).padStart(2, '0')}`), user.headers))
            .status,
        );
      }
      expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
      const limited = await getJson(api(`/dossiers/${nextCode()}`), user.headers);
      expectError(limited, 429, 'lookup_rate_limited');
      expect(limited.body.details).toEqual({ retryAfterMinutes: 10 });
      // Following lists a dossier too: it counts as a lookup, so it cannot be used to probe codes.
      expectError(
        await postJson(api('/me/dossiers'), { code: nextCode() }, user.headers),
        429,
        'lookup_rate_limited',
      );
    });

    it('follows a dossier, hears when the result is ready, rates it, and the rating reaches the report', async () => {
      const code = nextCode();
      await ingest(code, 'processing');
      const user = citizen();
      expectError(
        await postJson(api(`/dossiers/${code}/rating`), { level: 'satisfied' }, user.headers),
        403,
        'rating_not_allowed',
      );
      expect((await postJson(api('/me/dossiers'), { code: code.toLowerCase() }, user.headers)).body).toEqual({
        following: true,
      });
      const mine = (await getJson(api('/me/dossiers'), user.headers)).body.items;
      expect(mine.map((d: { code: string; following: boolean }) => [d.code, d.following])).toEqual([
        [code, true],
      ]);

      await ingest(code, 'returned', { updatedAt: new Date().toISOString() });
      const notices = (await getJson(api('/me/notifications'), user.headers)).body.items;
      expect(notices.map((n: { kind: string }) => n.kind)).toEqual(['status', 'rating_prompt']);
      expect(notices[0]).toMatchObject({ dossierCode: code });
      expect(notices[0].text).toContain('Đã trả kết quả');
      // Not acknowledged (the screen was left at once): given again; once acknowledged, gone.
      expect((await getJson(api('/me/notifications'), user.headers)).body.items).toEqual(notices);
      const ids = [...new Set(notices.map((n: { id: number }) => n.id))];
      const stranger = citizen();
      expect((await postJson(api('/me/notifications/read'), { ids }, stranger.headers)).body).toEqual({
        acknowledged: 0,
      });
      expect((await postJson(api('/me/notifications/read'), { ids }, user.headers)).body).toEqual({
        acknowledged: 2,
      });
      expect((await getJson(api('/me/notifications'), user.headers)).body.items).toEqual([]);
      expectError(
        await postJson(api('/me/notifications/read'), { ids: ['x'] }, user.headers),
        400,
        'invalid_request',
      );

      const rated = await postJson(
        api(`/dossiers/${code}/rating`),
        {
          level: 'very_satisfied',
          criteria: { chiso1: 'a', chiso7: 'b' },
          comment: '  Cán bộ nhiệt tình.  ',
        },
        user.headers,
      );
      expect(rated.body).toEqual({ rated: true, levelLabel: 'Rất hài lòng' });
      const stored = await app
        .get(DataSource)
        .query(`SELECT channel, level, criteria, comment FROM rating WHERE dossier_code = $1`, [code]);
      expect(stored).toEqual([
        {
          channel: 'miniapp',
          level: 'very_satisfied',
          criteria: { chiso1: 'a', chiso7: 'b' },
          comment: 'Cán bộ nhiệt tình.',
        },
      ]);
      const view = (await getJson(api(`/dossiers/${code}`), user.headers)).body.dossier;
      expect(view).toMatchObject({ rateable: true, rating: 'very_satisfied', followable: false });

      const report = await getJson(`${baseUrl}/api/reports/ratings?agency=${encodeURIComponent(AGENCY)}`, {
        authorization: `Bearer ${ADMIN}`,
      });
      expect(report.body).toMatchObject({ total: 1, byLevel: { very_satisfied: 1, satisfied: 0 } });

      expect((await sendJson('DELETE', api(`/me/dossiers/${code}`), undefined, user.headers)).body).toEqual({
        following: false,
      });
      expect((await getJson(api('/me/dossiers'), user.headers)).body.items).toEqual([]);
    });

    it('lets nobody rate with the code alone: no following a finished dossier, no rating before the result notice', async () => {
      const returned = nextCode();
      await ingest(returned, 'returned');
      const user = citizen();
      expectError(
        await postJson(api('/me/dossiers'), { code: returned }, user.headers),
        409,
        'dossier_not_followable',
      );
      expectError(
        await postJson(api(`/dossiers/${returned}/rating`), { level: 'dissatisfied' }, user.headers),
        403,
        'rating_not_allowed',
      );
      // Following once the result exists (but before the hand-over) does not open the rating either.
      const completed = nextCode();
      await ingest(completed, 'completed');
      await postJson(api('/me/dossiers'), { code: completed }, user.headers);
      expect((await getJson(api(`/dossiers/${completed}`), user.headers)).body.dossier).toMatchObject({
        following: true,
        rateable: false,
      });
      expectError(
        await postJson(api(`/dossiers/${completed}/rating`), { level: 'dissatisfied' }, user.headers),
        403,
        'rating_not_allowed',
      );
    });

    it('refuses a rating with an unknown level or question, in Vietnamese', async () => {
      const user = citizen();
      const code = nextCode();
      for (const body of [{ level: 'great' }, { level: 'satisfied', criteria: { chiso99: 'a' } }]) {
        expectError(
          await postJson(api(`/dossiers/${code}/rating`), body, user.headers),
          400,
          'invalid_request',
        );
      }
    });

    it('also follows in the OA chat when the same person follows the OA (user_id_by_app)', async () => {
      const code = nextCode();
      await ingest(code, 'processing');
      const user = citizen();
      const oaUserId = `62${String(Date.now()).slice(-9)}00000019`;
      const db = app.get(DataSource);
      await db.query(`INSERT INTO zalo_user (user_id, user_id_by_app, following) VALUES ($1, $2, true)`, [
        oaUserId,
        user.id,
      ]);
      await postJson(api('/me/dossiers'), { code }, user.headers);
      const rows = await db.query(
        `SELECT channel, recipient FROM dossier_subscription WHERE dossier_code = $1 AND active ORDER BY channel`,
        [code],
      );
      expect(rows).toEqual([
        { channel: 'miniapp', recipient: user.id },
        { channel: 'zalo', recipient: oaUserId },
      ]);
    });
  });

  describe('phone linking', () => {
    it('exchanges the phone token on the server; dossiers filed with that number become the citizen’s own', async () => {
      const code = nextCode();
      await ingest(code, 'completed', { applicantPhone: '+84 987 650 019' });
      const user = citizen('84987650019');
      expectError(
        await postJson(api('/me/phone'), { phoneToken: 'not-a-zalo-phone-token' }, user.headers),
        400,
        'phone_token_refused',
      );
      const linked = await postJson(
        api('/me/phone'),
        { phoneToken: zalo.graph.phoneToken(user.accessToken) },
        user.headers,
      );
      expect(linked.body).toEqual({ phone: '09******19' });
      const exchange = zalo.callsTo('/v2.0/me/info').at(-1)!;
      expect(exchange.headers.secret_key).toBe(SECRET);

      expect((await getJson(api('/me'), user.headers)).body.phone).toBe('09******19');
      const mine = (await getJson(api('/me/dossiers'), user.headers)).body.items;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ code, mine: true, following: false, rateable: true });
      const rated = await postJson(api(`/dossiers/${code}/rating`), { level: 'dissatisfied' }, user.headers);
      expect(rated.body.levelLabel).toBe('Không hài lòng');
    });

    it('has no number to link for the dev identity', async () => {
      expectError(
        await postJson(
          api('/me/phone'),
          { phoneToken: 'anything' },
          { 'x-miniapp-dev-user': 'browser-dev-0002' },
        ),
        400,
        'phone_token_refused',
      );
    });
  });

  describe('CORS', () => {
    it('lets Zalo’s Mini App origin call /api/public only', async () => {
      const preflight = await fetch(api('/me'), {
        method: 'OPTIONS',
        headers: {
          origin: 'https://h5.zdn.vn',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'x-zalo-access-token',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('x-zalo-access-token');
      const phoneApp = await fetch(api('/config'), { headers: { origin: 'zbrowser://h5.zdn.vn' } });
      expect(phoneApp.headers.get('access-control-allow-origin')).toBe('zbrowser://h5.zdn.vn');
      const other = await fetch(api('/config'), { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const staff = await fetch(`${baseUrl}/api/procedures?q=x`, {
        headers: { origin: 'https://h5.zdn.vn' },
      });
      expect(staff.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
