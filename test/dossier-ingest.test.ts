import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { startApp } from './support/app';
import { postJson } from './support/http';

const KEY = 'dossier-api-key-for-tests-0123456789';

describe('POST /api/integrations/dossiers', () => {
  let app: NestFastifyApplication;
  let url: string;
  let db: DataSource;
  const auth = { authorization: `Bearer ${KEY}` };
  const post = (dossiers: unknown[], headers = auth) => postJson(url, { dossiers }, headers);
  const code = (n: number) => `000.00.12.H41-250312-${String(n).padStart(4, '0')}`;
  const state = async (c: string) =>
    (await db.query('SELECT status, status_text, applicant_name FROM dossier WHERE code = $1', [c]))[0];
  const historyOf = async (c: string) =>
    (
      await db.query('SELECT status FROM dossier_status_history WHERE dossier_code = $1 ORDER BY id', [c])
    ).map((r: { status: string }) => r.status);

  beforeAll(async () => {
    let baseUrl: string;
    ({ app, baseUrl } = await startApp({ DOSSIER_API_KEY: KEY }));
    url = `${baseUrl}/api/integrations/dossiers`;
    db = app.get(DataSource);
  });
  afterAll(async () => app?.close());

  it('refuses a missing or wrong key with 401', async () => {
    expect((await post([{ code: code(1), status: 'received' }], {} as typeof auth)).status).toBe(401);
    expect(
      (await post([{ code: code(1), status: 'received' }], { authorization: 'Bearer nope' })).status,
    ).toBe(401);
    expect(await state(code(1))).toBeUndefined();
  });

  it('accepts valid dossiers, maps provincial status texts, and rejects bad ones with index and reason', async () => {
    const { status, body } = await post([
      {
        code: code(2).toLowerCase(),
        procedureCode: '1.001193',
        applicantName: 'Nguyễn Văn An',
        applicantPhone: '0912345678',
        agencyName: 'UBND xã A',
        status: 'Đang xử lý',
        receivedAt: '2025-03-12T08:30:00+07:00',
        dueAt: '2025-03-17T17:00:00+07:00',
      },
      { code: 'not-a-code', status: 'received' },
      { code: code(3), status: 'đang bay' },
      { code: code(4), status: 'received', dueAt: 'hôm qua' },
    ]);
    expect(status).toBe(200);
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2, 3]);
    expect(body.rejected[0].reason).toContain('code');
    expect(body.rejected[1].reason).toContain('đang bay');
    expect(body.rejected[2].reason).toContain('dueAt');
    expect(await state(code(2))).toMatchObject({ status: 'processing', status_text: 'Đang xử lý' });
  });

  it('is idempotent: the same update twice changes nothing', async () => {
    const d = { code: code(5), status: 'Yêu cầu bổ sung giấy tờ', updatedAt: '2025-03-13T09:00:00+07:00' };
    await post([d]);
    await post([d]);
    expect(await historyOf(code(5))).toEqual(['supplement_required']);
  });

  it('never moves a dossier backwards on out-of-order updates', async () => {
    await post([{ code: code(6), status: 'Đã trả kết quả', updatedAt: '2025-03-20T10:00:00+07:00' }]);
    await post([{ code: code(6), status: 'Đang xử lý', updatedAt: '2025-03-14T10:00:00+07:00' }]);
    expect((await state(code(6))).status).toBe('returned');
    await post([{ code: code(6), status: 'Đang xử lý' }]); // undated and earlier in a dossier's life
    expect((await state(code(6))).status).toBe('returned');
    expect(await historyOf(code(6))).toEqual(['returned']);
  });

  it('refuses more than 1,000 dossiers in one request with a reason', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ code: code(100 + i), status: 'received' }));
    const { status, body } = await post(many);
    expect(status).toBe(400);
    expect(body.message).toContain('1000');
  });
});
