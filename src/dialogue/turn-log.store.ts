import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { maskPersonalData } from '../nlu/entities/personal-data.util';
import { toMatchForm } from '../nlu/text-fold.util';
import { PREVIEW_CHANNEL } from './dialogue.types';
import type { TurnRecord } from './turn-record';

/** Questions longer than this are cut in the log: a long story's start says what it was about. */
const MAX_LOGGED_TEXT = 1000;

/**
 * Writes the usage row and, for questions the assistant could not answer, the unanswered-question
 * row, in the conversation's transaction: a turn that is not saved is not counted either.
 */
@Injectable()
export class TurnLogStore {
  async write(manager: EntityManager, channel: string, userId: string, record: TurnRecord): Promise<void> {
    if (channel === PREVIEW_CHANNEL) return;
    // Pseudonymous: conversations can be counted, people cannot be looked up.
    const userKey = createHash('sha256').update(`${channel}\u0000${userId}`).digest('hex').slice(0, 32);
    await manager.query(
      `INSERT INTO turn_log (channel, user_key, outcome, procedure_code) VALUES ($1, $2, $3, $4)`,
      [channel, userKey, record.outcome, record.procedureCode],
    );
    if (record.abandoned) {
      await manager.query(
        `UPDATE unanswered_question SET reason = 'abandoned'
          WHERE id = (SELECT id FROM unanswered_question
                       WHERE channel = $1 AND text = $2 AND reason = 'clarify' ORDER BY id DESC LIMIT 1)`,
        [channel, masked(record.abandoned.text)],
      );
    }
    if (record.unanswered) {
      const text = masked(record.unanswered.text);
      await manager.query(
        `INSERT INTO unanswered_question (channel, text, group_key, reason, offered) VALUES ($1, $2, $3, $4, $5)`,
        [
          channel,
          text,
          toMatchForm(text).slice(0, 200),
          record.unanswered.reason,
          JSON.stringify(record.unanswered.offered),
        ],
      );
    }
  }
}

const masked = (text: string) => maskPersonalData(text).slice(0, MAX_LOGGED_TEXT);
