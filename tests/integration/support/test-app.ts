// Boots the real API (and, when asked, the real worker) in the test process against the file's
// database, a Redis prefix of its own and an SMTP sink, and gives tests HTTP clients with
// their own cookie jars, a queue drain and a SQL statement counter.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { AppConfig } from '@imh/config';
import { DeferredWork } from '@imh/identity';
import { OutboxRelay } from '@imh/notifications';
import { QueueName, redisConnection } from '@imh/queue';
import { createApiApp } from '../../../apps/api/src/bootstrap';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { SmtpSink } from '../../support/smtp-sink';
import { closeTestDb, fileDatabaseUrl } from './database';
import { loadMigrationsWithSwc } from './load-migrations';

export interface TestAppOptions {
  /** Also run the worker in this process, so queued e-mails really go over SMTP to `app.mail`. */
  worker?: boolean;
  /** Extra environment for the apps' config, e.g. `{ LOGIN_MAX_ATTEMPTS: '2' }`. */
  env?: Record<string, string>;
}

/**
 * Response data when a test does not name its type: tests read responses by their shape and
 * assert on them, so a strict type would only add casts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyData = Record<string, any>;

export interface GqlResult<T = AnyData> {
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  status: number;
  headers: Headers;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    fields?: Record<string, string>;
    retryAfterSeconds?: number;
    [key: string]: unknown;
  };
}

/** A `stacktrace` extension, or a stack frame (`at fn (file.ts:12:5)`), raw or inside a JSON string. */
const STACK_TRACE = /"stacktrace"|(?:\\n|\n)\s+at [^\n]*?:\d+:\d+/;
const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const RUNNABLE_STATES = ['waiting', 'active', 'prioritized', 'waiting-children', 'paused'] as const;

