/**
 * A fake Zalo on loopback for end-to-end tests: the OA API v3, OAuth v4, ZNS and the Mini App graph
 * API on one base URL (point ZALO_API_BASE, ZALO_OAUTH_BASE, ZALO_ZNS_BASE and ZALO_GRAPH_BASE at
 * `baseUrl`), plus a webhook pusher that signs like Zalo. See README.md here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyEvent } from './event-effects';
import { EventFactory } from './event-factory';
import { GraphEndpoint } from './graph-endpoint';
import { flatHeaders, loggedBody, readRaw, writeJson, type FakeRequest, type FakeResponse } from './http-io';
import { OAuthEndpoint, type TokenCall } from './oauth-endpoint';
import { OaEndpoint, type CsSend, type RateLimit } from './oa-endpoint';
import { TokenStore } from './token-store';
import { UserRegistry } from './user-registry';
import { ZaloError, type InjectedFailure } from './zalo-error';
import type { ZaloEvent, ZaloMessageEvent } from './zalo-events.types';
import { IdGenerator } from './zalo-ids';
import { WebhookPusher, type Delivery, type PushOptions } from './webhook-pusher';
import { ZnsEndpoint, type ZnsSend } from './zns-endpoint';

/**
 * How long a test waits for the product to call the fake. A passing wait returns at once; the limit
 * only bounds a failure, so it is generous for a busy 2-core CI machine.
 */
const WAIT_MS = 15_000;

export { zaloSignature, ZALO_SIGNATURE_HEADER } from './zalo-signature';
export { appSecretProof, pkceChallenge } from './zalo-crypto';
export { GRAPH_ERROR, OA_ERROR, OAUTH_ERROR, ZNS_ERROR, type InjectedFailure } from './zalo-error';
export type { CsSend, RateLimit } from './oa-endpoint';
export type { CsMessageType } from './cs-message.validation';
export type { TokenCall } from './oauth-endpoint';
export type { ZnsSend } from './zns-endpoint';
export type { ZnsParam, ZnsTemplate, ZnsTemplateOptions } from './zns-templates';
export type { MiniAppUser, MiniAppUserOptions } from './graph-endpoint';
export type { ZaloSharedInfo, ZaloUser, ZaloUserOptions } from './user-registry';
export type { SubmitInfo } from './event-factory';
export type { Delivery, DeliveryAttempt, PushOptions } from './webhook-pusher';
export type * from './zalo-events.types';

export interface FakeZaloOptions {
  appId?: string;
  /** The app secret: header `secret_key` of /v4/oa/access_token and /v2.0/me/info, key of appsecret_proof. */
  appSecret?: string;
  oaId?: string;
  /** The OA secret key that signs webhooks (not the app secret). */
  oaSecretKey?: string;
  /** The access and refresh tokens the app starts with. */
  accessToken?: string;
  refreshToken?: string;
  /** Default 90000 (25 h), answered as expires_in: "90000". */
  accessTokenTtlSeconds?: number;
  /** Default 90 days. */
  refreshTokenTtlSeconds?: number;
  /** After a refresh, older access tokens answer -216 (default false: valid until they expire). */
  revokeAccessTokensOnRefresh?: boolean;
  webhookUrl?: string;
  /** Push an oa_send_* echo to the webhook after each accepted send (default true). */
  echo?: boolean;
  /** Free replies per user message (default 8). */
  freeRepliesPerMessage?: number;
}

/** One HTTP request to the fake, rejected ones included. */
export interface ZaloCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON, form fields, or raw text. */
  body: unknown;
  at: number;
  /** Set once answered. */
  status?: number;
  response?: unknown;
}

type Route = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;
type EchoType = CsSend['type'];

const ECHO_EVENTS: Record<EchoType, string> = {
  text: 'oa_send_text',
  buttons: 'oa_send_text',
  media: 'oa_send_image',
  list: 'oa_send_list',
  request_user_info: 'oa_send_list',
};

export class FakeZaloServer {
  readonly appId: string;
  readonly appSecret: string;
  readonly oaId: string;
  readonly oaSecretKey: string;
  /** The app's webhook; echoes go there and push() defaults to it. */
  webhookUrl: string | undefined;
  echo: boolean;
  /** Every request, in arrival order. */
  readonly calls: ZaloCall[] = [];
  readonly users: UserRegistry;
  readonly events: EventFactory;
  /** OA API settings: freeWindowMs, interactionWindowMs, freeNeedsMessageId, proactiveQuota, … */
  readonly oa: OaEndpoint;
  /** ZNS: templates.add(), noZaloAccount (a Set of 84… numbers), sends, dailyQuota. */
  readonly zns: ZnsEndpoint;
  /** Mini App graph API: addUser(), phoneToken(), revoke(), requireAppSecretProof. */
  readonly graph: GraphEndpoint;
  private readonly ids = new IdGenerator();
  private readonly tokens: TokenStore;
  private readonly oauth: OAuthEndpoint;
  private readonly pusher: WebhookPusher;
  private readonly routes: Record<string, Route>;
  private readonly failures = new Map<string, InjectedFailure[]>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly server: Server;
  private origin = '';

