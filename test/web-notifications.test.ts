import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DueReminderJob } from '../src/notify/due-reminder.job';
import { startApp } from './support/app';
import { ingestDossiers, sampleDossier } from './support/dossiers';
import { getJson, postJson } from './support/http';

/** The web chat has no push: notices wait for the citizen's next visit, and are shown once. */
const KEY = 'dossier-api-key-for-tests-0123456789';
const HOUR = 3600 * 1000;

describe('Notices in the web chat and due-date reminders', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let serial = 0;
  const nextCode = () => `000.00.20.H56-251119-${String(++serial + 500).padStart(4, '0')}`;

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp({ DOSSIER_API_KEY: KEY }));
    db = app.get(DataSource);
  });
  afterAll(async () => app?.close());

  const ingest = (code: string, status: string, dueAt: Date) =>
    ingestDossiers(baseUrl, KEY, [
      sampleDossier(code, status, {
        applicantName: 'Trần Thị Bình',
        applicantPhone: '0987654321',
        agencyName: 'UBND xã Web',
        receivedAt: undefined,
        dueAt: dueAt.toISOString(),
      }),
    ]);
  const chat = (userId: string, body: { text?: string; payload?: string }) =>
    postJson(`${baseUrl}/api/chat/messages`, { userId, ...body });
  const pending = async (userId: string) =>
    (await getJson(`${baseUrl}/api/chat/notifications?userId=${userId}`)).body.replies as {
      text: string;
      buttons: { label: string; payload: string }[];
    }[];

  it('shows the result and the rating prompt on the next visit, once, and records the rating', async () => {
    const userId = `web-notice-${Date.now()}`;
    const code = nextCode();
    await ingest(code, 'Đang xử lý', new Date(Date.now() + 5 * 24 * HOUR));
    const lookup = await chat(userId, { text: `ho so ${code} the nao roi` });
    const follow = lookup.body.replies[0].buttons.find((b: { payload: string }) =>
      b.payload.startsWith('follow:'),
    );
    expect(follow).toEqual({ label: 'Nhận thông báo khi có kết quả', payload: `follow:${code}` });
    const confirmed = await chat(userId, { payload: follow.payload });
    expect(confirmed.body.replies[0].text).toContain('Đã đăng ký nhận thông báo');

    await ingest(code, 'Đã trả kết quả', new Date(Date.now() + 5 * 24 * HOUR));
    const [result, prompt] = await pending(userId);
    expect(result.text).toContain('Đã trả kết quả');
    expect(prompt.buttons.map((b) => b.label)).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(await pending(userId)).toEqual([]);

    const rated = await chat(userId, { payload: prompt.buttons[1].payload });
    expect(rated.body.replies[0].text).toContain('Hài lòng');
    const rows = await db.query('SELECT level, channel FROM rating WHERE dossier_code = $1', [code]);
    expect(rows).toEqual([{ level: 'satisfied', channel: 'web' }]);
  });

  it('puts notices that arrived meanwhile before the reply to the next message', async () => {
    const userId = `web-notice-b-${Date.now()}`;
    const code = nextCode();
    await ingest(code, 'Đang xử lý', new Date(Date.now() + 5 * 24 * HOUR));
    await chat(userId, { payload: `follow:${code}` });
    await ingest(code, 'Yêu cầu bổ sung giấy tờ', new Date(Date.now() + 5 * 24 * HOUR));
    const { body } = await chat(userId, { text: 'xin chào' });
    expect(body.replies[0].text).toContain('Cần bổ sung hồ sơ');
    expect(body.replies.length).toBeGreaterThan(1);
  });

  it('reminds followers of a dossier due within a day, and of an overdue one, once per due date', async () => {
    const userId = `web-due-${Date.now()}`;
    const soon = nextCode();
    const late = nextCode();
    await ingest(soon, 'Đang xử lý', new Date(Date.now() + 6 * HOUR));
    await ingest(late, 'Đang xử lý', new Date(Date.now() - 30 * HOUR));
    await chat(userId, { payload: `follow:${soon}` });
    await chat(userId, { payload: `follow:${late}` });
    const job = app.get(DueReminderJob);
    await job.scan();
    await job.scan();
    const kinds = await db.query(
      'SELECT dossier_code, kind FROM notification WHERE dossier_code = ANY($1) ORDER BY dossier_code',
      [[soon, late]],
    );
    expect(kinds).toEqual(
      [
        { dossier_code: soon, kind: 'due_soon' },
        { dossier_code: late, kind: 'overdue' },
      ].sort((a, b) => a.dossier_code.localeCompare(b.dossier_code)),
    );
    const texts = (await pending(userId)).map((r) => r.text).join('\n');
    expect(texts).toContain('sắp đến hạn');
    expect(texts).toContain('đã quá hạn');
  });

  it('refuses a notices request without a valid user id', async () => {
    const res = await getJson(`${baseUrl}/api/chat/notifications?userId=<script>`);
    expect(res.status).toBe(400);
  });
});
