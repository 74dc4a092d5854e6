// Arranging assignment data through the real API (uploads, hand-ins, grades, cohorts), for the
// assignments and grading journeys. The journeys themselves go through the portal.
import { randomBytes } from 'node:crypto';
import { expect, request } from '@playwright/test';
import { GraphQLClient, type TestUser } from './api';
import { PORTAL_URL } from './env';

export const DEMO_ASSIGNMENT = 'Observatieverslag ouder-kindinteractie';

/** A small, valid one-page PDF whose page shows `title` (ASCII, no parentheses). */
export function samplePdf(title: string): Buffer {
  const content = `BT /F1 18 Tf 72 770 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export interface DemoAssignment {
  id: string;
  trackId: string;
  criteria: { id: string; kind: 'POINTS' | 'PASS_FAIL'; maxPoints: number }[];
}

/**
 * The demo observation report on the core, as the admin reads it: the core's modules first, then
 * each module's assignments (one nested query over every track would exceed the API's cost budget).
 */
export async function demoAssignment(admin: GraphQLClient): Promise<DemoAssignment> {
  const { tracks } = await admin.run<{ tracks: { id: string; code: string; modules: { id: string }[] }[] }>(
    `{ tracks { id code modules { id } } }`,
  );
  const core = tracks.find((track) => track.code === 'CORE')!;
  for (const module of core.modules) {
    const { assignments } = await admin.run<{
      assignments: { id: string; title: string; rubric: { criteria: DemoAssignment['criteria'] } }[];
    }>(
      `query ($moduleId: ID!) { assignments(moduleId: $moduleId) { id title rubric { criteria { id kind maxPoints } } } }`,
      {
        moduleId: module.id,
      },
    );
    const assignment = assignments.find((a) => a.title === DEMO_ASSIGNMENT);
    if (assignment) return { id: assignment.id, trackId: core.id, criteria: assignment.rubric.criteria };
  }
  throw new Error(`The demo assignment "${DEMO_ASSIGNMENT}" was not found in the core.`);
}

/** A session of a user who is not a demo role, through the login mutation. */
export async function signIn(user: Pick<TestUser, 'email' | 'password'>): Promise<GraphQLClient> {
  const client = new GraphQLClient(await request.newContext({ baseURL: PORTAL_URL }));
  await client.run(`mutation ($input: LoginInput!) { login(input: $input) { user { id } } }`, {
    input: { email: user.email, password: user.password },
  });
  return client;
}

/**
 * Fresh students enrolled in the track, in a new running cohort taught by `docentIds`: data no
 * other journey sees, so nothing here changes the demo cohort.
 */
export async function cohortOf(
  admin: GraphQLClient,
  { trackId, docentIds, studentIds }: { trackId: string; docentIds: string[]; studentIds: string[] },
): Promise<string> {
  for (const userId of studentIds) {
    await admin.run(`mutation ($input: EnrollStudentInput!) { enrollStudent(input: $input) { id } }`, {
      input: { trackId, userId },
    });
  }
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const { createCohort } = await admin.run<{ createCohort: { id: string } }>(
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    {
      input: {
        trackId,
        name: `E2E-lesgroep ${randomBytes(3).toString('hex')}`,
        period: { startsOn: day(-7), endsOn: day(120) },
        status: 'ACTIVE',
        docentIds,
        studentIds,
      },
    },
  );
  return createCohort.id;
}

/**
 * Opens the assignment's module for a fresh student: every module before it in the track is
 * completed in order — its lessons done and its assignments passed (a student hands in only for
 * a module they have unlocked, and a module counts as completed once its assignments are passed).
 * Passing needs `grader`: a docent of the student's cohort, who grades each earlier assignment in
 * full and releases it.
 */
export async function unlockModuleOf(
  student: GraphQLClient,
  assignmentId: string,
  grader?: GraphQLClient,
): Promise<void> {
  const { assignment } = await student.run<{
    assignment: { module: { id: string; trackId: string; position: number } };
  }>('query ($id: ID!) { assignment(id: $id) { module { id trackId position } } }', { id: assignmentId });
  const { myLearning } = await student.run<{
    myLearning: {
      enrollments: {
        track: { id: string };
        modules: {
          id: string;
          position: number;
          completed: boolean;
          lessons: { id: string; completed: boolean }[];
        }[];
      }[];
    };
  }>('{ myLearning { enrollments { track { id } modules { id position completed lessons { id completed } } } } }');
  const track = myLearning.enrollments.find((e) => e.track.id === assignment.module.trackId)!;
  const earlier = track.modules
    .filter((m) => m.position < assignment.module.position && !m.completed)
    .sort((a, b) => a.position - b.position);
  for (const module of earlier) {
    for (const lesson of module.lessons.filter((l) => !l.completed)) {
      await student.run('mutation ($id: ID!) { completeLesson(lessonId: $id) { lessonId } }', { id: lesson.id });
    }
    const { assignments } = await student.run<{
      assignments: {
        id: string;
        title: string;
        myHandIn: { reason: string | null };
        rubric: { criteria: DemoAssignment['criteria'] };
      }[];
    }>(
      'query ($id: ID!) { assignments(moduleId: $id) { id title myHandIn { reason } rubric { criteria { id kind maxPoints } } } }',
      { id: module.id },
    );
    for (const earlierAssignment of assignments.filter((a) => a.myHandIn.reason !== 'ALREADY_PASSED')) {
      if (!grader) {
        throw new Error(`"${earlierAssignment.title}" must be passed first: give unlockModuleOf a grader.`);
      }
      const submissionId = await handInText(student, earlierAssignment.id, 'Een reflectie op mijn eigen praktijk.');
      await gradeInFull(grader, submissionId, { criteria: earlierAssignment.rubric.criteria }, { release: true });
    }
  }
}

/** Saves `text` as the draft of a text-only assignment and hands it in; returns the submission id. */
async function handInText(student: GraphQLClient, assignmentId: string, text: string): Promise<string> {
  const { saveSubmissionDraft: draft } = await student.run<{ saveSubmissionDraft: { id: string; version: number } }>(
    `mutation ($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id version } }`,
    { input: { assignmentId, text, fileIds: [] } },
  );
  await student.run(`mutation ($input: SubmitSubmissionInput!) { submitSubmission(input: $input) { id } }`, {
    input: { submissionId: draft.id, version: draft.version },
  });
  return draft.id;
}

/** Uploads a PDF, saves it with `text` as the draft and hands it in; returns the submission id. */
export async function handIn(
  student: GraphQLClient,
  assignmentId: string,
  text: string,
  grader?: GraphQLClient,
): Promise<string> {
  await unlockModuleOf(student, assignmentId, grader);
  const upload = await student.context.post('/files?purpose=SUBMISSION_FILE', {
    headers: { 'x-imh-csrf': '1' },
    multipart: { file: { name: 'verslag.pdf', mimeType: 'application/pdf', buffer: samplePdf('Verslag') } },
  });
  expect(upload.status()).toBe(201);
  const file = (await upload.json()) as { id: string };
  const { saveSubmissionDraft: draft } = await student.run<{ saveSubmissionDraft: { id: string; version: number } }>(
    `mutation ($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id version } }`,
    { input: { assignmentId, text, fileIds: [file.id] } },
  );
  await student.run(`mutation ($input: SubmitSubmissionInput!) { submitSubmission(input: $input) { id } }`, {
    input: { submissionId: draft.id, version: draft.version },
  });
  return draft.id;
}

/** A complete grade with every criterion at its maximum: a draft, or released with `release`. */
export async function gradeInFull(
  docent: GraphQLClient,
  submissionId: string,
  assignment: Pick<DemoAssignment, 'criteria'>,
  { release = false } = {},
) {
  await docent.run(`mutation ($input: SaveGradeInput!) { saveGrade(input: $input) { id } }`, {
    input: {
      submissionId,
      scores: assignment.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
      feedback: 'Helder en concreet.',
      release,
    },
  });
}
