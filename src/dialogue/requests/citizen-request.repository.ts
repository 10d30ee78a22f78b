import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CitizenRequest, type CitizenRequestKind } from './citizen-request.entity';

export interface NewCitizenRequest {
  kind: CitizenRequestKind;
  channel: string;
  userId: string;
  content: string | null;
  contactPhone: string | null;
}

const PREFIX: Record<CitizenRequestKind, string> = { complaint: 'PA', handoff: 'HT' };

/** Stores complaints and handoff requests; called inside the conversation's transaction. */
@Injectable()
export class CitizenRequestRepository {
  async create(manager: EntityManager, request: NewCitizenRequest): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = referenceFor(request.kind);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO citizen_request (reference, kind, channel, user_id, content, contact_phone)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (reference) DO NOTHING RETURNING id`,
        [reference, request.kind, request.channel, request.userId, request.content, request.contactPhone],
      );
      if (inserted.length > 0) return reference;
    }
    throw new Error('could not allocate a request reference');
  }

  async findByReference(manager: EntityManager, reference: string): Promise<CitizenRequest | null> {
    return manager.getRepository(CitizenRequest).findOne({ where: { reference } });
  }
}

/** "PA-20261122-4821": readable over the phone, dated, unique enough with a retry on collision. */
function referenceFor(kind: CitizenRequestKind): string {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  return `${PREFIX[kind]}-${day}-${String(randomInt(0, 10_000)).padStart(4, '0')}`;
}
