import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadConfigOrExit } from './config/config.loader';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const where = config.usesEmbeddedDatabase ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.warn(`Trợ lý thủ tục hành chính: http://localhost:${config.port}/ (database: ${where})`);
}

main().catch((error: unknown) => {
  console.error('Không khởi động được dịch vụ:', error instanceof Error ? error.message : error);
  process.exit(1);
});
