import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import {
  createAssignment,
  createWorld,
  ok,
  RELEASE,
  REQUEST_REVISION,
  SAVE_GRADE,
  scores,
  submitText,
} from '../assignments/assignment-fixtures';
import { ADD_DOCENT, ADD_STUDENT } from '../cohorts/cohort-fixtures';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

// The assignments and cohorts contexts tell people through the outbox: a fact written in the
// transaction of the change, relayed by the worker into an e-mail (the ledger key is its
// Message-ID) and an in-app notification that leads to the thing itself.

const NOTIFICATIONS = `query { unreadNotificationCount myNotifications { items { kind link params { name value } } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

async function notifications(client: GqlClient) {
  const res = await client.gql(NOTIFICATIONS);
  return res.data! as {
    unreadNotificationCount: number;
    myNotifications: { items: { kind: string; link: string; params: { name: string; value: string }[] }[] };
  };
}

const facts = (type: string, field: string, id: string) =>
  sql<{ payload: Record<string, unknown> }>(`SELECT payload FROM outbox_event WHERE type = $1 AND payload->>$2 = $3`, [
    type,
    field,
    id,
  ]);

describe('assignment events through the outbox', () => {
  it('a hand-in tells every docent of the cohort, by e-mail and in the portal, without naming the student', async () => {
    const world = await createWorld(app, { docents: 2 });
    const [student] = world.students;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(student.client, assignment.id, 'Mijn geheime observatie');
    // Written with the hand-in, ids only.
    expect(await facts('assignments.submission-submitted', 'submissionId', attempt.id)).toEqual([
      { payload: { submissionId: attempt.id } },
    ]);
    await app.drainQueues();
    for (const docent of world.docents) {
      const [mail, ...more] = app.mail.to(docent.user.email);
      expect(more).toHaveLength(0);
      expect(mail.messageId).toBe(`<SUBMISSION_RECEIVED/${attempt.id}/${docent.user.user.id}@imh-academy>`);
      expect(mail.subject).toBe(`Nieuwe inzending: ${assignment.title}`);
      expect(mail.text).not.toContain(student.user.user.name);
      expect(mail.text).not.toContain('geheime');
      const mine = await notifications(docent.client);
      expect(mine.unreadNotificationCount).toBe(1);
      expect(mine.myNotifications.items[0]).toMatchObject({
        kind: 'SUBMISSION_RECEIVED',
        link: `/grading/${attempt.id}`,
      });
      expect(JSON.stringify(mine)).not.toContain(student.user.user.name);
    }
    // The student is not told about their own hand-in.
    expect(app.mail.to(student.user.email)).toHaveLength(0);
  });

  it('a release tells the student; each change after release tells them again, and a refused change tells nobody', async () => {
    const world = await createWorld(app, { studentLocale: () => 'en' });
    const [student] = world.students;
    const docent = world.docents[0].client;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(student.client, assignment.id, 'Tekst');
    const grade = (
      await ok(
        docent.gql(SAVE_GRADE, {
          input: { submissionId: attempt.id, scores: scores(assignment, [2, 1, 1]), feedback: 'Vertrouwelijk oordeel' },
        }),
      )
    ).saveGrade;
    await app.drainQueues();
    expect(app.mail.to(student.user.email)).toHaveLength(0);
    await ok(docent.gql(RELEASE, { ids: [attempt.id] }));
    await app.drainQueues();
    const link = `/assignments/${assignment.id}/attempts/${attempt.id}`;
    const [released] = app.mail.to(student.user.email);
    expect(released.subject).toBe(`Your grade for ${assignment.title} is ready`);
    expect(released.messageId).toBe(`<GRADE_RELEASED/${grade.id}/${student.user.user.id}@imh-academy>`);
    expect(released.text).toContain(`http://portal.imh.test${link}`);
    expect(released.text).not.toContain('Vertrouwelijk');

    const change = { submissionId: attempt.id, version: 2, scores: scores(assignment, [4, 1, 1]), feedback: 'Herzien' };
    const before = await countRows('SELECT count(*) FROM outbox_event');
    expectError(await docent.gql(SAVE_GRADE, { input: change }), 'BAD_USER_INPUT', 'REASON_REQUIRED');
    expect(await countRows('SELECT count(*) FROM outbox_event')).toBe(before);

    await ok(docent.gql(SAVE_GRADE, { input: { ...change, reason: 'Telfout' } }));
    await ok(docent.gql(SAVE_GRADE, { input: { ...change, version: 3, reason: 'Nog een telfout' } }));
    await app.drainQueues();
    const mails = app.mail.to(student.user.email);
    expect(mails.map((m) => m.subject)).toEqual([
      `Your grade for ${assignment.title} is ready`,
      `Your grade for ${assignment.title} has changed`,
      `Your grade for ${assignment.title} has changed`,
    ]);
    // The worker sends several at once: the two changes may arrive in either order.
    expect(
      mails
        .slice(1)
        .map((m) => m.messageId)
        .sort(),
    ).toEqual([
      `<GRADE_CHANGED/${grade.id}/v3/${student.user.user.id}@imh-academy>`,
      `<GRADE_CHANGED/${grade.id}/v4/${student.user.user.id}@imh-academy>`,
    ]);
    for (const mail of mails) {
      expect(mail.text).not.toMatch(/Telfout|Herzien|Vertrouwelijk/);
    }
    const mine = await notifications(student.client);
    expect(mine.unreadNotificationCount).toBe(3);
    expect(mine.myNotifications.items.map((n) => [n.kind, n.link])).toEqual([
      ['GRADE_CHANGED', link],
      ['GRADE_CHANGED', link],
      ['GRADE_RELEASED', link],
    ]);
    expect(mine.myNotifications.items[0].params).toEqual([{ name: 'assignment', value: assignment.title }]);
  });

  it('a revision request tells the student, never with the comment', async () => {
    const world = await createWorld(app);
    const [student] = world.students;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(student.client, assignment.id, 'Eerste versie');
    await ok(
      world.docents[0].client.gql(REQUEST_REVISION, {
        input: { submissionId: attempt.id, comment: 'Beschrijf wat je zag bij de familie' },
      }),
    );
    expect(await facts('assignments.revision-requested', 'submissionId', attempt.id)).toEqual([
      { payload: { submissionId: attempt.id } },
    ]);
    await app.drainQueues();
    const [mail] = app.mail.to(student.user.email);
    expect(mail.subject).toBe(`Herziening gevraagd: ${assignment.title}`);
    expect(mail.text).not.toContain('familie');
    const mine = await notifications(student.client);
    expect(mine.myNotifications.items).toEqual([
      {
        kind: 'REVISION_REQUESTED',
        link: `/assignments/${assignment.id}/attempts/${attempt.id}`,
        params: [{ name: 'assignment', value: assignment.title }],
      },
    ]);
  });
});

