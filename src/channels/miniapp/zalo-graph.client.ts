import { createHmac } from 'node:crypto';

/** Who a Mini App access token belongs to, as Zalo's graph API says. */
export interface GraphProfile {
  /** The app-scoped user id: the `user_id_by_app` the OA webhook carries for the same person. */
  id: string;
  name: string;
}

/** Zalo refused the token or the phone code (any non-zero `error`, or HTTP 4xx). */
export class GraphRefusedError extends Error {}
/** Zalo could not be asked (network, timeout, 5xx): the citizen may try again. */
export class GraphUnavailableError extends Error {}

const TIMEOUT_MS = 5000;

/** appsecret_proof: HMAC-SHA256 of the access token keyed by the app secret, hex. */
export function appSecretProof(secret: string, accessToken: string): string {
  return createHmac('sha256', secret).update(accessToken).digest('hex');
}

/**
 * The two graph calls a Mini App backend makes: who holds this access token (`/v2.0/me`), and
 * the phone number behind a `getPhoneNumber()` token (`/v2.0/me/info`). Secrets stay here.
 */
export class ZaloGraphClient {
  constructor(
    private readonly graphBase: string,
    private readonly secret: string | undefined,
  ) {}

  get canExchangePhone(): boolean {
    return this.secret !== undefined;
  }

  async me(accessToken: string): Promise<GraphProfile> {
    const headers: Record<string, string> = { access_token: accessToken };
    if (this.secret) headers.appsecret_proof = appSecretProof(this.secret, accessToken);
    const body = await this.get('/v2.0/me?fields=id,name', headers);
    const id = body.id;
    if (typeof id !== 'string' && typeof id !== 'number') throw new GraphRefusedError('no id in /v2.0/me');
    return { id: String(id), name: typeof body.name === 'string' ? body.name : '' };
  }

  /** The number (84…) behind a phone token; needs the secret. */
  async phone(accessToken: string, phoneToken: string): Promise<string> {
    if (!this.secret) throw new GraphUnavailableError('no Mini App secret configured');
    const body = await this.get('/v2.0/me/info', {
      access_token: accessToken,
      code: phoneToken,
      secret_key: this.secret,
    });
    const data = body.data as { number?: unknown } | undefined;
    if (typeof data?.number !== 'string' || !data.number) throw new GraphRefusedError('no number');
    return data.number;
  }

  private async get(path: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(this.graphBase + path, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new GraphUnavailableError(`graph unreachable: ${(error as Error).message}`);
    }
    if (response.status >= 500) throw new GraphUnavailableError(`graph HTTP ${response.status}`);
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (!body) throw new GraphUnavailableError('graph answered without JSON');
    // Zalo answers most errors with HTTP 200 and a non-zero `error`.
    if (response.status >= 400 || (typeof body.error === 'number' && body.error !== 0)) {
      throw new GraphRefusedError(`graph error ${String(body.error ?? response.status)}`);
    }
    return body;
  }
}
