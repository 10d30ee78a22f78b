import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp } from './support/app';
import { getJson, postJson, sendJson as send } from './support/http';
import { staffAccount, type StaffLogin } from './support/staff';

const TOKEN = 'admin-token-for-content-version-tests-0123456789';
const admin = { authorization: `Bearer ${TOKEN}` };
const NEW_HOURS = 'Thứ Hai đến Thứ Bảy, 7h00 – 17h00 (mùa hè) — BẢN THỬ NGHIỆM';

describe('FAQ content: draft, preview, publish, rollback', () => {
  let app: NestFastifyApplication;
  let second: NestFastifyApplication;
  let baseUrl: string;
  let secondUrl: string;
  let editor: StaffLogin;
  let viewer: StaffLogin;
  const api = (path: string) => `${baseUrl}/api/admin/content${path}`;
  const ask = async (url: string, text: string) => {
    const res = await postJson(`${url}/api/chat/messages`, { userId: `citizen-${Math.random()}`, text });
    return res.body.replies.map((r: { text: string }) => r.text).join('\n');
  };

  beforeAll(async () => {
    const env = { ADMIN_TOKEN: TOKEN, STAFF_PASSWORD_COST: '4', CONTENT_POLL_MS: '200' };
    ({ app, baseUrl } = await startApp(env));
    ({ app: second, baseUrl: secondUrl } = await startApp(env));
    editor = await staffAccount(baseUrl, TOKEN, 'editor');
    viewer = await staffAccount(baseUrl, TOKEN, 'viewer');
    // A draft left by another run would be published with ours.
    await send('DELETE', api('/draft'), undefined, admin);
  });
  afterAll(async () => {
    await second.close();
    await app.close();
  });

  it('lists the FAQ entries and shared variables staff can edit', async () => {
    const res = await getJson(api(''), editor.bearer);
    expect(res.status).toBe(200);
    const faq = res.body.faqs.find((f: { id: string }) => f.id === 'gio-lam-viec');
    expect(faq).toMatchObject({ file: 'mot-cua.yaml', template: 'faq-gio-lam-viec' });
    expect(faq.answer).toContain('{{gio_lam_viec}}');
    expect(res.body.vars.map((v: { name: string }) => v.name)).toContain('gio_lam_viec');
    expect(res.body.live.id).toEqual(expect.any(Number));
  });

  it('changes the "giờ làm việc" answer: preview first, citizens only after publishing, on every instance; rollback restores it', async () => {
    const before = await ask(baseUrl, 'giờ làm việc');
    expect(before).toContain('Giờ tiếp nhận hồ sơ');
    const { body: overview } = await getJson(api(''), editor.bearer);
    const faq = overview.faqs.find((f: { id: string }) => f.id === 'gio-lam-viec');
    const oldLiveId = overview.live.id;

    const saved = await send(
      'PUT',
      api('/faqs/gio-lam-viec'),
      { triggers: [...faq.triggers, 'mấy giờ mở cửa'], answer: `Giờ làm việc mới: ${NEW_HOURS}` },
      editor.bearer,
    );
    expect(saved.status).toBe(200);

    // The test chat answers from the draft; citizens still get the live text.
    const preview = await postJson(api('/preview'), { text: 'mấy giờ mở cửa' }, editor.bearer);
    expect(preview.body.replies[0].text).toContain(NEW_HOURS);
    expect(await ask(baseUrl, 'giờ làm việc')).not.toContain(NEW_HOURS);

    const diff = await getJson(api('/draft/diff'), editor.bearer);
    expect(diff.body.files.map((f: { file: string }) => f.file)).toEqual([
      'flows/mot-cua.yaml',
      'templates/vi/faq-gio-lam-viec.hbs',
    ]);

    const published = await postJson(api('/publish'), { note: 'Giờ làm việc mùa hè' }, editor.bearer);
    expect(published.status).toBe(200);
    expect(await ask(baseUrl, 'giờ làm việc')).toContain(NEW_HOURS);
    // The other instance polls PostgreSQL and follows within moments, without a restart.
    await waitFor(async () => (await ask(secondUrl, 'mấy giờ mở cửa')).includes(NEW_HOURS));

    const versions = await getJson(api('/versions'), editor.bearer);
    expect(versions.body.liveId).toBe(published.body.id);
    const shown = await getJson(api(`/versions/${published.body.id}`), editor.bearer);
    const template = shown.body.changes.find(
      (c: { file: string }) => c.file === 'templates/vi/faq-gio-lam-viec.hbs',
    );
    expect(template.lines).toContainEqual({ kind: 'add', text: `Giờ làm việc mới: ${NEW_HOURS}` });

    const rolled = await postJson(api(`/versions/${oldLiveId}/rollback`), {}, editor.bearer);
    expect(rolled.status).toBe(200);
    expect(rolled.body.note).toBe(`Khôi phục phiên bản ${oldLiveId}`);
    expect(await ask(baseUrl, 'giờ làm việc')).not.toContain(NEW_HOURS);
    await waitFor(async () => !(await ask(secondUrl, 'giờ làm việc')).includes(NEW_HOURS));

    const audit = await getJson(`${baseUrl}/api/admin/audit?targetType=content&limit=20`, admin);
    const actions = audit.body.entries.map(
      (e: { action: string; actor: string }) => `${e.action}:${e.actor}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        `content.faq:${editor.username}`,
        `content.publish:${editor.username}`,
        `content.rollback:${editor.username}`,
      ]),
    );
    const faqEdit = audit.body.entries.find((e: { action: string }) => e.action === 'content.faq');
    expect(faqEdit.before.answer).toContain('{{gio_lam_viec}}');
    expect(faqEdit.after.answer).toContain(NEW_HOURS);
  });

  it('refuses to publish a draft that fails the flows checks, and says why', async () => {
    const broken = await send(
      'PUT',
      api('/files'),
      { path: 'templates/vi/faq-gio-lam-viec.hbs', text: 'Giờ {{#if}} hỏng' },
      editor.bearer,
    );
    expect(broken.status).toBe(204);
    const check = await getJson(api('/draft/check'), editor.bearer);
    expect(check.body.ok).toBe(false);
    const publish = await postJson(api('/publish'), {}, editor.bearer);
    expect(publish.status).toBe(409);
    expect(publish.body.error).toBe('content_check_failed');
    expect(publish.body.message).toMatch(/lỗi/);
    const outside = await send('PUT', api('/files'), { path: 'src/main.ts', text: 'x' }, editor.bearer);
    expect(outside.status).toBe(400);
    expect((await send('DELETE', api('/draft'), undefined, editor.bearer)).status).toBe(204);
    expect(await ask(baseUrl, 'giờ làm việc')).toContain('Giờ tiếp nhận hồ sơ');
  });

  it('keeps viewers and anonymous callers out of editing', async () => {
    expect((await getJson(api(''), viewer.bearer)).status).toBe(403);
    const edit = await send(
      'PUT',
      api('/faqs/gio-lam-viec'),
      { triggers: ['x'], answer: 'y' },
      viewer.bearer,
    );
    expect(edit.status).toBe(403);
    expect((await postJson(api('/publish'), {}, {})).status).toBe(401);
    const bad = await send('PUT', api('/faqs/Gio Lam'), { triggers: [], answer: '' }, editor.bearer);
    expect(bad.status).toBe(400);
  });

  it('exports a version back to the files it came from', async () => {
    const { body } = await getJson(api('/versions'), editor.bearer);
    const exported = await getJson(api(`/versions/${body.liveId}/export`), editor.bearer);
    expect(Object.keys(exported.body.files)).toEqual(
      expect.arrayContaining([
        'flows/mot-cua.yaml',
        'templates/vi/faq-gio-lam-viec.hbs',
        'intents/synonyms.yaml',
      ]),
    );
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
