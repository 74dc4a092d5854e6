import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { fileDatabaseUrl } from '../support/database';
import { startTestApp, type TestApp } from '../support/test-app';

const ROOT = resolve(__dirname, '../../..');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the worker process', () => {
  it('stops on SIGTERM within its grace period, with a clean exit', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: await fileDatabaseUrl(),
        REDIS_URL: inject('redisUrl'),
        QUEUE_PREFIX: `${app.config.QUEUE_PREFIX}w`,
        SMTP_URL: app.mail.url,
        WORKER_SHUTDOWN_SECONDS: '5',
        LOG_LEVEL: 'log',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`worker did not start:\n${output}`)), 45_000);
      child.stdout.on('data', () => {
        if (output.includes('Worker started')) {
          clearTimeout(timer);
          done();
        }
      });
    });
    const stoppedAt = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(Date.now() - stoppedAt).toBeLessThan(6_000);
    expect(output).toContain('SIGTERM: finishing active jobs');
    expect(code === 0 || code === null, output).toBe(true);
  }, 60_000);
});
