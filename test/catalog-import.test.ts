import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { CatalogRepository } from '../src/catalog/catalog.repository';
import { CatalogImporter } from '../src/catalog/importer/catalog-importer.service';
import { readMaybeGzipped } from '../src/catalog/importer/line-reader.util';
import { ProvinceImporter } from '../src/catalog/importer/province-importer.service';
import { loadConfig } from '../src/config/config.loader';
import { createDataSource } from '../src/database/data-source.factory';
import { runMigrationsLocked } from '../src/database/migration-runner';
import { SEED_FILE } from './support/seed';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

describe('catalog importer on PostgreSQL', () => {
  let url: string;
  let dataSource: DataSource;
  let importer: CatalogImporter;
  let repository: CatalogRepository;
  const dir = mkdtempSync(join(tmpdir(), 'tthc-import-'));
  const seedLines = readMaybeGzipped(SEED_FILE).split('\n').filter(Boolean);

  beforeAll(async () => {
    url = await createTestDatabase('tthc_import');
    dataSource = await createDataSource(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' })).initialize();
    await runMigrationsLocked(dataSource, false);
    repository = new CatalogRepository(dataSource);
    importer = new CatalogImporter(repository);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await dropTestDatabase(url);
  });

  it('imports a small file, skipping malformed lines with their numbers', async () => {
    const good = seedLines.slice(0, 20);
    const lines = [
      ...good.slice(0, 5),
      '{"ma_thu_tuc": "1.000001", "ten_thu_tuc": ', // line 6: broken JSON
      ...good.slice(5, 10),
      JSON.stringify({ ma_thu_tuc: 'không phải mã', ten_thu_tuc: 'X' }), // line 12
      good[0], // line 13: the same code again
      '',
      ...good.slice(10),
    ];
    const file = join(dir, 'small.jsonl');
    writeFileSync(file, lines.join('\n'));
    const progress: number[] = [];
    const report = await importer.importFile(file, (done) => progress.push(done));

    expect(report.inserted).toBe(20);
    expect(report.rejected.map((r) => r.line)).toEqual([6, 12, 13]);
    expect(report.rejected[0].reason).toContain('JSON');
    expect(report.rejected[2].reason).toContain('dòng 1');
    expect(progress[progress.length - 1]).toBe(report.total);
    expect(await repository.countProcedures()).toBe(20);
  });

  it('is idempotent: the same file again changes nothing, a changed record is updated', async () => {
    const lines = seedLines.slice(0, 20);
    const gz = join(dir, 'small.jsonl.gz');
    writeFileSync(gz, gzipSync(lines.join('\n')));
    const again = await importer.importFile(gz);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 20 });

    const changed = JSON.parse(lines[3]);
    changed.ten_thu_tuc = `${changed.ten_thu_tuc} (sửa đổi)`;
    lines[3] = JSON.stringify(changed);
    writeFileSync(gz, gzipSync(lines.join('\n')));
    const report = await importer.importFile(gz);
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 19 });
    const stored = await repository.findByCode(changed.ma_thu_tuc);
    expect(stored?.name).toBe(changed.ten_thu_tuc);
    // Children are replaced, not duplicated, on update.
    const original = JSON.parse(seedLines[3]);
    const channelRows = await dataSource.query(
      'SELECT count(*)::int AS n FROM procedure_channel WHERE procedure_code = $1',
      [original.ma_thu_tuc],
    );
    expect(channelRows[0].n).toBe(stored?.channels.length);
  });

  it('imports the whole shipped seed and reports parse coverage', async () => {
    const report = await importer.importFile(SEED_FILE);
    expect(report.total).toBe(2642);
    expect(report.rejected).toEqual([]);
    expect(report.inserted + report.updated + report.unchanged).toBe(2642);
    expect(report.parsed.fee).toBeGreaterThan(0.8);
    expect(report.parsed.documents).toBeGreaterThan(0.85);
    expect(report.parsed.legalBases).toBeGreaterThan(0.85);
    expect(report.contentMismatch.length).toBeGreaterThan(0);
    expect(await repository.countProcedures()).toBe(2642);

    const second = await importer.importFile(SEED_FILE);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 2642 });
  });

  it('imports a provincial list, rejecting test rows, and joins it on the base code', async () => {
    const csv = [
      'stt,ma_tthc,muc_do_dvc,ten_tthc,linh_vuc,quyet_dinh',
      '1,2.000815,Toàn trình,Thủ tục test, Hạ tầng kỹ thuật,',
      '2,TEST_MOT_CAP,Mức độ 2,Test nộp hồ sơ,Hạ tầng,',
      '3,1.001193.000.00.00.H37,Một phần,Đăng ký khai sinh,Hộ tịch,509/QĐ-UBND',
      '4,1.000894.000.00.00.H37,Toàn trình,"Đăng ký kết hôn, có dấu phẩy",Hộ tịch,',
      '5,9.999999.000.00.00.H37,Còn lại,Thủ tục không có trong danh mục,Khác,',
    ].join('\n');
    const file = join(dir, 'tinh-h37.csv');
    writeFileSync(file, csv);
    const report = await new ProvinceImporter(repository).importFile(file);
    expect(report.provinceCode).toBe('H37');
    expect(report.accepted).toBe(3);
    expect(report.joined).toBe(2);
    expect(report.byLevel).toEqual({ full: 1, partial: 1, none: 1 });
    expect(report.rejected.map((r) => r.line)).toEqual([2, 3]);
    const rows = await repository.findProvincial('1.000894');
    expect(rows[0]).toMatchObject({ name: 'Đăng ký kết hôn, có dấu phẩy', onlineLevel: 'full' });
  });
});
