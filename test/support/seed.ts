import { join } from 'node:path';
import { CatalogRepository } from '../../src/catalog/catalog.repository';
import { CatalogImporter } from '../../src/catalog/importer/catalog-importer.service';
import type { ImportReport } from '../../src/catalog/importer/import-report';
import { ProvinceImporter } from '../../src/catalog/importer/province-importer.service';
import { loadConfig } from '../../src/config/config.loader';
import { PROJECT_ROOT } from '../../src/config/paths';
import { createDataSource } from '../../src/database/data-source.factory';
import { runMigrationsLocked } from '../../src/database/migration-runner';

export const SEED_FILE = join(PROJECT_ROOT, 'data', 'catalog.jsonl.gz');

/** Migrates a database and imports the shipped catalog and provincial lists into it. */
export async function seedDatabase(url: string): Promise<ImportReport> {
  const dataSource = await createDataSource(
    loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }),
  ).initialize();
  try {
    await runMigrationsLocked(dataSource, false);
    const repository = new CatalogRepository(dataSource);
    const report = await new CatalogImporter(repository).importFile(SEED_FILE);
    const provinces = new ProvinceImporter(repository);
    for (const f of ['lamdong-h36.csv', 'langson-h37.csv']) {
      await provinces.importFile(join(PROJECT_ROOT, 'data', 'provinces', f));
    }
    return report;
  } finally {
    await dataSource.destroy();
  }
}