/** A browser-like client: one cookie jar, JSON requests to /graphql. */
export class GqlClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** POSTs a GraphQL operation as JSON with this client's cookies; keeps the cookies it sets. */
  async gql<T = AnyData>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
    return { data: body.data, errors: body.errors, status: res.status, headers: res.headers };
  }

  /**
   * Any HTTP request with this client's cookies. Every response body is checked for stack
   * traces: none may ever reach a client.
   */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size && !headers.has('cookie')) headers.set('cookie', this.cookieHeader());
    const res = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    this.storeCookies(res.headers);
    const text = await res.clone().text();
    if (STACK_TRACE.test(text)) {
      throw new Error(`Response to ${path} contains a stack trace:\n${text.slice(0, 2000)}`);
    }
    return res;
  }

  /** Signs in; fails the test when the login does not succeed. */
  async login(email: string, password: string): Promise<{ id: string; email: string; roles: string[] }> {
    const res = await this.gql<{ login: { user: { id: string; email: string; roles: string[] } } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { user { id email roles } } }',
      { input: { email, password } },
    );
    if (res.errors?.length || !res.data) {
      throw new Error(`Login as ${email} failed: ${JSON.stringify(res.errors)}`);
    }
    return res.data.login.user;
  }

  async logout(): Promise<void> {
    const res = await this.gql('mutation { logout }');
    if (res.errors?.length) throw new Error(`Logout failed: ${JSON.stringify(res.errors)}`);
  }

  /** The signed-in user's id, or null. */
  async meId(): Promise<string | null> {
    const res = await this.gql<{ me: { id: string } | null }>('{ me { id } }');
    if (res.errors?.length) throw new Error(`me failed: ${JSON.stringify(res.errors)}`);
    return res.data?.me?.id ?? null;
  }

  get sessionCookie(): string | undefined {
    return this.cookies.get('imh_session');
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private storeCookies(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = attributes.some((a) => {
        const [key, val = ''] = a.split('=');
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
        if (key.toLowerCase() === 'expires') return new Date(val).getTime() <= Date.now();
        return false;
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Counts the SQL statements the API sends, for "the count does not grow with the list" tests. */
export class SqlCounter {
  private recording: string[] | null = null;

  constructor(dataSource: DataSource) {
    // TypeORM hands every statement to its logger before running it, whatever the log level.
    const logger = dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      this.recording?.push(query);
      return original(query, parameters, queryRunner);
    };
  }

  /** Runs `fn` and returns what it returned with the statements the API ran meanwhile. */
  async count<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; queries: string[] }> {
    const queries: string[] = [];
    this.recording = queries;
    try {
      const result = await fn();
      return { result, count: queries.length, queries };
    } finally {
      this.recording = null;
    }
  }
}

export interface TestApp {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  api: INestApplication;
  worker: INestApplicationContext | undefined;
  config: AppConfig;
  /** The API's own DataSource. */
  dataSource: DataSource;
  /** Receives what the worker sends; empty unless started with `{ worker: true }`. */
  mail: SmtpSink;
  sql: SqlCounter;
  client(): GqlClient;
  /**
   * Waits for work the API does after answering, relays the outbox (rather than wait for the
   * relay's next scheduled run), then waits until no queue has a waiting, active or retrying job
   * and no fresh outbox event waits; fails on a job that failed meanwhile.
   */
  drainQueues(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

let appCount = 0;

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  loadMigrationsWithSwc();
  const mail = await new SmtpSink().start();
  appCount += 1;
  // Each app gets its own prefix inside the run's: login counters and queues never leak between files.
  const queuePrefix = `${inject('queuePrefix')}_${appCount}${randomBytes(2).toString('hex')}`;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: await fileDatabaseUrl(),
    REDIS_URL: inject('redisUrl'),
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: mail.url,
    MAIL_FROM: 'IMH Academy <no-reply@imh-academy.test>',
    PORTAL_URL: 'http://portal.imh.test',
    LOG_LEVEL: 'error',
    ...options.env,
  };

  const { api, worker } = await withEnv(env, async () => {
    const api = await createApiApp();
    const config = api.get(AppConfig);
    const worker = options.worker
      ? await NestFactory.createApplicationContext(WorkerModule, {
          logger: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL as LogLevel) + 1),
        })
      : undefined;
    return { api, worker };
  });
  await api.listen(0, '127.0.0.1');
  const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const config = api.get(AppConfig);
  const dataSource = api.get<DataSource>(getDataSourceToken());
  const connection = redisConnection(config.REDIS_URL);
  const queues = Object.values(QueueName).map((name) => new Queue(name, { connection, prefix: config.QUEUE_PREFIX }));
  const reportedFailures = new Set<string>();

  return {
    url,
    api,
    worker,
    config,
    dataSource,
    mail,
    sql: new SqlCounter(dataSource),
    client: () => new GqlClient(url),

    async drainQueues(timeoutMs = 15_000) {
      if (!worker) throw new Error('drainQueues needs the worker: startTestApp({ worker: true })');
      // Work the API does after answering (a password reset's lookup and e-mail) enqueues jobs late.
      await api.get(DeferredWork).settled();
      const relay = worker.get(OutboxRelay);
      await relay.drain();
      const deadline = Date.now() + timeoutMs;
      // The counts and the delayed set are two reads: a job promoted from delayed to waiting (or
      // moved back to delayed for a retry) between them is in neither. Idle is believed only when
      // two looks in a row, a moment apart, both find nothing.
      let idleLooks = 0;
      for (;;) {
        // Events recorded meanwhile (a job that wrote one). Ones that failed to relay and wait for
        // their retry are not work the test waits for; their reason is in outbox_event.last_error.
        const [{ unrelayed }] = await dataSource.query<{ unrelayed: number }[]>(
          'SELECT count(*)::int AS unrelayed FROM outbox_event WHERE relayed_at IS NULL AND attempts = 0',
        );
        if (unrelayed) await relay.drain();
        const counts = await Promise.all(queues.map((q) => q.getJobCounts(...RUNNABLE_STATES)));
        const runnable = counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
        // A delayed job is waited for when it is a retry or already due; one scheduled for later
        // (a job scheduler's next run, a reminder next week) is not work the test is waiting for.
        const delayed = (await Promise.all(queues.map((q) => q.getDelayed()))).flat();
        const retrying = delayed.filter((j) => j.attemptsMade > 0 || j.timestamp + (j.delay ?? 0) <= Date.now());
        idleLooks = runnable + retrying.length + unrelayed === 0 ? idleLooks + 1 : 0;
        if (idleLooks === 2) break;
        if (Date.now() > deadline) {
          const reasons = retrying.map((j) => `${j.queueName}/${j.id}: ${j.failedReason}`).join('\n');
          throw new Error(`Queues not drained within ${timeoutMs} ms: ${JSON.stringify(counts)}\n${reasons}`);
        }
        // Jobs finish in milliseconds here; poll Redis rather than wait a fixed time.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const failed = (await Promise.all(queues.map((q) => q.getFailed()))).flat();
      const fresh = failed.filter((j) => !reportedFailures.has(`${j.queueName}:${j.id}`));
      fresh.forEach((j) => reportedFailures.add(`${j.queueName}:${j.id}`));
      if (fresh.length) {
        throw new Error(`Jobs failed: ${fresh.map((j) => `${j.queueName}/${j.id}: ${j.failedReason}`).join('; ')}`);
      }
    },

    async close() {
      await api.close();
      await worker?.close();
      await Promise.all(queues.map((q) => q.close()));
      await mail.stop();
      await closeTestDb();
    },
  };
}

/** Config is read from process.env while the apps are built; set it for that moment only. */
async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
