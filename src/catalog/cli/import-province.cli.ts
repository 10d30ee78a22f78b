import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CatalogRepository } from '../catalog.repository';
import { ProvinceImporter } from '../importer/province-importer.service';
import { openMigratedDataSource, runCli } from './cli-data-source';

const USAGE = 'Cách dùng: npm run catalog:import-province -- <tệp.csv> [--province H36]';

/** `npm run catalog:import-province -- <file.csv>`: a provincial list, joined on the base code. */
runCli(async () => {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--province');
  const province = args[args.indexOf('--province') + 1];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!existsSync(path)) {
    console.error(`Không tìm thấy tệp: ${path}\n${USAGE}`);
    return 2;
  }
  const dataSource = await openMigratedDataSource();
  try {
    const r = await new ProvinceImporter(new CatalogRepository(dataSource)).importFile(
      path,
      args.includes('--province') ? province : undefined,
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
