import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  /** Path as sent, percent-encoding kept: "/api/public/dossiers/ABC". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

type Handler = Reply | ((request: RecordedRequest) => Reply);

/**
 * An in-memory stand-in for the backend behind `fetch`: routes keyed "METHOD /path", every request
 * recorded. Unknown routes answer 404 the way NestJS does, so a wrong path fails the test visibly.
 */
export function createFakeServer(routes: Record<string, Handler> = {}) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://miniapp.test');
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    const reply = typeof handler === 'function' ? handler(request) : handler;
    if (!reply) {
      return jsonResponse(404, {
        statusCode: 404,
        error: 'Not Found',
        message: `Chưa có ${request.method} ${request.path}`,
      });
    }
    return jsonResponse(reply.status ?? 200, reply.body);
  });

  return {
    fetch,
    requests,
    on(route: string, handler: Handler) {
      routes[route] = handler;
    },
    /** Requests to one route, e.g. "POST /api/public/me/dossiers". */
    calls(route: string) {
      return requests.filter((r) => `${r.method} ${r.path}` === route);
    },
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}
