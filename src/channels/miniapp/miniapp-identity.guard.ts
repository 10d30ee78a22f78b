import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { MiniAppIdentityService, type MiniAppCitizen } from './miniapp-identity.service';

export const ZALO_TOKEN_HEADER = 'x-zalo-access-token';
export const DEV_USER_HEADER = 'x-miniapp-dev-user';

type MiniAppRequest = FastifyRequest & { citizen?: MiniAppCitizen };

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Routes that act for a citizen: the identity comes from Zalo (or the dev stand-in), never from the body. */
@Injectable()
export class MiniAppIdentityGuard implements CanActivate {
  constructor(private readonly identities: MiniAppIdentityService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<MiniAppRequest>();
    request.citizen = await this.identities.identify(
      header(request, ZALO_TOKEN_HEADER),
      header(request, DEV_USER_HEADER),
      request.ip,
    );
    return true;
  }
}

/** The citizen MiniAppIdentityGuard identified. */
export const Citizen = createParamDecorator((_data: unknown, context: ExecutionContext): MiniAppCitizen => {
  const citizen = context.switchToHttp().getRequest<MiniAppRequest>().citizen;
  if (!citizen) throw new Error('@Citizen() used on a route without MiniAppIdentityGuard');
  return citizen;
});
