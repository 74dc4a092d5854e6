// The permission matrix: for every Query and Mutation field of the schema, what each caller gets
// with minimal valid arguments. permission-matrix.integration-spec.ts calls every field as each
// caller and compares; a field of the schema without a row here fails it, so a new operation
// must be added. A row is one line:
//
//   'Query.cohort': row('UNAUTHENTICATED ok ok FORBIDDEN ok', (w) => ({ id: w.cohortId })),
//
// The outcomes are in CALLERS order. `ok` means data; anything else is the error's
// `extensions.code`. The arguments come from the world (ids made by factories.ts and the
// context fixtures); `w.fresh.*` makes a new object per call for fields that change or remove
// what they are given, so no call depends on another.

export const CALLERS = ['signedOut', 'student', 'docent', 'confidant', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

/** The codes of DESIGN.md, and `ok` for data. */
export const OUTCOMES = [
  'ok',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
];

export type Variables = Record<string, unknown>;

export interface MatrixWorld {
  /** CORE, published: the student is enrolled and in `cohortId`, which the docent teaches. */
  trackId: string;
  /** GENERALIST, published; rows publish and unpublish it. */
  otherTrackId: string;
  /** Published, in CORE, two lessons. */
  moduleId: string;
  lessonIds: string[];
  /** On `moduleId`; the student handed in `submissionId` for it. */
  assignmentId: string;
  submissionId: string;
  cohortId: string;
  meetingId: string;
  /** The student's enrolment in CORE. */
  enrollmentId: string;
  /** An open proposal over `poolStudentIds` (enrolled in CORE, in no cohort). */
  proposalId: string;
  poolStudentIds: string[];
  intakeRequestId: string;
  /** The student's confidential thread to the world's confidant (who holds a recovery key). */
  confidentialThreadId: string;
  organisationId: string;
  disciplineId: string;
  ids: Record<Caller, string | null>;
  /** The modules of `trackId` in their order. */
  moduleOrder(): Promise<string[]>;
  /** New objects, one per call. */
  fresh: {
    email(): string;
    /** A student enrolled in CORE (unless told otherwise), in no cohort. */
    student(options?: { enrolled?: boolean }): Promise<string>;
    invitedUser(): Promise<string>;
    /** Draft or published, in CORE, two lessons. */
    module(status?: 'DRAFT' | 'PUBLISHED'): Promise<{ id: string; lessonIds: string[] }>;
    assignment(): Promise<string>;
    /** In CORE; the world's student and docent unless told otherwise. */
    cohort(options?: { studentIds?: string[]; docentIds?: string[]; meetings?: number }): Promise<string>;
    meeting(): Promise<string>;
    enrollment(): Promise<string>;
    proposal(): Promise<{ id: string; studentId: string }>;
    /** Handed in for `assignmentId` by a new student of `cohortId`. */
    submission(): Promise<string>;
    /** A draft by the world's student, for a new assignment on `moduleId`. */
    studentDraft(): Promise<{ submissionId: string; version: number }>;
    /** A lesson attachment uploaded by the admin, not attached yet. */
    upload(): Promise<string>;
    /** A lesson of a new draft module with `fileId` attached. */
    attachment(): Promise<{ lessonId: string; fileId: string }>;
    /** A valid, unused link token (and its user). */
    linkToken(purpose: 'INVITATION' | 'PASSWORD_RESET'): Promise<string>;
    /** An active user's credentials. */
    credentials(): Promise<{ email: string; password: string }>;
  };
}

export interface Row {
  /** One outcome per caller, in CALLERS order, separated by spaces. */
  expect: string;
  args?: (w: MatrixWorld, caller: Caller) => Variables | Promise<Variables>;
  /** The call signs in or out: send it from a new client of the same caller. */
  ownSession?: boolean;
}

export const row = (expect: string, args?: Row['args'], options: Omit<Row, 'expect' | 'args'> = {}): Row => ({
  expect,
  args,
  ...options,
});

const period = { startsOn: '2027-09-01', endsOn: '2028-01-31' };
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
/** A text-only assignment with one pass/fail criterion (create, or update with `id`). */
export const textAssignment = (moduleId: string, id?: string) => ({
  ...(id ? { id } : { moduleId }),
  title: 'Reflectieverslag',
  submissionKind: 'TEXT',
  maxAttempts: 2,
  maxFileBytes: 1000,
  passRule: 'ALL_CRITERIA_PASSED',
  criteria: [{ title: 'Reflectie', kind: 'PASS_FAIL' }],
});
const csv = 'e-mail,naam,discipline,organisatie\nnieuw@matrix.test,Nieuwe Cursist,logopedie,\n';
const intake = (email: string) => ({
  name: 'Sanne de Vries',
  email,
  discipline: 'Logopedie',
  organisation: 'Praktijk De Vries',
});

// One line per field (prettier keeps its hands off), so a new operation is a one-line row.
// prettier-ignore
export const MATRIX: Record<string, Row> = {
  // Queries
  'Query.assignment': row('UNAUTHENTICATED ok ok NOT_FOUND ok', (w) => ({ id: w.assignmentId })),
  'Query.assignmentCohortOverview': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok', (w) => ({ assignmentId: w.assignmentId, cohortId: w.cohortId })),
  'Query.assignments': row('UNAUTHENTICATED ok ok ok ok', (w) => ({ moduleId: w.moduleId })),
  'Query.cohort': row('UNAUTHENTICATED ok ok FORBIDDEN ok', (w) => ({ id: w.cohortId })),
  'Query.cohortPool': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ trackId: w.trackId })),
  'Query.cohortProposal': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ id: w.proposalId })),
  'Query.cohorts': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok'),
  'Query.disciplines': row('ok ok ok ok ok'),
  'Query.enrollments': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ trackId: w.trackId })),
  'Query.gradingQueue': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok'),
  'Query.intakeRequests': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok'),
  'Query.learningModule': row('UNAUTHENTICATED ok ok FORBIDDEN ok', (w) => ({ id: w.moduleId })),
  'Query.lesson': row('UNAUTHENTICATED ok ok FORBIDDEN ok', (w) => ({ id: w.lessonIds[0] })),
  'Query.me': row('ok ok ok ok ok'),
  'Query.module': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok', (w) => ({ id: w.moduleId })),
  'Query.myAssignments': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.myCohorts': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.myLearning': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.myDashboard': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.organisations': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.previewEnrollmentCsv': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { trackId: w.trackId, csv } })),
  'Query.publicCatalogue': row('ok ok ok ok ok'),
  'Query.refusalVocabulary': row('ok ok ok ok ok'),
  'Query.submission': row('UNAUTHENTICATED ok ok NOT_FOUND ok', (w) => ({ id: w.submissionId })),
  'Query.track': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok', (w) => ({ id: w.trackId })),
  'Query.tracks': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok'),
  'Query.users': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok'),
  'Query.assignmentLimits': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.rubricVerdict': row('UNAUTHENTICATED ok ok NOT_FOUND ok', (w) => ({ input: { assignmentId: w.assignmentId, scores: [] } })),
  'Query.uploadLimits': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.registers': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.accreditation': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.moduleRegisterPoints': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ moduleId: w.moduleId })),
  'Query.accreditationExport': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', () => ({ input: { register: 'SKJ', from: '2026-01-01', to: '2026-12-31' } })),
  'Query.confidants': row('UNAUTHENTICATED ok ok FORBIDDEN FORBIDDEN'),
  'Query.myConfidentialThreads': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.confidentialInbox': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN ok FORBIDDEN'),
  'Query.confidantWorkspace': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN ok FORBIDDEN'),
  'Query.confidentialThread': row('UNAUTHENTICATED ok NOT_FOUND ok NOT_FOUND', (w) => ({ id: w.confidentialThreadId })),
  'Query.confidentialThreadByReceipt': row('NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND', () => ({ receipt: '1234567812345678' })),
  'Query.confidentialFigures': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN ok FORBIDDEN', () => ({ year: 2026 })),
  'Query.myNotifications': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.myNotificationSettings': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.unreadNotificationCount': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.certificate': row('UNAUTHENTICATED NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND', () => ({ id: '00000000-0000-4000-8000-000000000000' })),
  'Query.certificateBatch': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN NOT_FOUND', () => ({ id: '00000000-0000-4000-8000-000000000000' })),
  'Query.certificateBatches': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok'),
  'Query.certificateEligibility': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ trackId: w.trackId })),
  'Query.certificates': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok'),
  'Query.myCertificates': row('UNAUTHENTICATED ok ok ok ok'),
  'Query.verifyCertificate': row('NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND', () => ({ code: 'NOTAREALCODE' })),
  'Query.verifyCredential': row('BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT', () => ({ credential: 'not.a.jwt' })),

  // Mutations
  'Mutation.acceptInvitation': row('ok ok ok ok ok', async (w) => ({ input: { token: await w.fresh.linkToken('INVITATION'), password: 'a-new-password-1' } }), { ownSession: true }),
  'Mutation.addCohortDocent': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { cohortId: await w.fresh.cohort({ docentIds: [] }), userId: w.ids.docent } })),
  'Mutation.addCohortMeeting': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { cohortId: w.cohortId, startsAt: later(30), endsAt: later(30.1), topic: 'Hechting', place: 'Utrecht' } })),
  'Mutation.addCohortStudent': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { cohortId: await w.fresh.cohort({ studentIds: [] }), userId: await w.fresh.student() } })),
  'Mutation.attachFileToLesson': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ lessonId: (await w.fresh.module('DRAFT')).lessonIds[0], fileId: await w.fresh.upload() })),
  'Mutation.commitCohortProposal': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { proposalId: (await w.fresh.proposal()).id, period } })),
  'Mutation.completeLesson': row('UNAUTHENTICATED ok FORBIDDEN FORBIDDEN FORBIDDEN', (w) => ({ lessonId: w.lessonIds[0] })),
  'Mutation.createAssignment': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: textAssignment(w.moduleId) })),
  'Mutation.createCohort': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { trackId: w.trackId, name: `Lesgroep ${w.fresh.email()}`, period } })),
  'Mutation.createLesson': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { moduleId: (await w.fresh.module('DRAFT')).id, title: 'Nieuwe les' } })),
  'Mutation.createModule': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { trackId: w.trackId, title: 'Nieuwe module' } })),
  'Mutation.createTrack': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN CONFLICT', () => ({ input: { code: 'CORE', title: 'Nog een kern' } })),
  'Mutation.deactivateUser': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ userId: await w.fresh.student({ enrolled: false }) })),
  'Mutation.deleteAssignment': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: await w.fresh.assignment() })),
  'Mutation.deleteLesson': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('DRAFT')).lessonIds[0] })),
  'Mutation.deleteModule': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('DRAFT')).id })),
  'Mutation.detachFileFromLesson': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => w.fresh.attachment()),
  'Mutation.discardCohortProposal': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.proposal()).id })),
  'Mutation.enrollInTrack': row('UNAUTHENTICATED CONFLICT FORBIDDEN FORBIDDEN FORBIDDEN', (w) => ({ trackId: w.trackId })),
  'Mutation.enrollStudent': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { trackId: w.trackId, userId: await w.fresh.student({ enrolled: false }) } })),
  'Mutation.grantExtension': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok', (w) => ({ input: { assignmentId: w.assignmentId, studentId: w.ids.student, dueAt: later(60) } })),
  'Mutation.importEnrollmentCsv': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN BAD_USER_INPUT', (w) => ({ input: { trackId: w.trackId, csv, previewHash: '0'.repeat(64) } })),
  'Mutation.inviteUser': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { email: w.fresh.email(), name: 'Nieuwe Docent', roles: ['DOCENT'] } })),
  'Mutation.login': row('ok ok ok ok ok', async (w) => ({ input: await w.fresh.credentials() }), { ownSession: true }),
  'Mutation.logout': row('ok ok ok ok ok', undefined, { ownSession: true }),
  'Mutation.recordRegistration': row('UNAUTHENTICATED BAD_USER_INPUT NOT_FOUND NOT_FOUND BAD_USER_INPUT', (w) => ({ input: { studentId: w.ids.student, register: 'SKJ', number: '12' } })),
  'Mutation.removeRegistration': row('UNAUTHENTICATED NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND', (w) => ({ input: { studentId: w.ids.student, register: 'KNMG' } })),
  'Mutation.setModuleRegisterPoints': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { moduleId: w.moduleId, points: [{ register: 'SKJ', points: 4 }] } })),
  'Mutation.setDisciplineRegisters': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { disciplineId: w.disciplineId, registers: ['SKJ'] } })),
  'Mutation.moveProposalStudent': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => { const p = await w.fresh.proposal(); return { input: { proposalId: p.id, studentId: p.studentId, toGroupIndex: 0 } }; }),
  'Mutation.proposeCohorts': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { trackId: w.trackId, studentIds: w.poolStudentIds, groupCount: 1 } })),
  'Mutation.publishModule': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('DRAFT')).id })),
  'Mutation.publishTrack': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ id: w.otherTrackId })),
  'Mutation.reactivateUser': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ userId: await w.fresh.student({ enrolled: false }) })),
  'Mutation.releaseGrades': row('UNAUTHENTICATED FORBIDDEN CONFLICT FORBIDDEN FORBIDDEN', async (w) => ({ submissionIds: [await w.fresh.submission()] })),
  'Mutation.removeCohortDocent': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { cohortId: await w.fresh.cohort({ studentIds: [] }), userId: w.ids.docent } })),
  'Mutation.removeCohortMeeting': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: await w.fresh.meeting() })),
  'Mutation.removeCohortStudent': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => { const studentId = await w.fresh.student(); return { input: { cohortId: await w.fresh.cohort({ studentIds: [studentId] }), userId: studentId } }; }),
  'Mutation.reorderLessons': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => { const m = await w.fresh.module('DRAFT'); return { input: { parentId: m.id, orderedIds: [...m.lessonIds].reverse() } }; }),
  'Mutation.reorderModules': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { parentId: w.trackId, orderedIds: (await w.moduleOrder()).reverse() } })),
  'Mutation.requestPasswordReset': row('ok ok ok ok ok', (w) => ({ input: { email: w.fresh.email() } })),
  'Mutation.requestRevision': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN FORBIDDEN', async (w) => ({ input: { submissionId: await w.fresh.submission(), comment: 'Werk de reflectie uit.' } })),
  'Mutation.resendInvitation': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ userId: await w.fresh.invitedUser() })),
  'Mutation.resetPassword': row('ok ok ok ok ok', async (w) => ({ input: { token: await w.fresh.linkToken('PASSWORD_RESET'), password: 'a-new-password-2' } }), { ownSession: true }),
  'Mutation.revokeExtension': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok', (w) => ({ input: { assignmentId: w.assignmentId, studentId: w.ids.student } })),
  'Mutation.saveGrade': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN FORBIDDEN', async (w) => ({ input: { submissionId: await w.fresh.submission(), feedback: 'Goed gedaan.' } })),
  'Mutation.saveSubmissionDraft': row('UNAUTHENTICATED CONFLICT FORBIDDEN FORBIDDEN FORBIDDEN', (w) => ({ input: { assignmentId: w.assignmentId, text: 'Mijn uitwerking' } })),
  'Mutation.setAssignmentDueDate': row('UNAUTHENTICATED FORBIDDEN ok FORBIDDEN ok', (w) => ({ input: { assignmentId: w.assignmentId, cohortId: w.cohortId, dueAt: later(45) } })),
  'Mutation.setIntakeRequestHandled': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ id: w.intakeRequestId })),
  'Mutation.setMyLocale': row('UNAUTHENTICATED ok ok ok ok', () => ({ locale: 'nl' })),
  'Mutation.setUserRoles': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { userId: await w.fresh.student({ enrolled: false }), roles: ['STUDENT', 'DOCENT'] } })),
  'Mutation.submitIntakeRequest': row('ok ok ok ok ok', (w) => ({ input: intake(w.fresh.email()) })),
  'Mutation.submitSubmission': row('UNAUTHENTICATED ok NOT_FOUND NOT_FOUND NOT_FOUND', async (w) => ({ input: await w.fresh.studentDraft() })),
  'Mutation.unpublishModule': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('PUBLISHED')).id })),
  'Mutation.unpublishTrack': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ id: w.otherTrackId })),
  'Mutation.updateAssignment': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: textAssignment(w.moduleId, await w.fresh.assignment()) })),
  'Mutation.updateCohort': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { id: await w.fresh.cohort(), name: 'Hernoemde lesgroep' } })),
  'Mutation.updateCohortMeeting': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { id: w.meetingId, topic: 'Spel en hechting' } })),
  'Mutation.updateLesson': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { id: (await w.fresh.module('DRAFT')).lessonIds[0], title: 'Andere titel' } })),
  'Mutation.updateModule': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { id: (await w.fresh.module('DRAFT')).id, title: 'Andere titel' } })),
  'Mutation.updateTrack': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', (w) => ({ input: { id: w.otherTrackId, description: 'Voor wijkteams.' } })),
  'Mutation.withdrawEnrollment': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: await w.fresh.enrollment() })),
  'Mutation.archiveLesson': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('DRAFT')).lessonIds[0] })),
  'Mutation.archiveModule': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('DRAFT')).id })),
  'Mutation.unarchiveLesson': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('DRAFT')).lessonIds[0] })),
  'Mutation.unarchiveModule': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ id: (await w.fresh.module('DRAFT')).id })),
  'Mutation.changePassword': row('UNAUTHENTICATED UNAUTHENTICATED UNAUTHENTICATED UNAUTHENTICATED UNAUTHENTICATED', () => ({ input: { currentPassword: 'not-the-password', newPassword: 'a-new-password-3' } })),
  'Mutation.startConfidentialThread': row('UNAUTHENTICATED ok ok FORBIDDEN FORBIDDEN', () => ({ input: { subject: 'Matrix', body: 'Een bericht', anonymous: true } })),
  'Mutation.replyToConfidentialThread': row('UNAUTHENTICATED ok NOT_FOUND ok NOT_FOUND', (w) => ({ input: { threadId: w.confidentialThreadId, body: 'Een antwoord' } })),
  'Mutation.replyByReceipt': row('NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND', () => ({ input: { receipt: '8765432187654321', body: 'Hallo' } })),
  'Mutation.setConfidentialThreadStatus': row('UNAUTHENTICATED NOT_FOUND NOT_FOUND CONFLICT NOT_FOUND', (w) => ({ input: { threadId: w.confidentialThreadId, status: 'IN_PROGRESS', version: 999 } })),
  'Mutation.addConfidentialNote': row('UNAUTHENTICATED NOT_FOUND NOT_FOUND ok NOT_FOUND', (w) => ({ input: { threadId: w.confidentialThreadId, body: 'Notitie' } })),
  'Mutation.setConfidentialRetention': row('UNAUTHENTICATED NOT_FOUND NOT_FOUND ok NOT_FOUND', (w) => ({ input: { threadId: w.confidentialThreadId, days: 400 } })),
  'Mutation.deleteConfidentialThread': row('UNAUTHENTICATED NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND', () => ({ id: '00000000-0000-4000-8000-000000000000' })),
  'Mutation.grantConfidentialAccess': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN NOT_FOUND FORBIDDEN', (w) => ({ confidantId: w.ids.student })),
  'Mutation.createConfidentialRecoveryKey': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN ok FORBIDDEN'),
  'Mutation.recoverConfidentialKeys': row('UNAUTHENTICATED BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT', () => ({ recoveryKey: 'AAAAA-BBBBB' })),
  'Mutation.markNotificationRead': row('UNAUTHENTICATED NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND', () => ({ id: '00000000-0000-4000-8000-000000000000' })),
  'Mutation.markAllNotificationsRead': row('UNAUTHENTICATED ok ok ok ok'),
  'Mutation.setNotificationPreference': row('UNAUTHENTICATED ok ok ok ok', () => ({ kind: 'GRADE_RELEASED', email: 'DIGEST' })),
  'Mutation.setDigestHour': row('UNAUTHENTICATED ok ok ok ok', () => ({ hour: 8 })),
  'Mutation.unsubscribe': row('BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT', () => ({ token: 'not-a-real-unsubscribe-token' })),
  'Mutation.issueCertificate': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN BAD_USER_INPUT', (w) => ({ input: { studentId: w.ids.student, trackId: w.trackId } })),
  'Mutation.issueCohortCertificates': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok', async (w) => ({ input: { cohortId: await w.fresh.cohort({ studentIds: [await w.fresh.student()] }) } })),
  'Mutation.reissueCertificate': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN NOT_FOUND', () => ({ input: { certificateId: '00000000-0000-4000-8000-000000000000', reason: 'Naam gecorrigeerd' } })),
  'Mutation.revokeCertificate': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN NOT_FOUND', () => ({ input: { certificateId: '00000000-0000-4000-8000-000000000000', reason: 'Ten onrechte' } })),
  'Mutation.rotateCertificateSigningKey': row('UNAUTHENTICATED FORBIDDEN FORBIDDEN FORBIDDEN ok'),
};
