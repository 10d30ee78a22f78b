import { CatalogRepository } from '../catalog.repository';
import { ProvinceImporter } from '../importer/province-importer.service';
import { inputFile, openMigratedDataSource, runCli } from './cli-data-source';

const USAGE = 'Cách dùng: npm run catalog:import-province -- <tệp.csv> [--province H36]';

/** `npm run catalog:import-province -- <file.csv>`: a provincial list, joined on the base code. */
runCli(async () => {
  const args = process.argv.slice(2);
  const path = inputFile(args, USAGE);
  if (!path) return 2;
  const dataSource = await openMigratedDataSource();
  try {
    const r = await new ProvinceImporter(new CatalogRepository(dataSource)).importFile(
      path,
      args.includes('--province') ? args[args.indexOf('--province') + 1] : undefined,
    );
    console.log(
      [
        `Tỉnh ${r.provinceCode}: ${r.total} dòng — nhận ${r.accepted}, khớp danh mục quốc gia ${r.joined}, từ chối ${r.rejected.length}`,
        `Mức độ trực tuyến: toàn trình ${r.byLevel.full}, một phần ${r.byLevel.partial}, khác ${r.byLevel.none}`,
        ...r.rejected.slice(0, 30).map((x) => `  dòng ${x.line}${x.code ? ` (${x.code})` : ''}: ${x.reason}`),
      ].join('\n'),
    );
    return 0;
  } finally {
    await dataSource.destroy();
  }
});
