import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config.loader';

/** The run's seeded PostgreSQL database (made by global-setup). */
export function runDatabaseUrl(): string {
  const url = process.env.TEST_RUN_DATABASE_URL;
  if (!url) throw new Error('TEST_RUN_DATABASE_URL is not set: run the tests through jest (global setup)');
  return url;
}

/** Starts the real application on a loopback port; returns it with its base URL. */
export async function startApp(
  env: Record<string, string> = {},
): Promise<{ app: NestFastifyApplication; baseUrl: string }> {
  const config = loadConfig({
    DATABASE_URL: runDatabaseUrl(),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    // Due-date scans would write reminders into other tests' chats; the reminder test runs them itself.
    NOTIFY_SCAN_MINUTES: '0',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}
