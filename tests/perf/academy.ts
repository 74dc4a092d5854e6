// Turns a seeded academy into one the scenarios can run against: the personas signed in through
// the API (a real session cookie each) and the confidential threads written through the API
// (their content is encrypted per thread, so they cannot be bulk-inserted).
import { BENCH_PASSWORD, PERSONAS, type Persona } from './seed';

/** A minimal cookie-keeping GraphQL client for the bench (the integration tests have their own). */
export class BenchClient {
  cookie = '';

  constructor(private readonly url: string) {}

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.getSetCookie().map((line) => line.split(';')[0]);
    if (set.length) this.cookie = set.join('; ');
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async login(email: string): Promise<void> {
    await this.gql('mutation Login($input: LoginInput!) { login(input: $input) { user { id } } }', {
      input: { email, password: BENCH_PASSWORD },
    });
  }
}

export type Sessions = Record<Persona, string>;

const START = `mutation Start($input: StartConfidentialThreadInput!) { startConfidentialThread(input: $input) { receipt } }`;

/**
 * Signs the personas in (the confidant first, so threads are wrapped for their key, and with a
 * recovery key, so their inbox opens), then has `threads` threads written by students 2…21.
 * Returns each persona's cookie header ('' for the signed-out visitor).
 */
export async function prepareAcademy(url: string, threads: number): Promise<Sessions> {
  const confidant = new BenchClient(url);
  await confidant.login(PERSONAS.confidant);
  await confidant.gql('mutation { createConfidentialRecoveryKey }');
  const writers = Math.min(20, threads);
  for (let w = 0; w < writers; w++) {
    const writer = new BenchClient(url);
    await writer.login(`student-${w + 2}@bench.test`);
    for (let i = w; i < threads; i += writers) {
      await writer.gql(START, {
        input: {
          subject: `Vraag ${i + 1} over mijn lesgroep`,
          body: 'Ik wil graag iets vertrouwelijk bespreken over de samenwerking in mijn lesgroep.',
          anonymous: i % 5 === 0,
        },
      });
    }
  }
  const sessions: Partial<Sessions> = { visitor: '', confidant: confidant.cookie };
  for (const persona of ['student', 'docent', 'admin'] as const) {
    const client = new BenchClient(url);
    await client.login(PERSONAS[persona]);
    sessions[persona] = client.cookie;
  }
  return sessions as Sessions;
}
