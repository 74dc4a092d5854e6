// Assignments test data and GraphQL documents. Each test builds its own world: a module in the
// core track, a cohort with fresh students and docents, an assignment written through the
// admin mutation. Files share one database, so nothing here counts on an empty table.
import { Role } from '@imh/common';
import { Locale } from '@imh/identity';
import { createModule, ensureTrack } from '../catalogue/catalogue-fixtures';
import { insertCohort } from '../cohorts/cohort-fixtures';
import { sql } from '../support/database';
import { createAdmin, createUser, uniqueId, type CreatedUser } from '../support/factories';
import type { AnyData, GqlClient, GqlResult, TestApp } from '../support/test-app';

export const ASSIGNMENT_FIELDS = `
  id moduleId title instructions instructionsHtml submissionKind allowedFileTypes maxFileBytes passRule passMinPoints
  maxAttempts anonymousGrading doubleMarking doubleMarkingThreshold myDueAt
  rubric { maxPoints passRule passMinPoints criteria { id position title kind maxPoints levels { label points } } }
`;

export const GRADE_FIELDS = `id submissionId markerRole status agreed version scores { criterionId points } totalPoints passed feedback feedbackHtml releasedAt marker { id }`;

export const SUBMISSION_FIELDS = `
  id assignmentId cohortId attempt status text version late submittedAt revisionComment revisionCommentHtml
  anonymised authorName author { id name }
  files { id originalName size downloadPath }
  grade { ${GRADE_FIELDS} }
  grades { ${GRADE_FIELDS} }
`;

