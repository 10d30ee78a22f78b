import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readMaybeGzipped } from '../src/catalog/importer/line-reader.util';
import { PROJECT_ROOT } from '../src/config/paths';
import { getJson, postJson } from './support/http';
import { SEED_FILE } from './support/seed';

/**
 * The embedded default, the way `npm start` runs it: a real process with no DATABASE_URL, PGlite
 * in DATA_DIR, seeded at first start, kept across a restart. A slice of the real seed keeps this
 * fast; the full seed is covered on PostgreSQL.
 */
describe('embedded PGlite default (a real process)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tthc-pglite-'));
  const seed = join(dataDir, 'seed.jsonl.gz');
  const lines = readMaybeGzipped(SEED_FILE).split('\n').filter(Boolean);
  const slice = lines.filter((l, i) => i < 40 || l.includes('"ma_thu_tuc": "1.001193"'));
  writeFileSync(seed, gzipSync(slice.join('\n')));
  const port = 39_000 + (process.pid % 500);
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  function start(): ChildProcess {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      CATALOG_SEED_FILE: seed,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    return spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src', 'main.ts')],
      {
        cwd: PROJECT_ROOT,
        env,
        stdio: 'ignore',
      },
    );
  }

  async function waitForHealth(): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child?.exitCode !== null) throw new Error(`the app exited with ${child?.exitCode}`);
      try {
        if ((await fetch(`${baseUrl}/health`)).status === 200) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no 200 from /health within 120 s');
  }

  async function stop(): Promise<void> {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds an empty embedded database at first start and answers', async () => {
    child = start();
    await waitForHealth();
    const { body: health } = await getJson(`${baseUrl}/health`);
    expect(health).toMatchObject({ status: 'ok', database: 'up', procedures: slice.length });
    const { body } = await postJson(`${baseUrl}/api/chat/messages`, {
      userId: 'pglite-1',
      text: 'Thủ tục đăng ký khai sinh cần giấy tờ gì?',
    });
    expect(body.replies[0].text).toContain('Thủ tục đăng ký khai sinh');
    const { body: detail } = await getJson(`${baseUrl}/api/procedures/1.001193`);
    expect(detail.channels[0].fee).toBe('Miễn phí');
    await stop();
  }, 180_000);

  it('keeps its data across a restart without seeding again', async () => {
    writeFileSync(seed, gzipSync(lines.slice(100, 110).join('\n'))); // would change the count if re-seeded
    child = start();
    await waitForHealth();
    const { body: list } = await getJson(`${baseUrl}/api/procedures?limit=1`);
    expect(list.total).toBe(slice.length);
    await stop();
  }, 180_000);
});
