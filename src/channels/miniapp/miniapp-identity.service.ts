import { createHash } from 'node:crypto';
import { BlockList, isIPv6 } from 'node:net';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { MiniAppException } from './miniapp.exception';
import { GraphRefusedError, ZaloGraphClient } from './zalo-graph.client';

/** The citizen behind a Mini App request. */
export interface MiniAppCitizen {
  /** Graph id (= user_id_by_app) inside Zalo; `dev:<id>` for the dev identity. */
  userId: string;
  name: string;
  dev: boolean;
  /** The verified Zalo token, needed again for the phone exchange; absent for the dev identity. */
  accessToken?: string;
}

/** zmp-sdk's stand-in outside Zalo (older versions); newer ones give an empty string. */
const PLACEHOLDER_TOKENS = new Set(['', 'DEFAULT ACCESS TOKEN']);
const DEV_ID = /^[A-Za-z0-9_-]{8,64}$/;
export const DEV_NAME = 'Người dùng thử (ngoài Zalo)';
/** Where a developer's browser can be: the machine itself or the office network, never the internet. */
const PRIVATE_NETWORKS = new BlockList();
PRIVATE_NETWORKS.addSubnet('127.0.0.0', 8);
PRIVATE_NETWORKS.addSubnet('10.0.0.0', 8);
PRIVATE_NETWORKS.addSubnet('172.16.0.0', 12);
PRIVATE_NETWORKS.addSubnet('192.168.0.0', 16);
PRIVATE_NETWORKS.addAddress('::1', 'ipv6');
PRIVATE_NETWORKS.addSubnet('fc00::', 7, 'ipv6');

export function isPrivateAddress(ip: string): boolean {
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return PRIVATE_NETWORKS.check(mapped, 'ipv4');
  return PRIVATE_NETWORKS.check(ip, isIPv6(ip) ? 'ipv6' : 'ipv4');
}

/** A verified token is trusted this long without asking Zalo again. */
const CACHE_MS = 5 * 60 * 1000;
const CACHE_MAX = 10_000;

/**
 * Identifies the Mini App citizen from the request headers: a Zalo access token checked at the
 * graph API (never an id the client states), or, outside production, a clearly marked dev identity.
 */
@Injectable()
export class MiniAppIdentityService {
  private readonly logger = new Logger(MiniAppIdentityService.name);
  private readonly graph: ZaloGraphClient;
  private readonly verified = new Map<string, { citizen: MiniAppCitizen; until: number }>();

  constructor(private readonly config: AppConfig) {
    this.graph = new ZaloGraphClient(config.miniapp.graphBase, config.miniapp.secret);
  }

  get graphClient(): ZaloGraphClient {
    return this.graph;
  }

  /** `ip`: the client's address (as the trusted proxies state it). */
  async identify(
    zaloToken: string | undefined,
    devUser: string | undefined,
    ip: string,
  ): Promise<MiniAppCitizen> {
    const token = zaloToken?.trim() ?? '';
    if (!PLACEHOLDER_TOKENS.has(token)) return this.fromToken(token);
    if (devUser === undefined) throw MiniAppException.noIdentity();
    // A server left in development mode on the internet must still not hand out identities.
    if (!this.config.miniapp.devIdentity || !isPrivateAddress(ip))
      throw MiniAppException.devIdentityRefused();
    if (!DEV_ID.test(devUser)) throw MiniAppException.noIdentity();
    return { userId: `dev:${devUser}`, name: DEV_NAME, dev: true };
  }

  private async fromToken(token: string): Promise<MiniAppCitizen> {
    // Without the secret, a token Zalo issued to any app would pass: production insists on appsecret_proof.
    if (!this.config.miniapp.secret && this.config.nodeEnv === 'production')
      throw MiniAppException.notConfigured();
    // The cache key is a hash: tokens themselves are never kept beyond the request that sent them.
    const key = createHash('sha256').update(token).digest('hex');
    const hit = this.verified.get(key);
    if (hit && hit.until > Date.now()) return { ...hit.citizen, accessToken: token };
    try {
      const profile = await this.graph.me(token);
      const citizen: MiniAppCitizen = { userId: profile.id, name: profile.name, dev: false };
      this.remember(key, citizen);
      return { ...citizen, accessToken: token };
    } catch (error) {
      if (error instanceof GraphRefusedError) throw MiniAppException.tokenRefused();
      this.logger.warn(`Zalo graph check failed: ${(error as Error).message}`);
      throw MiniAppException.zaloUnavailable();
    }
  }

  private remember(key: string, citizen: MiniAppCitizen): void {
    if (this.verified.size >= CACHE_MAX) {
      const now = Date.now();
      for (const [k, v] of this.verified) if (v.until <= now) this.verified.delete(k);
      if (this.verified.size >= CACHE_MAX) this.verified.clear();
    }
    this.verified.set(key, { citizen, until: Date.now() + CACHE_MS });
  }
}