export const CREATE_ASSIGNMENT = `mutation Create($input: CreateAssignmentInput!) { createAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const UPDATE_ASSIGNMENT = `mutation Update($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const ASSIGNMENT = `query Assignment($id: ID!) {
  assignment(id: $id) { ${ASSIGNMENT_FIELDS} mySubmissions { ${SUBMISSION_FIELDS} } dueDates { cohortId dueAt } }
}`;
export const SET_DUE_DATE = `mutation Due($input: SetAssignmentDueDateInput!) { setAssignmentDueDate(input: $input) { assignmentId cohortId dueAt } }`;
export const GRANT_EXTENSION = `mutation Extend($input: GrantExtensionInput!) { grantExtension(input: $input) { assignmentId studentId dueAt } }`;
export const SAVE_DRAFT = `mutation Draft($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const SUBMIT = `mutation Submit($input: SubmitSubmissionInput!) { submitSubmission(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const SUBMISSION = `query Submission($id: ID!) { submission(id: $id) { ${SUBMISSION_FIELDS} } }`;
export const SAVE_GRADE = `mutation Grade($input: SaveGradeInput!) { saveGrade(input: $input) { ${GRADE_FIELDS} } }`;
export const RELEASE = `mutation Release($ids: [ID!]!) { releaseGrades(submissionIds: $ids) { id status grade { id status passed } } }`;
export const REQUEST_REVISION = `mutation Revise($input: RequestRevisionInput!) { requestRevision(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const QUEUE = `query Queue($filter: GradingQueueFilterInput, $page: PageInput) {
  gradingQueue(filter: $filter, page: $page) {
    totalCount offset limit
    items { id attempt status late submittedAt anonymised authorName author { id name } cohort { id name }
            assignment { id title } files { id originalName } grades { id totalPoints } }
  }
}`;

/** An observation report: text and files (pdf, docx), two points criteria and one pass/fail criterion. */
export function observationReport(moduleId: string, overrides: Record<string, unknown> = {}) {
  return {
    moduleId,
    title: `Observatieverslag ${uniqueId('o')}`,
    instructions: 'Observeer **tien minuten** spel tussen ouder en kind.\n\n<script>alert(1)</script>',
    submissionKind: 'BOTH',
    allowedFileTypes: ['pdf', 'docx'],
    maxFileBytes: 5000,
    passRule: 'MIN_TOTAL_POINTS',
    passMinPoints: 4,
    maxAttempts: 2,
    criteria: [
      {
        title: 'Beschrijvend observeren',
        kind: 'POINTS',
        levels: [
          { label: 'Onvoldoende', points: 0 },
          { label: 'Voldoende', points: 2 },
          { label: 'Goed', points: 4 },
        ],
      },
      {
        title: 'Reflectie op eigen rol',
        kind: 'POINTS',
        levels: [
          { label: 'Onvoldoende', points: 0 },
          { label: 'Voldoende', points: 1 },
          { label: 'Goed', points: 2 },
        ],
      },
      { title: 'Privacy van het gezin gewaarborgd', kind: 'PASS_FAIL' },
    ],
    ...overrides,
  };
}

export interface World {
  trackId: string;
  moduleId: string;
  lessonIds: string[];
  cohortId: string;
  admin: GqlClient;
  docents: { user: CreatedUser; client: GqlClient }[];
  students: { user: CreatedUser; client: GqlClient }[];
}

export async function signIn(app: TestApp, user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

/** A published module in the core, a cohort of new enrolled students and its docents, all signed in. */
export async function createWorld(
  app: TestApp,
  options: {
    students?: number;
    docents?: number;
    studentLocale?: (i: number) => 'nl' | 'en';
    docentLocale?: 'nl' | 'en';
  } = {},
): Promise<World> {
  const trackId = await ensureTrack('CORE');
  const module = await createModule(trackId, { title: uniqueId('Observeren '), lessons: 1 });
  const students = await Promise.all(
    Array.from({ length: options.students ?? 2 }, (_, i) =>
      createUser({ roles: [Role.STUDENT], locale: Locale[options.studentLocale?.(i) ?? 'nl'] }),
    ),
  );
  const docents = await Promise.all(
    Array.from({ length: options.docents ?? 1 }, () =>
      createUser({
        roles: [Role.DOCENT],
        locale: Locale[options.docentLocale ?? 'nl'],
        name: `Docent ${uniqueId('d')}`,
      }),
    ),
  );
  await sql(`INSERT INTO enrollment (student_id, track_id, status) SELECT unnest($1::uuid[]), $2, 'ACTIVE'`, [
    students.map((s) => s.user.id),
    trackId,
  ]);
  const cohortId = await insertCohort(trackId, {
    studentIds: students.map((s) => s.user.id),
    docentIds: docents.map((d) => d.user.id),
  });
  const admin = await signIn(app, await createAdmin());
  return {
    trackId,
    moduleId: module.id,
    lessonIds: module.lessonIds,
    cohortId,
    admin,
    docents: await Promise.all(docents.map(async (user) => ({ user, client: await signIn(app, user) }))),
    students: await Promise.all(students.map(async (user) => ({ user, client: await signIn(app, user) }))),
  };
}

/** Creates an assignment through the admin mutation; fails the test on errors. */
export async function createAssignment(world: World, overrides: Record<string, unknown> = {}) {
  const res = await world.admin.gql(CREATE_ASSIGNMENT, { input: observationReport(world.moduleId, overrides) });
  if (res.errors) throw new Error(`createAssignment failed: ${JSON.stringify(res.errors)}`);
  return res.data!.createAssignment as {
    id: string;
    title: string;
    rubric: { criteria: { id: string; maxPoints: number; kind: string }[] };
  };
}

export async function ok(promise: Promise<GqlResult>): Promise<AnyData> {
  const res = await promise;
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

/** Saves a draft and submits it; returns the submitted attempt. */
export async function submitText(client: GqlClient, assignmentId: string, text: string, fileIds: string[] = []) {
  const draft = (await ok(client.gql(SAVE_DRAFT, { input: { assignmentId, text, fileIds } }))).saveSubmissionDraft;
  return (await ok(client.gql(SUBMIT, { input: { submissionId: draft.id, version: draft.version } })))
    .submitSubmission as { id: string; status: string; late: boolean; attempt: number };
}

/** Full marks for every criterion (a pass), or the given points in rubric order. */
export function scores(assignment: { rubric: { criteria: { id: string; maxPoints: number }[] } }, points?: number[]) {
  return assignment.rubric.criteria.map((c, i) => ({ criterionId: c.id, points: points?.[i] ?? c.maxPoints }));
}
