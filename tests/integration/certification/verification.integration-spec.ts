import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyQrPng } from '@imh/certification';
import { Locale } from '@imh/identity';
import { enrol, markDone } from '../catalogue/catalogue-fixtures';
import { expectError } from '../support/expect-error';
import { createUser } from '../support/factories';
import { startTestApp, type AnyData, type GqlClient, type TestApp } from '../support/test-app';
import {
  finishedStudent,
  ISSUE,
  MY_CERTIFICATES,
  programme,
  type Programme,
  REVOKE,
  signedIn,
  signedInAdmin,
  VERIFY,
  VERIFY_CREDENTIAL,
} from './certification-fixtures';

const require = createRequire(join(process.cwd(), 'package.json'));
// The library itself, not its index (which runs a self-test when it has no parent module).
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;

let app: TestApp;
let admin: GqlClient;
let p: Programme;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  admin = await signedInAdmin(app, 'Prof. Marieke de Vries');
  p = await programme();
});
afterAll(async () => {
  await app?.close();
});

async function issued(name?: string): Promise<{ certificate: AnyData; holder: GqlClient }> {
  const student = await finishedStudent(p.core, p.coreModules, name);
  const res = await admin.gql(ISSUE, { input: { studentId: student.user.id, trackId: p.core } });
  expect(res.errors).toBeUndefined();
  return { certificate: res.data!.issueCertificate, holder: await signedIn(app, student) };
}

async function jwks(): Promise<JSONWebKeySet> {
  const res = await app.client().fetch('/certification/jwks.json');
  expect(res.status).toBe(200);
  return (await res.json()) as JSONWebKeySet;
}

async function credentialOf(client: GqlClient, id: string): Promise<string> {
  const res = await client.fetch(`/certification/certificates/${id}/credential`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/vc+jwt');
  return res.text();
}

/** Whether bit `index` is set in the published status list, after checking its signature. */
async function revokedInStatusList(index: number): Promise<boolean> {
  const res = await app.client().fetch('/certification/status-list');
  expect(res.status).toBe(200);
  const { payload } = await jwtVerify(await res.text(), createLocalJWKSet(await jwks()));
  const subject = (payload as AnyData).credentialSubject;
  expect(subject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'revocation' });
  const bits = gunzipSync(Buffer.from(String(subject.encodedList).slice(1), 'base64url'));
  expect(bits.length).toBeGreaterThanOrEqual(16 * 1024);
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

describe('the verifiable credential', () => {
  it('is an Open Badges 3.0 credential that verifies with jose against the published JWKS', async () => {
    const { certificate, holder } = await issued('Sanne Bakker');
    const jwt = await credentialOf(holder, certificate.id);
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(await jwks()), {
      issuer: 'http://portal.imh.test/certification/issuer',
    });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'vc+jwt' });
    const vc = payload as AnyData;
    expect(vc['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.issuer).toMatchObject({ id: 'http://portal.imh.test/certification/issuer', type: ['Profile'] });
    expect(vc.validFrom).toBe(certificate.issuedAt);
    expect(vc.validUntil).toBe(certificate.expiresAt);
    expect(vc.credentialSubject.achievement).toMatchObject({ type: ['Achievement'], name: 'IMH-kerncursus' });
    expect(vc.credentialSubject.achievement.criteria.narrative).toBeTruthy();
    const [identity] = vc.credentialSubject.identifier;
    expect(identity).toMatchObject({ type: 'IdentityObject', identityType: 'emailAddress', hashed: true });
    expect(JSON.stringify(vc)).not.toContain('Sanne');
    expect(vc.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListCredential: 'http://portal.imh.test/certification/status-list',
    });

    const json = await holder.fetch(`/certification/certificates/${certificate.id}/credential?format=json`);
    expect(await json.json()).toMatchObject({ id: `urn:uuid:${certificate.id}`, type: vc.type });

    const answer = await app.client().gql(VERIFY_CREDENTIAL, { credential: jwt });
    expect(answer.data!.verifyCredential).toMatchObject({
      authentic: true,
      valid: true,
      certificate: { number: certificate.number, status: 'VALID' },
    });
  });

  it('a tampered credential fails, with jose and with verifyCredential', async () => {
    const { certificate, holder } = await issued();
    const jwt = await credentialOf(holder, certificate.id);
    const [header, , signature] = jwt.split('.');
    const claims = decodeJwt(jwt) as AnyData;
    claims.credentialSubject.creditsEarned = 99;
    const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    await expect(jwtVerify(forged, createLocalJWKSet(await jwks()))).rejects.toThrow(/signature/);
    const answer = await app.client().gql(VERIFY_CREDENTIAL, { credential: forged });
    expect(answer.data!.verifyCredential).toEqual({ authentic: false, valid: false, certificate: null });
    expectError(
      await app.client().gql(VERIFY_CREDENTIAL, { credential: 'not a jwt' }),
      'BAD_USER_INPUT',
      'CREDENTIAL_MALFORMED',
    );
    expectError(
      await app.client().gql(VERIFY_CREDENTIAL, { credential: 'a.b.c'.repeat(20_000) }),
      'BAD_USER_INPUT',
      'CREDENTIAL_MALFORMED',
    );
  });

  it('only the holder and admins download it; others get NOT_FOUND', async () => {
    const { certificate } = await issued();
    expect((await admin.fetch(`/certification/certificates/${certificate.id}/credential`)).status).toBe(200);
    const stranger = await signedIn(app, await createUser());
    expect((await stranger.fetch(`/certification/certificates/${certificate.id}/credential`)).status).toBe(404);
    expect((await app.client().fetch(`/certification/certificates/${certificate.id}/credential`)).status).toBe(401);
  });

  it('after a key rotation old credentials still verify and new ones are signed with the new key', async () => {
    const { certificate: before, holder } = await issued();
    const oldJwt = await credentialOf(holder, before.id);
    const rotated = await admin.gql('mutation { rotateCertificateSigningKey }');
    expect(rotated.errors).toBeUndefined();
    const kid = rotated.data!.rotateCertificateSigningKey as string;
    const { certificate: after, holder: holder2 } = await issued();
    const newJwt = await credentialOf(holder2, after.id);
    const keys = createLocalJWKSet(await jwks());
    expect((await jwtVerify(oldJwt, keys)).protectedHeader.kid).not.toBe(kid);
    expect((await jwtVerify(newJwt, keys)).protectedHeader.kid).toBe(kid);
    expectError(await holder.gql('mutation { rotateCertificateSigningKey }'), 'FORBIDDEN');
  });
});

