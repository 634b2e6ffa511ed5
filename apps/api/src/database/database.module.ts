import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.schema';
import { APP_CONFIG } from '../config/app-config.token';
import { dataSourceOptions } from './data-source-options';
import { serializeSqliteTransactions } from './sqlite-transactions';

/** Opens the database and brings its schema up to date before any feature starts. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), migrationsRun: true }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options as DataSourceOptions).initialize();
        serializeSqliteTransactions(dataSource);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
