import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@imh/config';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfig(); // fail fast, naming every bad variable
  const app = await NestFactory.createApplicationContext(WorkerModule);
  const logger = new Logger('Worker');
  // SIGTERM: Nest closes the BullMQ workers, which take no new job and wait for the active ones.
  // A job that will not finish must not keep a deploy waiting: past the grace period we leave,
  // and BullMQ hands the stalled job to another worker.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.log(`${signal}: finishing active jobs (at most ${config.WORKER_SHUTDOWN_SECONDS} s)`);
      setTimeout(() => {
        logger.warn('Active jobs did not finish in time; exiting.');
        process.exit(1);
      }, config.WORKER_SHUTDOWN_SECONDS * 1000).unref();
    });
  }
  app.enableShutdownHooks();
  logger.log('Worker started; processing queues.');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
