import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookie } from './cookie.util';
import { SESSION_COOKIE } from './staff.guard';

/** Secure whenever the browser reached us over https (directly or through the proxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, hours: number) {
  reply.header(
    'set-cookie',
    sessionCookie(SESSION_COOKIE, token, {
      maxAgeSeconds: hours * 3600,
      secure: request.protocol === 'https',
    }),
  );
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.header(
    'set-cookie',
    sessionCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: request.protocol === 'https' }),
  );
}
