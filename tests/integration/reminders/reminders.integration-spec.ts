// The reminder kinds and their scheduling, with the real worker, Redis and an SMTP sink, and time
// under the test's control: the worker's Clock is set by the test, the scan is run at that time,
// and a delivery held for the quiet hours is brought forward in Redis when the clock reaches it.
// Files share one database: every assertion is scoped to this file's own users and assignments.
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock, messageIdFor, NotificationKind, ReminderScan } from '@imh/notifications';
import { QueueName, redisConnection } from '@imh/queue';
import { DigestService } from '../../../apps/worker/src/notifications/digest.service';
import {
  SCAN_OPEN_BATCHES,
  CertificateBatchProcessor,
} from '../../../apps/worker/src/certification/certificate-batch.processor';
import {
  CertificatePdfProcessor,
  SCAN_EXPIRING_CERTIFICATES,
  SCAN_MISSING_PDFS,
} from '../../../apps/worker/src/certification/certificate-pdf.processor';
import {
  ConfidentialDeadlinesProcessor,
  SCAN_CONFIDENTIAL_DEADLINES,
} from '../../../apps/worker/src/confidential/confidential-deadlines.processor';
import {
  MaintenanceProcessor,
  PURGE_EXPIRED,
  PURGE_UNATTACHED_FILES,
} from '../../../apps/worker/src/maintenance/maintenance.processor';
import {
  NotificationsProcessor,
  RELAY_OUTBOX,
  REQUEUE_DELIVERIES,
  SEND_DIGESTS,
} from '../../../apps/worker/src/notifications/notifications.processor';
import { RemindersProcessor, SCAN_REMINDERS } from '../../../apps/worker/src/reminders/reminders.processor';
import { scheduleOnce } from '../../../apps/worker/src/schedule-once';
import {
  createAssignment,
  createWorld,
  GRANT_EXTENSION,
  ok,
  RELEASE,
  SAVE_GRADE,
  scores,
  SET_DUE_DATE,
  submitText,
  type World,
} from '../assignments/assignment-fixtures';
import { sql } from '../support/database';
import type { CreatedUser } from '../support/factories';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SqlCounter, startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOTIFICATIONS = `query { myNotifications { totalCount items { kind link params { name value } } } }`;
const SET_PREF = `mutation P($kind: NotificationKind!, $email: EmailMode!) {
  setNotificationPreference(kind: $kind, email: $email) { preferences { kind email } } }`;

let app: TestApp;
let scan: ReminderScan;
let emailQueue: Queue;
let now = 0;

/**
 * A day a few days ahead at 10:00 UTC (11:00 in Amsterdam in winter, 12:00 in summer): the test's
 * clock is never behind the wall clock (Redis and Postgres keep their own), and daytime unless a
 * test moves it into the night on purpose.
 */
function baseDay(daysAhead: number): number {
  const today = new Date();
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + daysAhead, 10);
}

/** Sets the worker's clock and brings forward every held e-mail whose time has come by it. */
async function setClock(at: number) {
  now = at;
  const due = new Set(
    (
      await sql<{ key: string }>(`SELECT key FROM delivery WHERE status = 'PENDING' AND not_before <= $1`, [
        new Date(at),
      ])
    ).map((r) => r.key),
  );
  for (const job of await emailQueue.getDelayed()) {
    // A batch (`deliveryKeys`) or a job queued before batches (`deliveryKey`).
    const data = job.data as { deliveryKey?: string; deliveryKeys?: string[] };
    const keys = data.deliveryKeys ?? (data.deliveryKey ? [data.deliveryKey] : []);
    if (keys.some((key) => due.has(key))) await job.promote();
  }
}

/** Moves the clock to `at`, runs the reminder scan there and waits for what it queued. */
async function scanAt(at: number) {
  await setClock(at);
  const result = await scan.scan(new Date(at));
  await app.drainQueues();
  return result;
}

