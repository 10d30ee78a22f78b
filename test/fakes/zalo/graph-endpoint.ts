import { header, ok, type FakeRequest, type FakeResponse } from './http-io';
import type { UserRegistry } from './user-registry';
import { appSecretProof, randomToken, safeEqual } from './zalo-crypto';
import { GRAPH_ERROR, zaloError } from './zalo-error';
import type { IdGenerator } from './zalo-ids';

export interface MiniAppUserOptions {
  /** Link to an OA user: the graph id becomes that user's user_id_by_app, the name its display name. */
  userId?: string;
  /** The graph id; generated (or taken from the OA user) when absent. */
  id?: string;
  name?: string;
  pictureUrl?: string;
  /** 84…, what /v2.0/me/info answers for this user's phone tokens. */
  phone?: string;
  /** The token the Mini App's getAccessToken() would give; random when absent. */
  accessToken?: string;
}

export interface MiniAppUser {
  id: string;
  name: string;
  pictureUrl: string;
  phone?: string;
  accessToken: string;
  userId?: string;
}

/** Graph API for the Mini App: GET /v2.0/me and GET /v2.0/me/info (base ZALO_GRAPH_BASE). */
export class GraphEndpoint {
  /** When true, /v2.0/me without an appsecret_proof header is refused. */
  requireAppSecretProof = false;
  private readonly byToken = new Map<string, MiniAppUser>();
  private readonly phoneCodes = new Map<string, { accessToken: string; phone: string }>();

  constructor(
    private readonly appSecret: string,
    private readonly users: UserRegistry,
    private readonly ids: IdGenerator,
  ) {}

  addUser(options: MiniAppUserOptions = {}): MiniAppUser {
    const linked = options.userId === undefined ? undefined : this.users.ensure(options.userId);
    const id = options.id ?? linked?.userIdByApp ?? this.ids.numeric();
    const user: MiniAppUser = {
      id,
      name: options.name ?? linked?.displayName ?? `Người dùng ${id.slice(-4)}`,
      pictureUrl: options.pictureUrl ?? linked?.avatar ?? `https://s120-ava-talk.zadn.vn/fake/${id}.jpg`,
      phone: options.phone ?? linked?.sharedInfo?.phone,
      accessToken: options.accessToken ?? randomToken(),
      userId: options.userId,
    };
    this.byToken.set(user.accessToken, user);
    return user;
  }

  /** A phone token as getPhoneNumber() gives it, for that user's access token. */
  phoneToken(accessToken: string, phone?: string): string {
    const user = this.byToken.get(accessToken);
    const number = phone ?? user?.phone;
    if (!user || number === undefined)
      throw new Error('phoneToken(): unknown Mini App token, or no phone given');
    const code = randomToken(24);
    this.phoneCodes.set(code, { accessToken, phone: number });
    return code;
  }

  /** The token stops working (as a revoked or expired Mini App token does). */
  revoke(accessToken: string): void {
    this.byToken.delete(accessToken);
  }

  me(req: FakeRequest): FakeResponse {
    const token = header(req, 'access_token');
    const user = this.user(token);
    const proof = header(req, 'appsecret_proof');
    if (
      proof === undefined
        ? this.requireAppSecretProof
        : !safeEqual(proof, appSecretProof(this.appSecret, user.accessToken))
    ) {
      throw zaloError(GRAPH_ERROR.invalidAppSecretProof, 'Invalid appsecret_proof');
    }
    const fields = (req.query.get('fields') ?? 'id,name').split(',').map((field) => field.trim());
    const body: Record<string, unknown> = {};
    if (fields.includes('id')) body.id = user.id;
    if (fields.includes('name')) body.name = user.name;
    if (fields.includes('picture')) body.picture = { data: { url: user.pictureUrl } };
    return ok(body);
  }

  meInfo(req: FakeRequest): FakeResponse {
    const token = header(req, 'access_token');
    this.user(token);
    const secret = header(req, 'secret_key');
    if (secret === undefined || !safeEqual(secret, this.appSecret)) {
      throw zaloError(GRAPH_ERROR.invalidSecretKey, 'Invalid secret_key');
    }
    const code = header(req, 'code');
    const entry = code === undefined ? undefined : this.phoneCodes.get(code);
    if (!entry || entry.accessToken !== token) throw zaloError(GRAPH_ERROR.invalidPhoneCode, 'Invalid code');
    return ok({ data: { number: entry.phone }, error: 0, message: 'Success' });
  }

  private user(token: string | undefined): MiniAppUser {
    const user = token ? this.byToken.get(token) : undefined;
    if (!user) throw zaloError(GRAPH_ERROR.invalidAccessToken, 'Access token is invalid');
    return user;
  }
}
