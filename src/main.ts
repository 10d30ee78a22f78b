import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig, loadDotEnvFile } from './config/config.loader';

async function main(): Promise<void> {
  loadDotEnvFile();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const where = config.usesEmbeddedDatabase ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.warn(`Trợ lý thủ tục hành chính: http://localhost:${config.port}/ (database: ${where})`);
}

main().catch((error: unknown) => {
  console.error('Không khởi động được dịch vụ:', error instanceof Error ? error.message : error);
  process.exit(1);
});
