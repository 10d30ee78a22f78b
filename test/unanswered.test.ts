import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { startApp } from './support/app';
import { getJson, postJson, sendJson } from './support/http';
import { staffAccount, type StaffLogin } from './support/staff';

const TOKEN = 'admin-token-for-unanswered-tests-0123456789';

describe('unanswered questions', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let editor: StaffLogin;
  let viewer: StaffLogin;
  // A word of its own, so other test files' questions never fall into these groups.
  const tag = `zq${randomBytes(3).toString('hex')}`;
  const say = (userId: string, text: string) => postJson(`${baseUrl}/api/chat/messages`, { userId, text });
  const groups = async (status = 'open') =>
    (await getJson(`${baseUrl}/api/admin/unanswered?status=${status}`, editor.bearer)).body.groups as {
      groupKey: string;
      count: number;
      samples: string[];
      reasons: Record<string, number>;
      offered: string[];
      channels: string[];
    }[];
  const mine = async (status = 'open') => (await groups(status)).filter((g) => g.groupKey.includes(tag));

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp({ ADMIN_TOKEN: TOKEN, STAFF_PASSWORD_COST: '4' }));
    editor = await staffAccount(baseUrl, TOKEN, 'editor');
    viewer = await staffAccount(baseUrl, TOKEN, 'viewer');
  });
  afterAll(() => app.close());

  it('logs a question the assistant could not place, masked, grouped across accents', async () => {
    await say('u1', `Cho hỏi về ${tag} ở đâu? Gọi tôi 0912345678`);
    await say('u2', `cho hoi ve ${tag} o dau? goi toi 0912345678`);
    const [group] = await mine();
    expect(group.count).toBe(2);
    expect(group.reasons).toEqual({ none: 2 });
    expect(group.channels).toEqual(['web']);
    expect(group.samples.join(' ')).not.toContain('0912345678');
    expect(group.samples.join(' ')).toMatch(/09\*+78/);
  });

  it('marks a clarification the citizen walked away from as abandoned, and keeps what was offered', async () => {
    const user = `u-clarify-${tag}`;
    const reasons = async () => (await groups()).find((g) => g.groupKey === 'giay phep')?.reasons ?? {};
    const before = await reasons();
    const asked = await say(user, 'Giấy phép?');
    expect(asked.body.replies[0].buttons.length).toBeGreaterThan(1);
    const offered = await reasons();
    expect(offered.clarify ?? 0).toBe((before.clarify ?? 0) + 1);
    expect((await groups()).find((g) => g.groupKey === 'giay phep')?.offered.length).toBeGreaterThan(0);
    await say(user, 'cảm ơn');
    const after = await reasons();
    expect(after.abandoned ?? 0).toBe((before.abandoned ?? 0) + 1);
    expect(after.clarify ?? 0).toBe(before.clarify ?? 0);
  });

  it('turns a group into a FAQ entry in the draft, or dismisses it; both audited', async () => {
    const [group] = (await mine()).filter((g) => g.groupKey.startsWith('cho hoi ve'));
    const made = await postJson(
      `${baseUrl}/api/admin/unanswered/faq`,
      {
        groupKey: group.groupKey,
        id: `xac-nhan-${tag}`,
        triggers: [group.samples[0]],
        answer: 'Giấy xác nhận nộp tại UBND cấp xã nơi bạn cư trú.',
      },
      editor.bearer,
    );
    expect(made.status).toBe(200);
    expect(made.body.closed).toBe(2);
    const draft = await getJson(`${baseUrl}/api/admin/content`, editor.bearer);
    expect(draft.body.draft).not.toBeNull();
    expect(draft.body.faqs.map((f: { id: string }) => f.id)).toContain(`xac-nhan-${tag}`);
    const preview = await postJson(
      `${baseUrl}/api/admin/content/preview`,
      { text: group.samples[0] },
      editor.bearer,
    );
    expect(preview.body.replies[0].text).toContain('UBND cấp xã');
    expect((await mine('resolved')).map((g) => g.groupKey)).toContain(group.groupKey);

    await say('u3', `Cho hỏi về ${tag} lần nữa`);
    const [other] = await mine();
    const dismissed = await postJson(
      `${baseUrl}/api/admin/unanswered/dismiss`,
      { groupKey: other.groupKey },
      editor.bearer,
    );
    expect(dismissed.body.closed).toBe(1);
    expect(await mine()).toEqual([]);
    const again = await postJson(
      `${baseUrl}/api/admin/unanswered/dismiss`,
      { groupKey: other.groupKey },
      editor.bearer,
    );
    expect(again.status).toBe(404);
    const audit = await getJson(`${baseUrl}/api/admin/audit?targetType=unanswered`, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['unanswered.resolve', 'unanswered.dismiss']),
    );
    await fetch(`${baseUrl}/api/admin/content/draft`, { method: 'DELETE', headers: editor.bearer });
  });

  it('turns a group into a way of asking for a procedure: in the draft, live after publishing', async () => {
    const question = `xin giấy ${tag}q ở đâu`;
    await say('u5', question);
    const [group] = (await mine()).filter((g) => g.groupKey.includes(`${tag}q`));
    expect(group.reasons).toEqual({ none: 1 });
    const attach = (code: string) =>
      postJson(
        `${baseUrl}/api/admin/unanswered/procedure`,
        { groupKey: group.groupKey, code, phrase: `giấy ${tag}q` },
        editor.bearer,
      );
    const unknown = await attach('9.999999');
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('9.999999');
    expect((await attach('abc')).status).toBe(400);
    const made = await attach('1.003197');
    expect(made.status).toBe(200);
    expect(made.body.closed).toBe(1);
    const diff = await getJson(`${baseUrl}/api/admin/content/draft/diff`, editor.bearer);
    const file = diff.body.files.find((f: { file: string }) => f.file === 'intents/synonyms.yaml');
    expect(file.lines).toContainEqual({ kind: 'add', text: `    - giấy ${tag}q` });

    const live = (await getJson(`${baseUrl}/api/admin/content`, editor.bearer)).body.live.id;
    expect((await postJson(`${baseUrl}/api/admin/content/publish`, {}, editor.bearer)).status).toBe(200);
    const answer = await say('u6', question);
    expect(answer.body.replies.map((r: { text: string }) => r.text).join('\n')).toContain(
      'Xóa đăng ký thường trú',
    );
    const audit = await getJson(`${baseUrl}/api/admin/audit?targetType=content&limit=5`, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toContain('content.procedure_phrase');
    await postJson(`${baseUrl}/api/admin/content/versions/${live}/rollback`, {}, editor.bearer);

    // Typed by hand, a code the catalog lacks is published with a warning that names it.
    const text = `procedures:\n  "1.003197":\n    - cắt khẩu\n  "9.999999":\n    - giấy ${tag}w\n`;
    const put = await sendJson(
      'PUT',
      `${baseUrl}/api/admin/content/files`,
      { path: 'intents/synonyms.yaml', text },
      editor.bearer,
    );
    expect(put.status).toBe(204);
    const check = await getJson(`${baseUrl}/api/admin/content/draft/check`, editor.bearer);
    expect(check.body.ok).toBe(true);
    expect(check.body.warnings.join('\n')).toContain('9.999999');
    await fetch(`${baseUrl}/api/admin/content/draft`, { method: 'DELETE', headers: editor.bearer });
  });

  it('is for editors: a viewer gets 403, nobody 401', async () => {
    expect((await getJson(`${baseUrl}/api/admin/unanswered`, viewer.bearer)).status).toBe(403);
    expect((await getJson(`${baseUrl}/api/admin/unanswered`)).status).toBe(401);
    expect((await getJson(`${baseUrl}/api/admin/unanswered?status=x`, editor.bearer)).status).toBe(400);
  });
});
