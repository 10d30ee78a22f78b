import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { FakeTelegramServer } from './fakes/fake-telegram.server';
import { FakeZaloServer } from './fakes/zalo/fake-zalo.server';
import { startApp } from './support/app';
import { getJson, postJson, type JsonBody, type JsonResponse } from './support/http';
import { staffAccount, type StaffLogin } from './support/staff';

/**
 * The staff inbox end to end: citizens ask for staff on Telegram, the web chat and Zalo (the real
 * dialogue flow), agents take the request, note and reply through the API, and the reply reaches
 * the citizen through the outbox and its worker — a fake Bot API server, the web chat's next
 * visit, the fake Zalo OA API inside the 48-hour window.
 */
const TG_TOKEN = '123456789:AAInboxTestsTokenForTheFakeBotApi01';
const TG_SECRET = 'inbox-webhook-secret-0123456789';
const ADMIN = 'admin-token-for-inbox-tests-0123456789abc';
const admin = { authorization: `Bearer ${ADMIN}` };
const ZALO = {
  appId: '2345678901234567941',
  appSecret: 'app-secret-for-inbox-tests',
  oaId: '3456789012345678941',
  oaSecretKey: 'oa-secret-key-for-inbox-tests',
};
const REFERENCE = /HT-\d{8}-\d{4}/;

async function send(method: 'PATCH' | 'POST', url: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as JsonBody };
}

