import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { ConfidentialKeysService } from '@imh/confidential';
import { InvitationService } from '@imh/identity';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { linkToken } from '../support/mail';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  CHANGE_PASSWORD,
  GRANT,
  INBOX,
  MINE,
  readyConfidant,
  RECOVER,
  signedIn,
  START,
  THREAD,
  WORKSPACE,
  type Person,
} from './confidential-support';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

const NEW_PASSWORD = 'a-brand-new-passphrase-2026';

async function write(writer: Person, confidants: Person[], subject = 'Onderwerp') {
  const res = await writer.client.gql(START, {
    input: { subject, body: 'Inhoud', anonymous: false, confidantIds: confidants.map((c) => c.user.id) },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.startConfidentialThread.thread.id as string;
}

/** Resets the password through the real e-mailed link; returns a client signed in by the reset. */
async function resetPassword(person: Person): Promise<Person> {
  await app.api.get(InvitationService).sendPasswordReset(person.email);
  await app.drainQueues();
  // The newest reset e-mail: a notice of a message written just before may arrive in the same drain.
  const mail = app.mail
    .to(person.email)
    .filter((m) => m.text.includes('/reset-password'))
    .at(-1)!;
  const client = app.client();
  const res = await client.gql(
    'mutation R($input: SetPasswordInput!) { resetPassword(input: $input) { user { id } } }',
    {
      input: { token: linkToken(mail, '/reset-password'), password: NEW_PASSWORD },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { ...person, password: NEW_PASSWORD, client };
}

describe('key lifecycle', () => {
  it('a key the proven password does not open is replaced at sign-in, so "sign in again" does not repeat', async () => {
    const [writer, confidant] = [await signedIn(app, [Role.STUDENT]), await readyConfidant(app)];
    const old = await write(writer, [confidant], 'Van voor de vervanging');
    // The wrapping no longer matches the password (a row restored from elsewhere, say).
    await sql(`UPDATE confidential_key SET password_salt = decode(md5(random()::text), 'hex') WHERE user_id = $1`, [
      writer.user.id,
    ]);
    await writer.client.login(writer.email, writer.password);
    const mine = await writer.client.gql(MINE);
    expect(mine.errors).toBeUndefined();
    // As after a reset: the old thread is closed to the writer, the confidant keeps it.
    expect(mine.data!.myConfidentialThreads.totalCount).toBe(0);
    expect((await confidant.client.gql(THREAD, { id: old })).errors).toBeUndefined();
    const fresh = await write(writer, [confidant], 'Na de vervanging');
    expect((await writer.client.gql(THREAD, { id: fresh })).errors).toBeUndefined();
  });

  it('a password change re-wraps the keys: threads stay readable, old passwords open nothing', async () => {
    const [writer, confidant] = [await signedIn(app, [Role.STUDENT]), await readyConfidant(app)];
    const id = await write(writer, [confidant]);
    const [before] = await sql<{ password_wrapped: Buffer; public_key: Buffer }>(
      'SELECT password_wrapped, public_key FROM confidential_key WHERE user_id = $1',
      [writer.user.id],
    );
    const changed = await writer.client.gql(CHANGE_PASSWORD, {
      input: { currentPassword: writer.password, newPassword: NEW_PASSWORD },
    });
    expect(changed.errors).toBeUndefined();
    const [after] = await sql<{ password_wrapped: Buffer; public_key: Buffer }>(
      'SELECT password_wrapped, public_key FROM confidential_key WHERE user_id = $1',
      [writer.user.id],
    );
    expect(after.public_key.equals(before.public_key)).toBe(true);
    expect(after.password_wrapped.equals(before.password_wrapped)).toBe(false);
    expect((await writer.client.gql(THREAD, { id })).errors).toBeUndefined();

    const again = app.client();
    await again.login(writer.email, NEW_PASSWORD);
    expect((await again.gql(THREAD, { id })).data!.confidentialThread.subject).toBe('Onderwerp');
  });

  it('a wrong current password changes nothing', async () => {
    const writer = await signedIn(app, [Role.DOCENT]);
    const res = await writer.client.gql(CHANGE_PASSWORD, {
      input: { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD },
    });
    expectError(res, 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
  });

  it('a writer who resets their password loses their old threads; the confidant keeps them', async () => {
    const [writer, confidant] = [await signedIn(app, [Role.STUDENT]), await readyConfidant(app)];
    const id = await write(writer, [confidant], 'Voor de reset');
    const reset = await resetPassword(writer);
    expectError(await reset.client.gql(THREAD, { id }), 'NOT_FOUND');
    expect((await confidant.client.gql(THREAD, { id })).data!.confidentialThread.subject).toBe('Voor de reset');
    // New threads work with the new key pair.
    const next = await write(reset, [confidant], 'Na de reset');
    expect((await reset.client.gql(THREAD, { id: next })).errors).toBeUndefined();
  });

  it('a confidant who resets regains their threads with the recovery key', async () => {
    const [writer, confidant] = [await signedIn(app, [Role.STUDENT]), await readyConfidant(app)];
    const id = await write(writer, [confidant], 'Herstel mij');
    const reset = await resetPassword(confidant);
    expectError(await reset.client.gql(THREAD, { id }), 'NOT_FOUND');
    expectError(
      await reset.client.gql(RECOVER, { key: 'AAAAA-BBBBB' }),
      'BAD_USER_INPUT',
      'RECOVERY_KEY_NOT_RECOGNISED',
    );
    const recovered = await reset.client.gql(RECOVER, { key: confidant.recoveryKey.toLowerCase() });
    expect(recovered.data).toEqual({ recoverConfidentialKeys: 1 });
    expect((await reset.client.gql(THREAD, { id })).data!.confidentialThread.subject).toBe('Herstel mij');
  });

  it('a confidant who resets without recovery is re-granted by another confidant', async () => {
    const writer = await signedIn(app, [Role.STUDENT]);
    const [first, second] = [await readyConfidant(app, 'Eerste'), await readyConfidant(app, 'Tweede')];
    const id = await write(writer, [first, second], 'Voor beiden');
    // Forget the second confidant's recovery key: only a re-grant can bring the thread back.
    await sql('UPDATE confidential_key SET recovery_wrapped = NULL, recovery_nonce = NULL WHERE user_id = $1', [
      second.user.id,
    ]);
    const reset = await resetPassword(second);
    expectError(await reset.client.gql(THREAD, { id }), 'NOT_FOUND');

    const workspace = await first.client.gql(WORKSPACE);
    expect(workspace.data!.confidantWorkspace.pendingGrants).toContainEqual({
      confidant: { id: second.user.id, name: 'Tweede' },
      threadCount: 1,
    });
    // Other files' threads to every confidant may wait too (one database per run).
    expect((await reset.client.gql(WORKSPACE)).data!.confidantWorkspace.awaitingGrant).toBeGreaterThanOrEqual(1);
    expect((await first.client.gql(GRANT, { id: second.user.id })).data).toEqual({ grantConfidentialAccess: 1 });
    expect((await reset.client.gql(THREAD, { id })).data!.confidentialThread.subject).toBe('Voor beiden');
    const [audit] = await sql<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE action = 'confidential.access_granted' AND subject_id = $1`,
      [second.user.id],
    );
    expect(audit.data).toEqual({ threads: 1 });
  });

  it('a confidant added later is granted the existing threads addressed to all confidants', async () => {
    const writer = await signedIn(app, [Role.STUDENT]);
    const veteran = await readyConfidant(app, 'Ervaren');
    const res = await writer.client.gql(START, {
      input: { subject: 'Aan iedereen', body: 'Inhoud', anonymous: false },
    });
    const id = res.data!.startConfidentialThread.thread.id as string;
    const newcomer = await readyConfidant(app, 'Nieuw');
    expectError(await newcomer.client.gql(THREAD, { id }), 'NOT_FOUND');
    const granted = await veteran.client.gql(GRANT, { id: newcomer.user.id });
    expect(granted.data!.grantConfidentialAccess).toBeGreaterThanOrEqual(1);
    const inbox = await newcomer.client.gql(INBOX);
    expect(inbox.data!.confidentialInbox.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('a non-confidant cannot be granted anything', async () => {
    const confidant = await readyConfidant(app);
    const student = await signedIn(app, [Role.STUDENT]);
    expectError(await confidant.client.gql(GRANT, { id: student.user.id }), 'NOT_FOUND');
    expectError(await student.client.gql(GRANT, { id: confidant.user.id }), 'FORBIDDEN', 'NOT_A_CONFIDANT');
  });

  it('keeps the key service registered with identity (one listener, in the API)', () => {
    expect(app.api.get(ConfidentialKeysService)).toBeDefined();
  });
});
