// The two sides of every benchmark row, at the same concurrency: HTTP requests to the API
// (keep-alive, one socket per connection) and the raw `pg` driver replaying the SQL statements
// one such request executes, on a pool as large as the API's.
import { Agent, request } from 'node:http';
import type { DataSource } from 'typeorm';
import { Pool } from 'pg';

export interface Measured {
  requests: number;
  /** Requests answered including the warm-up, for CPU per request. */
  total: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

export interface Statement {
  sql: string;
  parameters: unknown[];
}

function summarise(latencies: number[], errors: number, seconds: number, total: number): Measured {
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);
  return { requests: sorted.length, total, errors, rps: sorted.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** Runs `once` from `connections` loops for `seconds` (after `warmup` seconds not counted). */
async function closedLoop(
  connections: number,
  seconds: number,
  warmup: number,
  once: () => Promise<boolean>,
): Promise<Measured> {
  const started = performance.now();
  const measureFrom = started + warmup * 1000;
  const until = measureFrom + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let total = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const ok = await once().catch(() => false);
        const t1 = performance.now();
        total++;
        if (t0 < measureFrom) continue;
        if (ok) latencies.push(t1 - t0);
        else errors++;
      }
    }),
  );
  return summarise(latencies, errors, seconds, total);
}

export interface HttpTarget {
  port: number;
  body: string;
  cookie?: string;
  /** Headers that vary per request (a visitor's forwarded address). */
  headers?: () => Record<string, string>;
}

/** One GraphQL POST; true when it answered 200 without errors. */
export function post(agent: Agent, target: HttpTarget): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: '/graphql',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(target.body),
          ...(target.cookie ? { cookie: target.cookie } : {}),
          ...target.headers?.(),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve(res.statusCode === 200 && !text.includes('"errors"'));
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}

export async function loadApi(target: HttpTarget, connections: number, seconds: number, warmup = 1): Promise<Measured> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  try {
    return await closedLoop(connections, seconds, warmup, () => post(agent, target));
  } finally {
    agent.destroy();
  }
}

/** The statements one request runs, replayed in order on one pooled connection per request. */
export async function loadRaw(
  databaseUrl: string,
  statements: Statement[],
  connections: number,
  poolSize: number,
  seconds: number,
  warmup = 1,
): Promise<Measured> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  try {
    return await closedLoop(connections, seconds, warmup, async () => {
      const client = await pool.connect();
      try {
        for (const s of statements) await client.query(s.sql, s.parameters as unknown[]);
        return true;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}

/**
 * Records the SQL statements (with parameters) a DataSource sends while `fn` runs. TypeORM hands
 * every statement to its logger before running it, whatever the log level.
 */
export class StatementRecorder {
  private recording: Statement[] | null = null;

  constructor(dataSource: DataSource) {
    const logger = dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      this.recording?.push({ sql: query, parameters: parameters ?? [] });
      return original(query, parameters, queryRunner);
    };
  }

  async record(fn: () => Promise<unknown>): Promise<Statement[]> {
    const statements: Statement[] = [];
    this.recording = statements;
    try {
      await fn();
      return statements;
    } finally {
      this.recording = null;
    }
  }
}
