import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppConfig, loadConfig } from '@imh/config';
import { AppModule } from './app.module';
import { bodyParserErrors } from './graphql/body-errors';
import { mountQueueDashboard } from './queues/queue-dashboard';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * The largest JSON body the API reads (GraphQL requests; files go through POST /files). The
 * biggest real request is an enrolment CSV of MAX_CSV_CHARS (1,000,000) characters as a JSON
 * string: up to 3 bytes each in UTF-8, plus escapes, so a file at its own limit is refused with
 * that limit named rather than cut off here; anything larger is refused with 413 before it is
 * parsed. Express's default (100 kB) refused real CSVs.
 */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024;

/** Builds the API app; used by main.ts and by the integration tests. */
export async function createApiApp(): Promise<INestApplication> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL as LogLevel) + 1),
    // Only JSON is read (no urlencoded forms): GraphQL speaks JSON, uploads are streamed.
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: MAX_JSON_BODY_BYTES });
  app.use(bodyParserErrors);
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
