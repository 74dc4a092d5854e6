import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppConfig, loadConfig } from '@imh/config';
import { AppModule } from './app.module';
import { mountQueueDashboard } from './queues/queue-dashboard';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the API app; used by main.ts and by the integration tests. */
export async function createApiApp(): Promise<INestApplication> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL as LogLevel) + 1),
  });
  app.disable('x-powered-by');
  if (config.TRUST_PROXY_HOPS > 0) app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.use(cookieParser());
  mountQueueDashboard(app);
  app.enableShutdownHooks();
  return app;
}

export function apiConfig(app: INestApplication): AppConfig {
  return app.get(AppConfig);
}
