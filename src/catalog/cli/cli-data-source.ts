import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig, loadDotEnvFile } from '../../config/config.loader';
import { createDataSource } from '../../database/data-source.factory';
import { runMigrationsLocked } from '../../database/migration-runner';

/** Opens the configured database (PostgreSQL or embedded) and migrates it, for CLI commands. */
export async function openMigratedDataSource(): Promise<DataSource> {
  loadDotEnvFile();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const dataSource = await createDataSource(config).initialize();
  await runMigrationsLocked(dataSource, config.usesEmbeddedDatabase);
  const where = config.usesEmbeddedDatabase ? `PGlite (${config.dataDir})` : 'PostgreSQL';
  console.error(`Cơ sở dữ liệu: ${where}`);
  return dataSource;
}

/** Runs a CLI body; any failure is one readable line and exit status 1. */
export function runCli(body: () => Promise<number>): void {
  body()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
