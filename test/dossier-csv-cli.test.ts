import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../src/config/paths';
import { runDatabaseUrl } from './support/app';

/** `npm run dossiers:import -- file.csv`: the ingestion rules, from a file, with line numbers. */
describe('dossier CSV import command', () => {
  it('imports valid rows and reports the bad ones by line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tthc-dossiers-')), 'ho-so.csv');
    writeFileSync(
      file,
      'ma_ho_so,trang_thai,nguoi_nop,so_dien_thoai,han_tra\n' +
        '000.00.12.H41-250312-0207,Đang xử lý,Lê Thị Hoa,0912000111,2025-03-20\n' +
        'bad-code,received,,,\n',
    );
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        join(PROJECT_ROOT, 'src', 'dossier', 'cli', 'import-dossiers.cli.ts'),
        file,
      ],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: runDatabaseUrl(), LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nhận 1, từ chối 1');
    expect(run.stdout).toContain('dòng 3');
    const db = new Client({ connectionString: runDatabaseUrl() });
    await db.connect();
    const rows = await db.query(
      "SELECT status, applicant_name FROM dossier WHERE code = '000.00.12.H41-250312-0207'",
    );
    await db.end();
    expect(rows.rows[0]).toEqual({ status: 'processing', applicant_name: 'Lê Thị Hoa' });
  });
});
