// The run's database, for the few faults a journey must show but no browser can cause (a
// session whose key material is gone on the server). Arranging ordinary data goes through the
// API (support/api.ts); this is not a way around it.
import { Client } from 'pg';

export async function sql(query: string, params: unknown[] = []): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is set by global-setup.ts; run the journeys through Playwright.');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query, params);
  } finally {
    await client.end();
  }
}
