import type { PGliteOptions } from '@electric-sql/pglite';
import { PGliteDriver } from 'typeorm-pglite';
import type { PGlitePool } from 'typeorm-pglite/dist/pglite-pool';

type ConnectCallback = Parameters<PGlitePool['connect']>[0];

/**
 * PGlite is one PostgreSQL session. typeorm-pglite hands that same session to every query runner,
 * so two concurrent transactions would interleave their statements. This driver wraps its pool so
 * that a query runner holds the session exclusively from connect() until release(): transactions
 * stay isolated, at the cost of running one at a time (PGlite is single-threaded anyway).
 */
export function serializedPgliteDriver(options: PGliteOptions): unknown {
  const BasePool = new PGliteDriver(options).driver.Pool;

  class SerializedPool extends BasePool {
    private queue: Promise<void> = Promise.resolve();

    override async connect(callback: ConnectCallback): Promise<void> {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const previous = this.queue;
      this.queue = previous.then(() => turn);
      await previous;
      let released = false;
      await super.connect((error, client) =>
        callback(error, client, () => {
          if (!released) {
            released = true;
            release();
          }
        }),
      );
    }
  }

  return { Pool: SerializedPool };
}
