// Cohorts test data made straight in the database, and the GraphQL documents the cohorts specs
// send. Tracks are unique per code and shared by every file of a run, and other files enrol
// students in them; so these specs group chosen lists of their own students, never "the
// whole track pool", and assert only on rows they made.
import { Role } from '@imh/common';
import type { Locale } from '@imh/identity';
import { sql } from '../support/database';
import { createDiscipline, createOrganisation, createUser, uniqueId, type CreatedUser } from '../support/factories';

export { ensureTrack } from '../catalogue/catalogue-fixtures';

export interface PoolStudent extends CreatedUser {
  disciplineId: string;
  organisationId: string | null;
}

export interface PoolSpec {
  students: number;
  disciplines: number;
  organisations: number;
  /** Every n-th student works on their own (no organisation); 0 for none. */
  independentEvery?: number;
  locale?: (index: number) => Locale;
}

/**
 * `students` new students actively enrolled in the track, disciplines and organisations dealt
 * round-robin (so the pool's mix is known), none in a cohort.
 */
export async function createPool(trackId: string, spec: PoolSpec): Promise<PoolStudent[]> {
  const tag = uniqueId('pool');
  const disciplines = await Promise.all(
    Array.from({ length: spec.disciplines }, (_, i) => createDiscipline(`${tag}d${i}`)),
  );
  const organisations = await Promise.all(
    Array.from({ length: spec.organisations }, (_, i) => createOrganisation(`${tag} organisatie ${i}`)),
  );
  const students: PoolStudent[] = [];
  for (let i = 0; i < spec.students; i++) {
    const independent = spec.independentEvery ? i % spec.independentEvery === 0 : false;
    const disciplineId = disciplines[i % disciplines.length].id;
    const organisationId = independent || !organisations.length ? null : organisations[i % organisations.length].id;
    const student = await createUser({
      name: `${tag} Cursist ${String(i + 1).padStart(2, '0')}`,
      roles: [Role.STUDENT],
      disciplineId,
      organisationId,
      locale: spec.locale?.(i),
    });
    students.push({ ...student, disciplineId, organisationId });
  }
  await sql(`INSERT INTO enrollment (student_id, track_id, status) SELECT unnest($1::uuid[]), $2, 'ACTIVE'`, [
    students.map((s) => s.user.id),
    trackId,
  ]);
  return students;
}

export const createDocent = (options: { locale?: Locale } = {}) =>
  createUser({ roles: [Role.DOCENT], name: `Docent ${uniqueId('d')}`, ...options });

export const ids = (students: { user: { id: string } }[]) => students.map((s) => s.user.id);

const PERSON = 'id name email discipline { id code } organisation { id name }';

export const PROPOSAL_FIELDS = `
  id trackId status mode organisationId chosenPool poolSize seed minSize maxSize groupCount score bound gap
  groups {
    index size distinctDisciplines largestDisciplineShare organisationDuplicates score
    disciplineCounts { disciplineId count discipline { id } }
    members { ${PERSON} }
  }
  poolDisciplineCounts { disciplineId count }
  problems { reason message studentIds groupIndex }
  pins { studentId groupIndex } together { a b } apart { a b }
  track { id code }
`;

export const PROPOSE = `mutation Propose($input: ProposeCohortsInput!) { proposeCohorts(input: $input) { ${PROPOSAL_FIELDS} } }`;

export const MOVE = `mutation Move($input: MoveProposalStudentInput!) { moveProposalStudent(input: $input) { ${PROPOSAL_FIELDS} } }`;

export const PROPOSAL = `query Proposal($id: ID!) { cohortProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;

export const DISCARD = `mutation Discard($id: ID!) { discardCohortProposal(id: $id) { id status } }`;

export const POOL = `query Pool($trackId: ID!, $organisationId: ID) {
  cohortPool(trackId: $trackId, organisationId: $organisationId) {
    trackId size students { ${PERSON} } disciplineCounts { disciplineId count }
  }
}`;

export const COHORT_FIELDS = `
  id name trackId startsOn endsOn mode status organisationId proposalId studentCount
  track { id code }
  organisation { id name }
  docents { ${PERSON} }
  students { ${PERSON} }
  meetings { id startsAt endsAt place onlineUrl topic }
