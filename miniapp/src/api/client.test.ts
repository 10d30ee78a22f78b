import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getAccessToken } from 'zmp-sdk/apis';
import { createFakeServer, type FakeServer } from '../test/fake-server';
import { createApiClient } from './client';
import { ApiError, NETWORK_ERROR_MESSAGE } from './errors';
import {
  DEV_USER_STORAGE_KEY,
  identityHeaders,
  PLACEHOLDER_ACCESS_TOKEN,
  resetDevUserIdForTests,
} from './identity';

let server: FakeServer;

beforeEach(() => {
  resetDevUserIdForTests();
  server = createFakeServer({
    'GET /api/public/config': { body: { oaId: null, portalUrl: 'x', devIdentity: true } },
  });
});

describe('who is asking', () => {
  it('sends the Zalo access token, and no dev identity, when Zalo gives a real token', async () => {
    vi.mocked(getAccessToken).mockResolvedValue('zalo-token-123');
    await createApiClient({ fetch: server.fetch }).config();

    const { headers } = server.requests[0];
    expect(headers['x-zalo-access-token']).toBe('zalo-token-123');
    expect(headers['x-miniapp-dev-user']).toBeUndefined();
  });

  it('sends one stable dev identity, kept in localStorage, when the token is empty', async () => {
    vi.mocked(getAccessToken).mockResolvedValue('');
    const api = createApiClient({ fetch: server.fetch });
    await api.config();
    await api.config();

    const [first, second] = server.requests.map((r) => r.headers);
    expect(first['x-zalo-access-token']).toBeUndefined();
    expect(first['x-miniapp-dev-user']).toMatch(/^[0-9a-f]{32}$/);
    expect(second['x-miniapp-dev-user']).toBe(first['x-miniapp-dev-user']);
    expect(localStorage.getItem(DEV_USER_STORAGE_KEY)).toBe(first['x-miniapp-dev-user']);
  });

  it('reuses a dev identity created in an earlier session', async () => {
    localStorage.setItem(DEV_USER_STORAGE_KEY, 'abc123');
    await createApiClient({ fetch: server.fetch }).config();
    expect(server.requests[0].headers['x-miniapp-dev-user']).toBe('abc123');
  });

  it('treats the old placeholder token as no token', async () => {
    vi.mocked(getAccessToken).mockResolvedValue(PLACEHOLDER_ACCESS_TOKEN);
    await createApiClient({ fetch: server.fetch }).config();

    const { headers } = server.requests[0];
    expect(headers['x-zalo-access-token']).toBeUndefined();
    expect(headers['x-miniapp-dev-user']).toBeTruthy();
  });

  it('treats a rejected getAccessToken (outside Zalo, not localhost) as no token', async () => {
    vi.mocked(getAccessToken).mockRejectedValue({ code: -1404, message: 'not found' });
    await createApiClient({ fetch: server.fetch }).config();

    const { headers } = server.requests[0];
    expect(headers['x-zalo-access-token']).toBeUndefined();
    expect(headers['x-miniapp-dev-user']).toBeTruthy();
  });

  it('never falls back to the dev identity inside Zalo when the token cannot be had', async () => {
    vi.mocked(getAccessToken).mockRejectedValue({ code: -1401, message: 'unauthorized' });
    expect(await identityHeaders(true)).toEqual({});
    vi.mocked(getAccessToken).mockResolvedValue('zalo-token-456');
    expect(await identityHeaders(true)).toEqual({ 'X-Zalo-Access-Token': 'zalo-token-456' });
  });
});

describe('requests', () => {
  it('trims, upper-cases and encodes the dossier code in the path', async () => {
    server.on('GET /api/public/dossiers/000.00.12.H41-250301-0001%2FX', { body: { dossier: { code: 'x' } } });
    await createApiClient({ fetch: server.fetch }).dossier('  000.00.12.h41-250301-0001/x ');
    expect(server.requests[0].path).toBe('/api/public/dossiers/000.00.12.H41-250301-0001%2FX');
  });

  it('passes the search text, limit and offset as query parameters', async () => {
    server.on('GET /api/public/procedures', { body: { items: [], total: 0 } });
    await createApiClient({ fetch: server.fetch }).searchProcedures(' lam lai can cuoc ', {
      limit: 20,
      offset: 40,
    });

    const { query } = server.requests[0];
    expect(query.get('q')).toBe('lam lai can cuoc');
    expect(query.get('limit')).toBe('20');
    expect(query.get('offset')).toBe('40');
  });

  it('sends JSON bodies with a JSON content type', async () => {
    server.on('POST /api/public/dossiers/ABC-1/rating', { body: { rated: true, levelLabel: 'Hài lòng' } });
    const result = await createApiClient({ fetch: server.fetch }).rate('abc-1', {
      level: 'satisfied',
      criteria: { chiso1: 'b' },
      comment: 'Nhanh',
    });

    expect(result.levelLabel).toBe('Hài lòng');
    expect(server.requests[0].headers['content-type']).toBe('application/json');
    expect(server.requests[0].body).toEqual({
      level: 'satisfied',
      criteria: { chiso1: 'b' },
      comment: 'Nhanh',
    });
  });

  it('prefixes every path with the configured API base', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ items: [] }), { status: 200 }));
    await createApiClient({ baseUrl: 'https://dvc.example.vn/', fetch }).lifeEvents();
    expect(fetch).toHaveBeenCalledWith('https://dvc.example.vn/api/public/life-events', expect.anything());
  });
});

