import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogRepository } from '../../src/catalog/catalog.repository';
import { CatalogImporter } from '../../src/catalog/importer/catalog-importer.service';
import { loadConfig } from '../../src/config/config.loader';
import { PROJECT_ROOT } from '../../src/config/paths';
import { createDataSource } from '../../src/database/data-source.factory';
import { runMigrationsLocked } from '../../src/database/migration-runner';
import { SEED_FILE } from '../support/seed';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';

/**
 * `npm run bench:import`: import time of the full seed (PostgreSQL and embedded PGlite) and
 * start-up time to a 200 from /health on a seeded database. Prints figures; asserts nothing.
 */
async function importInto(env: Record<string, string>, embedded: boolean): Promise<[number, number]> {
  const dataSource = await createDataSource(loadConfig({ LOG_LEVEL: 'silent', ...env })).initialize();
  try {
    await runMigrationsLocked(dataSource, embedded);
    const importer = new CatalogImporter(new CatalogRepository(dataSource));
    const first = await importer.importFile(SEED_FILE);
    const again = await importer.importFile(SEED_FILE);
    return [first.durationMs, again.durationMs];
  } finally {
    await dataSource.destroy();
  }
}

function timeToHealth(env: Record<string, string>): Promise<number> {
  const main = join(PROJECT_ROOT, 'dist', 'src', 'main.js');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, ...env, LOG_LEVEL: 'warn', SEED_ON_START: 'false' },
      stdio: 'ignore',
    });
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${env.PORT}/health`);
        if (res.status === 200) {
          const ms = performance.now() - started;
          child.kill('SIGTERM');
          return resolve(ms);
        }
      } catch {
        /* not listening yet */
      }
      if (performance.now() - started > 60_000) {
        child.kill('SIGKILL');
        return reject(new Error('no 200 from /health within 60 s'));
      }
      setTimeout(poll, 20);
    };
    child.on('error', reject);
    void poll();
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'main.js'))) throw new Error('run `npm run build` first');
  const url = await createTestDatabase('tthc_bench');
  const dataDir = mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  try {
    console.log(
      'bench:import — full seed, 2,642 procedures (goal: import ≤ 10 s, start-up to /health ≤ 5 s)',
    );
    const [pgFirst, pgAgain] = await importInto({ DATABASE_URL: url }, false);
    console.log(`import PostgreSQL   fresh ${s(pgFirst)}   re-import (unchanged) ${s(pgAgain)}`);
    const [liteFirst, liteAgain] = await importInto({ DATA_DIR: dataDir }, true);
    console.log(`import PGlite       fresh ${s(liteFirst)}   re-import (unchanged) ${s(liteAgain)}`);
    const pgStarts: number[] = [];
    const liteStarts: number[] = [];
    for (let i = 0; i < 3; i++) {
      pgStarts.push(await timeToHealth({ DATABASE_URL: url, PORT: String(39_100 + i) }));
      liteStarts.push(await timeToHealth({ DATA_DIR: dataDir, PORT: String(39_200 + i), DATABASE_URL: '' }));
    }
    console.log(
      `start-up to /health PostgreSQL  median ${s(median(pgStarts))}  (runs: ${pgStarts.map(s).join(', ')})`,
    );
    console.log(
      `start-up to /health PGlite      median ${s(median(liteStarts))}  (runs: ${liteStarts.map(s).join(', ')})`,
    );
  } finally {
    await dropTestDatabase(url);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