/** The reminder e-mails of one kind a user received (their Message-ID is the ledger key). */
const reminders = (user: CreatedUser, kind: NotificationKind) =>
  app.mail.to(user.email).filter((m) => m.messageId.startsWith(`<${kind}/`));

async function notifications(client: GqlClient, kind: NotificationKind) {
  const items = (await ok(client.gql(NOTIFICATIONS))).myNotifications.items as {
    kind: string;
    link: string;
    params: { name: string; value: string }[];
  }[];
  return items.filter((n) => n.kind === kind);
}

async function dueAt(world: World, assignmentId: string, at: number) {
  await ok(
    world.docents[0].client.gql(SET_DUE_DATE, {
      input: { assignmentId, cohortId: world.cohortId, dueAt: new Date(at).toISOString() },
    }),
  );
}

async function textAssignment(world: World) {
  return createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
}

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  scan = app.worker!.get(ReminderScan);
  vi.spyOn(app.worker!.get(Clock), 'now').mockImplementation(() => new Date(now || Date.now()));
  emailQueue = new Queue(QueueName.EMAIL, {
    connection: redisConnection(app.config.REDIS_URL),
    prefix: app.config.QUEUE_PREFIX,
  });
});
afterAll(async () => {
  await emailQueue?.close();
  await app?.close();
});