  private constructor(options: FakeZaloOptions) {
    this.appId = options.appId ?? this.ids.numeric();
    this.appSecret = options.appSecret ?? 'fake-app-secret-KJ8sd7Qw';
    this.oaId = options.oaId ?? this.ids.numeric();
    this.oaSecretKey = options.oaSecretKey ?? 'fake-oa-secret-key-9Xm2Lp';
    this.webhookUrl = options.webhookUrl;
    this.echo = options.echo ?? true;
    this.tokens = new TokenStore({
      accessToken: options.accessToken ?? 'fake-zalo-access-token',
      refreshToken: options.refreshToken ?? 'fake-zalo-refresh-token',
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 90_000,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 90 * 24 * 3600,
      revokeAccessTokensOnRefresh: options.revokeAccessTokensOnRefresh ?? false,
    });
    this.users = new UserRegistry(this.ids, options.freeRepliesPerMessage ?? 8);
    this.events = new EventFactory({ appId: this.appId, oaId: this.oaId, users: this.users, ids: this.ids });
    const { tokens, users, ids } = this;
    this.oa = new OaEndpoint({ tokens, users, ids, onSent: (send) => this.echoSend(send) });
    this.zns = new ZnsEndpoint(tokens, ids);
    this.graph = new GraphEndpoint(this.appSecret, users, ids);
    this.oauth = new OAuthEndpoint({ appId: this.appId, appSecret: this.appSecret, oaId: this.oaId, tokens });
    this.pusher = new WebhookPusher(this.appId, this.oaSecretKey);
    this.routes = {
      'POST /v3.0/oa/message/cs': (req) => this.oa.sendCs(req),
      'GET /v3.0/oa/user/detail': (req) => this.oa.userDetail(req),
      'POST /v4/oa/access_token': (req) => this.oauth.token(req),
      'GET /v4/oa/permission': (req) => this.oauth.permission(req),
      'POST /message/template': (req) => this.zns.send(req),
      'GET /template/info/v2': (req) => this.zns.templateInfo(req),
      'GET /v2.0/me': (req) => this.graph.me(req),
      'GET /v2.0/me/info': (req) => this.graph.meInfo(req),
    };
    this.server = createServer((req, res) => void this.onRequest(req, res));
  }

