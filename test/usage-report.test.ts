import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { parseCsv } from '../src/catalog/importer/csv.util';
import { addDays, vnDay } from '../src/common/vietnam-day.util';
import { startApp } from './support/app';
import { getJson, type JsonBody } from './support/http';
import { staffAccount, type StaffLogin } from './support/staff';

const TOKEN = 'admin-token-for-usage-report-tests-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

// Turns dated 2018 (no other test writes that year) and user keys tagged for this file, so turns
// other test files log in the shared run database never reach these assertions.
const TAG = 'UR8X';
const JUNE = 'from=2018-06-01&to=2018-06-05';
const JULY = 'from=2018-07-01&to=2018-07-31';
const P1 = '1.001193';
const P3 = `9.${TAG}`; // not in the catalog
const FORMULA = `=1+1 ${TAG}`; // a spreadsheet would run this as a formula

const channels = (web: number, telegram: number, zalo: number, miniapp: number) => ({
  web,
  telegram,
  zalo,
  miniapp,
});

/** Decodes a CSV download keeping its byte order mark, which fetch's text() would drop. */
async function csv(res: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

describe('GET /api/reports/usage', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let viewer: StaffLogin;
  let P2: string;
  const names: Record<string, string> = {};
  const get = (query: string, headers: Record<string, string> = auth) =>
    getJson(`${baseUrl}/api/reports/usage?${query}`, headers);

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp({ ADMIN_TOKEN: TOKEN, STAFF_PASSWORD_COST: '4' }));
    viewer = await staffAccount(baseUrl, TOKEN, 'viewer');
    const db = app.get(DataSource);
    const procedures: { code: string; name: string }[] = await db.query(
      `SELECT code, name FROM procedure WHERE code = $1
       UNION ALL (SELECT code, name FROM procedure WHERE code > $1 ORDER BY code LIMIT 1)`,
      [P1],
    );
    for (const p of procedures) names[p.code] = p.name;
    P2 = procedures[1].code;
    const turn = (
      at: string,
      channel: string,
      user: string,
      outcome: string,
      procedure: string | null = null,
    ) =>
      db.query(
        `INSERT INTO turn_log (at, channel, user_key, outcome, procedure_code) VALUES ($1, $2, $3, $4, $5)`,
        [at, channel, `${TAG}-${user}`, outcome, procedure],
      );
    // June 2018, Vietnam time (UTC+7). Conversations (user × channel × Vietnam day):
    // 06-01 web u1: small talk, then a procedure                → answered, resolved
    await turn('2018-06-01T00:00:00+07:00', 'web', 'u1', 'small_talk');
    await turn('2018-06-01T10:00:00+07:00', 'web', 'u1', 'procedure', P1);
    // u2 on Telegram either side of midnight: two conversations.
    // 06-01 telegram u2: a procedure                            → answered, resolved
    // 06-02 telegram u2: handed off                             → handed off
    await turn('2018-06-01T23:59:59.999999+07:00', 'telegram', 'u2', 'procedure', P2);
    await turn('2018-06-02T00:00:00+07:00', 'telegram', 'u2', 'handoff');
    // 06-02 zalo u3: an FAQ answer, then a complaint            → answered, handed off (not resolved)
    // 06-02 telegram u3: the same user on another channel       → answered, resolved
    await turn('2018-06-02T08:00:00+07:00', 'zalo', 'u3', 'faq');
    await turn('2018-06-02T08:05:00+07:00', 'zalo', 'u3', 'complaint');
    await turn('2018-06-02T09:00:00+07:00', 'telegram', 'u3', 'flow');
    // 06-03: nobody.
    // 06-04 zalo u4: small talk only                            → not counted by the rate
    // 06-04 miniapp u5: a clarifying question, not understood  → counted, not answered
    await turn('2018-06-04T07:00:00+07:00', 'zalo', 'u4', 'small_talk');
    await turn('2018-06-04T07:00:00+07:00', 'miniapp', 'u5', 'clarify');
    await turn('2018-06-04T07:01:00+07:00', 'miniapp', 'u5', 'none');
    // 06-05 web u6: a dossier lookup, a flow, P1 twice, P3      → answered, resolved
    // 06-05 web u1: something else                              → counted, not answered
    await turn('2018-06-05T12:00:00+07:00', 'web', 'u6', 'dossier');
    await turn('2018-06-05T12:01:00+07:00', 'web', 'u6', 'flow');
    await turn('2018-06-05T12:02:00+07:00', 'web', 'u6', 'procedure', P1);
    await turn('2018-06-05T12:03:00+07:00', 'web', 'u6', 'procedure', P1);
    await turn('2018-06-05T12:04:00+07:00', 'web', 'u6', 'procedure', P3);
    await turn('2018-06-05T23:59:59.999999+07:00', 'web', 'u1', 'other');
    // Just outside the period on both sides.
    await turn('2018-05-31T23:59:59.999999+07:00', 'web', 'u7', 'procedure', P1);
    await turn('2018-06-06T00:00:00+07:00', 'web', 'u7', 'procedure', P2);
    // July 2018: procedure i asked i times by i users, and a formula-looking code 20 times by one user.
    await db.query(
      `INSERT INTO turn_log (at, channel, user_key, outcome, procedure_code)
       SELECT '2018-07-10T10:00:00+07:00', 'zalo', $1 || '-j' || u, 'procedure', $2 || lpad(p::text, 2, '0')
         FROM generate_series(1, 12) p, generate_series(1, p) u`,
      [TAG, `8.${TAG}.`],
    );
    await db.query(
      `INSERT INTO turn_log (at, channel, user_key, outcome, procedure_code)
       SELECT '2018-07-11T10:00:00+07:00', 'web', $1, 'procedure', $2 FROM generate_series(1, 20)`,
      [`${TAG}-f`, FORMULA],
    );
  });
  afterAll(async () => app?.close());

  it('refuses a request without a session (401) and answers a viewer (200), by token or cookie', async () => {
    const none = await get(JUNE, {});
    expect(none.status).toBe(401);
    expect(none.body.error).toBe('staff_auth_required');
    expect((await get(JUNE, viewer.bearer)).status).toBe(200);
    expect((await get(JUNE, { cookie: viewer.cookie })).status).toBe(200);
  });

  it('counts messages per Vietnam day and channel, days without messages as zeros', async () => {
    const { status, body } = await get(JUNE);
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: '2018-06-01', to: '2018-06-05', channel: null });
    expect(body.messages).toEqual({
      total: 16,
      byChannel: channels(8, 3, 3, 2),
      byDay: [
        { day: '2018-06-01', byChannel: channels(2, 1, 0, 0), total: 3 },
        { day: '2018-06-02', byChannel: channels(0, 2, 2, 0), total: 4 },
        { day: '2018-06-03', byChannel: channels(0, 0, 0, 0), total: 0 },
        { day: '2018-06-04', byChannel: channels(0, 0, 1, 2), total: 3 },
        { day: '2018-06-05', byChannel: channels(6, 0, 0, 0), total: 6 },
      ],
    });
    expect(body.outcomes).toEqual({
      procedure: 5,
      clarify: 1,
      none: 1,
      faq: 1,
      flow: 2,
      dossier: 1,
      handoff: 1,
      complaint: 1,
      small_talk: 2,
      other: 1,
    });
  });

  it('ranks the procedures asked with their catalog names, and keeps the top ten', async () => {
    const june = await get(JUNE);
    expect(june.body.topProcedures).toEqual([
      { code: P1, name: names[P1], count: 3, conversations: 2 },
      { code: P2, name: names[P2], count: 1, conversations: 1 },
      { code: P3, name: null, count: 1, conversations: 1 },
    ]);
    const july = await get(JULY);
    expect(july.body.topProcedures.map((p: JsonBody) => [p.code, p.count, p.conversations])).toEqual([
      [FORMULA, 20, 1],
      ...[12, 11, 10, 9, 8, 7, 6, 5, 4].map((i) => [`8.${TAG}.${String(i).padStart(2, '0')}`, i, i]),
    ]);
  });

  it('counts conversations per user, channel and Vietnam day, and the resolution rate as defined', async () => {
    const { body } = await get(JUNE);
    // 9 conversations; u4's small talk alone is left out of the rate: 4 resolved of 8.
    expect(body.conversations).toEqual({
      total: 9,
      substantive: 8,
      answered: 5,
      handedOff: 2,
      resolved: 4,
      resolutionRate: 0.5,
    });
    expect(body.definitions.resolutionRate).toContain('không chuyển cán bộ');
    expect(body.definitions.conversation).toContain('cùng một ngày (giờ Việt Nam)');
  });

  it('narrows everything to one channel', async () => {
    const telegram = await get(`${JUNE}&channel=telegram`);
    expect(telegram.body.channel).toBe('telegram');
    expect(telegram.body.messages.total).toBe(3);
    expect(telegram.body.messages.byChannel).toEqual(channels(0, 3, 0, 0));
    expect(telegram.body.messages.byDay.map((d: JsonBody) => d.total)).toEqual([1, 2, 0, 0, 0]);
    expect(telegram.body.topProcedures).toEqual([{ code: P2, name: names[P2], count: 1, conversations: 1 }]);
    expect(telegram.body.conversations).toEqual({
      total: 3,
      substantive: 3,
      answered: 2,
      handedOff: 1,
      resolved: 2,
      resolutionRate: 0.6667,
    });
    const zalo = await get(`${JUNE}&channel=zalo`);
    expect(zalo.body.conversations).toMatchObject({
      total: 2,
      substantive: 1,
      resolved: 0,
      resolutionRate: 0,
    });
  });

  it('reports an empty period as zeros, with no rate rather than a division by zero', async () => {
    const { body } = await get('from=2018-01-01&to=2018-01-03');
    expect(body.messages.total).toBe(0);
    expect(body.messages.byDay).toHaveLength(3);
    expect(body.topProcedures).toEqual([]);
    expect(body.conversations).toMatchObject({ total: 0, resolutionRate: null });
  });

  it('defaults to the last 30 Vietnam days, today included', async () => {
    const today = vnDay(new Date());
    const { status, body } = await get('');
    expect(status).toBe(200);
    // Around midnight the clock may move on between the request and this line.
    expect([today, addDays(today, 1)]).toContain(body.to);
    expect(body.from).toBe(addDays(body.to, -29));
    expect(body.messages.byDay).toHaveLength(30);
    const only = await get('to=2018-06-05');
    expect(only.body).toMatchObject({ from: '2018-05-07', to: '2018-06-05' });
  });

  it('refuses bad days, an inverted or too long period and unknown options with a Vietnamese reason', async () => {
    for (const query of ['from=2018-02-30', 'to=h%C3%B4m-nay', 'from=2018-06-01T08:00:00Z']) {
      const { status, body } = await get(query);
      expect(status).toBe(400);
      expect(body.message).toContain('không phải ngày hợp lệ');
    }
    const inverted = await get('from=2018-06-05&to=2018-06-01');
    expect(inverted.status).toBe(400);
    expect(inverted.body.message).toContain('to: ngày kết thúc');
    const long = await get('from=2017-01-01&to=2018-01-02');
    expect(long.status).toBe(400);
    expect(long.body.message).toContain('tối đa 366 ngày (đang chọn 367 ngày)');
    expect((await get('from=2016-01-01&to=2016-12-31')).status).toBe(200);
    expect((await get('channel=facebook')).body.message).toContain('channel: chỉ nhận một trong');
    expect((await get('format=xlsx')).status).toBe(400);
    expect((await get('format=csv&table=months')).status).toBe(400);
    expect((await get('ngay=2018-06-01')).body.message).toContain('tham số không được hỗ trợ: ngay');
  });

  it('exports the per-day table as CSV for Excel', async () => {
    const res = await fetch(`${baseUrl}/api/reports/usage?${JUNE}&format=csv`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="tin-nhan-theo-ngay_2018-06-01_2018-06-05.csv"',
    );
    const text = await csv(res);
    expect(text.startsWith('\uFEFFNgày,Web,Telegram,Zalo OA,Zalo Mini App,Tổng\r\n')).toBe(true);
    expect(parseCsv(text).slice(1)).toEqual([
      ['2018-06-01', '2', '1', '0', '0', '3'],
      ['2018-06-02', '0', '2', '2', '0', '4'],
      ['2018-06-03', '0', '0', '0', '0', '0'],
      ['2018-06-04', '0', '0', '1', '2', '3'],
      ['2018-06-05', '6', '0', '0', '0', '6'],
    ]);
  });

  it('exports the top procedures as a second CSV, formula-safe', async () => {
    const res = await fetch(`${baseUrl}/api/reports/usage?${JULY}&format=csv&table=procedures`, {
      headers: auth,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="thu-tuc-hoi-nhieu-nhat_2018-07-01_2018-07-31.csv"',
    );
    const text = await csv(res);
    expect(text.startsWith('\uFEFFHạng,Mã thủ tục,Tên thủ tục,Số tin nhắn,Số cuộc hội thoại\r\n')).toBe(true);
    expect(text).toContain(`\r\n1,'${FORMULA},,20,1\r\n`);
    const rows = parseCsv(
      await csv(
        await fetch(`${baseUrl}/api/reports/usage?${JUNE}&format=csv&table=procedures`, { headers: auth }),
      ),
    );
    expect(rows.slice(1)).toEqual([
      ['1', P1, names[P1], '3', '2'],
      ['2', P2, names[P2], '1', '1'],
      ['3', P3, '', '1', '1'],
    ]);
  });
});
