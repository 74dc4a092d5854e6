import { Logger } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@imh/common';
import { QueueName } from '@imh/queue';
import { ACCOUNT_LINK_REQUESTED, AccountMail, UserTokenPurpose } from '@imh/identity';
import { EmailProcessor } from '../../../apps/worker/src/email/email.processor';
import { MailerService } from '../../../apps/worker/src/email/mailer.service';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, uniqueEmail, type CreatedUser } from '../support/factories';
import { linkToken, sha256 } from '../support/mail';
import { ACCEPT_INVITATION, INVITE_USER, RESEND_INVITATION } from '../support/operations';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: CreatedUser;
let adminClient: GqlClient;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  admin = await createAdmin({ name: 'Anna Admin' });
  adminClient = app.client();
  await adminClient.login(admin.email, admin.password);
});
afterAll(async () => {
  await app?.close();
});

const NEW_PASSWORD = 'a-brand-new-password';

/** Invites someone as the admin and returns the link token from the e-mail the worker sent. */
async function invite(input: Record<string, unknown>) {
  const res = await adminClient.gql(INVITE_USER, {
    input: { name: 'Invited Person', roles: [Role.STUDENT], ...input },
  });
  expect(res.errors).toBeUndefined();
  await app.drainQueues();
  const [mail] = app.mail.to(input.email as string);
  return { user: res.data!.inviteUser, mail, token: linkToken(mail, '/set-password') };
}

const userRows = (email: string) =>
  sql<{ id: string; status: string; password_hash: string | null }>(
    'SELECT id, status, password_hash FROM "user" WHERE email = $1',
    [email],
  );