describe('revocation and public verification', () => {
  it('shows every printed field without login; revocation shows in verify, the credential check and the status list', async () => {
    const { certificate, holder } = await issued('Noor Visser');
    const jwt = await credentialOf(holder, certificate.id);
    const index = Number((decodeJwt(jwt) as AnyData).credentialStatus.statusListIndex);
    const visitor = app.client();
    const before = await visitor.gql(VERIFY, { code: certificate.verificationCode });
    expect(before.errors).toBeUndefined();
    expect(before.data!.verifyCertificate).toEqual({
      number: certificate.number,
      holderName: 'Noor Visser',
      trackTitle: 'IMH-kerncursus',
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
      accreditationPoints: 4,
      signatoryName: 'Prof. Marieke de Vries',
      status: 'VALID',
      revokedAt: null,
      replacedByNumber: null,
      verifyUrl: certificate.verifyUrl,
    });
    // Typed by hand: case and dashes do not matter.
    const typed = certificate.verificationCode.toLowerCase().replace(/(.{4})/g, '$1-');
    expect((await visitor.gql(VERIFY, { code: typed })).data!.verifyCertificate.number).toBe(certificate.number);
    expect(await revokedInStatusList(index)).toBe(false);

    await admin.gql(REVOKE, { input: { certificateId: certificate.id, reason: 'Ten onrechte uitgegeven' } });
    const after = (await visitor.gql(VERIFY, { code: certificate.verificationCode })).data!.verifyCertificate;
    expect(after.status).toBe('REVOKED');
    expect(after.revokedAt).toBeTruthy();
    expect(await revokedInStatusList(index)).toBe(true);
    const answer = (await visitor.gql(VERIFY_CREDENTIAL, { credential: jwt })).data!.verifyCredential;
    expect(answer).toMatchObject({ authentic: true, valid: false, certificate: { status: 'REVOKED' } });
  });

  it('an unknown, malformed or 10 kB code is NOT_FOUND in the same shape', async () => {
    const visitor = app.client();
    for (const code of ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'nope', '', 'x'.repeat(10_000), "' OR 1=1 --"]) {
      const error = expectError(await visitor.gql(VERIFY, { code }), 'NOT_FOUND');
      expect(error.message).toBe('Certificate was not found.');
    }
    // NUL never reaches the resolver: the API refuses it for every argument.
    expectError(await visitor.gql(VERIFY, { code: 'A\u0000B' }), 'BAD_USER_INPUT');
  });
});

