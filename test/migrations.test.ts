import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config.loader';
import { createDataSource } from '../src/database/data-source.factory';
import { runMigrationsLocked } from '../src/database/migration-runner';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

const open = (url: string) =>
  createDataSource(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' })).initialize();

describe('migrations', () => {
  let url: string;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    url = await createTestDatabase('tthc_migrations');
  });
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    await dropTestDatabase(url);
  });

  it('run once even when two instances start together (advisory lock)', async () => {
    sources.push(await open(url), await open(url));
    const [a, b] = await Promise.all(sources.map((s) => runMigrationsLocked(s, false)));
    expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    const rows = await sources[0].query('SELECT name FROM schema_migrations');
    expect(rows).toHaveLength(MIGRATIONS.length);
  });

  it('match the entities exactly (no schema drift)', async () => {
    const sqlInMemory = await sources[0].driver.createSchemaBuilder().log();
    const pending = sqlInMemory.upQueries.map((q) => q.query);
    expect(pending).toEqual([]);
  });

  it('never use synchronize', () => {
    expect(sources[0].options.synchronize).toBe(false);
  });
});