describe('assignment due soon and overdue', () => {
  it('reminds at 72 and 24 hours and once after, in the student’s language, not who handed in or passed', async () => {
    const world = await createWorld(app, { students: 3, studentLocale: (i) => (i === 0 ? 'en' : 'nl') });
    const [waiting, handedIn, passed] = world.students;
    const assignment = await textAssignment(world);
    const base = baseDay(3);
    const due = base + 100 * HOUR;
    await dueAt(world, assignment.id, due);
    await submitText(handedIn.client, assignment.id, 'Ingeleverd');
    const attempt = await submitText(passed.client, assignment.id, 'Voldoende');
    await ok(
      world.docents[0].client.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment) } }),
    );
    await ok(world.docents[0].client.gql(RELEASE, { ids: [attempt.id] }));

    await scanAt(due - 73 * HOUR); // not yet
    expect(reminders(waiting.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);

    await scanAt(due - 70 * HOUR);
    const [first] = reminders(waiting.user, NotificationKind.ASSIGNMENT_DUE_SOON);
    expect(first.subject).toBe(`Reminder: hand in ${assignment.title}`);
    expect(first.text).toContain(`http://portal.imh.test/assignments/${assignment.id}`);
    expect(first.text).toMatch(/Unsubscribe: http:\/\/portal\.imh\.test\/unsubscribe\?token=/);
    // The Message-ID is the ledger key: what it is about, who for, and the due date it reminds of.
    expect(first.messageId).toBe(
      `<${messageIdFor(`ASSIGNMENT_DUE_SOON/${assignment.id}/${waiting.user.user.id}/${new Date(due).toISOString()}/72h`)}@imh-academy>`,
    );
    const [inApp] = await notifications(waiting.client, NotificationKind.ASSIGNMENT_DUE_SOON);
    expect(inApp.link).toBe(`/assignments/${assignment.id}`);
    expect(inApp.params).toEqual(
      expect.arrayContaining([
        { name: 'assignment', value: assignment.title },
        { name: 'dueAt', value: new Date(due).toISOString() },
      ]),
    );

    // The scan again, and two scans racing each other: nothing twice.
    await scanAt(due - 69 * HOUR);
    await Promise.all([scan.scan(new Date(due - 68 * HOUR)), scan.scan(new Date(due - 68 * HOUR))]);
    await app.drainQueues();
    expect(reminders(waiting.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);
    expect(await notifications(waiting.client, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);

    await scanAt(due - 23 * HOUR);
    await scanAt(due - 22 * HOUR);
    const dueSoon = reminders(waiting.user, NotificationKind.ASSIGNMENT_DUE_SOON);
    expect(dueSoon).toHaveLength(2);
    expect(dueSoon[1].messageId).toContain('/24h@imh-academy>');

    await scanAt(due + 2 * HOUR); // passed, but not yet a day
    expect(reminders(waiting.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(0);
    await scanAt(due + 25 * HOUR);
    await scanAt(due + 30 * HOUR);
    const overdue = reminders(waiting.user, NotificationKind.ASSIGNMENT_OVERDUE);
    expect(overdue.map((m) => m.subject)).toEqual([`The due date of ${assignment.title} has passed`]);
    expect(await notifications(waiting.client, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(1);

    for (const student of [handedIn, passed]) {
      expect(reminders(student.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);
      expect(reminders(student.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(0);
      expect(await notifications(student.client, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);
    }
  });

  it('sends the nearest reminder only when a due date is set close by', async () => {
    const world = await createWorld(app, { students: 1 });
    const [student] = world.students;
    const assignment = await textAssignment(world);
    const base = baseDay(3);
    await dueAt(world, assignment.id, base + 10 * HOUR);
    await scanAt(base);
    const mails = reminders(student.user, NotificationKind.ASSIGNMENT_DUE_SOON);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Herinnering: ${assignment.title} inleveren`);
    expect(mails[0].messageId).toContain('/24h@imh-academy>');
  });

  it('follows a moved due date: the old date is not reminded again, the new one is', async () => {
    const world = await createWorld(app, { students: 1 });
    const [student] = world.students;
    const assignment = await textAssignment(world);
    const base = baseDay(3);
    const first = base + 100 * HOUR;
    const moved = first + 48 * HOUR;
    await dueAt(world, assignment.id, first);
    await scanAt(first - 70 * HOUR);
    expect(reminders(student.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);

    await dueAt(world, assignment.id, moved);
    await scanAt(first - 23 * HOUR); // the old date's 24-hour mark: nothing, the new date is 71 h away
    const mails = reminders(student.user, NotificationKind.ASSIGNMENT_DUE_SOON);
    expect(mails).toHaveLength(2);
    expect(mails[1].messageId).toContain(`/${messageIdFor(new Date(moved).toISOString())}/72h@`);
    await scanAt(first + 25 * HOUR); // the old date passed a day ago: not overdue
    expect(reminders(student.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(0);
    await scanAt(moved - 20 * HOUR);
    expect(reminders(student.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(3);
  });

  it('follows an extension for that student only', async () => {
    const world = await createWorld(app, { students: 2 });
    const [cohortDate, extended] = world.students;
    const assignment = await textAssignment(world);
    const base = baseDay(3);
    const due = base + 100 * HOUR;
    const extension = due + 5 * DAY;
    await dueAt(world, assignment.id, due);
    await ok(
      world.docents[0].client.gql(GRANT_EXTENSION, {
        input: { assignmentId: assignment.id, studentId: extended.user.user.id, dueAt: new Date(extension) },
      }),
    );
    await scanAt(due - 70 * HOUR);
    expect(reminders(cohortDate.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);
    expect(reminders(extended.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);

    await scanAt(due + 25 * HOUR);
    expect(reminders(cohortDate.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(1);
    expect(reminders(extended.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(0);

    await scanAt(extension - 70 * HOUR);
    const [mail] = reminders(extended.user, NotificationKind.ASSIGNMENT_DUE_SOON);
    expect(mail.messageId).toContain(`/${messageIdFor(new Date(extension).toISOString())}/72h@`);
  });

  it('stops after a hand-in or an extension, also for a reminder already planned and held', async () => {
    const world = await createWorld(app, { students: 3 });
    const [early, late, extended] = world.students;
    const assignment = await textAssignment(world);
    // 23:30 in Amsterdam: e-mail is held until 07:00, the in-app notification arrives at once.
    const night = baseDay(3) + 12 * HOUR + 30 * 60_000; // 22:30 UTC
    const due = night + 20 * HOUR;
    await dueAt(world, assignment.id, due);
    await scanAt(night);
    const held = await sql<{ key: string; status: string; not_before: Date }>(
      `SELECT key, status, not_before FROM delivery WHERE recipient_id = ANY($1::uuid[]) AND kind = 'ASSIGNMENT_DUE_SOON'
        ORDER BY key`,
      [[early.user.user.id, late.user.user.id, extended.user.user.id]],
    );
    expect(held).toHaveLength(3);
    for (const row of held) {
      expect(row.status).toBe('PENDING');
      expect(amsterdam(new Date(row.not_before))).toMatchObject({ hour: 7, minute: 0 });
    }
    expect(reminders(early.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);
    expect(await notifications(early.client, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);

    await submitText(early.client, assignment.id, 'Nog voor het ontbijt');
    await ok(
      world.docents[0].client.gql(GRANT_EXTENSION, {
        input: { assignmentId: assignment.id, studentId: extended.user.user.id, dueAt: new Date(due + 7 * DAY) },
      }),
    );
    await setClock(new Date(held[0].not_before).getTime() - 60_000); // 06:59: still held
    await app.drainQueues();
    expect(reminders(late.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);

    await scanAt(new Date(held[0].not_before).getTime()); // 07:00
    expect(reminders(late.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);
    expect(reminders(early.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);
    expect(reminders(extended.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);
    for (const student of [early, extended]) {
      expect(
        await sql(`SELECT status FROM delivery WHERE recipient_id = $1 AND kind = 'ASSIGNMENT_DUE_SOON'`, [
          student.user.user.id,
        ]),
      ).toEqual([{ status: 'SKIPPED' }]);
    }
    await scanAt(due + 25 * HOUR);
    expect(reminders(early.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(0);
    expect(reminders(late.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(1);
    expect(reminders(extended.user, NotificationKind.ASSIGNMENT_OVERDUE)).toHaveLength(0);
  });

  it('honours e-mail off and the daily digest; the in-app notification arrives either way', async () => {
    const world = await createWorld(app, { students: 3 });
    const [off, digest, digestHandsIn] = world.students;
    for (const [student, email] of [
      [off, 'OFF'],
      [digest, 'DIGEST'],
      [digestHandsIn, 'DIGEST'],
    ] as const) {
      await ok(student.client.gql(SET_PREF, { kind: 'ASSIGNMENT_DUE_SOON', email }));
    }
    const assignment = await textAssignment(world);
    const planned = baseDay(3); // 11:00 in Amsterdam
    await dueAt(world, assignment.id, planned + 60 * HOUR);
    await scanAt(planned);
    for (const student of world.students) {
      expect(reminders(student.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(0);
      expect(await notifications(student.client, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);
    }
    expect(await sql(`SELECT count(*)::int AS n FROM delivery WHERE recipient_id = $1`, [off.user.user.id])).toEqual([
      { n: 0 },
    ]);

    await submitText(digestHandsIn.client, assignment.id, 'Ingeleverd voor het overzicht');
    const morning = planned + 20 * HOUR; // 07:00 the next day in Amsterdam: the default digest hour
    await setClock(morning);
    await app.worker!.get(DigestService).sendDue(new Date(morning));
    await app.drainQueues();
    const [summary, ...more] = app.mail.to(digest.user.email);
    expect(more).toHaveLength(0);
    expect(summary.subject).toBe('Je overzicht van IMH Academy (1)');
    expect(summary.text).toContain(`Herinnering: ${assignment.title} inleveren`);
    // Handed in before the digest went: left out of it, and no digest at all with nothing in it.
    expect(app.mail.to(digestHandsIn.user.email)).toHaveLength(0);
    expect(app.mail.to(off.user.email)).toHaveLength(0);
  });
});

describe('grading backlog', () => {
  it('tells each grader once a day how much work waits longer than the threshold', async () => {
    const world = await createWorld(app, { students: 2, docents: 1 });
    const other = await createWorld(app, { students: 1, docents: 1 });
    const assignment = await textAssignment(world);
    for (const student of world.students) await submitText(student.client, assignment.id, 'Wacht op beoordeling');
    const docent = world.docents[0];

    await scanAt(baseDay(6)); // five days on: not yet
    expect(reminders(docent.user, NotificationKind.GRADING_BACKLOG)).toHaveLength(0);

    const day = baseDay(8);
    await scanAt(day);
    await scanAt(day + HOUR);
    const [mail, ...again] = reminders(docent.user, NotificationKind.GRADING_BACKLOG);
    expect(again).toHaveLength(0);
    expect(mail.subject).toBe('2 inzendingen wachten op je beoordeling');
    expect(mail.text).toContain('langer dan 7 dagen');
    expect(mail.text).toContain('http://portal.imh.test/grading');
    const [inApp] = await notifications(docent.client, NotificationKind.GRADING_BACKLOG);
    expect(inApp.link).toBe('/grading');
    expect(inApp.params).toEqual(
      expect.arrayContaining([
        { name: 'count', value: '2' },
        { name: 'days', value: '7' },
      ]),
    );
    expect(reminders(other.docents[0].user, NotificationKind.GRADING_BACKLOG)).toHaveLength(0);

    // The next day, still waiting: the next day's digest.
    await scanAt(day + DAY);
    expect(reminders(docent.user, NotificationKind.GRADING_BACKLOG)).toHaveLength(2);
  });
});

describe('cohort meeting tomorrow', () => {
  it('tells the cohort’s students and docents the day before, and again when it moves', async () => {
    const world = await createWorld(app, { students: 2, docents: 1, studentLocale: (i) => (i === 0 ? 'en' : 'nl') });
    const today = baseDay(3); // 11:00 in Amsterdam
    const startsAt = today + DAY + 4 * HOUR; // tomorrow 15:00
    const [meeting] = await sql<{ id: string }>(
      `INSERT INTO cohort_meeting (cohort_id, starts_at, ends_at, place, online_url, topic)
       VALUES ($1, $2, $3, 'Utrecht', 'https://meet.example/imh', 'Hechting') RETURNING id`,
      [world.cohortId, new Date(startsAt), new Date(startsAt + 3 * HOUR)],
    );
    await scanAt(today - DAY); // two days before: not yet
    expect(reminders(world.students[0].user, NotificationKind.MEETING_TOMORROW)).toHaveLength(0);

    await scanAt(today);
    await scanAt(today + HOUR);
    const [english] = reminders(world.students[0].user, NotificationKind.MEETING_TOMORROW);
    expect(english.subject).toMatch(/^Tomorrow: meeting of /);
    expect(english.text).toContain('at Utrecht and online');
    expect(english.text).not.toContain('meet.example');
    const [dutch] = reminders(world.students[1].user, NotificationKind.MEETING_TOMORROW);
    expect(dutch.subject).toMatch(/^Morgen: bijeenkomst van /);
    expect(reminders(world.docents[0].user, NotificationKind.MEETING_TOMORROW)).toHaveLength(1);
    expect((await notifications(world.students[0].client, NotificationKind.MEETING_TOMORROW))[0].link).toBe(
      '/my-cohort',
    );
    expect((await notifications(world.docents[0].client, NotificationKind.MEETING_TOMORROW))[0].link).toBe('/cohorts');

    // Moved to later that day: a reminder of the new time.
    await sql(
      `UPDATE cohort_meeting SET starts_at = starts_at + interval '2 hours', ends_at = ends_at + interval '2 hours' WHERE id = $1`,
      [meeting.id],
    );
    await scanAt(today + 2 * HOUR);
    expect(reminders(world.students[1].user, NotificationKind.MEETING_TOMORROW)).toHaveLength(2);
  });
});

describe('cohort meeting tomorrow, in the digest', () => {
  it('puts a meeting in the next morning’s digest while it stands, and leaves out one that was cancelled', async () => {
    const kept = await createWorld(app, { students: 1, docents: 1 });
    const cancelled = await createWorld(app, { students: 1, docents: 1 });
    const today = baseDay(4); // 11:00 in Amsterdam
    const meetings: string[] = [];
    for (const world of [kept, cancelled]) {
      await ok(world.students[0].client.gql(SET_PREF, { kind: 'MEETING_TOMORROW', email: 'DIGEST' }));
      const [meeting] = await sql<{ id: string }>(
        `INSERT INTO cohort_meeting (cohort_id, starts_at, ends_at, place, topic)
         VALUES ($1, $2, $3, 'Zwolle', 'Spel') RETURNING id`,
        [world.cohortId, new Date(today + DAY + 6 * HOUR), new Date(today + DAY + 8 * HOUR)],
      );
      meetings.push(meeting.id);
    }
    await scanAt(today);
    for (const world of [kept, cancelled]) {
      expect(reminders(world.students[0].user, NotificationKind.MEETING_TOMORROW)).toHaveLength(0);
      expect(await notifications(world.students[0].client, NotificationKind.MEETING_TOMORROW)).toHaveLength(1);
    }
    await sql('DELETE FROM cohort_meeting WHERE id = $1', [meetings[1]]);
    const morning = today + 20 * HOUR; // 07:00 on the meeting's day: the default digest hour
    await setClock(morning);
    await app.worker!.get(DigestService).sendDue(new Date(morning));
    await app.drainQueues();
    const [digest] = app.mail.to(kept.students[0].user.email);
    expect(digest.subject).toBe('Je overzicht van IMH Academy (1)');
    expect(digest.text).toContain('Morgen: bijeenkomst van');
    expect(app.mail.to(cancelled.students[0].user.email)).toHaveLength(0);
  });
});

describe('the scan', () => {
  it('runs the same number of SQL statements for one student as for many', async () => {
    const connection = redisConnection(app.config.REDIS_URL);
    // Only the scan's own statements: the e-mails it queues, the outbox relay and the scheduled scan wait meanwhile.
    const paused = [QueueName.EMAIL, QueueName.NOTIFICATIONS, QueueName.REMINDERS].map(
      (name) => new Queue(name, { connection, prefix: app.config.QUEUE_PREFIX }),
    );
    const counter = new SqlCounter(app.worker!.get<DataSource>(getDataSourceToken()));
    const statements = async (students: number) => {
      const world = await createWorld(app, { students });
      const assignment = await textAssignment(world);
      const base = baseDay(40); // a time no other test of this file reaches
      await dueAt(world, assignment.id, base + 30 * HOUR + students * 60_000);
      await setClock(base);
      await Promise.all(paused.map((q) => q.pause()));
      // Let a job already taken before the pause finish outside the count.
      await Promise.all(
        paused.map(async (q) => {
          while ((await q.getActiveCount()) > 0) await new Promise((r) => setTimeout(r, 10));
        }),
      );
      const { result, count } = await counter
        .count(() => scan.scan(new Date(base)))
        .finally(() => Promise.all(paused.map((q) => q.resume())));
      await app.drainQueues();
      expect(result['assignment-due-soon'].deliveries).toBeGreaterThanOrEqual(students);
      for (const s of world.students) expect(reminders(s.user, NotificationKind.ASSIGNMENT_DUE_SOON)).toHaveLength(1);
      return count;
    };
    try {
      const one = await statements(1);
      expect(await statements(12)).toBe(one);
    } finally {
      await Promise.all(paused.map((q) => q.close()));
    }
  });
});

describe('the reminder schedule', () => {
  it('is created once by the worker, however many workers start at the same moment', async () => {
    const connection = redisConnection(app.config.REDIS_URL);
    const queues = Array.from(
      { length: 6 },
      () => new Queue(QueueName.REMINDERS, { connection, prefix: app.config.QUEUE_PREFIX }),
    );
    try {
      const every = app.config.REMINDER_SCAN_MINUTES * 60_000;
      // The worker made it at start; six more "workers" starting at once change nothing.
      const again = await Promise.all(queues.map((q) => scheduleOnce(q, SCAN_REMINDERS, { every })));
      expect(again.every((o) => o === 'unchanged' || o === 'another-worker')).toBe(true);
      const schedulers = await queues[0].getJobSchedulers();
      expect(schedulers.filter((j) => j.key === SCAN_REMINDERS || j.id === SCAN_REMINDERS)).toHaveLength(1);
      const next = async () =>
        (await queues[0].getDelayed()).filter((j) => j.repeatJobKey === SCAN_REMINDERS || j.name === SCAN_REMINDERS);
      expect((await next()).length).toBeLessThanOrEqual(1);

      // A new interval (a deploy with another REMINDER_SCAN_MINUTES): changed by exactly one of them.
      const changed = await Promise.all(queues.map((q) => scheduleOnce(q, SCAN_REMINDERS, { every: every * 2 })));
      expect(changed.filter((o) => o === 'created')).toHaveLength(1);
      expect((await queues[0].getJobScheduler(SCAN_REMINDERS))?.every).toBe(every * 2);
      expect((await next()).length).toBeLessThanOrEqual(1);
      await scheduleOnce(queues[0], SCAN_REMINDERS, { every });
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
  });

  it('holds for every scheduler of every queue: six workers starting at once leave one of each', async () => {
    const connection = redisConnection(app.config.REDIS_URL);
    const queues = Object.values(QueueName).map(
      (name) => new Queue(name, { connection, prefix: app.config.QUEUE_PREFIX }),
    );
    try {
      // What the worker created at its start, by queue; then gone, as before a first deploy.
      const before = new Map<string, string[]>();
      for (const q of queues) {
        const ids = (await q.getJobSchedulers()).map((j) => j.key).sort();
        before.set(q.name, ids);
        for (const id of ids) await q.removeJobScheduler(id);
      }
      expect([...before.values()].flat().sort()).toEqual(
        [
          SCAN_REMINDERS,
          RELAY_OUTBOX,
          REQUEUE_DELIVERIES,
          SEND_DIGESTS,
          PURGE_EXPIRED,
          PURGE_UNATTACHED_FILES,
          SCAN_CONFIDENTIAL_DEADLINES,
          SCAN_MISSING_PDFS,
          SCAN_EXPIRING_CERTIFICATES,
          SCAN_OPEN_BATCHES,
        ].sort(),
      );
      // Six workers' start-up at the same moment: every processor's bootstrap, six times at once.
      const processors = [
        RemindersProcessor,
        NotificationsProcessor,
        MaintenanceProcessor,
        ConfidentialDeadlinesProcessor,
        CertificatePdfProcessor,
        CertificateBatchProcessor,
      ].map((type) => app.worker!.get<{ onApplicationBootstrap(): Promise<void> }>(type));
      await Promise.all(
        Array.from({ length: 6 }, () => Promise.all(processors.map((p) => p.onApplicationBootstrap()))).flat(),
      );
      for (const q of queues) {
        const ids = (await q.getJobSchedulers()).map((j) => j.key).sort();
        expect(ids, q.name).toEqual(before.get(q.name));
        const delayed = await q.getDelayed();
        for (const id of ids) {
          expect(delayed.filter((j) => j.repeatJobKey === id).length, `${q.name}/${id}`).toBeLessThanOrEqual(1);
        }
      }
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
  });
});

function amsterdam(at: Date) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return { hour: Number(p.hour), minute: Number(p.minute) };
}