`;

export const COMMIT = `mutation Commit($input: CommitCohortProposalInput!) {
  commitCohortProposal(input: $input) { proposal { id status } cohorts { ${COHORT_FIELDS} } }
}`;

export const COHORT = `query Cohort($id: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`;

export const MY_COHORTS = `{ myCohorts { ${COHORT_FIELDS} } }`;

export const COHORTS = `query Cohorts($filter: CohortsFilterInput, $page: PageInput) {
  cohorts(filter: $filter, page: $page) { totalCount offset limit items { ${COHORT_FIELDS} } }
}`;

export const CREATE_COHORT = `mutation Create($input: CreateCohortInput!) { createCohort(input: $input) { ${COHORT_FIELDS} } }`;
export const UPDATE_COHORT = `mutation Update($input: UpdateCohortInput!) { updateCohort(input: $input) { ${COHORT_FIELDS} } }`;
export const ADD_DOCENT = `mutation AddDocent($input: CohortMembershipInput!) { addCohortDocent(input: $input) { id docents { id } } }`;
export const REMOVE_DOCENT = `mutation RemoveDocent($input: CohortMembershipInput!) { removeCohortDocent(input: $input) { id docents { id } } }`;
export const ADD_STUDENT = `mutation AddStudent($input: CohortMembershipInput!) { addCohortStudent(input: $input) { id students { id } } }`;
export const REMOVE_STUDENT = `mutation RemoveStudent($input: CohortMembershipInput!) { removeCohortStudent(input: $input) { id students { id } } }`;
export const ADD_MEETING = `mutation AddMeeting($input: AddCohortMeetingInput!) {
  addCohortMeeting(input: $input) { id cohortId startsAt endsAt place onlineUrl topic }
}`;
export const UPDATE_MEETING = `mutation UpdateMeeting($input: UpdateCohortMeetingInput!) {
  updateCohortMeeting(input: $input) { id startsAt endsAt place onlineUrl topic }
}`;
export const REMOVE_MEETING = `mutation RemoveMeeting($id: ID!) { removeCohortMeeting(id: $id) { id meetings { id } } }`;

/** A cohort with students, docents and meetings made straight in the database (for read tests). */
export async function insertCohort(
  trackId: string,
  options: { name?: string; studentIds?: string[]; docentIds?: string[]; meetings?: number } = {},
): Promise<string> {
  const [cohort] = await sql<{ id: string }>(
    `INSERT INTO cohort (track_id, name, starts_on, ends_on, status) VALUES ($1, $2, '2027-02-01', '2027-06-30', 'PLANNED')
     RETURNING id`,
    [trackId, options.name ?? uniqueId('Lesgroep ')],
  );
  if (options.studentIds?.length) {
    await sql(`INSERT INTO cohort_member (cohort_id, student_id, track_id) SELECT $1, unnest($2::uuid[]), $3`, [
      cohort.id,
      options.studentIds,
      trackId,
    ]);
  }
  if (options.docentIds?.length) {
    await sql(`INSERT INTO cohort_docent (cohort_id, docent_id) SELECT $1, unnest($2::uuid[])`, [
      cohort.id,
      options.docentIds,
    ]);
  }
  for (let i = 0; i < (options.meetings ?? 0); i++) {
    await sql(
      `INSERT INTO cohort_meeting (cohort_id, starts_at, ends_at, place, topic)
       VALUES ($1, $2::timestamptz, $2::timestamptz + interval '3 hours', 'Utrecht', $3)`,
      [cohort.id, new Date(Date.UTC(2027, 1, 1 + 7 * i, 8, 30)).toISOString(), `Bijeenkomst ${i + 1}`],
    );
  }
  return cohort.id;
}