describe('cohort events through the outbox', () => {
  it('placing a student or a docent tells them once, each with a link to their side of the cohort', async () => {
    const world = await createWorld(app, { students: 1 });
    const student = await createUser({ roles: [Role.STUDENT] });
    const docent = await createUser({ roles: [Role.DOCENT] });
    await sql(`INSERT INTO enrollment (student_id, track_id, status) VALUES ($1, $2, 'ACTIVE')`, [
      student.user.id,
      world.trackId,
    ]);
    await ok(world.admin.gql(ADD_STUDENT, { input: { cohortId: world.cohortId, userId: student.user.id } }));
    await ok(world.admin.gql(ADD_DOCENT, { input: { cohortId: world.cohortId, userId: docent.user.id } }));
    // Adding someone already placed records nothing.
    const before = await countRows(`SELECT count(*) FROM outbox_event WHERE type = 'cohorts.assigned'`);
    await ok(world.admin.gql(ADD_DOCENT, { input: { cohortId: world.cohortId, userId: docent.user.id } }));
    expect(await countRows(`SELECT count(*) FROM outbox_event WHERE type = 'cohorts.assigned'`)).toBe(before);
    await app.drainQueues();

    for (const [person, link] of [
      [student, '/my-cohort'],
      [docent, `/cohorts/${world.cohortId}`],
    ] as const) {
      const mails = app.mail.to(person.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].messageId).toBe(`<COHORT_ASSIGNED/${world.cohortId}/${person.user.id}@imh-academy>`);
      const client = app.client();
      await client.login(person.email, person.password);
      const mine = await notifications(client);
      expect(mine.myNotifications.items).toEqual([expect.objectContaining({ kind: 'COHORT_ASSIGNED', link })]);
    }
  });
});