describe('the PDF', () => {
  it('is made by the worker in the holder language, holds name, number and URL, and the QR decodes to the URL', async () => {
    const { certificate, holder } = await issued('Eline van den Berg');
    await app.drainQueues();
    const [mine] = (await holder.gql(MY_CERTIFICATES)).data!.myCertificates;
    expect(mine.pdfDownloadPath).toMatch(/^\/files\/[0-9a-f-]{36}$/);
    const res = await holder.fetch(mine.pdfDownloadPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    const { text } = await pdfParse(pdf);
    expect(text).toContain('Eline van den Berg');
    expect(text).toContain(certificate.number);
    expect(text).toContain(certificate.verifyUrl);
    expect(text).toContain('Certificaat');
    expect(text).toContain('Prof. Marieke de Vries');

    const png = PNG.sync.read(await verifyQrPng(certificate.verifyUrl));
    expect(jsQR(Uint8ClampedArray.from(png.data), png.width, png.height)?.data).toBe(certificate.verifyUrl);

    expect((await admin.fetch(mine.pdfDownloadPath)).status).toBe(200);
    const stranger = await signedIn(app, await createUser());
    expect((await stranger.fetch(mine.pdfDownloadPath)).status).toBe(404);

    // The verify page's check: this exact PDF matches; one changed byte does not.
    const check = async (body: Buffer) => {
      const r = await app.client().fetch('/certification/verify-pdf', {
        method: 'POST',
        headers: { 'content-type': 'application/pdf' },
        body: new Uint8Array(body),
      });
      return { status: r.status, body: (await r.json()) as AnyData };
    };
    expect(createHash('sha256').update(pdf).digest('hex')).toHaveLength(64);
    expect(await check(pdf)).toMatchObject({
      status: 200,
      body: { authentic: true, valid: true, certificate: { number: certificate.number } },
    });
    const altered = Buffer.from(pdf);
    altered[altered.length - 100] ^= 1;
    expect(await check(altered)).toMatchObject({
      status: 200,
      body: { authentic: false, valid: false, certificate: null },
    });
    const huge = await check(Buffer.alloc(20 * 1024 * 1024 + 1));
    expect(huge).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', reason: 'PDF_TOO_LARGE' } } });
  });

  it('is in English for an English-speaking holder', async () => {
    const student = await createUser({ locale: Locale.en });
    await enrol(student.user.id, p.core);
    await markDone(
      student.user.id,
      p.coreModules.flatMap((m) => m.lessonIds),
    );
    const c = (await admin.gql(ISSUE, { input: { studentId: student.user.id, trackId: p.core } })).data!
      .issueCertificate;
    await app.drainQueues();
    const holder = await signedIn(app, student);
    const [mine] = (await holder.gql(MY_CERTIFICATES)).data!.myCertificates;
    const { text } = await pdfParse(Buffer.from(await (await holder.fetch(mine.pdfDownloadPath)).arrayBuffer()));
    expect(text).toContain('Certificate number');
    expect(text).toContain(c.number);
  });
});

describe('rate limiting', () => {
  it('an address that keeps looking up codes is told RATE_LIMITED', async () => {
    const visitor = app.client();
    let limited: AnyData | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await visitor.gql(VERIFY, { code: `AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA${String(i).padStart(2, '0')}` });
      if (res.errors?.[0]?.extensions?.code === 'RATE_LIMITED') limited = res.errors[0];
    }
    expect(limited?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
