import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { parseCsv } from '../src/catalog/importer/csv.util';
import { startApp } from './support/app';
import { getJson, type JsonBody } from './support/http';

const TOKEN = 'admin-token-for-rating-report-tests-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

// Agencies only this file uses, and ratings dated 2020 (no other test writes that year), so
// ratings other test files add to the shared run database never reach these assertions.
const TAG = 'RR7Q';
const A = `UBND xã Đánh Giá ${TAG}`;
const B = `Sở Tư pháp, "Đánh giá" ${TAG}`;
const F = `=1+1 Phòng ${TAG}`; // a spreadsheet would run this as a formula
const UNKNOWN = '(không rõ cơ quan)';
const P1 = '1.001193';
const P3 = `9.${TAG}`; // not in the catalog
const MARCH = 'from=2020-03-01&to=2020-03-31';

const levels = (very_satisfied: number, satisfied: number, dissatisfied: number) => ({
  very_satisfied,
  satisfied,
  dissatisfied,
});

describe('GET /api/reports/ratings', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let P2: string;
  const names: Record<string, string> = {};
  const get = (query: string, headers: Record<string, string> = auth) =>
    getJson(`${baseUrl}/api/reports/ratings?${query}`, headers);

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp({ ADMIN_TOKEN: TOKEN }));
    const db = app.get(DataSource);
    const procedures: { code: string; name: string }[] = await db.query(
      `SELECT code, name FROM procedure WHERE code = $1
       UNION ALL (SELECT code, name FROM procedure WHERE code > $1 ORDER BY code LIMIT 1)`,
      [P1],
    );
    for (const p of procedures) names[p.code] = p.name;
    P2 = procedures[1].code;
    let n = 0;
    const rate = (agency: string | null, procedure: string, level: string, at: string) =>
      db.query(
        `INSERT INTO rating (subject, dossier_code, procedure_code, agency_name, channel, user_id, level, created_at)
         VALUES ('dossier', $1, $2, $3, 'web', $4, $5, $6)`,
        [`${TAG}-200301-${++n}`, procedure, agency, `u-${TAG}-${n}`, level, at],
      );
    const chat = (level: string, at: string) =>
      db.query(
        `INSERT INTO rating (subject, channel, user_id, level, created_at) VALUES ('chat', 'web', $1, $2, $3)`,
        [`chat-${TAG}-${++n}`, level, at],
      );
    // Vietnam days (UTC+7): the first and last instants of March, and just outside on both sides.
    await rate(A, P1, 'very_satisfied', '2020-03-01T00:00:00+07:00');
    await rate(A, P1, 'satisfied', '2020-03-10T12:00:00+07:00');
    await rate(`  ${A.toUpperCase()}  `, P2, 'dissatisfied', '2020-03-15T09:00:00+07:00');
    await rate(A, P2, 'very_satisfied', '2020-02-29T23:59:59.999999+07:00');
    await rate(B, P1, 'very_satisfied', '2020-03-31T23:59:59.999999+07:00');
    await rate(B, P2, 'satisfied', '2020-03-25T08:00:00+07:00');
    await rate(B, P3, 'satisfied', '2020-04-01T00:00:00+07:00');
    await rate(null, P1, 'dissatisfied', '2020-03-20T10:00:00+07:00');
    await rate(F, P1, 'satisfied', '2020-03-05T10:00:00+07:00');
    await chat('satisfied', '2020-03-12T10:00:00+07:00');
    await chat('dissatisfied', '2020-04-02T10:00:00+07:00');
  });
  afterAll(async () => app?.close());

  it('refuses a missing or wrong token with 401', async () => {
    expect((await get(MARCH, {})).status).toBe(401);
    const wrong = await get(MARCH, { authorization: 'Bearer not-the-admin-token-0123456789' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('staff_auth_required');
  });

  it('counts a period by level, agency and procedure, whole Vietnam days included', async () => {
    const { status, body } = await get(MARCH);
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 7, byLevel: levels(2, 3, 2) });
    // Same-total agencies in alphabetical order; A's upper-case spelling is the same agency.
    const tied = [UNKNOWN, F].sort((x, y) => x.localeCompare(y, 'vi'));
    expect(body.byAgency).toEqual([
      { agency: A, total: 3, byLevel: levels(1, 1, 1) },
      { agency: B, total: 2, byLevel: levels(1, 1, 0) },
      ...tied.map((agency) =>
        agency === F
          ? { agency, total: 1, byLevel: levels(0, 1, 0) }
          : { agency, total: 1, byLevel: levels(0, 0, 1) },
      ),
    ]);
    expect(body.byProcedure).toEqual([
      { procedureCode: P1, procedureName: names[P1], total: 5, byLevel: levels(2, 2, 1) },
      { procedureCode: P2, procedureName: names[P2], total: 2, byLevel: levels(0, 1, 1) },
    ]);
    expect(body.chat).toEqual({ total: 1, byLevel: levels(0, 1, 0) });
    expect(body.byMonth).toEqual([{ month: '2020-03', total: 7, byLevel: levels(2, 3, 2) }]);
  });

  it('counts dossier ratings per Vietnam month, months without ratings as zeros', async () => {
    const { body } = await get('from=2020-02-01&to=2020-05-31');
    // The last instant of 29 February and the first of 1 April (Vietnam time) fall in their own months.
    expect(body.byMonth).toEqual([
      { month: '2020-02', total: 1, byLevel: levels(1, 0, 0) },
      { month: '2020-03', total: 7, byLevel: levels(2, 3, 2) },
      { month: '2020-04', total: 1, byLevel: levels(0, 1, 0) },
      { month: '2020-05', total: 0, byLevel: levels(0, 0, 0) },
    ]);
    expect(body.byMonth.reduce((sum: number, m: JsonBody) => sum + m.total, 0)).toBe(body.total);

    // Open-ended: the months with data set the axis; the filters narrow the months too.
    const b = await get(`agency=${encodeURIComponent(B)}`);
    expect(b.body.byMonth).toEqual([
      { month: '2020-03', total: 2, byLevel: levels(1, 1, 0) },
      { month: '2020-04', total: 1, byLevel: levels(0, 1, 0) },
    ]);
    const none = await get(`agency=${encodeURIComponent(`Không có ${TAG}`)}`);
    expect(none.body.byMonth).toEqual([]);
  });

  it('filters by agency (whole name, any case, trimmed) and by procedure code', async () => {
    const agency = await get(`agency=${encodeURIComponent(`  ${A.toLowerCase()} `)}`);
    expect(agency.body).toMatchObject({ total: 4, byLevel: levels(2, 1, 1) });
    expect(agency.body.byAgency.map((a: JsonBody) => a.agency)).toEqual([A]);
    expect((await get(`agency=${encodeURIComponent(`UBND xã Đánh`)}`)).body.total).toBe(0);

    const withUnknown = await get(`agency=${encodeURIComponent(B)}`);
    expect(withUnknown.body.byProcedure).toContainEqual({
      procedureCode: P3,
      total: 1,
      byLevel: levels(0, 1, 0),
    });

    const procedure = await get(`${MARCH}&procedure=${P2}`);
    expect(procedure.body).toMatchObject({ total: 2, byLevel: levels(0, 1, 1) });
    // One each, so by name; A is shown as spelled by the only rating of A counted here.
    expect(procedure.body.byAgency.map((a: JsonBody) => a.agency)).toEqual([B, A.toUpperCase()]);
    expect(procedure.body.chat.total).toBe(1); // chats have no procedure: only dates apply

    const both = await get(`${MARCH}&procedure=${P1}&agency=${encodeURIComponent(B)}`);
    expect(both.body).toMatchObject({ total: 1, byLevel: levels(1, 0, 0) });
  });

  it('reads date-times as instants (inclusive), without an offset as Vietnam time', async () => {
    const a = `agency=${encodeURIComponent(A)}`;
    const exact = '2020-03-10T12:00:00%2B07:00';
    expect((await get(`${a}&from=${exact}&to=${exact}`)).body.total).toBe(1);
    expect((await get(`${a}&from=2020-03-10T12:00&to=2020-03-10T12:00`)).body.total).toBe(1);
    expect((await get(`${a}&from=2020-03-10&to=2020-03-10T04:59:59Z`)).body.total).toBe(0);
    expect((await get(`${a}&to=2020-02-29`)).body.total).toBe(1);
    expect((await get(`${a}&from=2020-03-16`)).body.total).toBe(0);
  });

  it('refuses bad dates, an inverted period and unknown options with a Vietnamese reason', async () => {
    for (const query of ['from=2020-02-30', 'to=h%C3%B4m-qua', 'from=2020-03-01T25:00:00Z']) {
      const { status, body } = await get(query);
      expect(status).toBe(400);
      expect(body.message).toContain('không phải ngày hợp lệ');
    }
    const inverted = await get('from=2020-03-10&to=2020-03-01');
    expect(inverted.status).toBe(400);
    expect(inverted.body.message).toContain('to: ngày kết thúc (to) phải sau hoặc trùng ngày bắt đầu');
    expect((await get('from=2020-03-10&to=2020-03-10')).status).toBe(200);
    expect((await get('format=csv&table=agencies')).status).toBe(400);
    const format = await get('format=xlsx');
    expect(format.status).toBe(400);
    expect(format.body.message).toContain('format');
    expect((await get('tu=2020-03-01')).body.message).toContain('tham số không được hỗ trợ: tu');
  });

  it('exports agency × procedure rows as CSV for Excel, quoted and formula-safe', async () => {
    const res = await fetch(`${baseUrl}/api/reports/ratings?${MARCH}&format=csv`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="danh-gia-hai-long.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(
      text.startsWith('\uFEFFCơ quan,Mã thủ tục,Tên thủ tục,Rất hài lòng,Hài lòng,Không hài lòng,Tổng\r\n'),
    ).toBe(true);
    expect(text).toContain(`"Sở Tư pháp, ""Đánh giá"" ${TAG}",${P1},`);
    expect(text).toContain(`\r\n'=1+1 Phòng ${TAG},${P1},`);

    const [header, ...rows] = parseCsv(text);
    expect(header).toHaveLength(7);
    expect(rows).toEqual([
      [A, P1, names[P1], '1', '1', '0', '2'],
      [A, P2, names[P2], '0', '0', '1', '1'],
      [B, P1, names[P1], '1', '0', '0', '1'],
      [B, P2, names[P2], '0', '1', '0', '1'],
      ...[UNKNOWN, F]
        .sort((x, y) => x.localeCompare(y, 'vi'))
        .map((agency) =>
          agency === F
            ? [`'${F}`, P1, names[P1], '0', '1', '0', '1']
            : [UNKNOWN, P1, names[P1], '0', '0', '1', '1'],
        ),
    ]);
  });

  it('exports one row per month as CSV with table=months', async () => {
    const res = await fetch(
      `${baseUrl}/api/reports/ratings?from=2020-02-01&to=2020-04-30&format=csv&table=months`,
      {
        headers: auth,
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="danh-gia-hai-long-theo-thang.csv"',
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFFTháng,')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['Tháng', 'Rất hài lòng', 'Hài lòng', 'Không hài lòng', 'Tổng'],
      ['2020-02', '1', '0', '0', '1'],
      ['2020-03', '2', '3', '2', '7'],
      ['2020-04', '0', '1', '0', '1'],
    ]);
  });
});
