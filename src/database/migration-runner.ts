import type { DataSource } from 'typeorm';

/** Any fixed number: every instance of this app takes the same advisory lock before migrating. */
const MIGRATION_LOCK_KEY = 7_361_042_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so instances starting together
 * migrate one after another and the later ones find nothing to do.
 * The lock is taken on its own connection; on PGlite there is only one process by construction
 * (the data folder cannot be shared), so no lock is needed there.
 */
export async function runMigrationsLocked(dataSource: DataSource, embedded: boolean): Promise<string[]> {
  if (embedded) {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  }
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}