describe('Staff inbox: complaints and handoff requests', () => {
  let telegram: FakeTelegramServer;
  let zalo: FakeZaloServer;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let agent: StaffLogin;
  let agentId: number;
  let editor: StaffLogin;
  let viewer: StaffLogin;
  let chat = 930_000;
  let zaloUsers = 0;
  let webUsers = 0;

  beforeAll(async () => {
    telegram = await FakeTelegramServer.start({ token: TG_TOKEN });
    zalo = await FakeZaloServer.start({
      ...ZALO,
      accessToken: 'access-token-inbox-0',
      refreshToken: 'refresh-token-inbox-0',
    });
    ({ app, baseUrl } = await startApp({
      ADMIN_TOKEN: ADMIN,
      STAFF_PASSWORD_COST: '4',
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ZALO_APP_ID: ZALO.appId,
      ZALO_APP_SECRET: ZALO.appSecret,
      ZALO_OA_ID: ZALO.oaId,
      ZALO_OA_SECRET_KEY: ZALO.oaSecretKey,
      ZALO_ACCESS_TOKEN: 'access-token-inbox-0',
      ZALO_REFRESH_TOKEN: 'refresh-token-inbox-0',
      ZALO_API_BASE: zalo.baseUrl,
      ZALO_OAUTH_BASE: zalo.baseUrl,
      ZALO_ZNS_BASE: zalo.baseUrl,
      NOTIFY_POLL_MS: '100',
      NOTIFY_RETRY_BASE_MS: '200',
      NOTIFY_LEASE_SECONDS: '1',
    }));
    zalo.webhookUrl = `${baseUrl}/webhooks/zalo`;
    db = app.get(DataSource);
    [agent, editor, viewer] = await Promise.all(
      (['agent', 'editor', 'viewer'] as const).map((role) => staffAccount(baseUrl, ADMIN, role)),
    );
    const users = await getJson(`${baseUrl}/api/admin/users`, admin);
    agentId = users.body.users.find((u: { username: string }) => u.username === agent.username).id;
  });
  afterAll(async () => {
    await app?.close();
    await telegram?.stop();
    await zalo?.stop();
  });

  const api = (path = '') => `${baseUrl}/api/admin/requests${path}`;
  const list = (query: string, who: Record<string, string> = agent.bearer) => getJson(api(`?${query}`), who);
  const detail = (id: number) => getJson(api(`/${id}`), agent.bearer);
  const reply = (id: number, text: string) => send('POST', api(`/${id}/replies`), { text }, agent.bearer);
  const referenceIn = (text: string) => {
    const match = REFERENCE.exec(text);
    if (!match) throw new Error(`no request reference in: ${text}`);
    return match[0];
  };
  /** The request's id, looked up in the newest handoffs as an agent would find it. */
  const idOf = async (reference: string): Promise<number> => {
    const res = await list('kind=handoff');
    const found = (res.body.requests as { id: number; reference: string }[]).find(
      (r) => r.reference === reference,
    );
    if (!found) throw new Error(`${reference} not in the list`);
    return found.id;
  };
  /** Polls the request until its last reply has left the pending state. */
  const settledReply = async (id: number): Promise<JsonBody> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const notes = (await detail(id)).body.notes as JsonBody[];
      const last = notes.filter((n) => n.kind === 'reply').at(-1);
      if (last && last.delivery.state !== 'pending') return last;
      if (Date.now() > deadline) throw new Error(`reply not settled: ${JSON.stringify(notes)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  // Web chat: "gặp cán bộ", then "Bỏ qua" (no note).
  const webHandoff = async () => {
    const userId = `web-inbox-${Date.now()}-${++webUsers}`;
    const chatSay = (body: { text?: string; payload?: string }) =>
      postJson(`${baseUrl}/api/chat/messages`, { userId, ...body });
    const asked = await chatSay({ text: 'gặp cán bộ' });
    expect(asked.body.replies[0].buttons[0]).toEqual({ label: 'Bỏ qua', payload: 'step:gap-can-bo:chuyen' });
    const skipped = await chatSay({ payload: 'step:gap-can-bo:chuyen' });
    const reference = referenceIn(skipped.body.replies[0].text);
    return { userId, reference, id: await idOf(reference) };
  };

  // Telegram: "gặp cán bộ", then a note with a phone number in it.
  const telegramHandoff = async (chatId: number, note: string) => {
    const say = (text: string) =>
      telegram.deliver(telegram.textUpdate(chatId, text), {
        url: `${baseUrl}/webhooks/telegram`,
        secretToken: TG_SECRET,
      });
    await say('cho tôi nói chuyện với cán bộ');
    const [ask] = await telegram.waitForSent(chatId, 1, 10_000);
    expect(ask.text).toContain('chuyển cuộc trò chuyện cho cán bộ');
    await say(note);
    const [, done] = await telegram.waitForSent(chatId, 2, 10_000);
    expect(done.text).toContain('Đã chuyển yêu cầu của bạn cho cán bộ');
    return referenceIn(done.text);
  };

  it('Telegram: the request reaches the list, an agent takes it, notes and replies, the citizen gets the reply', async () => {
    const chatId = ++chat;
    const reference = await telegramHandoff(
      chatId,
      'Tôi cần hỏi về hồ sơ đất đai, gọi tôi số 0912345678 nhé',
    );

    // In the agent's list: newest first, nobody on it yet, the phone in the content masked.
    const fresh = await list('status=new&kind=handoff&assignee=none');
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ page: 1, pageSize: 25 });
    const row = fresh.body.requests.find((r: { reference: string }) => r.reference === reference);
    expect(row).toEqual({
      id: expect.any(Number),
      reference,
      kind: 'handoff',
      channel: 'telegram',
      status: 'new',
      assignee: null,
      contactPhone: null,
      preview: expect.stringContaining('Tôi cần hỏi về hồ sơ đất đai'),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(row.preview).not.toContain('0912345678');
    expect(row.preview).toMatch(/\*{4,}78/);
    const id: number = row.id;

    // "Take it".
    const taken = await send('PATCH', api(`/${id}`), { assigneeId: agentId }, agent.bearer);
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({
      id,
      status: 'new',
      assignee: { id: agentId, username: agent.username, displayName: 'Cán bộ agent' },
      content: 'Tôi cần hỏi về hồ sơ đất đai, gọi tôi số 0912345678 nhé',
      replyBlocked: null,
      notes: [],
    });
    const mine = await list('assignee=me');
    expect(mine.body.requests.map((r: { id: number }) => r.id)).toContain(id);
    const unassigned = await list('assignee=none&kind=handoff');
    expect(unassigned.body.requests.map((r: { id: number }) => r.id)).not.toContain(id);
    expect((await list(`assignee=${agentId}`)).body.requests.map((r: { id: number }) => r.id)).toContain(id);

    const note = await send(
      'POST',
      api(`/${id}/notes`),
      { text: 'Chuyển bộ phận đất đai xem giúp.' },
      agent.bearer,
    );
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ kind: 'note', text: 'Chuyển bộ phận đất đai xem giúp.' });
    expect(note.body.delivery).toBeUndefined();

    // The reply: written with its outbox row, then delivered by the worker; HTML stays text.
    const before = telegram.sent(chatId).length;
    const text = 'Chào bạn, hồ sơ <đất đai> của bạn cần thêm bản sao sổ hộ khẩu & CCCD.';
    const sent = await reply(id, text);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      kind: 'reply',
      text,
      author: { id: agentId, username: agent.username },
      delivery: { state: 'pending', lastError: null },
    });
    await telegram.waitForSent(chatId, before + 1, 10_000);
    const shown = telegram.messages(chatId).at(-1)!;
    expect(shown.text).toBe(`💬 Cán bộ trả lời yêu cầu ${reference}:\n${text}`);

    const delivered = await settledReply(id);
    expect(delivered.delivery).toMatchObject({ state: 'sent', lastError: null, attempts: 1 });
    const now = (await detail(id)).body;
    expect(now.status).toBe('in_progress'); // a reply moves a new request on
    expect(now.notes.map((n: { kind: string }) => n.kind)).toEqual(['note', 'reply']);
    const [outbox] = await db.query(
      `SELECT kind, dossier_code, channel, recipient, payload FROM notification WHERE id =
         (SELECT notification_id FROM request_note WHERE id = $1)`,
      [sent.body.id],
    );
    expect(outbox).toEqual({
      kind: 'staff_reply',
      dossier_code: reference,
      channel: 'telegram',
      recipient: String(chatId),
      payload: { reference, text },
    });

    const done = await send('PATCH', api(`/${id}`), { status: 'done', assigneeId: null }, agent.bearer);
    expect(done.body).toMatchObject({ status: 'done', assignee: null });

    // Every change is in the audit log, written by the agent.
    const audit = await getJson(`${baseUrl}/api/admin/audit?targetType=citizen_request&limit=500`, admin);
    const entries = (audit.body.entries as JsonBody[])
      .filter((e) => e.targetId === String(id))
      .map((e) => ({ action: e.action, actor: e.actor, before: e.before, after: e.after }))
      .reverse();
    expect(entries).toEqual([
      {
        action: 'request.update',
        actor: agent.username,
        before: { reference, status: 'new', assigneeId: null },
        after: { reference, status: 'new', assigneeId: agentId },
      },
      {
        action: 'request.note',
        actor: agent.username,
        before: null,
        after: { reference, noteId: note.body.id, text: 'Chuyển bộ phận đất đai xem giúp.' },
      },
      {
        action: 'request.reply',
        actor: agent.username,
        before: { reference, status: 'new' },
        after: expect.objectContaining({ reference, status: 'in_progress', channel: 'telegram', text }),
      },
      {
        action: 'request.update',
        actor: agent.username,
        before: { reference, status: 'in_progress', assigneeId: agentId },
        after: { reference, status: 'done', assigneeId: null },
      },
    ]);
  });

  it('a reply Telegram refuses (the citizen blocked the bot) shows as dead with the reason', async () => {
    const chatId = ++chat;
    const reference = await telegramHandoff(chatId, 'Cho hỏi lịch tiếp công dân');
    const id = await idOf(reference);
    telegram.blockChat(chatId);
    expect((await reply(id, 'Lịch tiếp công dân: sáng thứ Năm hằng tuần.')).status).toBe(201);
    const dead = await settledReply(id);
    expect(dead.delivery.state).toBe('dead');
    expect(dead.delivery.lastError).toMatch(/Telegram 403/);
  });

  it('web chat: the reply waits for the next visit and is shown once', async () => {
    const { userId, reference, id } = await webHandoff();
    expect((await detail(id)).body).toMatchObject({ channel: 'web', content: null, replyBlocked: null });

    const text = 'Chào bạn, cán bộ một cửa sẽ gọi lại trong giờ hành chính.';
    expect((await reply(id, text)).status).toBe(201);
    // No push: the reply stays pending until the citizen comes back.
    await new Promise((r) => setTimeout(r, 300));
    expect((await detail(id)).body.notes[0].delivery).toMatchObject({ state: 'pending', attempts: 0 });

    const visit = await getJson(`${baseUrl}/api/chat/notifications?userId=${userId}`);
    expect(visit.body.replies).toEqual([
      { text: `💬 Cán bộ trả lời yêu cầu ${reference}:\n${text}`, buttons: [] },
    ]);
    expect((await getJson(`${baseUrl}/api/chat/notifications?userId=${userId}`)).body.replies).toEqual([]);
    expect((await settledReply(id)).delivery).toMatchObject({ state: 'sent' });
  });

  describe('Zalo: only inside the 48-hour window', () => {
    const citizen = () => {
      const userId = `64${String(Date.now()).slice(-9)}${String(++zaloUsers).padStart(8, '0')}`;
      zalo.users.add({ userId, displayName: 'Lê Văn Cường' });
      return userId;
    };
    const zaloHandoff = async (userId: string) => {
      await zalo.push(zalo.events.userSendText(userId, 'gặp cán bộ'));
      await zalo.waitForSends(userId, 1, 10_000);
      await zalo.push(zalo.events.userSendText(userId, '#nut:step:gap-can-bo:chuyen'));
      const [, done] = await zalo.waitForSends(userId, 2, 10_000);
      return idOf(referenceIn(done.text ?? ''));
    };
    const lastMessageDaysAgo = async (userId: string, days: number) => {
      zalo.users.setLastInteraction(userId, Date.now() - days * 24 * 3600 * 1000);
      await db.query(
        `UPDATE zalo_user SET last_message_at = now() - make_interval(days => $2) WHERE user_id = $1`,
        [userId, days],
      );
    };

    it('sends a CS message while the window is open, refuses with 409 once it has closed', async () => {
      const userId = citizen();
      const id = await zaloHandoff(userId);
      const text = 'Chào bạn, hồ sơ của bạn đã được chuyển cho phòng Tư pháp.';
      expect((await reply(id, text)).status).toBe(201);
      const [cs] = (await zalo.waitForSends(userId, 3, 10_000)).slice(2);
      expect(cs.text).toContain('Cán bộ trả lời yêu cầu HT-');
      expect(cs.text).toContain(text);
      expect((await settledReply(id)).delivery.state).toBe('sent');

      await lastMessageDaysAgo(userId, 3);
      expect((await detail(id)).body.replyBlocked).toContain('48 giờ');
      const refused = await reply(id, 'Bạn còn cần hỗ trợ gì không?');
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: 'request_reply_refused' });
      expect(refused.body.message).toContain('Đã quá 48 giờ kể từ tin nhắn cuối của người dân trên Zalo');
      expect((await detail(id)).body.notes).toHaveLength(1); // nothing written
      expect(zalo.znsSends).toHaveLength(0);
    });

    it('a reply Zalo refuses after all (-230) is dead with the reason, not sent by ZNS', async () => {
      const userId = citizen();
      const id = await zaloHandoff(userId);
      zalo.failNext('/v3.0/oa/message/cs', { error: -230, message: 'User has not interacted in 7 days' });
      expect((await reply(id, 'Chào bạn, chúng tôi đã nhận yêu cầu.')).status).toBe(201);
      const dead = await settledReply(id);
      expect(dead.delivery).toMatchObject({ state: 'dead', attempts: 1 });
      expect(dead.delivery.lastError).toContain('Zalo từ chối tin nhắn');
      expect(dead.delivery.lastError).toContain('-230');
      expect(zalo.znsSends).toHaveLength(0);
    });
  });

  it('is for agents and admins only: no session 401, editor and viewer 403', async () => {
    const { id } = await webHandoff();
    const calls: [string, (h: Record<string, string>) => Promise<JsonResponse>][] = [
      ['list', (h) => getJson(api(), h)],
      ['get', (h) => getJson(api(`/${id}`), h)],
      ['update', (h) => send('PATCH', api(`/${id}`), { status: 'done' }, h)],
      ['note', (h) => send('POST', api(`/${id}/notes`), { text: 'x' }, h)],
      ['reply', (h) => send('POST', api(`/${id}/replies`), { text: 'x' }, h)],
    ];
    for (const [name, call] of calls) {
      expect({ name, status: (await call({})).status }).toEqual({ name, status: 401 });
      for (const who of [editor, viewer]) {
        const res = await call(who.bearer);
        expect({ name, status: res.status, error: res.body.error }).toEqual({
          name,
          status: 403,
          error: 'staff_forbidden',
        });
      }
    }
    expect((await list('', admin)).status).toBe(200);
    expect((await getJson(api(`/${id}`), admin)).status).toBe(200);
  });

  it('refuses bad input with 400 and a missing request with 404, in Vietnamese', async () => {
    const { id } = await webHandoff();
    for (const query of ['status=closed', 'kind=question', 'assignee=someone', 'page=0', 'page=abc']) {
      const res = await list(query);
      expect({ query, status: res.status, error: res.body.error }).toEqual({
        query,
        status: 400,
        error: 'invalid_request',
      });
    }
    expect((await list('page=9999')).body.requests).toEqual([]);
    const me = await list('assignee=me', admin);
    expect(me.status).toBe(400);
    expect(me.body.message).toContain('ADMIN_TOKEN không phải tài khoản cán bộ');

    const badId = await getJson(api('/abc'), agent.bearer);
    expect(badId.status).toBe(400);
    expect(badId.body.message).toContain('mã yêu cầu phải là số nguyên dương');
    const missing = await getJson(api('/2147483000'), agent.bearer);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      error: 'request_not_found',
      message: 'Không có yêu cầu số 2147483000.',
    });
    expect((await send('PATCH', api('/2147483000'), { status: 'done' }, agent.bearer)).status).toBe(404);
    expect((await send('POST', api('/2147483000/notes'), { text: 'a' }, agent.bearer)).status).toBe(404);
    expect((await reply(2147483000, 'a')).status).toBe(404);

    const patches: [unknown, RegExp][] = [
      [{}, /cần ít nhất một thay đổi/],
      [{ status: 'closed' }, /trạng thái là một trong/],
      [{ assigneeId: 'me' }, /assigneeId/],
    ];
    for (const [body, message] of patches) {
      const res = await send('PATCH', api(`/${id}`), body, agent.bearer);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.message).toMatch(message);
    }
    const users = await getJson(`${baseUrl}/api/admin/users`, admin);
    const editorId = users.body.users.find((u: { username: string }) => u.username === editor.username).id;
    const toEditor = await send('PATCH', api(`/${id}`), { assigneeId: editorId }, agent.bearer);
    expect(toEditor.status).toBe(400);
    expect(toEditor.body.error).toBe('request_bad_assignee');

    for (const text of ['', '   ', 'x'.repeat(2001)]) {
      for (const path of ['notes', 'replies']) {
        const res = await send('POST', api(`/${id}/${path}`), { text }, agent.bearer);
        expect({ path, length: text.length, status: res.status }).toEqual({
          path,
          length: text.length,
          status: 400,
        });
      }
    }
    expect((await send('POST', api(`/${id}/notes`), {}, agent.bearer)).body.message).toContain('text');
    const longest = await send('POST', api(`/${id}/notes`), { text: 'ắ'.repeat(2000) }, agent.bearer);
    expect(longest.status).toBe(201);
  });
});
