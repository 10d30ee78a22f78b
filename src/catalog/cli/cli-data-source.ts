import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../../config/config.loader';
import { createDataSource } from '../../database/data-source.factory';
import { runMigrationsLocked } from '../../database/migration-runner';

/** Opens the configured database (PostgreSQL or embedded) and migrates it, for CLI commands. */
export async function openMigratedDataSource(): Promise<DataSource> {
  const config = loadConfigOrExit();
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

/** The input file named on the command line, resolved from where npm was run; null after saying why. */
export function inputFile(args: string[], usage: string): string | null {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--province'));
  if (!file) {
    console.error(usage);
    return null;
  }
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!existsSync(path)) {
    console.error(`Không tìm thấy tệp: ${path}\n${usage}`);
    return null;
  }
  return path;
}
