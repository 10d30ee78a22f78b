import { SingleBar, Presets } from 'cli-progress';
import { CatalogRepository } from '../catalog.repository';
import { CatalogImporter } from '../importer/catalog-importer.service';
import { formatImportReport } from '../importer/import-report';
import { inputFile, openMigratedDataSource, runCli } from './cli-data-source';

const USAGE = 'Cách dùng: npm run catalog:import -- <tệp.jsonl | tệp.jsonl.gz> [--json]';

/**
 * `npm run catalog:import -- <file>`: idempotent upsert of a catalog export, with a progress bar
 * on stderr and a final report (stdout; `--json` for machines).
 */
runCli(async () => {
  const args = process.argv.slice(2);
  const path = inputFile(args, USAGE);
  if (!path) return 2;
  const dataSource = await openMigratedDataSource();
  const bar = new SingleBar(
    {
      format: 'Nhập danh mục [{bar}] {percentage}% | {value}/{total} thủ tục | {eta}s',
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  let started = false;
  try {
    const report = await new CatalogImporter(new CatalogRepository(dataSource)).importFile(
      path,
      (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    );
    bar.stop();
    console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatImportReport(report));
    return 0;
  } finally {
    bar.stop();
    await dataSource.destroy();
  }
});
