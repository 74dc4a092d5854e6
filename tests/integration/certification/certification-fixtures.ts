// Certification test data and GraphQL documents. Tracks are shared by every file (one per code),
// so each file resets the tracks it uses and makes its own students.
import { sql } from '../support/database';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import type { GqlClient, TestApp } from '../support/test-app';
import { createModule, enrol, markDone, resetTrack, type ModuleFixture } from '../catalogue/catalogue-fixtures';

export const CERTIFICATE_FIELDS = `id number verificationCode status issuedAt expiresAt accreditationPoints signatoryName
  holderName trackTitle verifyUrl pdfDownloadPath credentialDownloadPath replacesNumber replacedByNumber revokedAt
  revocationReason studentId trackId`;

export const ISSUE = `mutation Issue($input: IssueCertificateInput!) { issueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const REVOKE = `mutation Revoke($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const REISSUE = `mutation Reissue($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const MY_CERTIFICATES = `{ myCertificates { ${CERTIFICATE_FIELDS} } }`;
export const VERIFY = `query Verify($code: String!) {
  verifyCertificate(code: $code) {
    number holderName trackTitle issuedAt expiresAt accreditationPoints signatoryName status revokedAt replacedByNumber verifyUrl
  }
}`;
export const VERIFY_CREDENTIAL = `query VerifyCredential($credential: String!) {
  verifyCredential(credential: $credential) { authentic valid certificate { number status revokedAt } }
}`;
export const ELIGIBILITY = `query Eligibility($trackId: ID, $cohortId: ID, $page: PageInput) {
  certificateEligibility(trackId: $trackId, cohortId: $cohortId, page: $page) {
    totalCount
    items { studentId studentName eligible missingModules missingLessons unmetRequirements requiredTrack noModules accreditationPoints certificateNumber }
  }
}`;

export interface Programme {
  core: string;
  generalist: string;
  coreModules: ModuleFixture[];
  generalistModules: ModuleFixture[];
}

/** The core (two modules, 60 months valid) and the generalist route (one module, no expiry), empty of modules before. */
export async function programme(): Promise<Programme> {
  const core = await resetTrack('CORE');
  const generalist = await resetTrack('GENERALIST');
  await sql('UPDATE track SET certificate_validity_months = 60 WHERE id = $1', [core]);
  await sql('UPDATE track SET certificate_validity_months = NULL WHERE id = $1', [generalist]);
  const coreModules = [
    await createModule(core, { title: 'De eerste 1001 dagen', lessons: 2 }),
    await createModule(core, { title: 'Hechting', lessons: 1 }),
  ];
  const generalistModules = [await createModule(generalist, { title: 'Wijkgericht werken', lessons: 1 })];
  return { core, generalist, coreModules, generalistModules };
}

/** A student enrolled in the track who has done every lesson of these modules. */
export async function finishedStudent(trackId: string, modules: ModuleFixture[], name?: string): Promise<CreatedUser> {
  const student = await createUser({ name });
  await enrol(student.user.id, trackId);
  await markDone(
    student.user.id,
    modules.flatMap((m) => m.lessonIds),
  );
  return student;
}

export async function signedIn(app: TestApp, user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

export async function signedInAdmin(app: TestApp, name = 'Dr. A. Beheerder'): Promise<GqlClient> {
  return signedIn(app, await createAdmin({ name }));
}
