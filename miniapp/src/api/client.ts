import { ApiError, NETWORK_ERROR_MESSAGE, messageForStatus, messageFromBody } from './errors';
import { identityHeaders as defaultIdentityHeaders, type IdentityHeaders } from './identity';
import type {
  Dossier,
  LifeEvent,
  Me,
  Notice,
  ProcedureDetail,
  ProcedurePage,
  PublicConfig,
  RatingCriteria,
  RatingInput,
  RatingResult,
} from './types';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** Origin (and prefix) of the backend; '' means the page's own origin. */
  baseUrl?: string;
  fetch?: FetchLike;
  identityHeaders?: () => Promise<IdentityHeaders>;
  timeoutMs?: number;
}

/** The `/api/public/*` routes the Mini App uses; one method per route. */
export interface PublicApi {
  config(): Promise<PublicConfig>;
  lifeEvents(): Promise<LifeEvent[]>;
  searchProcedures(query: string, page?: { limit?: number; offset?: number }): Promise<ProcedurePage>;
  procedure(code: string): Promise<ProcedureDetail>;
  ratingCriteria(): Promise<RatingCriteria>;
  me(): Promise<Me>;
  linkPhone(phoneToken: string): Promise<{ phone: string }>;
  dossier(code: string): Promise<Dossier>;
  verifyDossier(code: string, last4: string): Promise<Dossier>;
  myDossiers(): Promise<Dossier[]>;
  follow(code: string): Promise<{ following: boolean }>;
  unfollow(code: string): Promise<{ following: boolean }>;
  notifications(): Promise<Notice[]>;
  /** The app showed these notices: the server stops giving them. */
  markNoticesRead(ids: number[]): Promise<{ acknowledged: number }>;
  rate(code: string, rating: RatingInput): Promise<RatingResult>;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** Receipts print codes in upper case; citizens type them any way, with stray spaces. */
export function normalizeDossierCode(code: string): string {
  return code.trim().toUpperCase();
}

const segment = (value: string) => encodeURIComponent(value);
const dossierSegment = (code: string) => segment(normalizeDossierCode(code));

export function createApiClient(options: ApiClientOptions = {}): PublicApi {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  // Looked up at call time: a bare reference to window.fetch throws "Illegal invocation" in some webviews.
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const getIdentity = options.identityHeaders ?? defaultIdentityHeaders;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...(await getIdentity()) };
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller?.signal,
      });
    } catch {
      throw new ApiError(NETWORK_ERROR_MESSAGE, 0);
    } finally {
      clearTimeout(timer);
    }

    const payload = await readJson(response);
    if (!response.ok) {
      // The server's error body: { statusCode, error, message, details?: { retryAfterMinutes } }.
      const retryAfter = (payload as { details?: { retryAfterMinutes?: unknown } } | undefined)?.details
        ?.retryAfterMinutes;
      // The API always answers in JSON: a 4xx page that is not JSON came from something else on
      // the way (a static host, a wrong base URL), so the API was never reached.
      const unreachable = payload === undefined && response.status < 500;
      throw new ApiError(
        messageFromBody(payload) ?? (unreachable ? NETWORK_ERROR_MESSAGE : messageForStatus(response.status)),
        response.status,
        typeof retryAfter === 'number' ? retryAfter : undefined,
      );
    }
    // A 200 that is not JSON means we reached something other than the API (a static host, a portal).
    if (payload === undefined) throw new ApiError(NETWORK_ERROR_MESSAGE, response.status);
    return payload as T;
  }

  return {
    config: () => request<PublicConfig>('GET', '/api/public/config'),
    lifeEvents: async () => (await request<{ items: LifeEvent[] }>('GET', '/api/public/life-events')).items,
    searchProcedures: (query, page = {}) => {
      const params = new URLSearchParams({ q: query.trim() });
      if (page.limit !== undefined) params.set('limit', String(page.limit));
      if (page.offset !== undefined) params.set('offset', String(page.offset));
      return request<ProcedurePage>('GET', `/api/public/procedures?${params}`);
    },
    procedure: (code) => request<ProcedureDetail>('GET', `/api/public/procedures/${segment(code)}`),
    ratingCriteria: () => request<RatingCriteria>('GET', '/api/public/rating-criteria'),
    me: () => request<Me>('GET', '/api/public/me'),
    linkPhone: (phoneToken) => request<{ phone: string }>('POST', '/api/public/me/phone', { phoneToken }),
    dossier: async (code) =>
      (await request<{ dossier: Dossier }>('GET', `/api/public/dossiers/${dossierSegment(code)}`)).dossier,
    verifyDossier: async (code, last4) =>
      (
        await request<{ dossier: Dossier }>('POST', `/api/public/dossiers/${dossierSegment(code)}/verify`, {
          last4,
        })
      ).dossier,
    myDossiers: async () => (await request<{ items: Dossier[] }>('GET', '/api/public/me/dossiers')).items,
    follow: (code) =>
      request<{ following: boolean }>('POST', '/api/public/me/dossiers', {
        code: normalizeDossierCode(code),
      }),
    unfollow: (code) =>
      request<{ following: boolean }>('DELETE', `/api/public/me/dossiers/${dossierSegment(code)}`),
    notifications: async () =>
      (await request<{ items: Notice[] }>('GET', '/api/public/me/notifications')).items,
    markNoticesRead: (ids) =>
      request<{ acknowledged: number }>('POST', '/api/public/me/notifications/read', { ids }),
    rate: (code, rating) =>
      request<RatingResult>('POST', `/api/public/dossiers/${dossierSegment(code)}/rating`, rating),
  };
}

/** The body as JSON, or undefined when there is none or it is not JSON. */
async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
