import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What the assistant remembers of one citizen's conversation on one channel. */
export interface ConversationMemory {
  /** The procedure follow-ups ("lệ phí bao nhiêu?") are about. */
  procedureCode?: string;
  /** Choices offered in the last reply, so "2" or a tapped button picks one. */
  options?: string[];
  /** The part of a procedure asked about before a choice was needed ("lệ phí …"). */
  aspect?: 'fee' | 'time' | 'documents' | 'where' | 'online' | 'legal' | 'steps' | 'conditions' | 'result';
  /** A multi-step FAQ flow in progress. */
  flow?: { flowId: string; stepId: string; data: Record<string, string>; retries?: number };
  /** The dossier last looked up, and the one awaiting the phone's last four digits. */
  dossierCode?: string;
  verifyCode?: string;
  /** A dossier rating in progress: offered more questions, at question n, or awaiting a comment. */
  rating?: { dossierCode: string; step: 'offer' | 'comment' | number };
  /** The quick rating of the chat was offered in this conversation (ask once). */
  chatRatingAsked?: boolean;
  /** The question a clarification was offered for, until the citizen picks or moves on. */
  clarifyText?: string;
}

@Entity('conversation_state')
export class ConversationState {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  channel: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 128 })
  userId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  memory: ConversationMemory;

  /** Optimistic concurrency: two messages of one user at once never overwrite each other. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
