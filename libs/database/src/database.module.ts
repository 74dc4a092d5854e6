import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@imh/config';
import { dataSourceOptions } from './data-source-options';

/** TypeORM for the API and the worker. Neither runs migrations: `npm start` and deploys do. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL),
        // Processes never migrate, so they need not load the migration files at all.
        migrations: [],
        migrationsRun: false,
      }),
    }),
  ],
})
export class DatabaseModule {}
