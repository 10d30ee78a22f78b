import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ConversationMemory } from './conversation-state.entity';

export interface LoadedConversation {
  memory: ConversationMemory;
  /** -1 when the citizen has no conversation yet. */
  version: number;
}

/** Conversation state; updates are conditional on the version read, so none is ever lost. */
@Injectable()
export class ConversationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The state, or an empty memory when it has been quiet longer than `ttlMinutes`. */
  async load(channel: string, userId: string, ttlMinutes: number): Promise<LoadedConversation> {
    const rows: { memory: ConversationMemory; version: number; expired: boolean }[] =
      await this.dataSource.query(
        `SELECT memory, version, updated_at < now() - make_interval(mins => $3) AS expired
         FROM conversation_state WHERE channel = $1 AND user_id = $2`,
        [channel, userId, ttlMinutes],
      );
    if (rows.length === 0) return { memory: {}, version: -1 };
    return { memory: rows[0].expired ? {} : rows[0].memory, version: rows[0].version };
  }

  /**
   * Saves the new memory if nobody else changed it since `version` was read, together with
   * anything `alongside` writes (a complaint, say) in the same transaction. False: read again.
   */
  async commit(
    channel: string,
    userId: string,
    version: number,
    memory: ConversationMemory,
    alongside?: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // A structured result: TypeORM's plain query() returns [rows, count] for an UPDATE.
      const runner = manager.queryRunner!;
      const saved =
        version < 0
          ? await runner.query(
              `INSERT INTO conversation_state (channel, user_id, memory, version) VALUES ($1, $2, $3, 0)
               ON CONFLICT DO NOTHING RETURNING version`,
              [channel, userId, JSON.stringify(memory)],
              true,
            )
          : await runner.query(
              `UPDATE conversation_state SET memory = $3, version = version + 1, updated_at = now()
                WHERE channel = $1 AND user_id = $2 AND version = $4 RETURNING version`,
              [channel, userId, JSON.stringify(memory), version],
              true,
            );
      if (saved.records.length === 0) return false;
      if (alongside) await alongside(manager);
      return true;
    });
  }
}
