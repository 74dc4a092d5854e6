import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@imh/config';
import { createTestDatabase, dataSourceOptions, seedDemo, type TestDatabase } from '@imh/database';
import { loadMigrationsWithSwc } from '../support/load-migrations';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { ELIGIBILITY, ISSUE, MY_CERTIFICATES, VERIFY, VERIFY_CREDENTIAL } from './certification-fixtures';

// The demo seed in a database of its own, with the API booted on it, as `npm start` leaves it.
const PASSWORD = 'demo-password-123';
let database: TestDatabase;
let dataSource: DataSource;
let app: TestApp;
const env = () => ({
  DATABASE_URL: database.url,
  FILE_STORAGE_DIR: join(mkdtempSync(join(tmpdir(), 'imh-demo-files-')), 'files'),
  PORTAL_URL: 'http://portal.imh.test',
});
let settings: Record<string, string>;

beforeAll(async () => {
  loadMigrationsWithSwc();
  database = await createTestDatabase();
  settings = env();
  dataSource = await new DataSource(dataSourceOptions(database.url, { migrations: [] })).initialize();
  await seedDemo(dataSource, { demoPassword: PASSWORD, config: loadConfig({ ...settings, NODE_ENV: 'test' }) });
  app = await startTestApp({ env: settings });
}, 90_000);
afterAll(async () => {
  await app?.close();
  await dataSource?.destroy();
  await database?.drop();
});

async function signedIn(email: string): Promise<GqlClient> {
  const client = app.client();
  await client.login(email, PASSWORD);
  return client;
}

describe('the certification demo', () => {
  it('the second demo student has completed the core, and the admin can issue her certificate on first login', async () => {
    const admin = await signedIn('admin@imh.test');
    const [core] = await dataSource.query(`SELECT id FROM track WHERE code = 'CORE'`);
    const res = await admin.gql(ELIGIBILITY, { trackId: core.id, page: { limit: 100 } });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.certificateEligibility.items as {
      studentName: string;
      eligible: boolean;
      certificateNumber: string | null;
    }[];
    expect(rows.find((r) => r.studentName === 'Lieke Verbeek')).toMatchObject({
      eligible: true,
      certificateNumber: null,
    });
    expect(rows.find((r) => r.studentName === 'Eva Smit')).toMatchObject({
      eligible: true,
      certificateNumber: expect.stringMatching(/^IMH-\d{4}-\d{6}$/),
    });
    // The demo student is midway: not eligible yet.
    expect(rows.find((r) => r.studentName === 'Sanne Bakker')).toMatchObject({ eligible: false });

    const [lotte] = await dataSource.query(`SELECT id FROM "user" WHERE email = 'student2@imh.test'`);
    const issued = await admin.gql(ISSUE, { input: { studentId: lotte.id, trackId: core.id } });
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueCertificate).toMatchObject({ holderName: 'Lieke Verbeek', status: 'VALID' });
  });

  it('one certificate is issued already, with its PDF and credential, for the verify page', async () => {
    const eva = await signedIn('eva.smit@imh.test');
    const [certificate] = (await eva.gql(MY_CERTIFICATES)).data!.myCertificates;
    expect(certificate).toMatchObject({ holderName: 'Eva Smit', trackTitle: 'IMH-kerncursus', status: 'VALID' });
    expect(certificate.signatoryName).toBe('Anouk de Vries');
    expect(certificate.pdfDownloadPath).toMatch(/^\/files\//);

    const visitor = app.client();
    const verified = await visitor.gql(VERIFY, { code: certificate.verificationCode });
    expect(verified.data!.verifyCertificate).toMatchObject({ number: certificate.number, status: 'VALID' });
    const pdf = Buffer.from(await (await eva.fetch(certificate.pdfDownloadPath)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const check = await visitor.fetch('/certification/verify-pdf', {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(await check.json()).toMatchObject({ authentic: true, valid: true });
    const jwt = await (await eva.fetch(certificate.credentialDownloadPath)).text();
    const credential = await visitor.gql(VERIFY_CREDENTIAL, { credential: jwt });
    expect(credential.data!.verifyCredential).toMatchObject({ authentic: true, valid: true });
  });

  it('seeding again adds nothing', async () => {
    const count = () =>
      dataSource.query(`SELECT (SELECT count(*) FROM certificate)::int AS certificates,
                               (SELECT count(*) FROM submission)::int AS submissions,
                               (SELECT count(*) FROM grade)::int AS grades,
                               (SELECT count(*) FROM stored_file)::int AS files`);
    const before = await count();
    await seedDemo(dataSource, { demoPassword: PASSWORD, config: loadConfig({ ...settings, NODE_ENV: 'test' }) });
    expect(await count()).toEqual(before);
  });
});