describe('errors', () => {
  it("shows the server's Vietnamese message and keeps the status", async () => {
    server.on('GET /api/public/me', {
      status: 401,
      body: { statusCode: 401, error: 'Unauthorized', message: 'Vui lòng mở ứng dụng trong Zalo' },
    });
    const failure = await createApiClient({ fetch: server.fetch })
      .me()
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toBe('Vui lòng mở ứng dụng trong Zalo');
    expect((failure as ApiError).status).toBe(401);
  });

  it('keeps retryAfterMinutes of a 429', async () => {
    server.on('GET /api/public/dossiers/X-1', {
      status: 429,
      body: {
        statusCode: 429,
        error: 'lookup_rate_limited',
        message: 'Bạn đã tra cứu quá nhiều lần, vui lòng thử lại sau 10 phút.',
        details: { retryAfterMinutes: 10 },
      },
    });
    const failure = (await createApiClient({ fetch: server.fetch })
      .dossier('x-1')
      .catch((e: unknown) => e)) as ApiError;

    expect(failure.message).toBe('Bạn đã tra cứu quá nhiều lần, vui lòng thử lại sau 10 phút.');
    expect(failure.retryAfterMinutes).toBe(10);
  });

  it('joins a list of validation messages', async () => {
    server.on('POST /api/public/me/phone', {
      status: 400,
      body: { message: ['Thiếu phoneToken.', 'Token không hợp lệ.'] },
    });
    await expect(createApiClient({ fetch: server.fetch }).linkPhone('')).rejects.toThrow(
      'Thiếu phoneToken. Token không hợp lệ.',
    );
  });

  it('gives a Vietnamese message when a proxy answers with an HTML error page', async () => {
    const fetch = vi.fn(async () => new Response('<html>502 Bad Gateway</html>', { status: 502 }));
    await expect(createApiClient({ fetch }).config()).rejects.toThrow(
      'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.',
    );
  });

  it('says the server cannot be reached, never "Failed to fetch", when the network fails', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const failure = (await createApiClient({ fetch })
      .config()
      .catch((e: unknown) => e)) as ApiError;

    expect(failure.message).toBe(NETWORK_ERROR_MESSAGE);
    expect(failure.message).not.toContain('Failed to fetch');
    expect(failure.status).toBe(0);
  });

  it('treats a 404 page that is not JSON (a static host, a wrong API base) as an unreachable server', async () => {
    const fetch = vi.fn(async () => new Response('<h1>Not Found</h1>', { status: 404 }));
    await expect(createApiClient({ fetch }).lifeEvents()).rejects.toThrow(NETWORK_ERROR_MESSAGE);
  });

  it('falls back to a message for the status when a JSON error has none', async () => {
    server.on('GET /api/public/procedures/X', { status: 404, body: { statusCode: 404 } });
    await expect(createApiClient({ fetch: server.fetch }).procedure('X')).rejects.toThrow(
      'Không tìm thấy thông tin bạn cần.',
    );
  });

  it('treats a 200 that is not JSON (a static host answering /api) as an unreachable server', async () => {
    const fetch = vi.fn(async () => new Response('<!doctype html><div id="app"></div>', { status: 200 }));
    await expect(createApiClient({ fetch }).lifeEvents()).rejects.toThrow(NETWORK_ERROR_MESSAGE);
  });

  it('gives up on a server that never answers', async () => {
    const fetch = vi.fn(
      (_input: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    await expect(createApiClient({ fetch, timeoutMs: 20 }).config()).rejects.toThrow(NETWORK_ERROR_MESSAGE);
  });
});
