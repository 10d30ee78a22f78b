/** Telegram's pending-update queue for getUpdates: confirm by offset, one long poll at a time. */
import type { TgUpdate } from './telegram.types';

/** Types Telegram leaves out unless allowed_updates names them. */
const OPT_IN_TYPES = ['chat_member', 'message_reaction', 'message_reaction_count'];

export type WaitOutcome = 'woken' | 'conflict';

export const updateType = (update: TgUpdate): string =>
  Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';

export function isAllowed(update: TgUpdate, allowedUpdates: string[] | undefined): boolean {
  const type = updateType(update);
  return allowedUpdates && allowedUpdates.length > 0
    ? allowedUpdates.includes(type)
    : !OPT_IN_TYPES.includes(type);
}

export class UpdateQueue {
  private updates: TgUpdate[] = [];
  private readonly wakers = new Set<() => void>();
  private waitingPoll: (() => void) | null = null;

  get pending(): number {
    return this.updates.length;
  }

  push(...updates: TgUpdate[]): void {
    this.updates.push(...updates);
    for (const wake of [...this.wakers]) wake();
  }

  clear(): void {
    this.updates = [];
  }

  /** offset > 0 forgets updates below it; offset < 0 keeps only the last -offset updates. */
  confirm(offset: number): void {
    if (offset > 0) this.updates = this.updates.filter((update) => update.update_id >= offset);
    else if (offset < 0) this.updates = this.updates.slice(offset);
  }

  /** Drops updates of types not allowed, then returns the first `limit` (they stay until confirmed). */
  peek(limit: number, allowedUpdates: string[] | undefined): TgUpdate[] {
    this.updates = this.updates.filter((update) => isAllowed(update, allowedUpdates));
    return this.updates.slice(0, limit).map((update) => structuredClone(update));
  }

  /** A new getUpdates request ends the one still waiting, which then answers 409 Conflict. */
  takeOver(): void {
    const previous = this.waitingPoll;
    this.waitingPoll = null;
    previous?.();
  }

  /** Waits for a push, the time to pass or the signal; 'conflict' when a newer poll took over. */
  wait(ms: number, signal: AbortSignal): Promise<WaitOutcome> {
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: WaitOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.wakers.delete(wake);
        signal.removeEventListener('abort', wake);
        if (this.waitingPoll === conflict) this.waitingPoll = null;
        resolve(outcome);
      };
      const wake = () => finish('woken');
      const conflict = () => finish('conflict');
      const timer = setTimeout(wake, Math.max(0, ms));
      this.wakers.add(wake);
      signal.addEventListener('abort', wake, { once: true });
      this.waitingPoll = conflict;
      if (signal.aborted) wake();
    });
  }
}
