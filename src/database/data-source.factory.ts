import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { fromRoot } from '../config/paths';
import { ALL_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { serializedPgliteDriver } from './serialized-pglite.driver';

/**
 * The one place the DataSource is described: the app, the CLI commands and ormconfig.ts call it,
 * so the embedded default and PostgreSQL share entities and migrations.
 */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ALL_ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: config.logLevel === 'trace' ? ('all' as const) : (['error'] as ('error' | 'warn')[]),
  };
  if (config.databaseUrl) {
    return {
      ...common,
      url: config.databaseUrl,
      extra: { max: config.dbPoolSize, application_name: 'tthc-assistant' },
    };
  }
  const dataDir = join(fromRoot(config.dataDir), 'pglite');
  mkdirSync(dataDir, { recursive: true });
  return { ...common, driver: serializedPgliteDriver({ dataDir }) };
}

export function createDataSource(config: AppConfig): DataSource {
  return new DataSource(buildDataSourceOptions(config));
}