describe('inviting', () => {
  it('the worker e-mails a Dutch invitation over SMTP; accepting it sets the password and signs in, once', async () => {
    const email = uniqueEmail('invitee');

    const res = await adminClient.gql(INVITE_USER, {
      input: { email, name: 'Ilse de Vries', roles: [Role.STUDENT, Role.CONFIDANT] },
    });

    expect(res.errors).toBeUndefined();
    const invited = res.data!.inviteUser;
    expect(invited).toMatchObject({ email, name: 'Ilse de Vries', status: 'INVITED', locale: 'nl' });
    expect([...invited.roles].sort()).toEqual([Role.CONFIDANT, Role.STUDENT]);
    expect(await userRows(email)).toEqual([{ id: invited.id, status: 'INVITED', password_hash: null }]);
    const audit = await sql('SELECT actor_id, data FROM audit_event WHERE action = $1 AND subject_id = $2', [
      'user.invited',
      invited.id,
    ]);
    expect(audit).toEqual([{ actor_id: admin.user.id, data: { roles: [Role.STUDENT, Role.CONFIDANT] } }]);

    await app.drainQueues();
    const mails = app.mail.to(email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toBe('Uitnodiging voor IMH Academy');
    expect(mail.from).toBe('no-reply@imh-academy.test');
    expect(mail.text).toContain('Beste Ilse de Vries,');
    expect(mail.text).toContain('Anna Admin nodigt je uit');
    expect(mail.text).toContain('Wachtwoord instellen: http://portal.imh.test/set-password?token=');
    const token = linkToken(mail, '/set-password');
    expect(mail.html).toContain(`href="http://portal.imh.test/set-password?token=${token}"`);
    // The e-mail holds the token; the database only its hash, minted for the invitation's request.
    const tokenRows = await sql<{ token_hash: string | null; purpose: string; used_at: Date | null; minted: boolean }>(
      'SELECT token_hash, purpose, used_at, request_id IS NOT NULL AS minted FROM user_token WHERE user_id = $1 ORDER BY created_at',
      [invited.id],
    );
    expect(tokenRows).toEqual([
      { token_hash: null, purpose: 'INVITATION', used_at: null, minted: false },
      { token_hash: sha256(token), purpose: 'INVITATION', used_at: null, minted: true },
    ]);

    const invitee = app.client();
    const accepted = await invitee.gql(ACCEPT_INVITATION, { input: { token, password: NEW_PASSWORD } });

    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user).toMatchObject({ id: invited.id, status: 'ACTIVE' });
    expect(invitee.sessionCookie).toBeDefined();
    expect(await invitee.meId()).toBe(invited.id);
    expect((await app.client().login(email, NEW_PASSWORD)).id).toBe(invited.id);

    // The link works once.
    const [before] = await userRows(email);
    const reuse = await app.client().gql(ACCEPT_INVITATION, { input: { token, password: 'another-password-1' } });
    const error = expectError(reuse, 'BAD_USER_INPUT', 'INVALID_TOKEN');
    expect(error.extensions?.fields).toEqual({ token: 'invalid' });
    expect(await userRows(email)).toEqual([before]);
    expect(reuse.headers.getSetCookie()).toEqual([]);
  });

  it('sends the invitation in English when the locale is en', async () => {
    const email = uniqueEmail('english');
    const { mail, user } = await invite({ email, name: 'Emma Smith', locale: 'en' });

    expect(user.locale).toBe('en');
    expect(mail.subject).toBe('Your invitation to IMH Academy');
    expect(mail.text).toContain('Dear Emma Smith,');
    expect(mail.text).toContain('Anna Admin invites you to IMH Academy');
    expect(mail.text).toContain('Set your password: http://portal.imh.test/set-password?token=');
  });

  it('an expired invitation link is refused and changes nothing', async () => {
    const email = uniqueEmail('late');
    const { user, token } = await invite({ email });
    await sql(`UPDATE user_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);

    const res = await app.client().gql(ACCEPT_INVITATION, { input: { token, password: NEW_PASSWORD } });

    expectError(res, 'BAD_USER_INPUT', 'INVALID_TOKEN');
    expect(await userRows(email)).toEqual([{ id: user.id, status: 'INVITED', password_hash: null }]);
    expect(await countRows('SELECT count(*) FROM session WHERE user_id = $1', [user.id])).toBe(0);
    expect(
      await countRows('SELECT count(*) FROM user_token WHERE user_id = $1 AND used_at IS NOT NULL', [user.id]),
    ).toBe(0);
  });

  it('a made-up token is refused', async () => {
    const res = await app.client().gql(ACCEPT_INVITATION, { input: { token: 'x'.repeat(43), password: NEW_PASSWORD } });
    expectError(res, 'BAD_USER_INPUT', 'INVALID_TOKEN');
  });

  it('resending makes a new link and the old one stops working', async () => {
    const email = uniqueEmail('resend');
    const { user, token: oldToken } = await invite({ email });

    const res = await adminClient.gql(RESEND_INVITATION, { userId: user.id });
    expect(res.errors).toBeUndefined();
    await app.drainQueues();
    const mails = app.mail.to(email);
    expect(mails).toHaveLength(2);
    const newToken = linkToken(mails[1], '/set-password');
    expect(newToken).not.toBe(oldToken);

    expectError(
      await app.client().gql(ACCEPT_INVITATION, { input: { token: oldToken, password: NEW_PASSWORD } }),
      'BAD_USER_INPUT',
      'INVALID_TOKEN',
    );
    const accepted = await app.client().gql(ACCEPT_INVITATION, { input: { token: newToken, password: NEW_PASSWORD } });
    expect(accepted.errors).toBeUndefined();
    // Once accepted there is nothing to resend.
    expectError(await adminClient.gql(RESEND_INVITATION, { userId: user.id }), 'CONFLICT', 'ALREADY_ACTIVE');
  });
});

/** The fact and the ledger row of a user's account e-mails, as stored. */
const storedFor = async (userId: string) => ({
  facts: await sql<{ payload: Record<string, unknown> }>(
    `SELECT payload FROM outbox_event WHERE type = $1 AND payload->>'userId' = $2 ORDER BY id`,
    [ACCOUNT_LINK_REQUESTED, userId],
  ),
  deliveries: await sql<{ key: string; kind: string; status: string; params: Record<string, unknown> }>(
    'SELECT key, kind, status, params FROM delivery WHERE recipient_id = $1 ORDER BY created_at',
    [userId],
  ),
});

describe('the link is made when the e-mail is sent', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('neither the outbox fact nor the ledger holds the token or the address', async () => {
    const email = uniqueEmail('nothing-stored');
    const { user, token } = await invite({ email, name: 'Sanne Stil' });
    const [request] = await sql<{ id: string }>('SELECT id FROM user_token WHERE user_id = $1 AND token_hash IS NULL', [
      user.id,
    ]);

    const { facts, deliveries } = await storedFor(user.id);

    expect(facts).toEqual([
      { payload: { userId: user.id, requestId: request.id, purpose: 'INVITATION', invitedById: admin.user.id } },
    ]);
    expect(deliveries).toEqual([
      {
        key: `ACCOUNT/invitation/${user.id}/${request.id}`,
        kind: 'ACCOUNT',
        status: 'SENT',
        params: { invitedBy: 'Anna Admin', name: 'Sanne Stil' },
      },
    ]);
    const stored = JSON.stringify({ facts, deliveries });
    for (const secret of [token, sha256(token), email, 'set-password']) expect(stored).not.toContain(secret);
  });

  it('a send that fails and is retried mints a second link: the one that arrives works, and using it closes the other', async () => {
    const email = uniqueEmail('retried');
    const mailer = app.worker!.get(MailerService);
    const failed = vi.spyOn(mailer, 'send').mockRejectedValueOnce(new Error('451 try again later'));
    const logged = (['log', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(Logger.prototype, level).mockImplementation(() => undefined),
    );

    const res = await adminClient.gql(INVITE_USER, { input: { email, name: 'Invited Person', roles: [Role.STUDENT] } });
    expect(res.errors).toBeUndefined();
    const user = res.data!.inviteUser;
    // The retry waits out its backoff (a delayed job); wait for it by what it does.
    const deadline = Date.now() + 15_000;
    while (!app.mail.to(email).length && Date.now() < deadline) {
      await app.drainQueues();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [mail] = app.mail.to(email);
    const token = linkToken(mail, '/set-password');

    expect(failed).toHaveBeenCalledTimes(2);
    expect(app.mail.to(email)).toEqual([mail]);
    const minted = () =>
      sql<{ token_hash: string; used: boolean }>(
        'SELECT token_hash, used_at IS NOT NULL AS used FROM user_token WHERE user_id = $1 AND token_hash IS NOT NULL ORDER BY created_at',
        [user.id],
      );
    const [first, second] = await minted();
    expect(second).toEqual({ token_hash: sha256(token), used: false });
    expect(first.token_hash).not.toBe(second.token_hash);
    expect(first.used).toBe(false);

    const accepted = await app.client().gql(ACCEPT_INVITATION, { input: { token, password: NEW_PASSWORD } });

    expect(accepted.errors).toBeUndefined();
    expect((await minted()).map((t) => t.used)).toEqual([true, true]);
    expect((await storedFor(user.id)).deliveries.map((d) => d.status)).toEqual(['SENT']);
    // Neither link, nor the address, is in what was logged or in the queue's jobs (a key only).
    const jobs = await app
      .worker!.get<Queue>(getQueueToken(QueueName.EMAIL))
      .getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
    const ours = jobs.filter((j) => JSON.stringify(j.data).includes(user.id));
    expect(ours.length).toBeGreaterThan(0);
    for (const job of ours) expect(Object.keys(job.data as object)).toEqual(['deliveryKeys']);
    const said = JSON.stringify([logged.map((spy) => spy.mock.calls), ours.map((j) => [j.data, j.failedReason])]);
    expect(logged[2].mock.calls.length).toBeGreaterThan(0);
    for (const row of [first, second]) expect(said).not.toContain(row.token_hash);
    for (const secret of [token, email, 'token=']) expect(said).not.toContain(secret);
  });

  it('an invitation e-mail still waiting when the invitation is accepted is skipped, not sent', async () => {
    const email = uniqueEmail('accepted-first');
    const { user, token } = await invite({ email });
    const emails = app.worker!.get(EmailProcessor).worker;
    // Another request for the same invitation waits in the ledger (the worker's e-mail queue paused)…
    await emails.pause();
    try {
      await app.api
        .get(DataSource)
        .transaction((manager) =>
          app.api.get(AccountMail).request(manager, user.id, UserTokenPurpose.INVITATION, admin.user.id),
        );
      // …while the invitee accepts the link they have.
      const accepted = await app.client().gql(ACCEPT_INVITATION, { input: { token, password: NEW_PASSWORD } });
      expect(accepted.errors).toBeUndefined();
    } finally {
      emails.resume();
    }
    await app.drainQueues();

    expect(app.mail.to(email)).toHaveLength(1);
    expect((await storedFor(user.id)).deliveries.map((d) => d.status)).toEqual(['SENT', 'SKIPPED']);
    // Nothing was minted for the skipped one.
    expect(
      await countRows('SELECT count(*) FROM user_token WHERE user_id = $1 AND token_hash IS NOT NULL', [user.id]),
    ).toBe(1);
  });
});

describe('refused invitations write nothing', () => {
  /** Counts everything an invitation writes, to show a refusal wrote none of it. */
  const footprint = async (email: string) => ({
    users: await countRows('SELECT count(*) FROM "user" WHERE email = $1', [email]),
    tokens: await countRows('SELECT count(*) FROM user_token t JOIN "user" u ON u.id = t.user_id WHERE u.email = $1', [
      email,
    ]),
    audit: await countRows('SELECT count(*) FROM audit_event'),
  });

  it('an address that already has an account is a CONFLICT, whatever its case', async () => {
    const existing = await createUser();
    const before = await footprint(existing.email);

    const res = await adminClient.gql(INVITE_USER, {
      input: { email: existing.email.toUpperCase(), name: 'Someone Else', roles: [Role.STUDENT] },
    });

    expectError(res, 'CONFLICT', 'EMAIL_TAKEN');
    expect(await footprint(existing.email)).toEqual(before);
    await app.drainQueues();
    expect(app.mail.to(existing.email)).toEqual([]);
  });

  it('two simultaneous invitations of one address make one user; the others get CONFLICT', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        adminClient.gql(INVITE_USER, { input: { email, name: 'Racing Person', roles: [Role.STUDENT] } }),
      ),
    );

    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    await app.drainQueues();
    expect(app.mail.to(email)).toHaveLength(1);
    // One user, one link request and the token its one e-mail minted.
    expect(await footprint(email)).toMatchObject({ users: 1, tokens: 2 });
  });

  it('non-admins are FORBIDDEN and signed-out callers UNAUTHENTICATED', async () => {
    const email = uniqueEmail('nope');
    const before = await footprint(email);
    const input = { email, name: 'Not Invited', roles: [Role.STUDENT] };

    for (const role of [Role.DOCENT, Role.STUDENT, Role.CONFIDANT]) {
      const someone = await createUser({ roles: [role] });
      const client = app.client();
      await client.login(someone.email, someone.password);
      expectError(await client.gql(INVITE_USER, { input }), 'FORBIDDEN', 'USERS_ADMIN_ONLY');
    }
    expectError(await app.client().gql(INVITE_USER, { input }), 'UNAUTHENTICATED');

    expect(await footprint(email)).toEqual(before);
    await app.drainQueues();
    expect(app.mail.to(email)).toEqual([]);
  });

  it('an unknown discipline or organisation is BAD_USER_INPUT naming the field', async () => {
    const email = uniqueEmail('unknown-ref');
    const before = await footprint(email);
    const missing = '00000000-0000-4000-8000-000000000000';

    const discipline = await adminClient.gql(INVITE_USER, {
      input: { email, name: 'X', roles: [Role.STUDENT], disciplineId: missing },
    });
    const organisation = await adminClient.gql(INVITE_USER, {
      input: { email, name: 'X', roles: [Role.STUDENT], organisationId: missing },
    });

    expect(expectError(discipline, 'BAD_USER_INPUT', 'VALIDATION_FAILED').extensions).toMatchObject({
      fields: { disciplineId: 'unknown' },
      params: { field: 'disciplineId' },
    });
    expect(expectError(organisation, 'BAD_USER_INPUT', 'VALIDATION_FAILED').extensions).toMatchObject({
      fields: { organisationId: 'unknown' },
      params: { field: 'organisationId' },
    });
    expect(await footprint(email)).toEqual(before);
  });

  it('no roles, or an empty name, is BAD_USER_INPUT naming the field', async () => {
    const email = uniqueEmail('empty');
    const before = await footprint(email);

    const noRoles = await adminClient.gql(INVITE_USER, { input: { email, name: 'X', roles: [] } });
    const noName = await adminClient.gql(INVITE_USER, { input: { email, name: '   ', roles: [Role.STUDENT] } });

    expect(expectError(noRoles, 'BAD_USER_INPUT').extensions?.fields).toHaveProperty('roles');
    expect(expectError(noName, 'BAD_USER_INPUT').extensions?.fields).toHaveProperty('name');
    expect(await footprint(email)).toEqual(before);
  });
});
