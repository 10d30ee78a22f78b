import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/paths';

/** A bad or missing value stops the process with a message naming it (no stack trace). */
describe('start-up with a bad configuration', () => {
  it('exits with status 1 naming each bad variable', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src', 'main.ts')],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PORT: 'not-a-port', LOG_LEVEL: 'chatty', DATABASE_URL: 'mysql://x' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('LOG_LEVEL');
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
