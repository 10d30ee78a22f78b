import { dropTestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const url = process.env.TEST_RUN_DATABASE_URL;
  if (url) await dropTestDatabase(url);
}
