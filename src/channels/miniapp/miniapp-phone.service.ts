import { Injectable, Logger } from '@nestjs/common';
import { findPhones } from '../../nlu/entities/personal-data.util';
import type { MiniAppCitizen } from './miniapp-identity.service';
import { MiniAppIdentityService } from './miniapp-identity.service';
import { MiniAppUserRepository } from './miniapp-user.repository';
import { MiniAppException } from './miniapp.exception';
import { GraphRefusedError } from './zalo-graph.client';

/** Links the phone Zalo confirms for a citizen: the app sends only the token, the server asks Zalo. */
@Injectable()
export class MiniAppPhoneService {
  private readonly logger = new Logger(MiniAppPhoneService.name);

  constructor(
    private readonly identities: MiniAppIdentityService,
    private readonly users: MiniAppUserRepository,
  ) {}

  /** The linked number, 0xxxxxxxxx. */
  async link(citizen: MiniAppCitizen, phoneToken: string): Promise<string> {
    const graph = this.identities.graphClient;
    // The dev identity has no Zalo token to exchange with: there is no number to confirm.
    if (!citizen.accessToken) throw MiniAppException.phoneRefused();
    if (!graph.canExchangePhone) throw MiniAppException.phoneUnavailable();
    let number: string;
    try {
      number = await graph.phone(citizen.accessToken, phoneToken);
    } catch (error) {
      if (error instanceof GraphRefusedError) throw MiniAppException.phoneRefused();
      this.logger.warn(`Zalo phone exchange failed: ${(error as Error).message}`);
      throw MiniAppException.zaloUnavailable();
    }
    const [phone] = findPhones(number.startsWith('84') ? `+${number}` : number);
    if (!phone) throw MiniAppException.phoneRefused();
    await this.users.linkPhone(citizen.userId, phone);
    return phone;
  }
}
