import 'reflect-metadata';
import { loadConfig, loadDotEnvFile } from './src/config/config.loader';
import { createDataSource } from './src/database/data-source.factory';

/** The DataSource for the TypeORM CLI: same config loader and factory as the app. */
loadDotEnvFile();
export default createDataSource(loadConfig());
