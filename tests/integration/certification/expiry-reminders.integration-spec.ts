import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateExpiryReminders, expiryReminderKey } from '@imh/certification';
import { Locale } from '@imh/identity';
import { OutboxRelay } from '@imh/notifications';
import { sql } from '../support/database';
import { createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { enrol, markDone } from '../catalogue/catalogue-fixtures';
import { ISSUE, programme, type Programme, REVOKE, signedIn, signedInAdmin } from './certification-fixtures';

const SET_PREF = `mutation P($kind: NotificationKind!, $email: EmailMode!) { setNotificationPreference(kind: $kind, email: $email) { preferences { kind email } } }`;
const NOTIFICATIONS = `query { myNotifications { items { kind link params { name value } } } }`;
const DAY = 86_400_000;
/** The last midday in Amsterdam (11:00 UTC, 12:00 or 13:00 there): past, and outside the quiet hours. */
const NOON = (() => {
  const at = new Date();
  at.setUTCHours(11, 0, 0, 0);
  return at.getTime() > Date.now() ? new Date(at.getTime() - DAY) : at;
})();

let app: TestApp;
let admin: GqlClient;
let p: Programme;
let reminders: CertificateExpiryReminders;
let relay: OutboxRelay;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  admin = await signedInAdmin(app);
  p = await programme();
  reminders = app.worker!.get(CertificateExpiryReminders);
  relay = app.worker!.get(OutboxRelay);
});
afterAll(async () => {
  await app?.close();
});

/** A core certificate for a new student, expiring `days` after `now`. */
async function certified(
  days: number,
  options: { locale?: Locale } = {},
): Promise<{ holder: CreatedUser; id: string }> {
  const holder = await createUser({ name: `Houder ${Math.random().toString(36).slice(2, 8)}`, locale: options.locale });
  await enrol(holder.user.id, p.core);
  await markDone(
    holder.user.id,
    p.coreModules.flatMap((m) => m.lessonIds),
  );
  const res = await admin.gql(ISSUE, { input: { studentId: holder.user.id, trackId: p.core } });
  expect(res.errors).toBeUndefined();
  const id: string = res.data!.issueCertificate.id;
  await sql('UPDATE certificate SET expires_at = $2 WHERE id = $1', [id, new Date(NOON.getTime() + days * DAY)]);
  return { holder, id };
}

async function remind(now: Date) {
  const result = await reminders.scan(now);
  await relay.drain(NOON);
  await app.drainQueues();
  return result;
}

const deliveries = (id: string) =>
  sql<{ key: string; status: string }>(`SELECT key, status FROM delivery WHERE key LIKE $1 ORDER BY key`, [
    `CERTIFICATE_EXPIRING/${id}/%`,
  ]);

describe('certificate expiry reminders', () => {
  it('tell the holder 90 days before, then 30, once each, by e-mail in their language and in the portal', async () => {
    const { holder, id } = await certified(100);
    const english = await certified(100, { locale: Locale.en });
    // 100 days to go: nothing yet.
    await remind(NOON);
    expect(await deliveries(id)).toEqual([]);

    // 89 days to go: the 90-day reminder; a second scan and a second relay add nothing.
    const eleven = new Date(NOON.getTime() + 11 * DAY);
    await remind(eleven);
    await remind(eleven);
    expect(await deliveries(id)).toEqual([{ key: expiryReminderKey(id, 90), status: 'SENT' }]);
    const [dutch] = app.mail.to(holder.email);
    expect(dutch.subject).toBe('Je certificaat IMH-kerncursus verloopt over 90 dagen');
    expect(dutch.messageId).toBe(`<CERTIFICATE_EXPIRING/${id}/90@imh-academy>`);
    expect(dutch.text).toContain('http://portal.imh.test/certificates');
    const [inEnglish] = app.mail.to(english.holder.email);
    expect(inEnglish.subject).toBe('Your IMH-kerncursus certificate expires in 90 days');

    const client = await signedIn(app, holder);
    const notifications = (await client.gql(NOTIFICATIONS)).data!.myNotifications.items;
    expect(notifications).toEqual([expect.objectContaining({ kind: 'CERTIFICATE_EXPIRING', link: '/certificates' })]);

    // 29 days to go: the 30-day reminder, once.
    const seventyOne = new Date(NOON.getTime() + 71 * DAY);
    await remind(seventyOne);
    await remind(seventyOne);
    expect((await deliveries(id)).map((d) => d.key)).toEqual([expiryReminderKey(id, 30), expiryReminderKey(id, 90)]);
    expect(app.mail.to(holder.email).map((m) => m.subject)).toEqual([
      'Je certificaat IMH-kerncursus verloopt over 90 dagen',
      'Je certificaat IMH-kerncursus verloopt over 30 dagen',
    ]);
  });

  it('a certificate issued with less than 30 days to go gets the 30-day reminder only', async () => {
    const { id } = await certified(20);
    await remind(NOON);
    expect((await deliveries(id)).map((d) => d.key)).toEqual([expiryReminderKey(id, 30)]);
  });

  it('follow the holder’s preference: e-mail off leaves the notification in the portal only', async () => {
    const { holder, id } = await certified(60);
    const client = await signedIn(app, holder);
    expect((await client.gql(SET_PREF, { kind: 'CERTIFICATE_EXPIRING', email: 'OFF' })).errors).toBeUndefined();
    await remind(NOON);
    expect(app.mail.to(holder.email)).toHaveLength(0);
    expect(await deliveries(id)).toEqual([]);
    expect((await client.gql(NOTIFICATIONS)).data!.myNotifications.items).toHaveLength(1);
  });

  it('hold the e-mail in the quiet hours until 07:00', async () => {
    const { id } = await certified(60);
    const night = new Date('2026-12-01T22:30:00Z'); // 23:30 in Amsterdam
    await reminders.scan(night);
    await relay.drain(night);
    const [row] = await sql<{ not_before: Date }>('SELECT not_before FROM delivery WHERE key = $1', [
      expiryReminderKey(id, 90),
    ]);
    expect(new Date(row.not_before).toISOString()).toBe('2026-12-02T06:00:00.000Z');
  });

  it('say nothing about a revoked certificate, or one the holder has renewed', async () => {
    const revoked = await certified(60);
    expect(
      (await admin.gql(REVOKE, { input: { certificateId: revoked.id, reason: 'Ten onrechte uitgegeven' } })).errors,
    ).toBeUndefined();
    const renewed = await certified(60);
    await sql(
      `UPDATE certificate SET status = 'REVOKED', revoked_at = now(), revocation_reason = 'test' WHERE id = $1`,
      [renewed.id],
    );
    const again = await admin.gql(ISSUE, { input: { studentId: renewed.holder.user.id, trackId: p.core } });
    expect(again.errors).toBeUndefined();
    // The renewed one runs five years; the old one is put back as valid, expiring in 60 days.
    await sql(`UPDATE certificate SET status = 'VALID', revoked_at = NULL, revocation_reason = NULL WHERE id = $1`, [
      renewed.id,
    ]);
    await remind(NOON);
    expect(await deliveries(revoked.id)).toEqual([]);
    expect(await deliveries(renewed.id)).toEqual([]);
    expect(app.mail.to(revoked.holder.email)).toHaveLength(0);
    expect(app.mail.to(renewed.holder.email)).toHaveLength(0);
  });
});
