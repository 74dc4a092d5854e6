// The e-mail send limit on intake requests: per client address and per recipient, in Redis,
// refused before anything is stored or queued.
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailRateLimiter, QueueName, redisConnection, type EmailJob } from '@imh/queue';
import { countRows } from '../support/database';
import { expectError } from '../support/expect-error';
import { uniqueEmail } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const SUBMIT = `mutation Submit($input: SubmitIntakeRequestInput!) { submitIntakeRequest(input: $input) { id email } }`;
const PER_RECIPIENT = 2;
const PER_ADDRESS = 3;

let app: TestApp;
let emailQueue: Queue<EmailJob>;
let addressCount = 0;

beforeAll(async () => {
  // Without the worker, queued e-mails stay in the queue where the test can count them. One
  // proxy hop is trusted, so each test client can speak from its own address.
  app = await startTestApp({
    env: {
      MAIL_PER_RECIPIENT: String(PER_RECIPIENT),
      MAIL_PER_ADDRESS: String(PER_ADDRESS),
      MAIL_WINDOW_SECONDS: '3600',
      TRUST_PROXY_HOPS: '1',
    },
  });
  emailQueue = new Queue(QueueName.EMAIL, {
    connection: redisConnection(app.config.REDIS_URL),
    prefix: app.config.QUEUE_PREFIX,
  });
});
afterAll(async () => {
  await emailQueue?.close();
  await app?.close();
});

/** A client address no other test uses (documentation range 198.51.100.0/24 and beyond). */
const newAddress = () => {
  addressCount += 1;
  return `198.51.${100 + Math.floor(addressCount / 250)}.${addressCount % 250}`;
};

async function submit(email: string, address: string): Promise<GqlResult> {
  const res = await app.client().fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({
      query: SUBMIT,
      variables: { input: { name: 'Bezoeker', email, organisation: 'Wijkteam', discipline: 'Jeugdzorg' } },
    }),
  });
  const body = (await res.json()) as Pick<GqlResult, 'data' | 'errors'>;
  return { ...body, status: res.status, headers: res.headers };
}

/** Intake confirmations queued for `email`. */
async function queuedFor(email: string): Promise<number> {
  const jobs = await emailQueue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
  return jobs.filter((job) => job.data.template === 'intake-confirmation' && job.data.to === email).length;
}

const storedFor = (email: string) => countRows('SELECT count(*) FROM intake_request WHERE email = $1', [email]);

function expectRateLimited(res: GqlResult) {
  const error = expectError(res, 'RATE_LIMITED', 'RATE_LIMITED');
  expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(error.extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
}

describe('the intake e-mail limit', () => {
  it(`accepts ${PER_RECIPIENT} requests to one recipient, from any address, and refuses the next`, async () => {
    const email = uniqueEmail('visitor');
    for (let i = 0; i < PER_RECIPIENT; i += 1) {
      const res = await submit(i === 0 ? email : email.toUpperCase(), newAddress());
      expect(res.errors).toBeUndefined();
    }
    expectRateLimited(await submit(email, newAddress()));
    expect(await storedFor(email)).toBe(PER_RECIPIENT);
    expect(await queuedFor(email)).toBe(PER_RECIPIENT);
  });

  it(`accepts ${PER_ADDRESS} requests from one address, to anyone, and refuses the next`, async () => {
    const address = newAddress();
    const emails = Array.from({ length: PER_ADDRESS + 1 }, () => uniqueEmail('visitor'));
    for (const email of emails.slice(0, PER_ADDRESS)) expect((await submit(email, address)).errors).toBeUndefined();
    const last = emails[PER_ADDRESS];
    expectRateLimited(await submit(last, address));
    expect(await storedFor(last)).toBe(0);
    expect(await queuedFor(last)).toBe(0);
    // The refusal cost the recipient nothing: from another address the request goes through.
    expect((await submit(last, newAddress())).errors).toBeUndefined();
  });

  it('lets exactly the allowed number through when requests arrive at once', async () => {
    const email = uniqueEmail('visitor');
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(email, newAddress())));
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(PER_RECIPIENT);
    for (const refused of results.filter((r) => r.errors)) expectRateLimited(refused);
    expect(await storedFor(email)).toBe(PER_RECIPIENT);
    expect(await queuedFor(email)).toBe(PER_RECIPIENT);
  });

  it('keeps each kind of e-mail to its own budget', async () => {
    const email = uniqueEmail('visitor');
    for (let i = 0; i < PER_RECIPIENT; i += 1) expect((await submit(email, newAddress())).errors).toBeUndefined();
    expectRateLimited(await submit(email, newAddress()));
    // The same limiter, as the password reset uses it: a separate count for the same person.
    const limiter = app.api.get(EmailRateLimiter);
    await expect(
      limiter.consume({ purpose: 'password-reset', clientAddress: newAddress(), recipient: email }),
    ).resolves.toBeUndefined();
  });
});