  static async start(options: FakeZaloOptions = {}): Promise<FakeZaloServer> {
    const fake = new FakeZaloServer(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.origin = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /** One base for the OA API, OAuth, ZNS and graph (no trailing slash). */
  get baseUrl(): string {
    return this.origin;
  }

  /** The newest access token (changes on each successful token call). */
  get accessToken(): string {
    return this.tokens.accessToken;
  }

  /** The only refresh token that still works (once). */
  get refreshToken(): string {
    return this.tokens.refreshToken;
  }

  /** Accepted customer-service messages, in order; rejected attempts are only in `calls`. */
  get sends(): CsSend[] {
    return this.oa.sends;
  }

  sendsTo(userId: string): CsSend[] {
    return this.oa.sends.filter((send) => send.userId === userId);
  }

  get znsSends(): ZnsSend[] {
    return this.zns.sends;
  }

  /** Every POST /v4/oa/access_token (both grants, any outcome) with its headers and form. */
  get refreshCalls(): TokenCall[] {
    return this.oauth.calls;
  }

  /** The most token calls in flight at once: 1 when refreshes are single-flight. */
  get maxConcurrentRefreshes(): number {
    return this.oauth.maxConcurrent;
  }

  /** Webhook deliveries (pushes and echoes), in order. */
  get deliveries(): Delivery[] {
    return this.pusher.deliveries;
  }

  callsTo(path: string): ZaloCall[] {
    return this.calls.filter((call) => call.path === path);
  }

  /** Every access token issued so far answers -220 (`expired`, default) or -216 (`invalid`). */
  expireAccessToken(as: 'expired' | 'invalid' = 'expired'): void {
    this.tokens.expireAccessTokens(as);
  }

  /** The current refresh token is past its 3 months: refreshing with it fails. */
  expireRefreshToken(): void {
    this.tokens.expireRefreshToken();
  }

  /** Token calls are decided on arrival and answered after `ms`, so concurrent refreshes overlap. */
  setRefreshDelay(ms: number): void {
    this.oauth.delayMs = ms;
  }

  /** At most `max` cs sends per `windowMs`, then -32; null lifts it. */
  setRateLimit(limit: RateLimit | null): void {
    this.oa.rateLimit = limit;
  }

  /** HTTP status of token errors (-216/-220 on the OA API, -124 on ZNS): 200 like Zalo, or 401. */
  setTokenErrorStatus(status: number): void {
    this.oa.tokenErrorStatus = status;
    this.zns.tokenErrorStatus = status;
  }

  /** The next request to `path` gets this answer instead (queued: one failure per request). */
  failNext(path: string, failure: InjectedFailure): void {
    this.failures.set(path, [...(this.failures.get(path) ?? []), failure]);
  }

  /** As if the OA admin consented: a single-use authorization code for that PKCE S256 challenge. */
  authorize(codeChallenge: string): string {
    return this.tokens.issueCode(codeChallenge);
  }

  /** POSTs the event to the webhook like Zalo and applies it (a user message opens the reply window). */
  async push(event: ZaloEvent, options: PushOptions = {}): Promise<Delivery> {
    applyEvent(this.users, event);
    return this.track(this.pusher.push(event, this.target(options.url), options));
  }

  /** The same event (same msg_id, bytes and signature) delivered twice, one after the other or at once. */
  async pushTwice(
    event: ZaloEvent,
    options: PushOptions & { concurrent?: boolean } = {},
  ): Promise<Delivery[]> {
    if (options.concurrent) return Promise.all([this.push(event, options), this.push(event, options)]);
    return [await this.push(event, options), await this.push(event, options)];
  }

  /** Resolves with the first answered call (made or coming) to `path` or matching the predicate. */
  async waitFor(match: string | ((call: ZaloCall) => boolean), timeoutMs = WAIT_MS): Promise<ZaloCall> {
    const matches = typeof match === 'string' ? (call: ZaloCall) => call.path === match : match;
    const found = (): ZaloCall | undefined =>
      this.calls.find((call) => call.status !== undefined && matches(call));
    return this.until(found, timeoutMs, typeof match === 'string' ? `a call to ${match}` : 'a matching call');
  }

  /** Resolves with the accepted sends to the user once there are at least `count`. */
  async waitForSends(userId: string, count = 1, timeoutMs = WAIT_MS): Promise<CsSend[]> {
    const enough = (): CsSend[] | undefined =>
      this.sendsTo(userId).length >= count ? this.sendsTo(userId) : undefined;
    return this.until(enough, timeoutMs, `${count} accepted send(s) to user ${userId}`);
  }

  /** Polls `check` every 10 ms until it returns something other than undefined. */
  async until<T>(check: () => T | undefined, timeoutMs = WAIT_MS, wanted = 'the condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      if (Date.now() >= deadline)
        throw new Error(`Timed out after ${timeoutMs} ms waiting for ${wanted}\n${this.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    this.pusher.abortAll();
    await Promise.allSettled([...this.pending]);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.serve(req, res);
    } catch (error) {
      writeJson(res, { status: 500, body: { error: -1, message: `The fake failed: ${String(error)}` } });
    }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: FakeRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      rawBody: await readRaw(req),
    };
    const call: ZaloCall = {
      method: request.method,
      path: request.path,
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(req.headers),
      body: loggedBody(request),
      at: Date.now(),
    };
    this.calls.push(call);
    const response = await this.answer(request);
    call.status = response.status;
    call.response = response.body;
    writeJson(res, response);
    response.after?.();
  }

  private async answer(request: FakeRequest): Promise<FakeResponse> {
    const failure = this.failures.get(request.path)?.shift();
    if (failure) {
      const body = failure.body ?? {
        error: failure.error ?? -1,
        message: failure.message ?? 'Injected failure',
      };
      return { status: failure.status ?? 200, body };
    }
    const route = this.routes[`${request.method} ${request.path}`];
    if (!route)
      return { status: 404, body: { error: 404, message: `Not found: ${request.method} ${request.path}` } };
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof ZaloError) return { status: error.status, body: error.body };
      return { status: 500, body: { error: -1, message: `The fake failed: ${String(error)}` } };
    }
  }

  private echoSend(send: CsSend): void {
    if (!this.echo || !this.webhookUrl) return;
    const message: ZaloMessageEvent['message'] = { msg_id: send.messageId };
    if (send.text !== undefined) message.text = send.text;
    if (send.type === 'media') {
      const element = mediaUrl(send.body);
      if (element) message.attachments = [{ type: 'image', payload: { url: element } }];
    }
    const event = this.events.oaSend(send.userId, ECHO_EVENTS[send.type], message);
    void this.track(this.pusher.push(event, this.webhookUrl, {}, true));
  }

  private target(url: string | undefined): string {
    const target = url ?? this.webhookUrl;
    if (!target) throw new Error('push(): no webhook URL; set fake.webhookUrl or pass { url }');
    return target;
  }

  private async track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    try {
      return await promise;
    } finally {
      this.pending.delete(promise);
    }
  }

  private log(): string {
    const lines = this.calls.map((call, index) => {
      const body = JSON.stringify(call.body) ?? '';
      const shown = body.length > 200 ? `${body.slice(0, 200)}…` : body;
      return `  ${index + 1}. ${call.method} ${call.path} → ${call.status ?? 'pending'} ${JSON.stringify(call.response)} ${shown}`;
    });
    return `calls seen (${this.calls.length}):\n${lines.join('\n') || '  (none)'}`;
  }
}

/** The url of a media template's element, for the oa_send_image echo. */
function mediaUrl(body: Record<string, unknown>): string | undefined {
  const message = body.message as
    { attachment?: { payload?: { elements?: { url?: unknown }[] } } } | undefined;
  const url = message?.attachment?.payload?.elements?.[0]?.url;
  return typeof url === 'string' ? url : undefined;
}
