import 'reflect-metadata';
import { createTestDatabase } from './test-database';
import { seedDatabase } from './seed';

/**
 * One fresh PostgreSQL database per run, migrated and seeded with the full shipped catalog; tests
 * that need a database of their own create one with createTestDatabase().
 */
export default async function globalSetup(): Promise<void> {
  const url = await createTestDatabase('tthc_run');
  process.env.TEST_RUN_DATABASE_URL = url;
  await seedDatabase(url);
}
