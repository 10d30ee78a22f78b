import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp, runDatabaseUrl } from './support/app';
import { getJson, postJson, sendJson } from './support/http';

const patchJson = (url: string, body: unknown, headers: Record<string, string>) =>
  sendJson('PATCH', url, body, headers);
import { STAFF_PASSWORD, staffAccount, staffLogin, staffName, type StaffLogin } from './support/staff';

const TOKEN = 'admin-token-for-staff-auth-tests-0123456789';
const admin = { authorization: `Bearer ${TOKEN}` };

describe('staff accounts, roles and sessions', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let editor: StaffLogin;
  let viewer: StaffLogin;
  let agent: StaffLogin;

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp({
      ADMIN_TOKEN: TOKEN,
      STAFF_PASSWORD_COST: '4',
      STAFF_LOCKOUT_ATTEMPTS: '3',
    }));
    [editor, viewer, agent] = await Promise.all(
      (['editor', 'viewer', 'agent'] as const).map((role) => staffAccount(baseUrl, TOKEN, role)),
    );
  });
  afterAll(() => app.close());

  it('refuses staff routes without a session (401) and tells who is signed in', async () => {
    for (const path of [
      '/api/admin/users',
      '/api/admin/audit',
      '/api/reports/ratings',
      '/api/reports/usage',
      '/api/admin/auth/me',
    ]) {
      const res = await getJson(`${baseUrl}${path}`);
      expect({ path, status: res.status, error: res.body.error }).toEqual({
        path,
        status: 401,
        error: 'staff_auth_required',
      });
    }
    const me = await getJson(`${baseUrl}/api/admin/auth/me`, editor.bearer);
    expect(me.body).toEqual({ username: editor.username, displayName: 'Cán bộ editor', role: 'editor' });
    const bogus = await getJson(`${baseUrl}/api/admin/auth/me`, { authorization: 'Bearer nope' });
    expect(bogus.status).toBe(401);
  });

  it('keeps each role to its work: only an admin manages users, every role reads reports', async () => {
    for (const who of [editor, viewer, agent]) {
      const list = await getJson(`${baseUrl}/api/admin/users`, who.bearer);
      expect(list.status).toBe(403);
      expect(list.body.error).toBe('staff_forbidden');
      const create = await postJson(
        `${baseUrl}/api/admin/users`,
        { username: staffName('x'), displayName: 'X', role: 'admin', password: STAFF_PASSWORD },
        who.bearer,
      );
      expect(create.status).toBe(403);
      expect((await getJson(`${baseUrl}/api/reports/ratings`, who.bearer)).status).toBe(200);
      expect((await getJson(`${baseUrl}/api/reports/usage`, who.bearer)).status).toBe(200);
    }
    expect((await getJson(`${baseUrl}/api/notifications?state=dead`, viewer.bearer)).status).toBe(403);
    expect((await getJson(`${baseUrl}/api/notifications?state=dead`, agent.bearer)).status).toBe(200);
    expect((await getJson(`${baseUrl}/api/admin/users`, admin)).status).toBe(200);
  });

  it('answers a refused page with a Vietnamese page, even with a malformed Referer', async () => {
    for (const referer of ['http://[bad', '/admin/content', 'https://evil.example/admin']) {
      const res = await fetch(`${baseUrl}/admin/users`, { headers: { ...viewer.bearer, referer } });
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain('Không có quyền');
      expect(html).toContain(referer === '/admin/content' ? 'href="/admin/content"' : 'href="/admin"');
    }
    const anonymous = await fetch(`${baseUrl}/admin/content`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fcontent');
  });

  it('validates new accounts in Vietnamese and refuses a taken name', async () => {
    const weak = await postJson(
      `${baseUrl}/api/admin/users`,
      { username: 'a b', displayName: '', role: 'boss', password: 'ngan' },
      admin,
    );
    expect(weak.status).toBe(400);
    expect(weak.body.message).toMatch(/tên đăng nhập/);
    expect(weak.body.message).toMatch(/mật khẩu cần ít nhất 10 ký tự/);
    const taken = await postJson(
      `${baseUrl}/api/admin/users`,
      { username: editor.username.toUpperCase(), displayName: 'B', role: 'viewer', password: STAFF_PASSWORD },
      admin,
    );
    expect(taken.status).toBe(409);
  });

  it('needs the CSRF token for changes made with the session cookie', async () => {
    const adminUser = staffName('admin');
    await postJson(
      `${baseUrl}/api/admin/users`,
      { username: adminUser, displayName: 'Quản trị', role: 'admin', password: STAFF_PASSWORD },
      admin,
    );
    const session = await staffLogin(baseUrl, adminUser);
    expect(session.cookie).toMatch(/^tthc_staff=/);
    const body = {
      username: staffName('viewer'),
      displayName: 'V',
      role: 'viewer',
      password: STAFF_PASSWORD,
    };
    const forged = await postJson(`${baseUrl}/api/admin/users`, body, { cookie: session.cookie });
    expect(forged.status).toBe(403);
    expect(forged.body.error).toBe('staff_csrf');
    const real = await postJson(`${baseUrl}/api/admin/users`, body, {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    });
    expect(real.status).toBe(201);
    // Reads need no token.
    expect((await getJson(`${baseUrl}/api/admin/users`, { cookie: session.cookie })).status).toBe(200);
  });

  it('locks an account after repeated wrong passwords, and an admin can unlock it', async () => {
    const victim = await staffAccount(baseUrl, TOKEN, 'viewer');
    const wrong = () =>
      postJson(`${baseUrl}/api/admin/auth/login`, {
        username: victim.username,
        password: 'sai-mat-khau-123',
      });
    expect((await wrong()).status).toBe(401);
    expect((await wrong()).status).toBe(401);
    const third = await wrong();
    expect(third.status).toBe(423);
    expect(third.body.message).toMatch(/tạm khóa/);
    const right = await postJson(`${baseUrl}/api/admin/auth/login`, {
      username: victim.username,
      password: STAFF_PASSWORD,
    });
    expect(right.status).toBe(423);
    const users = (await getJson(`${baseUrl}/api/admin/users`, admin)).body.users;
    const row = users.find((u: { username: string }) => u.username === victim.username);
    expect(row.locked).toBe(true);
    expect((await patchJson(`${baseUrl}/api/admin/users/${row.id}`, { unlock: true }, admin)).status).toBe(
      200,
    );
    await staffLogin(baseUrl, victim.username);
    // An unknown name gets the same answer as a wrong password.
    const unknown = await postJson(`${baseUrl}/api/admin/auth/login`, {
      username: 'khong-co-ai',
      password: 'x',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe('staff_bad_credentials');
  });

  it('signs a member out everywhere when an admin changes the role, and audits it', async () => {
    const member = await staffAccount(baseUrl, TOKEN, 'viewer');
    const users = (await getJson(`${baseUrl}/api/admin/users`, admin)).body.users;
    const id = users.find((u: { username: string }) => u.username === member.username).id;
    expect((await patchJson(`${baseUrl}/api/admin/users/${id}`, { role: 'editor' }, admin)).status).toBe(200);
    expect((await getJson(`${baseUrl}/api/admin/auth/me`, member.bearer)).status).toBe(401);
    const audit = await getJson(`${baseUrl}/api/admin/audit?targetType=user`, admin);
    const change = audit.body.entries.find(
      (e: { action: string; targetId: string }) => e.action === 'user.update' && e.targetId === String(id),
    );
    expect(change).toMatchObject({
      actor: 'ADMIN_TOKEN',
      before: { role: 'viewer' },
      after: { role: 'editor' },
    });
    expect(JSON.stringify(audit.body)).not.toMatch(/\$2[aby]\$/);
  });

  it('logs out: the token stops working', async () => {
    const session = await staffLogin(baseUrl, viewer.username);
    const res = await fetch(`${baseUrl}/api/admin/auth/logout`, { method: 'POST', headers: session.bearer });
    expect(res.status).toBe(204);
    expect((await getJson(`${baseUrl}/api/admin/auth/me`, session.bearer)).status).toBe(401);
  });

  it('creates the first admin from the command line (npm run admin:create)', async () => {
    const username = staffName('first');
    const run = promisify(execFile);
    const { stdout } = await run(
      'npx',
      [
        'ts-node',
        '--transpile-only',
        'src/admin/cli/create-admin.cli.ts',
        '--username',
        username,
        '--name',
        'Quản trị đầu tiên',
      ],
      { env: { ...process.env, DATABASE_URL: runDatabaseUrl(), STAFF_PASSWORD, STAFF_PASSWORD_COST: '4' } },
    );
    expect(stdout).toContain(`Đã tạo tài khoản "${username}" (admin)`);
    const session = await staffLogin(baseUrl, username);
    expect((await getJson(`${baseUrl}/api/admin/users`, session.bearer)).status).toBe(200);
  }, 60_000);
});
