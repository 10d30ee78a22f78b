import type { FastifyInstance } from 'fastify';
import { DEV_USER_HEADER, ZALO_TOKEN_HEADER } from './miniapp-identity.guard';

const PREFIX = '/api/public/';
const ALLOW_HEADERS = ['content-type', ZALO_TOKEN_HEADER, DEV_USER_HEADER].join(', ');

/**
 * CORS for the Mini App's API only: inside Zalo the app runs on Zalo's origin (h5.zdn.vn), not
 * ours. No credentials are involved (identity travels in a header), and no other route is opened.
 */
export function registerPublicCors(fastify: FastifyInstance, origins: string[]): void {
  const allowed = new Set(origins);
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(PREFIX)) return;
    const origin = request.headers.origin;
    void reply.header('Vary', 'Origin');
    if (!origin || !allowed.has(origin)) return;
    void reply.header('Access-Control-Allow-Origin', origin);
    if (request.method === 'OPTIONS') {
      await reply
        .header('Access-Control-Allow-Methods', 'GET, POST, DELETE')
        .header('Access-Control-Allow-Headers', ALLOW_HEADERS)
        .header('Access-Control-Max-Age', '600')
        .code(204)
        .send();
    }
  });
}
