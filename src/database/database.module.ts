import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source.factory';
import { runMigrationsLocked } from './migration-runner';

/** Connects (PostgreSQL or embedded PGlite) and brings the schema up to date before anything runs. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config),
        // Fail fast with a clear message instead of retrying for half a minute.
        retryAttempts: 2,
        retryDelay: 1000,
      }),
      dataSourceFactory: async (options?: DataSourceOptions) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrationsLocked(dataSource, !('url' in options! && options.url));
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
