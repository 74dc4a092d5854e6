import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, uniqueEmail, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createModule, ensureTrack, resetTrack } from './catalogue-fixtures';

const PUBLIC_CATALOGUE = `{
  publicCatalogue {
    code title requiresTrackCode totalStudyHours totalAccreditationPoints
    modules { id title studyHours accreditationPoints learningGoals lessonCount }
  }
}`;
const SUBMIT = `mutation Submit($input: SubmitIntakeRequestInput!) { submitIntakeRequest(input: $input) { id email handledAt } }`;
const INTAKE_REQUESTS = `query Intake($handled: Boolean) {
  intakeRequests(handled: $handled) { totalCount items { id name email organisation discipline trackInterest message handledAt } }
}`;
const SET_HANDLED = `mutation Handled($id: ID!) { setIntakeRequestHandled(id: $id) { id handledAt handledById } }`;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

describe('the public catalogue', () => {
  it('shows signed-out visitors published tracks and modules with hours and points, and no drafts', async () => {
    const core = await resetTrack('CORE');
    await ensureTrack('GENERALIST');
    const published = await createModule(core, { title: 'De eerste 1001 dagen', lessons: 3 });
    await createModule(core, { title: 'Nog geheim', status: 'DRAFT' });

    const res = await app.client().gql(PUBLIC_CATALOGUE);
    expect(res.errors).toBeUndefined();
    const tracks = res.data!.publicCatalogue;
    expect(tracks[0]).toMatchObject({
      code: 'CORE',
      totalStudyHours: 4,
      totalAccreditationPoints: 2,
      modules: [
        { id: published.id, title: 'De eerste 1001 dagen', studyHours: 4, accreditationPoints: 2, lessonCount: 3 },
      ],
    });
    expect(tracks.find((t: { code: string }) => t.code === 'GENERALIST').requiresTrackCode).toBe('CORE');
    // Lesson content is not part of the public type at all.
    expectError(await app.client().gql('{ publicCatalogue { modules { lessons { body } } } }'), 'BAD_USER_INPUT');
  });
});

describe('intake requests', () => {
  it('a visitor sends one, gets a confirmation e-mail, and an admin sees and handles it', async () => {
    const email = uniqueEmail('visitor');
    const res = await app.client().gql(SUBMIT, {
      input: {
        name: 'Fatima El Amrani',
        email: `  ${email.toUpperCase()} `,
        phone: '',
        organisation: 'Wijkteam Zuid',
        discipline: 'Jeugdverpleegkundige',
        trackInterest: 'GENERALIST',
        message: 'Wij willen graag met ons hele team de route volgen.',
      },
    });
    expect(res.errors).toBeUndefined();
    const id = res.data!.submitIntakeRequest.id;
    expect(res.data!.submitIntakeRequest).toMatchObject({ email, handledAt: null });

    await app.drainQueues();
    const [mail] = app.mail.to(email);
    expect(mail.subject).toBe('We hebben je aanvraag ontvangen');
    expect(mail.text).toContain('Fatima El Amrani');
    expect(mail.text).toContain('Route IMH generalist');

    const admin = await signedIn(await createAdmin());
    const open = (await admin.gql(INTAKE_REQUESTS, { handled: false })).data!.intakeRequests;
    expect(open.items.find((r: { id: string }) => r.id === id)).toMatchObject({
      name: 'Fatima El Amrani',
      organisation: 'Wijkteam Zuid',
      trackInterest: 'GENERALIST',
    });
    const handled = await admin.gql(SET_HANDLED, { id });
    expect(handled.data!.setIntakeRequestHandled.handledAt).toBeTruthy();
    const stillOpen = (await admin.gql(INTAKE_REQUESTS, { handled: false })).data!.intakeRequests;
    expect(stillOpen.items.some((r: { id: string }) => r.id === id)).toBe(false);
  });

  it('refuses invalid input without storing anything, and only admins see the list', async () => {
    const before = await countRows('SELECT count(*) FROM intake_request');
    const base = { name: 'A', email: uniqueEmail('v'), organisation: 'O', discipline: 'D', message: '' };
    for (const input of [
      { ...base, email: 'not-an-email' },
      { ...base, name: '   ' },
      { ...base, phone: 'call me maybe' },
      { ...base, message: 'x'.repeat(4001) },
      { ...base, organisation: 'x'.repeat(201) },
    ]) {
      expectError(await app.client().gql(SUBMIT, { input }), 'BAD_USER_INPUT');
    }
    expect(await countRows('SELECT count(*) FROM intake_request')).toBe(before);

    const student = await signedIn(await createUser());
    expectError(await student.gql(INTAKE_REQUESTS), 'FORBIDDEN');
    expectError(await app.client().gql(INTAKE_REQUESTS), 'UNAUTHENTICATED');
    const [row] = await sql<{ id: string }>('SELECT id FROM intake_request LIMIT 1');
    expectError(await student.gql(SET_HANDLED, { id: row.id }), 'FORBIDDEN');
  });
});
