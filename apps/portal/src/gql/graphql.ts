/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AccreditationExport = {
  __typename?: 'AccreditationExport';
  /** registration number, name, module, date, points: RFC 4180, CSV-injection safe. */
  csv: Scalars['String']['output'];
  editions: Array<PeOnlineEdition>;
  /** A file name for the CSV. */
  fileName: Scalars['String']['output'];
  from: Scalars['String']['output'];
  missing: Array<MissingRegistration>;
  register: RegisterCode;
  /** Rows in the CSV (header excluded). */
  rowCount: Scalars['Int']['output'];
  to: Scalars['String']['output'];
  totalPoints: Scalars['Int']['output'];
};

export type AccreditationExportInput = {
  /** First day, YYYY-MM-DD (Europe/Amsterdam), in 2000–2100. */
  from: Scalars['String']['input'];
  register: RegisterCode;
  /** Last day (inclusive), YYYY-MM-DD, not before from, at most five years later. */
  to: Scalars['String']['input'];
};

export type AccreditationProfile = {
  __typename?: 'AccreditationProfile';
  /** The discipline's Dutch name. */
  disciplineName?: Maybe<Scalars['String']['output']>;
  /** The registers the student's discipline offers, and any they hold. */
  offeredRegisters: Array<Register>;
  /** Newest year first, registers in their order. */
  points: Array<AccreditationYear>;
  registrations: Array<RegistrationView>;
  studentId: Scalars['ID']['output'];
};

/** Why the accreditation context refuses a request: the value of `extensions.reason` on its errors. */
export type AccreditationRefusal =
  | 'INVALID_EXPORT_PERIOD'
  | 'INVALID_REGISTRATION_NUMBER'
  | 'ONLY_ADMINS_MANAGE_ACCREDITATION'
  | 'REGISTER_NOT_OFFERED'
  | 'REGISTER_REPEATED';

export type AccreditationYear = {
  __typename?: 'AccreditationYear';
  modules: Array<EarnedModule>;
  points: Scalars['Int']['output'];
  register: RegisterCode;
  /** The student has a number in this register (without one the points cannot be reported). */
  registered: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

export type AddCohortMeetingInput = {
  cohortId: Scalars['ID']['input'];
  /** After the start, in 2000–2100. */
  endsAt: Scalars['DateTime']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Address or room; this or an online link is required. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Start (ISO 8601 with offset), in 2000–2100. */
  startsAt: Scalars['DateTime']['input'];
  topic?: Scalars['String']['input'];
};

export type AddConfidentialNoteInput = {
  body: Scalars['String']['input'];
  threadId: Scalars['ID']['input'];
};

/** What waits for an admin: intake requests, cohort proposals. */
export type AdminDashboard = {
  __typename?: 'AdminDashboard';
  openIntakeRequests: OpenIntakeRequests;
  openProposals: OpenCohortProposals;
};

export type Assignment = {
  __typename?: 'Assignment';
  /** File extensions a submission may carry, a subset of the storage allow-list. */
  allowedFileTypes: Array<Scalars['String']['output']>;
  /** Docents see a pseudonym instead of the student until the grade is released. */
  anonymousGrading: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Two docents grade independently; a third decides when they differ. */
  doubleMarking: Scalars['Boolean']['output'];
  /** Double marking: totals further apart than this ask for a third marker. */
  doubleMarkingThreshold: Scalars['Int']['output'];
  /** Due dates per cohort: admins see all, docents their cohorts’, students their own cohort’s. */
  dueDates: Array<AssignmentDueDate>;
  id: Scalars['ID']['output'];
  /** Markdown; see instructionsHtml for the sanitised HTML. */
  instructions: Scalars['String']['output'];
  /** The instructions as sanitised HTML. */
  instructionsHtml: Scalars['String']['output'];
  maxAttempts: Scalars['Int']['output'];
  /** Largest file a submission may carry, in bytes. */
  maxFileBytes: Scalars['Float']['output'];
  /** How many files one attempt may carry. */
  maxFiles: Scalars['Int']['output'];
  module: Module;
  moduleId: Scalars['ID']['output'];
  /** The signed-in student’s effective due date: their extension, else their cohort’s. */
  myDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the signed-in student may write for it now (by the rules of saving and handing in), and why not. */
  myHandIn: HandInState;
  /** The signed-in student’s attempts, the draft included. */
  mySubmissions: Array<Submission>;
  /** For MIN_TOTAL_POINTS: the total a pass needs. */
  passMinPoints?: Maybe<Scalars['Int']['output']>;
  passRule: PassRule;
  rubric: Rubric;
  submissionKind: SubmissionKind;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AssignmentCohortOverview = {
  __typename?: 'AssignmentCohortOverview';
  /** Anonymous grading: the overview ties no work to a name before release. */
  anonymousGrading: Scalars['Boolean']['output'];
  assignmentId: Scalars['ID']['output'];
  cohortDueAt?: Maybe<Scalars['DateTime']['output']>;
  cohortId: Scalars['ID']['output'];
  cohortName: Scalars['String']['output'];
  students: Array<CohortStudentAssignment>;
};

export type AssignmentDueDate = {
  __typename?: 'AssignmentDueDate';
  assignmentId: Scalars['ID']['output'];
  cohortId: Scalars['ID']['output'];
  dueAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AssignmentExtension = {
  __typename?: 'AssignmentExtension';
  assignmentId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  dueAt: Scalars['DateTime']['output'];
  grantedById?: Maybe<Scalars['ID']['output']>;
  reason: Scalars['String']['output'];
  studentId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** The limits the API enforces on assignments and what is handed in for them. */
export type AssignmentLimits = {
  __typename?: 'AssignmentLimits';
  /** File types the storage takes; an assignment allows a subset. */
  fileTypes: Array<Scalars['String']['output']>;
  maxAttempts: Scalars['Int']['output'];
  maxCriteria: Scalars['Int']['output'];
  maxFilesPerSubmission: Scalars['Int']['output'];
  maxLevels: Scalars['Int']['output'];
  /** The storage limit: no file, and no assignment’s maxFileBytes, may exceed it. */
  maxUploadBytes: Scalars['Float']['output'];
};

/** Why the proposal cannot be committed as it stands (after moves by hand). */
export type AssignmentProblem = {
  __typename?: 'AssignmentProblem';
  groupIndex?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  reason: AssignmentProblemReason;
  studentIds: Array<Scalars['ID']['output']>;
};

export type AssignmentProblemReason =
  | 'APART_VIOLATED'
  | 'GROUP_COUNT'
  | 'GROUP_TOO_LARGE'
  | 'GROUP_TOO_SMALL'
  | 'NOT_IN_POOL'
  | 'NOT_PLACED'
  | 'PIN_VIOLATED'
  | 'PLACED_TWICE'
  | 'TOGETHER_VIOLATED';

/** Why the assignments context refuses a request: the value of `extensions.reason` on its errors. */
export type AssignmentRefusal =
  | 'ALREADY_PASSED'
  | 'ALREADY_RELEASED'
  | 'ALREADY_SUBMITTED'
  | 'ASSIGNMENT_HAS_SUBMISSIONS'
  | 'ASSIGNMENT_NOT_PASSED'
  | 'AUTHORING_ADMINS_ONLY'
  | 'AWAITING_GRADE'
  | 'COHORT_OTHER_TRACK'
  | 'EXTENSION_IN_PAST'
  | 'EXTENSION_NOT_LATER'
  | 'FILES_NOT_ALLOWED'
  | 'FILE_LIMIT_ABOVE_STORAGE'
  | 'FILE_NOT_FOUND'
  | 'FILE_TYPES_MISSING'
  | 'FILE_TYPES_UNKNOWN'
  | 'GRADE_INCOMPLETE'
  | 'GRADING_QUEUE_DOCENTS_ONLY'
  | 'INVALID_ASSIGNMENT'
  | 'LEVELS_TOO_FEW'
  | 'LEVEL_POINTS_REPEATED'
  | 'MARKERS_TAKEN'
  | 'MARK_FINAL'
  | 'NOT_AWAITING_GRADE'
  | 'NOT_YOUR_COHORT'
  | 'NO_AGREED_GRADE'
  | 'NO_ATTEMPTS_LEFT'
  | 'NO_COHORT_IN_TRACK'
  | 'NO_SUBMISSIONS_CHOSEN'
  | 'PASS_FAIL_HAS_LEVELS'
  | 'PASS_MIN_ABOVE_TOTAL'
  | 'PASS_MIN_MISSING'
  | 'PASS_RULE_NEEDS_PASS_FAIL'
  | 'REASON_REQUIRED'
  | 'REVISION_REQUESTED'
  | 'RUBRIC_IN_USE'
  | 'SCORE_OUT_OF_RANGE'
  | 'STALE_DRAFT'
  | 'STALE_GRADE'
  | 'SUBMISSION_FILE_TOO_LARGE'
  | 'SUBMISSION_FILE_TYPE_NOT_ALLOWED'
  | 'SUBMISSION_INCOMPLETE'
  | 'SUBMITTING_STUDENTS_ONLY'
  | 'TEXT_NOT_ALLOWED'
  | 'TOO_MANY_SUBMISSIONS';

/** Why the catalogue context refuses a request: the value of `extensions.reason` on its errors. */
export type CatalogueRefusal =
  | 'ALREADY_ENROLLED'
  | 'CATALOGUE_ADMIN_ONLY'
  | 'CATALOGUE_STAFF_ONLY'
  | 'CSV_CHANGE_NOT_OFFERED'
  | 'CSV_FILE_INVALID'
  | 'CSV_HAS_PROBLEMS'
  | 'DRAFT_PREREQUISITES'
  | 'LAST_LESSON'
  | 'LESSON_HAS_STUDENT_WORK'
  | 'LESSON_LOCKED'
  | 'MODULE_ARCHIVED'
  | 'MODULE_HAS_STUDENT_WORK'
  | 'MODULE_LOCKED'
  | 'MODULE_PUBLISHED'
  | 'NOT_A_LESSON_ATTACHMENT'
  | 'NOT_A_PERMUTATION'
  | 'NOT_A_STUDENT'
  | 'NOT_ENROLLED'
  | 'NO_LESSONS'
  | 'PREREQUISITE_CYCLE'
  | 'PREVIEW_OUTDATED'
  | 'REQUIRED_BY_MODULE'
  | 'REQUIRED_BY_PUBLISHED_MODULE'
  | 'REQUIRED_TRACK_NOT_COMPLETED'
  | 'STUDENT_DEACTIVATED'
  | 'TRACK_CODE_TAKEN'
  | 'TRACK_NOT_PUBLISHED'
  | 'TRACK_REQUIREMENT_CYCLE'
  | 'UNKNOWN_PREREQUISITE'
  | 'UNKNOWN_REQUIRED_TRACK';

export type CertificateBatchPage = {
  __typename?: 'CertificateBatchPage';
  items: Array<CertificateBatchView>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type CertificateBatchStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type CertificateBatchView = {
  __typename?: 'CertificateBatchView';
  /** Members who already held a valid certificate for the track. */
  alreadyCertified: Scalars['Int']['output'];
  cohortId: Scalars['ID']['output'];
  cohortName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  issued: Scalars['Int']['output'];
  /** Members not eligible: the eligibility list says what they miss. */
  notEligible: Scalars['Int']['output'];
  /** How far it is, 0–100; 100 once COMPLETED. */
  percent: Scalars['Int']['output'];
  /** issued + alreadyCertified + notEligible. */
  processed: Scalars['Int']['output'];
  requestedByName: Scalars['String']['output'];
  /** QUEUED or RUNNING: the portal keeps polling while this is true. */
  running: Scalars['Boolean']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CertificateBatchStatus;
  /** The cohort's members, once the worker has started (0 before). */
  total: Scalars['Int']['output'];
  trackId: Scalars['ID']['output'];
  trackTitle: Scalars['String']['output'];
};

export type CertificatePage = {
  __typename?: 'CertificatePage';
  items: Array<CertificateView>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type CertificateStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'VALID';

export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  accreditationPoints: Scalars['Int']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  holderName: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  number: Scalars['String']['output'];
  /** The number of the certificate that replaces this one. */
  replacedByNumber?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  signatoryName: Scalars['String']['output'];
  status: CertificateStatus;
  trackTitle: Scalars['String']['output'];
  /** The largest file (bytes) the check of a dropped PDF or credential takes; a larger one is refused (PDF_TOO_LARGE). */
  uploadMaxBytes: Scalars['Int']['output'];
  verifyUrl: Scalars['String']['output'];
};

export type CertificateView = {
  __typename?: 'CertificateView';
  accreditationPoints: Scalars['Int']['output'];
  /** Download path of the signed credential (VC-JWT); add ?format=json for the decoded JSON. */
  credentialDownloadPath: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  holderName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  number: Scalars['String']['output'];
  /** Download path of the PDF once the worker has made it. */
  pdfDownloadPath?: Maybe<Scalars['String']['output']>;
  /** The number of the certificate that replaces this one. */
  replacedByNumber?: Maybe<Scalars['String']['output']>;
  replacesNumber?: Maybe<Scalars['String']['output']>;
  revocationReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  signatoryName: Scalars['String']['output'];
  status: CertificateStatus;
  studentId: Scalars['ID']['output'];
  trackId: Scalars['ID']['output'];
  trackTitle: Scalars['String']['output'];
  /** The largest file (bytes) the check of a dropped PDF or credential takes; a larger one is refused (PDF_TOO_LARGE). */
  uploadMaxBytes: Scalars['Int']['output'];
  verificationCode: Scalars['String']['output'];
  verifyUrl: Scalars['String']['output'];
};

/** Why the certification context refuses a request: the value of `extensions.reason` on its errors. */
export type CertificationRefusal =
  | 'ALREADY_CERTIFIED'
  | 'BATCH_ALREADY_RUNNING'
  | 'CERTIFICATE_REVOKED'
  | 'COHORT_HAS_NO_MEMBERS'
  | 'CREDENTIAL_MALFORMED'
  | 'NOT_ELIGIBLE'
  | 'ONLY_ADMINS_CERTIFY'
  | 'PDF_TOO_LARGE'
  | 'REVOCATION_REASON_REQUIRED';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type Cohort = {
  __typename?: 'Cohort';
  createdAt: Scalars['DateTime']['output'];
  /** Sorted by name. */
  docents: Array<CohortPerson>;
  /** Last day of the period (YYYY-MM-DD, Europe/Amsterdam). */
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The schedule, in time order. */
  meetings: Array<CohortMeeting>;
  mode: CohortMode;
  name: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  /** The organisation of an in-company cohort. */
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** The proposal this cohort was formed from, if any. */
  proposalId?: Maybe<Scalars['ID']['output']>;
  /** First day of the period (YYYY-MM-DD, Europe/Amsterdam). */
  startsOn: Scalars['String']['output'];
  status: CohortStatus;
  studentCount: Scalars['Int']['output'];
  /** Sorted by name. Fellow students see names and disciplines only. */
  students: Array<CohortPerson>;
  track: Track;
  trackId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CohortMeeting = {
  __typename?: 'CohortMeeting';
  cohortId: Scalars['ID']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** Address or room. */
  place?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
};

export type CohortMeetingInput = {
  /** After the start, in 2000–2100. */
  endsAt: Scalars['DateTime']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Address or room; this or an online link is required. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Start (ISO 8601 with offset), in 2000–2100. */
  startsAt: Scalars['DateTime']['input'];
  topic?: Scalars['String']['input'];
};

export type CohortMembershipInput = {
  cohortId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type CohortMode =
  | 'IN_COMPANY'
  | 'OPEN';

export type CohortPage = {
  __typename?: 'CohortPage';
  items: Array<Cohort>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type CohortPeriodInput = {
  /** YYYY-MM-DD, after startsOn, in 2000–2100. */
  endsOn: Scalars['String']['input'];
  /** YYYY-MM-DD, in 2000–2100. */
  startsOn: Scalars['String']['input'];
};

export type CohortPerson = {
  __typename?: 'CohortPerson';
  discipline?: Maybe<Discipline>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Shown to admins and the cohort’s docents; null for fellow students. */
  organisation?: Maybe<Organisation>;
};

export type CohortPool = {
  __typename?: 'CohortPool';
  disciplineCounts: Array<DisciplineCount>;
  size: Scalars['Int']['output'];
  /** Sorted by name. */
  students: Array<CohortPerson>;
  trackId: Scalars['ID']['output'];
};

export type CohortProposal = {
  __typename?: 'CohortProposal';
  apart: Array<StudentPair>;
  /** No split into groups of these sizes can score higher. */
  bound: Scalars['Float']['output'];
  /** True when the admin chose the pool; false for the whole track pool. */
  chosenPool: Scalars['Boolean']['output'];
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** (bound − score) / bound. */
  gap: Scalars['Float']['output'];
  /** The number of groups asked for, if any. */
  groupCount?: Maybe<Scalars['Int']['output']>;
  groups: Array<ProposalGroup>;
  id: Scalars['ID']['output'];
  maxSize: Scalars['Int']['output'];
  minSize: Scalars['Int']['output'];
  mode: CohortMode;
  organisation?: Maybe<Organisation>;
  organisationId?: Maybe<Scalars['ID']['output']>;
  pins: Array<ProposalPin>;
  /** The pool's discipline mix, most frequent first. */
  poolDisciplineCounts: Array<DisciplineCount>;
  poolSize: Scalars['Int']['output'];
  /** Empty when the proposal can be committed. */
  problems: Array<AssignmentProblem>;
  /** Size-weighted mean of the group scores. */
  score: Scalars['Float']['output'];
  seed: Scalars['Int']['output'];
  status: CohortProposalStatus;
  together: Array<StudentPair>;
  track: Track;
  trackId: Scalars['ID']['output'];
};

export type CohortProposalStatus =
  | 'COMMITTED'
  | 'DISCARDED'
  | 'PROPOSED';

/** A proposal still open to commit or discard: the track, its size, when it was made. */
export type CohortProposalSummary = {
  __typename?: 'CohortProposalSummary';
  createdAt: Scalars['DateTime']['output'];
  groupCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Students over all its groups. */
  studentCount: Scalars['Int']['output'];
  trackId: Scalars['ID']['output'];
  trackTitle: Scalars['String']['output'];
};

/** Why the cohorts context refuses a request: the value of `extensions.reason` on its errors. */
export type CohortRefusal =
  | 'ALREADY_IN_COHORT'
  | 'APART_VIOLATED'
  | 'BOUNDS_MISSING'
  | 'COHORTS_ADMIN_ONLY'
  | 'CONSTRAINTS_UNSATISFIABLE'
  | 'DUPLICATE_STUDENT'
  | 'GROUP_COUNT'
  | 'GROUP_COUNT_INVALID'
  | 'GROUP_COUNT_MISMATCH'
  | 'GROUP_OUT_OF_RANGE'
  | 'GROUP_OVER_CAPACITY'
  | 'GROUP_TOO_LARGE'
  | 'GROUP_TOO_SMALL'
  | 'MAX_SIZE_TOO_SMALL'
  | 'MIN_GREATER_THAN_MAX'
  | 'MIN_SIZE_TOO_SMALL'
  | 'NOT_A_DOCENT'
  | 'NOT_IN_COHORT'
  | 'NOT_IN_POOL'
  | 'NOT_IN_PROPOSAL'
  | 'NOT_PLACED'
  | 'NOT_TEACHING_COHORT'
  | 'NO_FEASIBLE_GROUP_COUNT'
  | 'NO_SPLIT_FOUND'
  | 'ORGANISATION_NOT_ALLOWED'
  | 'ORGANISATION_REQUIRED'
  | 'PINNED_TWICE'
  | 'PIN_OUT_OF_RANGE'
  | 'PIN_VIOLATED'
  | 'PLACED_TWICE'
  | 'POOL_CHANGED'
  | 'POOL_TOO_SMALL'
  | 'PROPOSAL_CLOSED'
  | 'SEED_INVALID'
  | 'TOGETHER_AND_APART'
  | 'TOGETHER_PINNED_APART'
  | 'TOGETHER_TOO_LARGE'
  | 'TOGETHER_VIOLATED'
  | 'UNKNOWN_ORGANISATION';

export type CohortStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED';

export type CohortStudentAssignment = {
  __typename?: 'CohortStudentAssignment';
  /** Attempts handed in (drafts do not count); null while hidden. */
  attempts?: Maybe<Scalars['Int']['output']>;
  /** Anonymous grading: what this student handed in is hidden (attempts, status, lateness) until their grade is released. */
  attemptsHidden: Scalars['Boolean']['output'];
  /** The effective due date: the extension, else the cohort’s due date. */
  effectiveDueAt?: Maybe<Scalars['DateTime']['output']>;
  extension?: Maybe<AssignmentExtension>;
  /** Whether the latest attempt was late; null: none, or hidden. */
  late?: Maybe<Scalars['Boolean']['output']>;
  /** The latest handed-in attempt’s status; null: none, or hidden. */
  latestStatus?: Maybe<SubmissionStatus>;
  /** The latest handed-in attempt; null: none, or hidden. */
  latestSubmissionId?: Maybe<Scalars['ID']['output']>;
  studentId: Scalars['ID']['output'];
  studentName: Scalars['String']['output'];
};

export type CohortsFilterInput = {
  status?: InputMaybe<CohortStatus>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};

export type CommitCohortGroupInput = {
  /** Users with the DOCENT role. */
  docentIds?: Array<Scalars['ID']['input']>;
  meetings?: Array<CohortMeetingInput>;
  /** Default: the track, the start month and the group number. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type CommitCohortProposalInput = {
  /** One entry per proposed group, in order; omitted: default names, no docents, no meetings. */
  groups?: InputMaybe<Array<CommitCohortGroupInput>>;
  period: CohortPeriodInput;
  proposalId: Scalars['ID']['input'];
  status?: CohortStatus;
};

export type CommitCohortProposalPayload = {
  __typename?: 'CommitCohortProposalPayload';
  /** The new cohorts, in the order of the proposal’s groups. */
  cohorts: Array<Cohort>;
  proposal: CohortProposal;
};

/** Why the common context refuses a request: the value of `extensions.reason` on its errors. */
export type CommonRefusal =
  | 'INVALID_ID'
  | 'NOT_FOUND'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'VALIDATION_FAILED';

export type CompleteLessonPayload = {
  __typename?: 'CompleteLessonPayload';
  enrollment: LearningEnrollment;
  lessonId: Scalars['ID']['output'];
  module: LearningModule;
};

export type Confidant = {
  __typename?: 'Confidant';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ConfidantWorkspace = {
  __typename?: 'ConfidantWorkspace';
  /** Threads addressed to you that you cannot read until a confidant grants them. */
  awaitingGrant: Scalars['Int']['output'];
  /** Closed threads deleted within 14 days. */
  deletionNotices: Array<DeletionNotice>;
  hasRecoveryKey: Scalars['Boolean']['output'];
  /** Confidants who cannot yet read threads you can. */
  pendingGrants: Array<PendingGrant>;
  /** A recovery key must be made first (the only confidant has no one to re-grant). */
  recoveryKeyRequired: Scalars['Boolean']['output'];
};

export type ConfidentialAccessEntry = {
  __typename?: 'ConfidentialAccessEntry';
  confidantName: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
};

export type ConfidentialAttachmentLimits = {
  __typename?: 'ConfidentialAttachmentLimits';
  /** The file extensions accepted, lower-case. */
  allowedTypes: Array<Scalars['String']['output']>;
  /** The largest file accepted, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** At most this many files in one thread. */
  maxFiles: Scalars['Int']['output'];
};

export type ConfidentialAttachmentView = {
  __typename?: 'ConfidentialAttachmentView';
  author: ConfidentialMessageAuthor;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

export type ConfidentialFigures = {
  __typename?: 'ConfidentialFigures';
  /** Threads opened per month, `01`–`12`. */
  byMonth: Array<FigureCount>;
  byStatus: Array<FigureCount>;
  byWriterKind: Array<FigureCount>;
  /** Median hours from opening to the first answer. */
  medianHoursToFirstAnswer?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type ConfidentialMessageAuthor =
  | 'CONFIDANT'
  | 'WRITER';

export type ConfidentialMessageView = {
  __typename?: 'ConfidentialMessageView';
  author: ConfidentialMessageAuthor;
  /** The answering confidant; for writer messages the writer’s name to confidants of a named thread. */
  authorName?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  /** For an anonymous writer’s messages: the day only. */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Written by the viewer. */
  mine: Scalars['Boolean']['output'];
  /** When the other side first read it. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ConfidentialNoteView = {
  __typename?: 'ConfidentialNoteView';
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** Why the confidential context refuses a request: the value of `extensions.reason` on its errors. */
export type ConfidentialRefusal =
  | 'MESSAGE_EMPTY'
  | 'MESSAGE_TOO_LONG'
  | 'NOT_AN_ADDRESSABLE_CONFIDANT'
  | 'NOT_A_CONFIDANT'
  | 'NOT_A_WRITER'
  | 'NO_CONFIDANT_AVAILABLE'
  | 'RECEIPT_NOT_RECOGNISED'
  | 'RECOVERY_KEY_NOT_RECOGNISED'
  | 'RECOVERY_KEY_REQUIRED'
  | 'RETENTION_OUT_OF_RANGE'
  | 'SESSION_KEYS_MISSING'
  | 'STALE_THREAD'
  | 'THREAD_CLOSED'
  | 'TOO_MANY_ATTACHMENTS';

export type ConfidentialThreadPage = {
  __typename?: 'ConfidentialThreadPage';
  items: Array<ConfidentialThreadSummary>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type ConfidentialThreadStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN';

export type ConfidentialThreadSummary = {
  __typename?: 'ConfidentialThreadSummary';
  anonymous: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When this closed thread will be deleted. */
  deleteAfter?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Unanswered for 7 days (confidants only; false for writers). */
  overdue: Scalars['Boolean']['output'];
  status: ConfidentialThreadStatus;
  subject: Scalars['String']['output'];
  /** Messages the viewer has not read yet. */
  unread: Scalars['Boolean']['output'];
};

export type ConfidentialThreadView = {
  __typename?: 'ConfidentialThreadView';
  /** Confidants only: every opening. */
  accessLog?: Maybe<Array<ConfidentialAccessEntry>>;
  anonymous: Scalars['Boolean']['output'];
  attachmentLimits: ConfidentialAttachmentLimits;
  /** Files, encrypted at rest; download through /confidential-files/attachments/:id. */
  attachments: Array<ConfidentialAttachmentView>;
  /** The viewer may add a file now: a signed-in reader of an open thread with room for another file (not by receipt). */
  canAttach: Scalars['Boolean']['output'];
  canDelete: Scalars['Boolean']['output'];
  canHandle: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When this closed thread will be deleted. */
  deleteAfter?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  messages: Array<ConfidentialMessageView>;
  /** Internal notes: confidants only. */
  notes?: Maybe<Array<ConfidentialNoteView>>;
  /** Unanswered for 7 days (confidants only; false for writers). */
  overdue: Scalars['Boolean']['output'];
  /** Who can read this thread besides the writer. */
  readers: Array<Confidant>;
  /** Retention after closing in days, when set for this thread. */
  retentionDays?: Maybe<Scalars['Int']['output']>;
  status: ConfidentialThreadStatus;
  subject: Scalars['String']['output'];
  /** Messages the viewer has not read yet. */
  unread: Scalars['Boolean']['output'];
  /** For status changes: the version this view was read at. */
  version: Scalars['Int']['output'];
  /** Confidants only: student, docent or anonymous. */
  writerKind?: Maybe<ConfidentialWriterKind>;
  /** Confidants only, named threads only. */
  writerName?: Maybe<Scalars['String']['output']>;
};

export type ConfidentialWriterKind =
  | 'ANONYMOUS'
  | 'DOCENT'
  | 'STUDENT';

export type ConfirmCsvChangeInput = {
  /** The row's e-mail address, as the preview showed it. */
  email: Scalars['String']['input'];
  field: CsvAccountField;
};

export type CreateAssignmentInput = {
  /** Extensions, e.g. ["pdf", "docx"]; needed unless TEXT. */
  allowedFileTypes?: Array<Scalars['String']['input']>;
  anonymousGrading?: Scalars['Boolean']['input'];
  /** The rubric, in order. */
  criteria: Array<RubricCriterionInput>;
  doubleMarking?: Scalars['Boolean']['input'];
  doubleMarkingThreshold?: Scalars['Int']['input'];
  /** Markdown. */
  instructions?: Scalars['String']['input'];
  maxAttempts?: Scalars['Int']['input'];
  /** Largest file in bytes; at most the storage limit. */
  maxFileBytes: Scalars['Float']['input'];
  moduleId: Scalars['ID']['input'];
  passMinPoints?: InputMaybe<Scalars['Int']['input']>;
  passRule: PassRule;
  submissionKind: SubmissionKind;
  title: Scalars['String']['input'];
};

export type CreateCohortInput = {
  docentIds?: Array<Scalars['ID']['input']>;
  mode?: CohortMode;
  name: Scalars['String']['input'];
  /** Required for IN_COMPANY, not allowed for OPEN. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  period: CohortPeriodInput;
  status?: CohortStatus;
  /** Each actively enrolled in the track, in no other cohort of it. */
  studentIds?: Array<Scalars['ID']['input']>;
  trackId: Scalars['ID']['input'];
};

export type CreateLessonInput = {
  /** Markdown. */
  body?: Scalars['String']['input'];
  moduleId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

export type CreateModuleInput = {
  accreditationPoints?: Scalars['Int']['input'];
  learningGoals?: Array<Scalars['String']['input']>;
  /** Modules that must be completed before this one opens. */
  prerequisiteIds?: Array<Scalars['ID']['input']>;
  studyHours?: Scalars['Float']['input'];
  summary?: Scalars['String']['input'];
  title: Scalars['String']['input'];
  trackId: Scalars['ID']['input'];
};

export type CreateTrackInput = {
  /** Months the certificate stays valid; null for no expiry. */
  certificateValidityMonths?: InputMaybe<Scalars['Int']['input']>;
  code: TrackCode;
  description?: Scalars['String']['input'];
  /** The track that must be completed first. */
  requiresTrackId?: InputMaybe<Scalars['ID']['input']>;
  targetAudience?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CriterionKind =
  | 'PASS_FAIL'
  | 'POINTS';

export type CriterionScore = {
  __typename?: 'CriterionScore';
  criterionId: Scalars['ID']['output'];
  /** POINTS: 0..maxPoints. PASS_FAIL: 1 passed, 0 not. */
  points: Scalars['Int']['output'];
};

export type CriterionScoreInput = {
  criterionId: Scalars['ID']['input'];
  /** POINTS: 0..maxPoints. PASS_FAIL: 1 passed, 0 not. */
  points: Scalars['Int']['input'];
};

export type CsvAccountChange = {
  __typename?: 'CsvAccountChange';
  /** For STUDENT_ROLE: the roles the account has now. */
  currentRoles: Array<Role>;
  field: CsvAccountField;
  /** The account now: a discipline code or an organisation name; null when empty (and for STUDENT_ROLE). */
  from?: Maybe<Scalars['String']['output']>;
  /** For DISCIPLINE: the current discipline, if any. */
  fromDiscipline?: Maybe<Discipline>;
  /** After the import: a discipline code, an organisation name, or STUDENT. */
  to: Scalars['String']['output'];
  /** For DISCIPLINE: the discipline the file names. */
  toDiscipline?: Maybe<Discipline>;
};

export type CsvAccountField =
  | 'DISCIPLINE'
  | 'ORGANISATION'
  | 'STUDENT_ROLE';

export type CsvFileProblem = {
  __typename?: 'CsvFileProblem';
  code: CsvFileProblemCode;
  /** UNREADABLE: the line where reading failed. */
  line?: Maybe<Scalars['Int']['output']>;
  /** TOO_MANY_ROWS: the most one import takes. */
  maxRows?: Maybe<Scalars['Int']['output']>;
  /** In English, for API users; the portal words it from the code. */
  message: Scalars['String']['output'];
  /** TOO_MANY_ROWS: the rows in the file. */
  rowCount?: Maybe<Scalars['Int']['output']>;
};

export type CsvFileProblemCode =
  | 'EMPTY'
  | 'NO_EMAIL_COLUMN'
  | 'NO_NAME_COLUMN'
  | 'NO_ROWS'
  | 'TOO_MANY_ROWS'
  | 'UNREADABLE';

export type CsvProblem = {
  __typename?: 'CsvProblem';
  code: CsvProblemCode;
  /** The column concerned: email, name, discipline or organisation. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CsvProblemCode =
  | 'ACCOUNT_DEACTIVATED'
  | 'ALREADY_ENROLLED'
  | 'DUPLICATE_EMAIL'
  | 'INVALID_EMAIL'
  | 'MISSING_DISCIPLINE'
  | 'MISSING_EMAIL'
  | 'MISSING_NAME'
  | 'REQUIRED_TRACK_NOT_COMPLETED'
  | 'UNKNOWN_DISCIPLINE'
  | 'VALUE_TOO_LONG';

export type CsvRowAction =
  | 'ENROLL_EXISTING'
  | 'INVITE'
  | 'NONE';

/** The home page: a part per role the signed-in user holds, and their unread notifications. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** For admins. */
  admin?: Maybe<AdminDashboard>;
  /** For docents. */
  docent?: Maybe<DocentDashboard>;
  /** For students. */
  student?: Maybe<StudentDashboard>;
  unreadNotifications: UnreadNotifications;
};

export type DeletionNotice = {
  __typename?: 'DeletionNotice';
  deleteAfter: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  threadId: Scalars['ID']['output'];
};

export type Discipline = {
  __typename?: 'Discipline';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
};

/** How many students of one discipline; disciplineId null: students without one. */
export type DisciplineCount = {
  __typename?: 'DisciplineCount';
  count: Scalars['Int']['output'];
  /** Null for students without a discipline. */
  discipline?: Maybe<Discipline>;
  disciplineId?: Maybe<Scalars['ID']['output']>;
};

/** What waits for the docent. */
export type DocentDashboard = {
  __typename?: 'DocentDashboard';
  /** The grading queue counted per cohort and assignment. */
  waitingForGrading: GradingBacklog;
};

/** An assignment the signed-in student has due soon, by their effective due date. */
export type DueAssignment = {
  __typename?: 'DueAssignment';
  /** Ask for myHandIn and mySubmissions for where the student stands. */
  assignment: Assignment;
  /** The effective due date: the student’s extension, else their cohort’s. */
  dueAt: Scalars['DateTime']['output'];
  /** The due date is an extension granted to the student. */
  extended: Scalars['Boolean']['output'];
};

/** What the signed-in student has due in the coming days, soonest first. */
export type DueSoon = {
  __typename?: 'DueSoon';
  /** How many days ahead this looks. */
  days: Scalars['Int']['output'];
  items: Array<DueAssignment>;
  /** Everything due in that time; `items` holds the first DUE_SOON_MAX. */
  totalCount: Scalars['Int']['output'];
};

export type EarnedModule = {
  __typename?: 'EarnedModule';
  /** When the module became complete (YYYY-MM-DD, Europe/Amsterdam). */
  earnedOn: Scalars['String']['output'];
  moduleId: Scalars['ID']['output'];
  moduleTitle: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

export type EligibilityPage = {
  __typename?: 'EligibilityPage';
  items: Array<EligibilityView>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type EligibilityView = {
  __typename?: 'EligibilityView';
  accreditationPoints: Scalars['Int']['output'];
  /** The valid certificate the student already holds. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  eligible: Scalars['Boolean']['output'];
  missingLessons: Array<Scalars['String']['output']>;
  missingModules: Array<Scalars['String']['output']>;
  noModules: Scalars['Boolean']['output'];
  requiredTrack?: Maybe<Scalars['String']['output']>;
  studentEmail: Scalars['String']['output'];
  studentId: Scalars['ID']['output'];
  studentName: Scalars['String']['output'];
  trackId: Scalars['ID']['output'];
  unmetRequirements: Array<Scalars['String']['output']>;
};

export type EmailMode =
  | 'DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

export type EnrollStudentInput = {
  trackId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type Enrollment = {
  __typename?: 'Enrollment';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  enrolledAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status: EnrollmentStatus;
  student: User;
  studentId: Scalars['ID']['output'];
  track: Track;
  trackId: Scalars['ID']['output'];
};

export type EnrollmentCsvPreview = {
  __typename?: 'EnrollmentCsvPreview';
  /** True when every row is valid; import only then. */
  canImport: Scalars['Boolean']['output'];
  /** Problems with the file as a whole (e.g. a missing column). */
  fileProblems: Array<CsvFileProblem>;
  invalidRowCount: Scalars['Int']['output'];
  /** Fingerprint of the track, the file and what the preview showed (actions and account changes). Pass it to importEnrollmentCsv with the same file; the import is refused when anything differs. */
  previewHash: Scalars['String']['output'];
  rows: Array<EnrollmentCsvRow>;
  validRowCount: Scalars['Int']['output'];
};

export type EnrollmentCsvRow = {
  __typename?: 'EnrollmentCsvRow';
  action: CsvRowAction;
  /** For ENROLL_EXISTING: what the import would change about the account, each applied only if confirmed. */
  changes: Array<CsvAccountChange>;
  /** The organisation is not known yet and will be created on import. */
  createsOrganisation: Scalars['Boolean']['output'];
  discipline: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** Line number in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  organisation: Scalars['String']['output'];
  problems: Array<CsvProblem>;
};

export type EnrollmentImportResult = {
  __typename?: 'EnrollmentImportResult';
  /** Confirmed changes to existing accounts that were applied. */
  changesApplied: Scalars['Int']['output'];
  enrolledCount: Scalars['Int']['output'];
  /** New accounts made and invited. */
  invitedCount: Scalars['Int']['output'];
  organisationsCreated: Scalars['Int']['output'];
  /** Rows not enrolled because the account lacks the student role and adding it was not confirmed. */
  skippedCount: Scalars['Int']['output'];
};

export type EnrollmentPage = {
  __typename?: 'EnrollmentPage';
  items: Array<Enrollment>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type EnrollmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'WITHDRAWN';

export type FigureCount = {
  __typename?: 'FigureCount';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** Why the files context refuses a request: the value of `extensions.reason` on its errors. */
export type FileRefusal =
  | 'CSRF_HEADER_MISSING'
  | 'FILE_CONTENT_MISMATCH'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'INVALID_CONTENT_LENGTH'
  | 'MALFORMED_MULTIPART'
  | 'NOT_MULTIPART'
  | 'NO_FILE'
  | 'UNKNOWN_PURPOSE'
  | 'UPLOAD_INTERRUPTED'
  | 'UPLOAD_NOT_ALLOWED';

export type Grade = {
  __typename?: 'Grade';
  /** The grade that counts (is or will be released to the student). */
  agreed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Markdown; see feedbackHtml. */
  feedback: Scalars['String']['output'];
  /** The feedback as sanitised HTML. */
  feedbackHtml: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The docent who last saved this mark: their name. */
  marker?: Maybe<GradeMarker>;
  markerRole: MarkerRole;
  /** The verdict; null while not every criterion is scored. */
  passed?: Maybe<Scalars['Boolean']['output']>;
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  scores: Array<CriterionScore>;
  status: GradeStatus;
  submissionId: Scalars['ID']['output'];
  totalPoints: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send the version you read when saving. */
  version: Scalars['Int']['output'];
};

/** The docent who last saved a mark: id and name only. */
export type GradeMarker = {
  __typename?: 'GradeMarker';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type GradeStatus =
  | 'DRAFT'
  | 'FINAL'
  | 'RELEASED';

/** Work waiting in the grading queue, per cohort and assignment, oldest first. */
export type GradingBacklog = {
  __typename?: 'GradingBacklog';
  /** At most GRADING_BACKLOG_MAX pairs. */
  entries: Array<GradingBacklogEntry>;
  /** Every attempt waiting, over all cohorts and assignments. */
  totalWaiting: Scalars['Int']['output'];
};

/** Handed-in work of one assignment in one cohort that waits for a docent. */
export type GradingBacklogEntry = {
  __typename?: 'GradingBacklogEntry';
  assignmentId: Scalars['ID']['output'];
  assignmentTitle: Scalars['String']['output'];
  cohortId: Scalars['ID']['output'];
  cohortName: Scalars['String']['output'];
  /** When the longest-waiting of them was handed in. */
  oldestSubmittedAt: Scalars['DateTime']['output'];
  /** Attempts waiting for a grade or a third marker. */
  waiting: Scalars['Int']['output'];
};

export type GradingQueueFilterInput = {
  assignmentId?: InputMaybe<Scalars['ID']['input']>;
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: waiting for a docent (SUBMITTED and NEEDS_THIRD_MARKER). DRAFT is never shown. */
  status?: InputMaybe<SubmissionStatus>;
};

export type GradingState =
  | 'AWAITING_SECOND'
  | 'DRAFT'
  | 'READY'
  | 'RELEASED'
  | 'REVISION_REQUESTED'
  | 'THIRD_MARKER'
  | 'TO_GRADE';

export type GrantExtensionInput = {
  assignmentId: Scalars['ID']['input'];
  /** The student’s own due date: later than the cohort’s, in the future, before 2101. */
  dueAt: Scalars['DateTime']['input'];
  reason?: Scalars['String']['input'];
  studentId: Scalars['ID']['input'];
};

export type GroupPinInput = {
  /** 0-based index of the group. */
  groupIndex: Scalars['Int']['input'];
  studentId: Scalars['ID']['input'];
};

/** Whether the signed-in student may keep a draft or start the next attempt now, and if not, why. */
export type HandInState = {
  __typename?: 'HandInState';
  canWrite: Scalars['Boolean']['output'];
  /** The attempt the draft is, or would be. */
  nextAttempt: Scalars['Int']['output'];
  /** Why not: a refusal value (AWAITING_GRADE, ALREADY_PASSED, NO_ATTEMPTS_LEFT, MODULE_LOCKED, …). */
  reason?: Maybe<Scalars['String']['output']>;
};

/** Why the identity context refuses a request: the value of `extensions.reason` on its errors. */
export type IdentityRefusal =
  | 'ACCOUNT_DEACTIVATED'
  | 'ALREADY_ACTIVE'
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'SELF_DEACTIVATION'
  | 'SELF_DEMOTION'
  | 'USERS_ADMIN_ONLY';

export type ImportEnrollmentCsvInput = {
  /** The account changes (of the preview rows) the admin confirmed. Any other change is not applied; a row whose STUDENT_ROLE change is not confirmed is not enrolled. */
  confirmedChanges?: Array<ConfirmCsvChangeInput>;
  /** The CSV text: a header row (e-mail, name, discipline, organisation) and one row per student. */
  csv: Scalars['String']['input'];
  /** The fingerprint from the preview, proving the admin saw exactly this file and these changes. */
  previewHash: Scalars['String']['input'];
  trackId: Scalars['ID']['input'];
};

export type IntakeRequest = {
  __typename?: 'IntakeRequest';
  createdAt: Scalars['DateTime']['output'];
  discipline: Scalars['String']['output'];
  email: Scalars['String']['output'];
  handledAt?: Maybe<Scalars['DateTime']['output']>;
  handledById?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisation: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  trackInterest?: Maybe<TrackCode>;
};

export type IntakeRequestPage = {
  __typename?: 'IntakeRequestPage';
  items: Array<IntakeRequest>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type InviteUserInput = {
  disciplineId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  name: Scalars['String']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  roles: Array<Role>;
};

export type IssueCertificateInput = {
  studentId: Scalars['ID']['input'];
  trackId: Scalars['ID']['input'];
};

export type IssueCohortCertificatesInput = {
  cohortId: Scalars['ID']['input'];
};

export type LearningEnrollment = {
  __typename?: 'LearningEnrollment';
  completedModules: Scalars['Int']['output'];
  enrollment: Enrollment;
  modules: Array<LearningModule>;
  nextLesson?: Maybe<NextLesson>;
  /** Completed modules as a whole percentage of the published modules. */
  progressPercent: Scalars['Int']['output'];
  /** Published modules in the track. */
  totalModules: Scalars['Int']['output'];
  track: Track;
};

export type LearningLesson = {
  __typename?: 'LearningLesson';
  completed: Scalars['Boolean']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Lessons open in order: true until the lessons before it are done (or while the module is locked). */
  locked: Scalars['Boolean']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type LearningModule = {
  __typename?: 'LearningModule';
  accreditationPoints: Scalars['Int']['output'];
  completed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  learningGoals: Array<Scalars['String']['output']>;
  lessonCount: Scalars['Int']['output'];
  lessons: Array<LearningLesson>;
  lessonsCompleted: Scalars['Int']['output'];
  /** True while a prerequisite module is not completed. */
  locked: Scalars['Boolean']['output'];
  /** The first lesson not done yet, if the module is open. */
  nextLessonId?: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  /** True when an admin or docent previews the student view (no progress is shown). */
  preview: Scalars['Boolean']['output'];
  /** Lessons done, as a whole percentage. */
  progressPercent: Scalars['Int']['output'];
  studyHours: Scalars['Float']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trackId: Scalars['ID']['output'];
  /** The prerequisite modules still to complete before this one opens. */
  unlockedBy: Array<ModuleRef>;
  /** Extra requirements (e.g. assignments) not met yet. */
  unmetRequirements: Array<ModuleRequirementRef>;
};

export type Lesson = {
  __typename?: 'Lesson';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Download each through GET /files/:id. */
  attachments: Array<StoredFile>;
  /** Markdown as written. Display bodyHtml instead. */
  body: Scalars['String']['output'];
  /** The markdown as sanitised HTML: no scripts, event handlers or javascript: links. */
  bodyHtml: Scalars['String']['output'];
  /** The signed-in student has completed this lesson. */
  completed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  module: Module;
  moduleId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  videoUrl?: Maybe<Scalars['String']['output']>;
};

export type Locale =
  | 'en'
  | 'nl';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  user: User;
};

export type MarkerRole =
  | 'FIRST'
  | 'SECOND'
  | 'THIRD';

export type MissingRegistration = {
  __typename?: 'MissingRegistration';
  email: Scalars['String']['output'];
  modules: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  studentId: Scalars['ID']['output'];
};

export type Module = {
  __typename?: 'Module';
  accreditationPoints: Scalars['Int']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The assignments of this module the signed-in user may see. */
  assignments: Array<Assignment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  learningGoals: Array<Scalars['String']['output']>;
  /** Lessons in order (admins and docents; students use learningModule). */
  lessons: Array<Lesson>;
  position: Scalars['Int']['output'];
  /** Modules to complete before this one opens. */
  prerequisites: Array<Module>;
  status: PublicationStatus;
  studyHours: Scalars['Float']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  track: Track;
  trackId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ModuleRef = {
  __typename?: 'ModuleRef';
  /** Completed by this student. */
  completed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  trackId: Scalars['ID']['output'];
};

export type ModuleRequirementKind =
  | 'ASSIGNMENT_PASSED';

export type ModuleRequirementRef = {
  __typename?: 'ModuleRequirementRef';
  kind: ModuleRequirementKind;
  /** What it is about, e.g. the assignment. */
  subjectId: Scalars['ID']['output'];
  /** Its title, e.g. the assignment’s. */
  title: Scalars['String']['output'];
};

export type MoveProposalStudentInput = {
  proposalId: Scalars['ID']['input'];
  studentId: Scalars['ID']['input'];
  /** 0-based index of the group to move the student to. */
  toGroupIndex: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the password from an invitation link and signs in. */
  acceptInvitation: LoginPayload;
  /** The docent is told by e-mail. */
  addCohortDocent: Cohort;
  addCohortMeeting: CohortMeeting;
  /** CONFLICT (ALREADY_IN_COHORT) when the student is in another cohort of the track. The student is told by e-mail. */
  addCohortStudent: Cohort;
  addConfidentialNote: ConfidentialThreadView;
  /** Takes a lesson out of student paths and module completion, keeping the progress on it. */
  archiveLesson: Lesson;
  /** Takes a module out of every student path, keeping its lessons, progress and submissions; it becomes a draft. Refused (CONFLICT, REQUIRED_BY_PUBLISHED_MODULE) while a published module requires it. */
  archiveModule: Module;
  /** Attaches a file uploaded with POST /files?purpose=LESSON_ATTACHMENT. */
  attachFileToLesson: Lesson;
  /** Changes your password; your other sessions end. */
  changePassword: Scalars['Boolean']['output'];
  /** Creates every group as a cohort in one transaction and e-mails its students and docents. CONFLICT: POOL_CHANGED when the pool changed since the proposal, PROPOSAL_CLOSED when it is not open. */
  commitCohortProposal: CommitCohortProposalPayload;
  /** Marks a lesson done (idempotent). */
  completeLesson: CompleteLessonPayload;
  /** Admins: an assignment with its rubric on a module. */
  createAssignment: Assignment;
  /** Students placed must be in the track’s pool (BAD_USER_INPUT naming them). */
  createCohort: Cohort;
  /** A new recovery key for your confidential keys. Shown once. */
  createConfidentialRecoveryKey: Scalars['String']['output'];
  createLesson: Lesson;
  createModule: Module;
  createTrack: Track;
  /** Deactivates the user and ends all their sessions at once. */
  deactivateUser: User;
  /** Admins: only while nobody has handed it in. */
  deleteAssignment: Scalars['Boolean']['output'];
  /** The writer deletes their own thread. */
  deleteConfidentialThread: Scalars['Boolean']['output'];
  /** Deletes a lesson nobody has completed. Refused (CONFLICT, LESSON_HAS_STUDENT_WORK, with the count) once students have: archive it instead. */
  deleteLesson: Scalars['Boolean']['output'];
  /** Deletes a draft module with its lessons and assignments. Refused (CONFLICT, MODULE_HAS_STUDENT_WORK, with the counts) once students have progress or submissions in it: archive it instead. */
  deleteModule: Scalars['Boolean']['output'];
  detachFileFromLesson: Lesson;
  discardCohortProposal: CohortProposal;
  /** A student enters a published track. A route is refused (CONFLICT) until its required track is completed. */
  enrollInTrack: Enrollment;
  /** A route is refused (CONFLICT) until the student has completed its required track. */
  enrollStudent: Enrollment;
  /** Seals the threads you hold, and they may read, to another confidant. */
  grantConfidentialAccess: Scalars['Int']['output'];
  /** A docent of the student’s cohort (or an admin) grants one student a later due date. */
  grantExtension: AssignmentExtension;
  /** Imports a previewed CSV in one transaction, applying only the confirmed account changes; refused (BAD_USER_INPUT, every bad row listed) if any row is bad or the preview is outdated. */
  importEnrollmentCsv: EnrollmentImportResult;
  inviteUser: User;
  /** Admins: issue a certificate. CONFLICT when a valid one exists; BAD_USER_INPUT naming what is missing. */
  issueCertificate: CertificateView;
  /** Admins: issue the certificate to every eligible member of a cohort, in the worker. CONFLICT while one is running for the cohort. */
  issueCohortCertificates: CertificateBatchView;
  login: LoginPayload;
  logout: Scalars['Boolean']['output'];
  /** How many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  markNotificationRead: NotificationView;
  /** Moves a student and re-scores. The move is kept even when it breaks a bound or constraint; `problems` says which. */
  moveProposalStudent: CohortProposal;
  /** Splits the pool into groups; BAD_USER_INPUT naming the problem when bounds or constraints cannot be met. */
  proposeCohorts: CohortProposal;
  publishModule: Module;
  publishTrack: Track;
  reactivateUser: User;
  /** Record (or change) a register number. BAD_USER_INPUT when its format or the register is wrong. */
  recordRegistration: AccreditationProfile;
  /** After a password reset: the threads of your old keys, back with the recovery key. */
  recoverConfidentialKeys: Scalars['Int']['output'];
  /** Admins: a new certificate (new number) in place of a valid one, which is revoked and points to it. */
  reissueCertificate: CertificateView;
  /** Releases the agreed grade of each submission, all or nothing. */
  releaseGrades: Array<Submission>;
  removeCohortDocent: Cohort;
  /** Returns the cohort the meeting belonged to. */
  removeCohortMeeting: Cohort;
  /** The student goes back to the track’s pool. */
  removeCohortStudent: Cohort;
  /** Remove a register number. */
  removeRegistration: AccreditationProfile;
  /** Sets the order of all lessons of a module (parentId = module id). */
  reorderLessons: Array<Lesson>;
  /** Sets the order of all modules of a track (parentId = track id). */
  reorderModules: Array<Module>;
  /** A reply to an anonymous thread, by its receipt. */
  replyByReceipt: ConfidentialThreadView;
  replyToConfidentialThread: ConfidentialThreadView;
  /** Always true: the answer does not reveal whether the address has an account. The link is sent after answering, at most 3 an hour per recipient. RATE_LIMITED past 30 requests an hour from one client address. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends the attempt back with a comment; the student may try again. */
  requestRevision: Submission;
  resendInvitation: User;
  /** Sets a new password from a reset link; other sessions end. */
  resetPassword: LoginPayload;
  /** Admins: revoke a certificate, with a reason. */
  revokeCertificate: CertificateView;
  /** A docent of the student’s cohort (or an admin) takes an extension back; false when there was none. */
  revokeExtension: Scalars['Boolean']['output'];
  /** Admins: retire the signing key and make a new one; returns its kid. */
  rotateCertificateSigningKey: Scalars['String']['output'];
  /** A docent of the cohort saves rubric scores and feedback (a draft until released; `release` saves and releases in one change). Send the version you read; a stale one is CONFLICT. A released grade changes only with a reason. */
  saveGrade: Grade;
  /** Saves the student’s current draft, creating it for the next attempt. */
  saveSubmissionDraft: Submission;
  /** An admin or a docent of the cohort sets its due date. */
  setAssignmentDueDate: AssignmentDueDate;
  setConfidentialRetention: ConfidentialThreadView;
  setConfidentialThreadStatus: ConfidentialThreadView;
  setDigestHour: NotificationSettingsView;
  /** Admins: set the registers offered to a discipline (the whole set). */
  setDisciplineRegisters: Array<Register>;
  setIntakeRequestHandled: IntakeRequest;
  /** Admins: set a module's points per register (the whole set). */
  setModuleRegisterPoints: Array<RegisterPoints>;
  setMyLocale: User;
  /** E-mail for one kind: at once, in the daily digest, or not at all. */
  setNotificationPreference: NotificationSettingsView;
  setUserRoles: User;
  startConfidentialThread: StartedConfidentialThread;
  /** Open to signed-out visitors; a confirmation e-mail follows. Limited per client address and per e-mail address (RATE_LIMITED with retryAfterSeconds). */
  submitIntakeRequest: IntakeRequest;
  /** Hands the draft in (marked late after the effective due date). */
  submitSubmission: Submission;
  /** Brings an archived lesson back into its module. */
  unarchiveLesson: Lesson;
  /** Brings an archived module back as a draft, with everything it held. */
  unarchiveModule: Module;
  unpublishModule: Module;
  unpublishTrack: Track;
  /** The one-click link in an e-mail; no sign-in needed. */
  unsubscribe: NotificationKind;
  /** Admins: replaces the fields; the rubric only while nothing is graded. */
  updateAssignment: Assignment;
  updateCohort: Cohort;
  updateCohortMeeting: CohortMeeting;
  updateLesson: Lesson;
  /** Prerequisites that would make a cycle are refused (BAD_USER_INPUT, PREREQUISITE_CYCLE). */
  updateModule: Module;
  updateTrack: Track;
  withdrawEnrollment: Enrollment;
};


export type MutationAcceptInvitationArgs = {
  input: SetPasswordInput;
};


export type MutationAddCohortDocentArgs = {
  input: CohortMembershipInput;
};


export type MutationAddCohortMeetingArgs = {
  input: AddCohortMeetingInput;
};


export type MutationAddCohortStudentArgs = {
  input: CohortMembershipInput;
};


export type MutationAddConfidentialNoteArgs = {
  input: AddConfidentialNoteInput;
};


export type MutationArchiveLessonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachFileToLessonArgs = {
  fileId: Scalars['ID']['input'];
  lessonId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCommitCohortProposalArgs = {
  input: CommitCohortProposalInput;
};


export type MutationCompleteLessonArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationCreateAssignmentArgs = {
  input: CreateAssignmentInput;
};


export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


export type MutationCreateLessonArgs = {
  input: CreateLessonInput;
};


export type MutationCreateModuleArgs = {
  input: CreateModuleInput;
};


export type MutationCreateTrackArgs = {
  input: CreateTrackInput;
};


export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDeleteAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteConfidentialThreadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLessonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetachFileFromLessonArgs = {
  fileId: Scalars['ID']['input'];
  lessonId: Scalars['ID']['input'];
};


export type MutationDiscardCohortProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrollInTrackArgs = {
  trackId: Scalars['ID']['input'];
};


export type MutationEnrollStudentArgs = {
  input: EnrollStudentInput;
};


export type MutationGrantConfidentialAccessArgs = {
  confidantId: Scalars['ID']['input'];
};


export type MutationGrantExtensionArgs = {
  input: GrantExtensionInput;
};


export type MutationImportEnrollmentCsvArgs = {
  input: ImportEnrollmentCsvInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationIssueCertificateArgs = {
  input: IssueCertificateInput;
};


export type MutationIssueCohortCertificatesArgs = {
  input: IssueCohortCertificatesInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMoveProposalStudentArgs = {
  input: MoveProposalStudentInput;
};


export type MutationProposeCohortsArgs = {
  input: ProposeCohortsInput;
};


export type MutationPublishModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishTrackArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRecordRegistrationArgs = {
  input: RecordRegistrationInput;
};


export type MutationRecoverConfidentialKeysArgs = {
  recoveryKey: Scalars['String']['input'];
};


export type MutationReissueCertificateArgs = {
  input: ReissueCertificateInput;
};


export type MutationReleaseGradesArgs = {
  submissionIds: Array<Scalars['ID']['input']>;
};


export type MutationRemoveCohortDocentArgs = {
  input: CohortMembershipInput;
};


export type MutationRemoveCohortMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCohortStudentArgs = {
  input: CohortMembershipInput;
};


export type MutationRemoveRegistrationArgs = {
  input: RemoveRegistrationInput;
};


export type MutationReorderLessonsArgs = {
  input: ReorderInput;
};


export type MutationReorderModulesArgs = {
  input: ReorderInput;
};


export type MutationReplyByReceiptArgs = {
  input: ReplyByReceiptInput;
};


export type MutationReplyToConfidentialThreadArgs = {
  input: ReplyToConfidentialThreadInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestRevisionArgs = {
  input: RequestRevisionInput;
};


export type MutationResendInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  input: SetPasswordInput;
};


export type MutationRevokeCertificateArgs = {
  input: RevokeCertificateInput;
};


export type MutationRevokeExtensionArgs = {
  input: RevokeExtensionInput;
};


export type MutationSaveGradeArgs = {
  input: SaveGradeInput;
};


export type MutationSaveSubmissionDraftArgs = {
  input: SaveSubmissionDraftInput;
};


export type MutationSetAssignmentDueDateArgs = {
  input: SetAssignmentDueDateInput;
};


export type MutationSetConfidentialRetentionArgs = {
  input: SetConfidentialRetentionInput;
};


export type MutationSetConfidentialThreadStatusArgs = {
  input: SetConfidentialThreadStatusInput;
};


export type MutationSetDigestHourArgs = {
  hour: Scalars['Int']['input'];
};


export type MutationSetDisciplineRegistersArgs = {
  input: SetDisciplineRegistersInput;
};


export type MutationSetIntakeRequestHandledArgs = {
  handled?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetModuleRegisterPointsArgs = {
  input: SetModuleRegisterPointsInput;
};


export type MutationSetMyLocaleArgs = {
  locale: Locale;
};


export type MutationSetNotificationPreferenceArgs = {
  email: EmailMode;
  kind: NotificationKind;
};


export type MutationSetUserRolesArgs = {
  input: SetUserRolesInput;
};


export type MutationStartConfidentialThreadArgs = {
  input: StartConfidentialThreadInput;
};


export type MutationSubmitIntakeRequestArgs = {
  input: SubmitIntakeRequestInput;
};


export type MutationSubmitSubmissionArgs = {
  input: SubmitSubmissionInput;
};


export type MutationUnarchiveLessonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnarchiveModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishTrackArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateAssignmentArgs = {
  input: UpdateAssignmentInput;
};


export type MutationUpdateCohortArgs = {
  input: UpdateCohortInput;
};


export type MutationUpdateCohortMeetingArgs = {
  input: UpdateCohortMeetingInput;
};


export type MutationUpdateLessonArgs = {
  input: UpdateLessonInput;
};


export type MutationUpdateModuleArgs = {
  input: UpdateModuleInput;
};


export type MutationUpdateTrackArgs = {
  input: UpdateTrackInput;
};


export type MutationWithdrawEnrollmentArgs = {
  id: Scalars['ID']['input'];
};

export type MyLearning = {
  __typename?: 'MyLearning';
  /** Continue where you left off. */
  continueLesson?: Maybe<NextLesson>;
  enrollments: Array<LearningEnrollment>;
  otherTracks: Array<TrackOffer>;
};

export type NextLesson = {
  __typename?: 'NextLesson';
  lessonId: Scalars['ID']['output'];
  lessonTitle: Scalars['String']['output'];
  moduleId: Scalars['ID']['output'];
  moduleTitle: Scalars['String']['output'];
  trackId: Scalars['ID']['output'];
};

export type NotificationKind =
  | 'ASSIGNMENT_DUE_SOON'
  | 'ASSIGNMENT_OVERDUE'
  | 'CERTIFICATE_EXPIRING'
  | 'COHORT_ASSIGNED'
  | 'CONFIDENTIAL_MESSAGE'
  | 'GRADE_CHANGED'
  | 'GRADE_RELEASED'
  | 'GRADING_BACKLOG'
  | 'MEETING_TOMORROW'
  | 'REVISION_REQUESTED'
  | 'SUBMISSION_RECEIVED';

export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<NotificationView>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type NotificationParam = {
  __typename?: 'NotificationParam';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type NotificationPreferenceView = {
  __typename?: 'NotificationPreferenceView';
  email: EmailMode;
  kind: NotificationKind;
};

export type NotificationSettingsView = {
  __typename?: 'NotificationSettingsView';
  /** When the daily digest is sent: an hour, Europe/Amsterdam. */
  digestHour: Scalars['Int']['output'];
  /** Every kind, with the e-mail choice for it. */
  preferences: Array<NotificationPreferenceView>;
};

export type NotificationView = {
  __typename?: 'NotificationView';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Where it leads in the portal. */
  link: Scalars['String']['output'];
  /** What the sentence names: titles, dates (ISO). */
  params: Array<NotificationParam>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Why the notifications context refuses a request: the value of `extensions.reason` on its errors. */
export type NotificationsRefusal =
  | 'DIGEST_HOUR_OUT_OF_RANGE'
  | 'UNKNOWN_NOTIFICATION_KIND'
  | 'UNSUBSCRIBE_LINK_INVALID';

/** The proposals still open (PROPOSED), newest first. */
export type OpenCohortProposals = {
  __typename?: 'OpenCohortProposals';
  /** At most OPEN_PROPOSALS_MAX. */
  items: Array<CohortProposalSummary>;
  totalCount: Scalars['Int']['output'];
};

/** Intake requests nobody has handled yet, newest first. */
export type OpenIntakeRequests = {
  __typename?: 'OpenIntakeRequests';
  /** At most DASHBOARD_INTAKE_SHOWN. */
  items: Array<IntakeRequest>;
  totalCount: Scalars['Int']['output'];
};

export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type OrganisationPage = {
  __typename?: 'OrganisationPage';
  items: Array<Organisation>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type PageInput = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type PassRule =
  | 'ALL_CRITERIA_PASSED'
  | 'MIN_TOTAL_POINTS';

export type PeOnlineEdition = {
  __typename?: 'PeOnlineEdition';
  /** Null: students who earned points outside any cohort. */
  cohortId?: Maybe<Scalars['ID']['output']>;
  cohortName?: Maybe<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  /** YYYY-MM-DD */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** The registration numbers, one per line, as PE-online imports them. */
  numbers: Scalars['String']['output'];
  /** YYYY-MM-DD */
  startsOn?: Maybe<Scalars['String']['output']>;
  trackTitle: Scalars['String']['output'];
};

export type PendingGrant = {
  __typename?: 'PendingGrant';
  confidant: Confidant;
  threadCount: Scalars['Int']['output'];
};

export type PreviewEnrollmentCsvInput = {
  /** The CSV text: a header row (e-mail, name, discipline, organisation) and one row per student. */
  csv: Scalars['String']['input'];
  trackId: Scalars['ID']['input'];
};

/** One group of a proposal with its statistics. */
export type ProposalGroup = {
  __typename?: 'ProposalGroup';
  /** The discipline mix, most frequent first. */
  disciplineCounts: Array<DisciplineCount>;
  distinctDisciplines: Scalars['Int']['output'];
  index: Scalars['Int']['output'];
  /** Students of the most frequent discipline divided by the group size. */
  largestDisciplineShare: Scalars['Float']['output'];
  /** Sorted by name. */
  members: Array<CohortPerson>;
  /** Students who share their organisation with someone else in the group. */
  organisationDuplicates: Scalars['Int']['output'];
  /** 100 for a group that mirrors the pool exactly. */
  score: Scalars['Float']['output'];
  size: Scalars['Int']['output'];
};

export type ProposalPin = {
  __typename?: 'ProposalPin';
  groupIndex: Scalars['Int']['output'];
  studentId: Scalars['ID']['output'];
};

export type ProposeCohortsInput = {
  apart?: InputMaybe<Array<StudentPairInput>>;
  groupCount?: InputMaybe<Scalars['Int']['input']>;
  maxSize?: InputMaybe<Scalars['Int']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
  mode?: CohortMode;
  /** Required for IN_COMPANY, not allowed for OPEN. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  pins?: InputMaybe<Array<GroupPinInput>>;
  /** Same input and seed, same proposal. Default: from the track. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** A chosen pool; each must be actively enrolled in the track without a cohort for it. Omitted: every such student (for IN_COMPANY: of the organisation). */
  studentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  together?: InputMaybe<Array<StudentPairInput>>;
  trackId: Scalars['ID']['input'];
};

export type PublicModule = {
  __typename?: 'PublicModule';
  accreditationPoints: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  learningGoals: Array<Scalars['String']['output']>;
  lessonCount: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  studyHours: Scalars['Float']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type PublicTrack = {
  __typename?: 'PublicTrack';
  certificateValidityMonths?: Maybe<Scalars['Int']['output']>;
  code: TrackCode;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  modules: Array<PublicModule>;
  /** The track to complete first. */
  requiresTrackCode?: Maybe<TrackCode>;
  requiresTrackTitle?: Maybe<Scalars['String']['output']>;
  targetAudience: Scalars['String']['output'];
  title: Scalars['String']['output'];
  totalAccreditationPoints: Scalars['Int']['output'];
  totalStudyHours: Scalars['Float']['output'];
};

export type PublicationStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type Query = {
  __typename?: 'Query';
  /** The signed-in student's registers, numbers and points per year and register; admins may name another student. */
  accreditation: AccreditationProfile;
  /** Admins: one register's points over a period, as CSV and as PE-online lists per course edition, and who has no number. */
  accreditationExport: AccreditationExport;
  /** Admins and docents read every assignment; a student those of published modules of their tracks. */
  assignment: Assignment;
  /** A docent of the cohort (or an admin): every student of the cohort and where they stand. */
  assignmentCohortOverview: AssignmentCohortOverview;
  /** The limits the API enforces on assignments and hand-ins. */
  assignmentLimits: AssignmentLimits;
  /** The assignments of a module the signed-in user may see. */
  assignments: Array<Assignment>;
  /** One certificate, for its holder and admins. */
  certificate: CertificateView;
  /** Admins: one bulk issue and its progress. */
  certificateBatch: CertificateBatchView;
  /** Admins: bulk issues, newest first, optionally of one cohort. */
  certificateBatches: CertificateBatchPage;
  /** Admins: per track (or one cohort's members), who is eligible and what the others still miss. */
  certificateEligibility: EligibilityPage;
  /** Admins: certificates, optionally of one track or student; with expiringFrom/expiringUntil, the valid ones expiring in that period. */
  certificates: CertificatePage;
  /** An admin, one of the cohort's docents or one of its students; FORBIDDEN for anyone else. */
  cohort: Cohort;
  /** Students actively enrolled in the track without a cohort for it (for in-company: of one organisation). */
  cohortPool: CohortPool;
  cohortProposal: CohortProposal;
  /** Every cohort, newest period first (admins). */
  cohorts: CohortPage;
  confidantWorkspace: ConfidantWorkspace;
  /** The confidants a student or docent can write to. */
  confidants: Array<Confidant>;
  /** Counts for the annual report: no content. */
  confidentialFigures: ConfidentialFigures;
  /** A confidant’s inbox: unread first. */
  confidentialInbox: ConfidentialThreadPage;
  confidentialThread: ConfidentialThreadView;
  /** An anonymous thread, by its receipt; signed in or not. */
  confidentialThreadByReceipt: ConfidentialThreadView;
  /** All disciplines (a short, fixed list). */
  disciplines: Array<Discipline>;
  enrollments: EnrollmentPage;
  /** Handed-in attempts in the cohorts the docent teaches, oldest first. */
  gradingQueue: SubmissionPage;
  /** Newest first; `handled` filters (admins). */
  intakeRequests: IntakeRequestPage;
  /** A module as a student sees it (progress, locked, what unlocks it). For admins and docents who are not enrolled it is a preview of the student view, drafts included. */
  learningModule: LearningModule;
  /** A lesson: for a student only in a published module of a track they are in, once its prerequisites and earlier lessons are done. */
  lesson: Lesson;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /** A module with its lessons, drafts included (admins and docents). */
  module: Module;
  /** Admins: a module's points per register. */
  moduleRegisterPoints: Array<RegisterPoints>;
  /** The signed-in student’s assignments across the modules of their tracks; ask for myDueAt and mySubmissions. */
  myAssignments: Array<Assignment>;
  /** The signed-in user's certificates, newest first. */
  myCertificates: Array<CertificateView>;
  /** The cohorts the signed-in docent teaches or the student follows. */
  myCohorts: Array<Cohort>;
  /** Your own confidential threads (not the anonymous ones). */
  myConfidentialThreads: ConfidentialThreadPage;
  /** The signed-in user’s home page ("Overzicht"): a part per role. */
  myDashboard: Dashboard;
  /** The signed-in user's tracks, modules and progress. */
  myLearning: MyLearning;
  myNotificationSettings: NotificationSettingsView;
  /** Your notifications, newest first. */
  myNotifications: NotificationPage;
  organisations: OrganisationPage;
  /** Checks an enrolment CSV and lists what it would change about existing accounts; writes nothing. */
  previewEnrollmentCsv: EnrollmentCsvPreview;
  /** Published tracks with their published modules, hours and points. Open to signed-out visitors. */
  publicCatalogue: Array<PublicTrack>;
  /** Every refusal reason the API can give, by context. */
  refusalVocabulary: RefusalVocabulary;
  /** The professional registers; with disciplineId, those offered to that discipline. */
  registers: Array<Register>;
  /** The total and verdict these scores would give on the assignment’s rubric, without saving: for readers of the assignment. */
  rubricVerdict: RubricVerdict;
  /** One attempt: its author; once handed in, a docent of its cohort (others: FORBIDDEN) and admins. Other students: NOT_FOUND. */
  submission: Submission;
  track: Track;
  /** Every track, drafts included (admins and docents). */
  tracks: Array<Track>;
  /** The number on the bell. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** What POST /files accepts (signed in: only signed-in people upload). */
  uploadLimits: UploadLimits;
  users: UserPage;
  /** Signed out: a certificate by its verification code. NOT_FOUND for any other code. Rate-limited. */
  verifyCertificate: CertificateVerification;
  /** Signed out: whether a credential (VC-JWT) is exactly one we issued, and its status. Rate-limited. */
  verifyCredential: UploadVerification;
};


export type QueryAccreditationArgs = {
  studentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAccreditationExportArgs = {
  input: AccreditationExportInput;
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentCohortOverviewArgs = {
  assignmentId: Scalars['ID']['input'];
  cohortId: Scalars['ID']['input'];
};


export type QueryAssignmentsArgs = {
  moduleId: Scalars['ID']['input'];
};


export type QueryCertificateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCertificateBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCertificateBatchesArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryCertificateEligibilityArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCertificatesArgs = {
  expiringFrom?: InputMaybe<Scalars['DateTime']['input']>;
  expiringUntil?: InputMaybe<Scalars['DateTime']['input']>;
  page?: InputMaybe<PageInput>;
  studentId?: InputMaybe<Scalars['ID']['input']>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCohortPoolArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  trackId: Scalars['ID']['input'];
};


export type QueryCohortProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCohortsArgs = {
  filter?: InputMaybe<CohortsFilterInput>;
  page?: InputMaybe<PageInput>;
};


export type QueryConfidentialFiguresArgs = {
  year: Scalars['Int']['input'];
};


export type QueryConfidentialInboxArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryConfidentialThreadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConfidentialThreadByReceiptArgs = {
  receipt: Scalars['String']['input'];
};


export type QueryEnrollmentsArgs = {
  page?: InputMaybe<PageInput>;
  trackId: Scalars['ID']['input'];
};


export type QueryGradingQueueArgs = {
  filter?: InputMaybe<GradingQueueFilterInput>;
  page?: InputMaybe<PageInput>;
};


export type QueryIntakeRequestsArgs = {
  handled?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryLearningModuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLessonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModuleRegisterPointsArgs = {
  moduleId: Scalars['ID']['input'];
};


export type QueryMyConfidentialThreadsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryMyNotificationsArgs = {
  page?: InputMaybe<PageInput>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrganisationsArgs = {
  page?: InputMaybe<PageInput>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewEnrollmentCsvArgs = {
  input: PreviewEnrollmentCsvInput;
};


export type QueryRegistersArgs = {
  disciplineId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRubricVerdictArgs = {
  input: RubricVerdictInput;
};


export type QuerySubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrackArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UsersFilterInput>;
  page?: InputMaybe<PageInput>;
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
};


export type QueryVerifyCredentialArgs = {
  credential: Scalars['String']['input'];
};

export type RecordRegistrationInput = {
  /** The number as typed; spaces and dots are ignored. */
  number: Scalars['String']['input'];
  register: RegisterCode;
  /** Admins: another student. Leave out for yourself. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Every reason the API can give in `extensions.reason`, by context. */
export type RefusalVocabulary = {
  __typename?: 'RefusalVocabulary';
  accreditation: Array<AccreditationRefusal>;
  assignments: Array<AssignmentRefusal>;
  catalogue: Array<CatalogueRefusal>;
  certification: Array<CertificationRefusal>;
  cohorts: Array<CohortRefusal>;
  common: Array<CommonRefusal>;
  confidential: Array<ConfidentialRefusal>;
  files: Array<FileRefusal>;
  identity: Array<IdentityRefusal>;
  notifications: Array<NotificationsRefusal>;
};

export type Register = {
  __typename?: 'Register';
  code: RegisterCode;
  /** A number in the valid format. */
  example: Scalars['String']['output'];
  /** The number format in words (English; the portal words it itself). */
  format: Scalars['String']['output'];
  /** The register's own name. */
  name: Scalars['String']['output'];
};

/** A professional register that books points. */
export type RegisterCode =
  | 'KNMG'
  | 'KP'
  | 'NIP'
  | 'NVO'
  | 'SKJ'
  | 'VVN';

export type RegisterPoints = {
  __typename?: 'RegisterPoints';
  points: Scalars['Int']['output'];
  register: RegisterCode;
};

export type RegisterPointsInput = {
  /** 1–1000. */
  points: Scalars['Int']['input'];
  register: RegisterCode;
};

export type RegistrationView = {
  __typename?: 'RegistrationView';
  /** As stored: normalised to the register’s format. */
  number: Scalars['String']['output'];
  register: RegisterCode;
  updatedAt: Scalars['DateTime']['output'];
};

export type ReissueCertificateInput = {
  certificateId: Scalars['ID']['input'];
  /** Why it is reissued (e.g. a corrected name); recorded on the old one. */
  reason: Scalars['String']['input'];
};

export type RemoveRegistrationInput = {
  register: RegisterCode;
  /** Admins: another student. Leave out for yourself. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReorderInput = {
  orderedIds: Array<Scalars['ID']['input']>;
  /** The track (for modules) or module (for lessons). */
  parentId: Scalars['ID']['input'];
};

export type ReplyByReceiptInput = {
  body: Scalars['String']['input'];
  receipt: Scalars['String']['input'];
};

export type ReplyToConfidentialThreadInput = {
  body: Scalars['String']['input'];
  threadId: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestRevisionInput = {
  /** What to revise (markdown). */
  comment: Scalars['String']['input'];
  submissionId: Scalars['ID']['input'];
};

export type RevokeCertificateInput = {
  certificateId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RevokeExtensionInput = {
  assignmentId: Scalars['ID']['input'];
  studentId: Scalars['ID']['input'];
};

export type Role =
  | 'ADMIN'
  | 'CONFIDANT'
  | 'DOCENT'
  | 'STUDENT';

/** How an assignment is graded: its criteria in order and the rule for a pass. */
export type Rubric = {
  __typename?: 'Rubric';
  criteria: Array<RubricCriterion>;
  /** The sum of every criterion’s maxPoints. */
  maxPoints: Scalars['Int']['output'];
  passMinPoints?: Maybe<Scalars['Int']['output']>;
  passRule: PassRule;
};

export type RubricCriterion = {
  __typename?: 'RubricCriterion';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: CriterionKind;
  /** POINTS criteria: the levels, lowest first. */
  levels: Array<RubricLevel>;
  /** The highest score: the top level for POINTS, 1 for PASS_FAIL. */
  maxPoints: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type RubricCriterionInput = {
  description?: Scalars['String']['input'];
  kind: CriterionKind;
  /** POINTS: two or more levels with rising points. PASS_FAIL: none. */
  levels?: Array<RubricLevelInput>;
  title: Scalars['String']['input'];
};

export type RubricLevel = {
  __typename?: 'RubricLevel';
  description: Scalars['String']['output'];
  label: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

export type RubricLevelInput = {
  description?: Scalars['String']['input'];
  label: Scalars['String']['input'];
  points: Scalars['Int']['input'];
};

/** What a rubric score would give: the same rule as a saved grade. */
export type RubricVerdict = {
  __typename?: 'RubricVerdict';
  /** Every criterion has a score. */
  complete: Scalars['Boolean']['output'];
  /** The sum of every criterion’s maxPoints. */
  maxPoints: Scalars['Int']['output'];
  /** Pass or not; null while not every criterion is scored. */
  passed?: Maybe<Scalars['Boolean']['output']>;
  totalPoints: Scalars['Int']['output'];
};

export type RubricVerdictInput = {
  assignmentId: Scalars['ID']['input'];
  /** The scores so far, in any order; criteria may be left open. */
  scores: Array<CriterionScoreInput>;
};

export type SaveGradeInput = {
  /** Markdown. */
  feedback?: Scalars['String']['input'];
  /** Double marking: this mark is done (every criterion scored); the marks are then compared. */
  final?: Scalars['Boolean']['input'];
  /** Required to change a released grade; kept in the audit log. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Without double marking: save and release in one change. A refused release (e.g. an incomplete grade) saves nothing. */
  release?: Scalars['Boolean']['input'];
  scores?: Array<CriterionScoreInput>;
  submissionId: Scalars['ID']['input'];
  /** The grade version you read; null when there was no grade yet. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveSubmissionDraftInput = {
  assignmentId: Scalars['ID']['input'];
  /** Files uploaded with POST /files?purpose=SUBMISSION_FILE. */
  fileIds?: Array<Scalars['ID']['input']>;
  text?: Scalars['String']['input'];
  /** The draft version you read; null to start a new draft. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SetAssignmentDueDateInput = {
  assignmentId: Scalars['ID']['input'];
  cohortId: Scalars['ID']['input'];
  /** ISO 8601 with offset; from the year 2000 to 2100. */
  dueAt: Scalars['DateTime']['input'];
};

export type SetConfidentialRetentionInput = {
  /** Days after closing; null: the default period. */
  days?: InputMaybe<Scalars['Int']['input']>;
  threadId: Scalars['ID']['input'];
};

export type SetConfidentialThreadStatusInput = {
  status: ConfidentialThreadStatus;
  threadId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SetDisciplineRegistersInput = {
  disciplineId: Scalars['ID']['input'];
  /** The whole set offered to the discipline. */
  registers: Array<RegisterCode>;
};

export type SetModuleRegisterPointsInput = {
  moduleId: Scalars['ID']['input'];
  /** The whole set: registers left out grant no points. */
  points: Array<RegisterPointsInput>;
};

export type SetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};

export type StartConfidentialThreadInput = {
  /** No link to your account; follow it up with the receipt. */
  anonymous?: Scalars['Boolean']['input'];
  body: Scalars['String']['input'];
  /** Only these confidants may read it; omitted: every confidant. */
  confidantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  subject: Scalars['String']['input'];
};

export type StartedConfidentialThread = {
  __typename?: 'StartedConfidentialThread';
  /** Anonymous threads: the 16-digit receipt. Shown once; it cannot be recovered. */
  receipt?: Maybe<Scalars['String']['output']>;
  /** Null for an anonymous thread. */
  thread?: Maybe<ConfidentialThreadView>;
};

export type StoredFile = {
  __typename?: 'StoredFile';
  createdAt: Scalars['DateTime']['output'];
  /** Where to download it (GET, with the session cookie). Not a public URL: every download is checked. */
  downloadPath: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  originalName: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Float']['output'];
};

/** Where the student continues, what is due soon, the latest feedback. */
export type StudentDashboard = {
  __typename?: 'StudentDashboard';
  /** The next lesson of the track worked in last. */
  continueLesson?: Maybe<NextLesson>;
  /** Own assignments due in the coming days by the effective due date, soonest first. */
  dueSoon: DueSoon;
  /** The own attempt whose grade was released last; its `grade` holds the feedback. */
  latestFeedback?: Maybe<Submission>;
};

export type StudentPair = {
  __typename?: 'StudentPair';
  a: Scalars['ID']['output'];
  b: Scalars['ID']['output'];
};

/** Two students, for "together" and "apart" constraints. */
export type StudentPairInput = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};

export type Submission = {
  __typename?: 'Submission';
  /** The author is hidden behind a pseudonym while the assignment is graded anonymously (until release). */
  anonymised: Scalars['Boolean']['output'];
  assignment: Assignment;
  assignmentId: Scalars['ID']['output'];
  /** 1 for the first attempt. */
  attempt: Scalars['Int']['output'];
  /** Null while anonymised. */
  author?: Maybe<User>;
  /** The author’s name, or a pseudonym while anonymised. */
  authorName: Scalars['String']['output'];
  /** Handed in and waiting for a grade (or for a third marker). */
  awaitingGrade: Scalars['Boolean']['output'];
  /** The viewer may send it back for a next attempt now (waiting for a grade, attempts left). */
  canRequestRevision: Scalars['Boolean']['output'];
  /** The cohort’s id and name; never its people. */
  cohort: SubmissionCohort;
  cohortId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The author’s extension on this assignment: for the author, docents of the cohort and admins; null while anonymised. */
  extension?: Maybe<AssignmentExtension>;
  /** Download each through GET /files/:id. Neutral file names while anonymised. */
  files: Array<StoredFile>;
  /** The released grade, once there is one. */
  grade?: Maybe<Grade>;
  /** The marks the viewer may see: docents of the cohort all (during double marking only their own), the author only the released grade. */
  grades: Array<Grade>;
  /** Where the attempt stands from the docents’ side. */
  gradingState: GradingState;
  id: Scalars['ID']['output'];
  /** Handed in after the effective due date (the cohort’s, or the student’s extension). Null while anonymised: with the extensions a docent granted, lateness could name the author. */
  late?: Maybe<Scalars['Boolean']['output']>;
  /** The viewer’s own mark, for a docent who grades this attempt: the shared grade without double marking, else the one they made. */
  myGrade?: Maybe<Grade>;
  /** The author’s earlier handed-in attempts at this assignment, first first: for the author, docents of the cohort and admins. */
  previousAttempts: Array<Submission>;
  /** The viewer may release its agreed, complete grade now. */
  releasable: Scalars['Boolean']['output'];
  /** The docent’s comment with a revision request (markdown). */
  revisionComment?: Maybe<Scalars['String']['output']>;
  /** The revision comment as sanitised HTML. */
  revisionCommentHtml?: Maybe<Scalars['String']['output']>;
  revisionRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  status: SubmissionStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send the version you read when saving the draft. */
  version: Scalars['Int']['output'];
};

/** The cohort an attempt belongs to: id and name only, never its people. */
export type SubmissionCohort = {
  __typename?: 'SubmissionCohort';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type SubmissionKind =
  | 'BOTH'
  | 'FILES'
  | 'TEXT';

export type SubmissionPage = {
  __typename?: 'SubmissionPage';
  items: Array<Submission>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type SubmissionStatus =
  | 'DRAFT'
  | 'GRADED'
  | 'NEEDS_THIRD_MARKER'
  | 'REVISION_REQUESTED'
  | 'SUBMITTED';

export type SubmitIntakeRequestInput = {
  discipline: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Language of the confirmation e-mail. */
  locale?: InputMaybe<Locale>;
  message?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organisation: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  trackInterest?: InputMaybe<TrackCode>;
};

export type SubmitSubmissionInput = {
  submissionId: Scalars['ID']['input'];
  /** The draft version you read: what you saw is what is handed in. */
  version: Scalars['Int']['input'];
};

export type Track = {
  __typename?: 'Track';
  certificateValidityMonths?: Maybe<Scalars['Int']['output']>;
  code: TrackCode;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Every module in order, drafts included (admins and docents). */
  modules: Array<Module>;
  /** The track to complete before this one. */
  requiresTrack?: Maybe<Track>;
  requiresTrackId?: Maybe<Scalars['ID']['output']>;
  status: PublicationStatus;
  targetAudience: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TrackCode =
  | 'CORE'
  | 'GENERALIST'
  | 'SPECIALIST';

export type TrackOffer = {
  __typename?: 'TrackOffer';
  /** Why entry is refused: NOT_A_STUDENT or REQUIRED_TRACK_NOT_COMPLETED (then see requiresTrack). */
  blockedReason?: Maybe<CatalogueRefusal>;
  canEnroll: Scalars['Boolean']['output'];
  /** The track to complete first, when that is what blocks entry. */
  requiresTrack?: Maybe<Track>;
  track: Track;
};

/** The newest unread notifications and how many are unread. */
export type UnreadNotifications = {
  __typename?: 'UnreadNotifications';
  /** At most DASHBOARD_UNREAD_SHOWN, newest first. */
  items: Array<NotificationView>;
  /** The number on the bell. */
  totalCount: Scalars['Int']['output'];
};

export type UpdateAssignmentInput = {
  /** Extensions, e.g. ["pdf", "docx"]; needed unless TEXT. */
  allowedFileTypes?: Array<Scalars['String']['input']>;
  anonymousGrading?: Scalars['Boolean']['input'];
  /** The rubric, in order. */
  criteria: Array<RubricCriterionInput>;
  doubleMarking?: Scalars['Boolean']['input'];
  doubleMarkingThreshold?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Markdown. */
  instructions?: Scalars['String']['input'];
  maxAttempts?: Scalars['Int']['input'];
  /** Largest file in bytes; at most the storage limit. */
  maxFileBytes: Scalars['Float']['input'];
  passMinPoints?: InputMaybe<Scalars['Int']['input']>;
  passRule: PassRule;
  submissionKind: SubmissionKind;
  title: Scalars['String']['input'];
};

export type UpdateCohortInput = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<CohortMode>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The in-company organisation; null with mode OPEN. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<CohortPeriodInput>;
  status?: InputMaybe<CohortStatus>;
};

export type UpdateCohortMeetingInput = {
  /** In 2000–2100; omitted or null keeps the end. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  /** null or empty removes the link. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** null or empty removes the place. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** In 2000–2100; omitted or null keeps the start. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLessonInput = {
  /** Markdown. Leave out to keep the current value; null is refused. An empty string empties the text. */
  body?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Leave out to keep the current value; null is refused. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null clears it. */
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateModuleInput = {
  /** Leave out to keep the current value; null is refused. */
  accreditationPoints?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Leave out to keep the current value; null is refused. [] clears the list. */
  learningGoals?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Leave out to keep the current value; null is refused. [] removes every prerequisite. */
  prerequisiteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Leave out to keep the current value; null is refused. */
  studyHours?: InputMaybe<Scalars['Float']['input']>;
  /** Leave out to keep the current value; null is refused. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTrackInput = {
  /** Months the certificate stays valid. Leave out to keep the current value; null clears it. (no expiry) */
  certificateValidityMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Leave out to keep the current value; null is refused. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The track that must be completed first. Leave out to keep the current value; null clears it. */
  requiresTrackId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out to keep the current value; null is refused. */
  targetAudience?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What POST /files accepts. The server checks again on every upload. */
export type UploadLimits = {
  __typename?: 'UploadLimits';
  /** The file extensions accepted for this purpose (e.g. LESSON_ATTACHMENT, SUBMISSION_FILE), lower-case; every accepted type without a purpose. An unknown purpose is BAD_USER_INPUT (UNKNOWN_PURPOSE). */
  allowedTypes: Array<Scalars['String']['output']>;
  /** The largest file accepted, in bytes (MAX_UPLOAD_BYTES). */
  maxBytes: Scalars['Float']['output'];
};


/** What POST /files accepts. The server checks again on every upload. */
export type UploadLimitsAllowedTypesArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
};

export type UploadVerification = {
  __typename?: 'UploadVerification';
  /** Signature valid (credential) or hash equal to the issued PDF (PDF). */
  authentic: Scalars['Boolean']['output'];
  certificate?: Maybe<CertificateVerification>;
  /** Authentic and the certificate is VALID today. */
  valid: Scalars['Boolean']['output'];
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  discipline?: Maybe<Discipline>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  name: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  roles: Array<Role>;
  status: UserStatus;
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type UsersFilterInput = {
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

export type AccreditationProfileFieldsFragment = { __typename?: 'AccreditationProfile', studentId: string, disciplineName?: string | null, offeredRegisters: Array<{ __typename?: 'Register', code: RegisterCode, example: string }>, registrations: Array<{ __typename?: 'RegistrationView', register: RegisterCode, number: string, updatedAt: string }>, points: Array<{ __typename?: 'AccreditationYear', year: number, register: RegisterCode, points: number, registered: boolean, modules: Array<{ __typename?: 'EarnedModule', moduleId: string, moduleTitle: string, earnedOn: string, points: number }> }> };

export type MyAccreditationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccreditationQuery = { __typename?: 'Query', accreditation: { __typename?: 'AccreditationProfile', studentId: string, disciplineName?: string | null, offeredRegisters: Array<{ __typename?: 'Register', code: RegisterCode, example: string }>, registrations: Array<{ __typename?: 'RegistrationView', register: RegisterCode, number: string, updatedAt: string }>, points: Array<{ __typename?: 'AccreditationYear', year: number, register: RegisterCode, points: number, registered: boolean, modules: Array<{ __typename?: 'EarnedModule', moduleId: string, moduleTitle: string, earnedOn: string, points: number }> }> } };

export type RecordRegistrationMutationVariables = Exact<{
  input: RecordRegistrationInput;
}>;


export type RecordRegistrationMutation = { __typename?: 'Mutation', recordRegistration: { __typename?: 'AccreditationProfile', studentId: string, disciplineName?: string | null, offeredRegisters: Array<{ __typename?: 'Register', code: RegisterCode, example: string }>, registrations: Array<{ __typename?: 'RegistrationView', register: RegisterCode, number: string, updatedAt: string }>, points: Array<{ __typename?: 'AccreditationYear', year: number, register: RegisterCode, points: number, registered: boolean, modules: Array<{ __typename?: 'EarnedModule', moduleId: string, moduleTitle: string, earnedOn: string, points: number }> }> } };

export type RemoveRegistrationMutationVariables = Exact<{
  input: RemoveRegistrationInput;
}>;


export type RemoveRegistrationMutation = { __typename?: 'Mutation', removeRegistration: { __typename?: 'AccreditationProfile', studentId: string, disciplineName?: string | null, offeredRegisters: Array<{ __typename?: 'Register', code: RegisterCode, example: string }>, registrations: Array<{ __typename?: 'RegistrationView', register: RegisterCode, number: string, updatedAt: string }>, points: Array<{ __typename?: 'AccreditationYear', year: number, register: RegisterCode, points: number, registered: boolean, modules: Array<{ __typename?: 'EarnedModule', moduleId: string, moduleTitle: string, earnedOn: string, points: number }> }> } };

export type AccreditationRegistersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccreditationRegistersQuery = { __typename?: 'Query', registers: Array<{ __typename?: 'Register', code: RegisterCode }> };

export type AccreditationExportQueryVariables = Exact<{
  input: AccreditationExportInput;
}>;


export type AccreditationExportQuery = { __typename?: 'Query', accreditationExport: { __typename?: 'AccreditationExport', register: RegisterCode, from: string, to: string, fileName: string, csv: string, rowCount: number, totalPoints: number, editions: Array<{ __typename?: 'PeOnlineEdition', cohortId?: string | null, cohortName?: string | null, trackTitle: string, startsOn?: string | null, endsOn?: string | null, numbers: string, count: number }>, missing: Array<{ __typename?: 'MissingRegistration', studentId: string, name: string, email: string, modules: Array<string>, points: number }> } };

export type ModuleRegisterPointsQueryVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type ModuleRegisterPointsQuery = { __typename?: 'Query', registers: Array<{ __typename?: 'Register', code: RegisterCode }>, moduleRegisterPoints: Array<{ __typename?: 'RegisterPoints', register: RegisterCode, points: number }> };

export type SetModuleRegisterPointsMutationVariables = Exact<{
  input: SetModuleRegisterPointsInput;
}>;


export type SetModuleRegisterPointsMutation = { __typename?: 'Mutation', setModuleRegisterPoints: Array<{ __typename?: 'RegisterPoints', register: RegisterCode, points: number }> };

export type AccreditationDisciplinesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccreditationDisciplinesQuery = { __typename?: 'Query', disciplines: Array<{ __typename?: 'Discipline', id: string, nameNl: string, nameEn: string }>, registers: Array<{ __typename?: 'Register', code: RegisterCode }> };

export type DisciplineRegistersQueryVariables = Exact<{
  disciplineId: Scalars['ID']['input'];
}>;


export type DisciplineRegistersQuery = { __typename?: 'Query', registers: Array<{ __typename?: 'Register', code: RegisterCode }> };

export type SetDisciplineRegistersMutationVariables = Exact<{
  input: SetDisciplineRegistersInput;
}>;


export type SetDisciplineRegistersMutation = { __typename?: 'Mutation', setDisciplineRegisters: Array<{ __typename?: 'Register', code: RegisterCode }> };

export type RubricFieldsFragment = { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> };

export type SubmissionFileFieldsFragment = { __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string };

export type ReleasedGradeFieldsFragment = { __typename?: 'Grade', id: string, passed?: boolean | null, totalPoints: number, feedbackHtml: string, releasedAt?: string | null, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }> };

export type StudentSubmissionFieldsFragment = { __typename?: 'Submission', id: string, assignmentId: string, attempt: number, status: SubmissionStatus, text: string, version: number, late?: boolean | null, awaitingGrade: boolean, submittedAt?: string | null, updatedAt: string, revisionCommentHtml?: string | null, revisionRequestedAt?: string | null, files: Array<{ __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string }>, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null, totalPoints: number, feedbackHtml: string, releasedAt?: string | null, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }> } | null };

export type AssignmentSummaryFieldsFragment = { __typename?: 'Assignment', id: string, moduleId: string, title: string, maxAttempts: number, myDueAt?: string | null, mySubmissions: Array<{ __typename?: 'Submission', id: string, attempt: number, status: SubmissionStatus, late?: boolean | null, submittedAt?: string | null, updatedAt: string, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null } | null }> };

export type ModuleAssignmentsQueryVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type ModuleAssignmentsQuery = { __typename?: 'Query', assignments: Array<{ __typename?: 'Assignment', id: string, moduleId: string, title: string, maxAttempts: number, myDueAt?: string | null, mySubmissions: Array<{ __typename?: 'Submission', id: string, attempt: number, status: SubmissionStatus, late?: boolean | null, submittedAt?: string | null, updatedAt: string, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null } | null }> }> };

export type MyAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssignmentsQuery = { __typename?: 'Query', myAssignments: Array<{ __typename?: 'Assignment', id: string, moduleId: string, title: string, maxAttempts: number, myDueAt?: string | null, module: { __typename?: 'Module', id: string, title: string, position: number, track: { __typename?: 'Track', id: string, title: string } }, mySubmissions: Array<{ __typename?: 'Submission', id: string, attempt: number, status: SubmissionStatus, late?: boolean | null, submittedAt?: string | null, updatedAt: string, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null } | null }> }> };

export type MyAssignmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MyAssignmentQuery = { __typename?: 'Query', assignment: { __typename?: 'Assignment', id: string, title: string, instructionsHtml: string, submissionKind: SubmissionKind, allowedFileTypes: Array<string>, maxFileBytes: number, maxFiles: number, maxAttempts: number, myDueAt?: string | null, myHandIn: { __typename?: 'HandInState', canWrite: boolean, reason?: string | null, nextAttempt: number }, module: { __typename?: 'Module', id: string, title: string }, rubric: { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> }, mySubmissions: Array<{ __typename?: 'Submission', id: string, assignmentId: string, attempt: number, status: SubmissionStatus, text: string, version: number, late?: boolean | null, awaitingGrade: boolean, submittedAt?: string | null, updatedAt: string, revisionCommentHtml?: string | null, revisionRequestedAt?: string | null, files: Array<{ __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string }>, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null, totalPoints: number, feedbackHtml: string, releasedAt?: string | null, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }> } | null }> } };

export type MyAttemptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MyAttemptQuery = { __typename?: 'Query', submission: { __typename?: 'Submission', id: string, assignmentId: string, attempt: number, status: SubmissionStatus, text: string, version: number, late?: boolean | null, awaitingGrade: boolean, submittedAt?: string | null, updatedAt: string, revisionCommentHtml?: string | null, revisionRequestedAt?: string | null, assignment: { __typename?: 'Assignment', id: string, title: string, maxAttempts: number, rubric: { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> } }, files: Array<{ __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string }>, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null, totalPoints: number, feedbackHtml: string, releasedAt?: string | null, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }> } | null } };

export type SaveSubmissionDraftMutationVariables = Exact<{
  input: SaveSubmissionDraftInput;
}>;


export type SaveSubmissionDraftMutation = { __typename?: 'Mutation', saveSubmissionDraft: { __typename?: 'Submission', id: string, assignmentId: string, attempt: number, status: SubmissionStatus, text: string, version: number, late?: boolean | null, awaitingGrade: boolean, submittedAt?: string | null, updatedAt: string, revisionCommentHtml?: string | null, revisionRequestedAt?: string | null, files: Array<{ __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string }>, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null, totalPoints: number, feedbackHtml: string, releasedAt?: string | null, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }> } | null } };

export type SubmitSubmissionMutationVariables = Exact<{
  input: SubmitSubmissionInput;
}>;


export type SubmitSubmissionMutation = { __typename?: 'Mutation', submitSubmission: { __typename?: 'Submission', id: string, assignmentId: string, attempt: number, status: SubmissionStatus, text: string, version: number, late?: boolean | null, awaitingGrade: boolean, submittedAt?: string | null, updatedAt: string, revisionCommentHtml?: string | null, revisionRequestedAt?: string | null, files: Array<{ __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string }>, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null, totalPoints: number, feedbackHtml: string, releasedAt?: string | null, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }> } | null } };

export type AssignmentLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentLimitsQuery = { __typename?: 'Query', assignmentLimits: { __typename?: 'AssignmentLimits', maxUploadBytes: number, fileTypes: Array<string>, maxFilesPerSubmission: number, maxAttempts: number, maxCriteria: number, maxLevels: number } };

export type AuthoringAssignmentFieldsFragment = { __typename?: 'Assignment', id: string, moduleId: string, title: string, instructions: string, submissionKind: SubmissionKind, allowedFileTypes: Array<string>, maxFileBytes: number, passRule: PassRule, passMinPoints?: number | null, maxAttempts: number, anonymousGrading: boolean, doubleMarking: boolean, doubleMarkingThreshold: number, updatedAt: string, rubric: { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> } };

export type AuthoringModuleAssignmentsQueryVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type AuthoringModuleAssignmentsQuery = { __typename?: 'Query', assignments: Array<{ __typename?: 'Assignment', id: string, title: string, maxAttempts: number, rubric: { __typename?: 'Rubric', maxPoints: number, criteria: Array<{ __typename?: 'RubricCriterion', id: string }> }, dueDates: Array<{ __typename?: 'AssignmentDueDate', cohortId: string }> }> };

export type AuthoringAssignmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthoringAssignmentQuery = { __typename?: 'Query', assignment: { __typename?: 'Assignment', id: string, moduleId: string, title: string, instructions: string, submissionKind: SubmissionKind, allowedFileTypes: Array<string>, maxFileBytes: number, passRule: PassRule, passMinPoints?: number | null, maxAttempts: number, anonymousGrading: boolean, doubleMarking: boolean, doubleMarkingThreshold: number, updatedAt: string, module: { __typename?: 'Module', id: string, title: string, trackId: string, track: { __typename?: 'Track', id: string, title: string } }, dueDates: Array<{ __typename?: 'AssignmentDueDate', cohortId: string, dueAt: string }>, rubric: { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> } } };

export type AuthoringModuleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthoringModuleQuery = { __typename?: 'Query', module: { __typename?: 'Module', id: string, title: string, track: { __typename?: 'Track', id: string, title: string } } };

export type TrackCohortsQueryVariables = Exact<{
  trackId: Scalars['ID']['input'];
}>;


export type TrackCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', totalCount: number, items: Array<{ __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, status: CohortStatus }> } };

export type CreateAssignmentMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;


export type CreateAssignmentMutation = { __typename?: 'Mutation', createAssignment: { __typename?: 'Assignment', id: string, moduleId: string, title: string, instructions: string, submissionKind: SubmissionKind, allowedFileTypes: Array<string>, maxFileBytes: number, passRule: PassRule, passMinPoints?: number | null, maxAttempts: number, anonymousGrading: boolean, doubleMarking: boolean, doubleMarkingThreshold: number, updatedAt: string, rubric: { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> } } };

export type UpdateAssignmentMutationVariables = Exact<{
  input: UpdateAssignmentInput;
}>;


export type UpdateAssignmentMutation = { __typename?: 'Mutation', updateAssignment: { __typename?: 'Assignment', id: string, moduleId: string, title: string, instructions: string, submissionKind: SubmissionKind, allowedFileTypes: Array<string>, maxFileBytes: number, passRule: PassRule, passMinPoints?: number | null, maxAttempts: number, anonymousGrading: boolean, doubleMarking: boolean, doubleMarkingThreshold: number, updatedAt: string, rubric: { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> } } };

export type DeleteAssignmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAssignmentMutation = { __typename?: 'Mutation', deleteAssignment: boolean };

export type SetAssignmentDueDateMutationVariables = Exact<{
  input: SetAssignmentDueDateInput;
}>;


export type SetAssignmentDueDateMutation = { __typename?: 'Mutation', setAssignmentDueDate: { __typename?: 'AssignmentDueDate', assignmentId: string, cohortId: string, dueAt: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', user: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, locale: Locale } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'LoginPayload', user: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, locale: Locale } } };

export type ResetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'LoginPayload', user: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, locale: Locale } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type CatalogueTracksQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueTracksQuery = { __typename?: 'Query', tracks: Array<{ __typename?: 'Track', id: string, code: TrackCode, title: string, status: PublicationStatus, description: string, requiresTrack?: { __typename?: 'Track', id: string, title: string } | null, modules: Array<{ __typename?: 'Module', id: string, status: PublicationStatus }> }> };

export type TrackFieldsFragment = { __typename?: 'Track', id: string, code: TrackCode, title: string, description: string, targetAudience: string, certificateValidityMonths?: number | null, status: PublicationStatus, requiresTrackId?: string | null, requiresTrack?: { __typename?: 'Track', id: string, title: string } | null };

export type CatalogueTrackQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogueTrackQuery = { __typename?: 'Query', track: { __typename?: 'Track', id: string, code: TrackCode, title: string, description: string, targetAudience: string, certificateValidityMonths?: number | null, status: PublicationStatus, requiresTrackId?: string | null, modules: Array<{ __typename?: 'Module', id: string, title: string, position: number, status: PublicationStatus, archivedAt?: string | null, studyHours: number, accreditationPoints: number, lessons: Array<{ __typename?: 'Lesson', id: string }>, prerequisites: Array<{ __typename?: 'Module', id: string, title: string }> }>, requiresTrack?: { __typename?: 'Track', id: string, title: string } | null }, tracks: Array<{ __typename?: 'Track', id: string, title: string, code: TrackCode }> };

export type ModuleFieldsFragment = { __typename?: 'Module', id: string, trackId: string, title: string, summary: string, position: number, status: PublicationStatus, archivedAt?: string | null, studyHours: number, accreditationPoints: number, learningGoals: Array<string>, prerequisites: Array<{ __typename?: 'Module', id: string, title: string }> };

export type CatalogueModuleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogueModuleQuery = { __typename?: 'Query', module: { __typename?: 'Module', id: string, trackId: string, title: string, summary: string, position: number, status: PublicationStatus, archivedAt?: string | null, studyHours: number, accreditationPoints: number, learningGoals: Array<string>, track: { __typename?: 'Track', id: string, title: string }, lessons: Array<{ __typename?: 'Lesson', id: string, title: string, position: number, videoUrl?: string | null, archivedAt?: string | null, attachments: Array<{ __typename?: 'StoredFile', id: string }> }>, prerequisites: Array<{ __typename?: 'Module', id: string, title: string }> } };

export type PrerequisiteOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrerequisiteOptionsQuery = { __typename?: 'Query', tracks: Array<{ __typename?: 'Track', id: string, code: TrackCode, title: string, modules: Array<{ __typename?: 'Module', id: string, title: string, position: number, status: PublicationStatus, archivedAt?: string | null }> }> };

export type AttachmentFieldsFragment = { __typename?: 'StoredFile', id: string, originalName: string, mimeType: string, size: number, downloadPath: string };

export type CatalogueLessonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogueLessonQuery = { __typename?: 'Query', lesson: { __typename?: 'Lesson', id: string, moduleId: string, title: string, position: number, body: string, bodyHtml: string, videoUrl?: string | null, archivedAt?: string | null, updatedAt: string, attachments: Array<{ __typename?: 'StoredFile', id: string, originalName: string, mimeType: string, size: number, downloadPath: string }>, module: { __typename?: 'Module', id: string, title: string, status: PublicationStatus, track: { __typename?: 'Track', id: string, title: string } } } };

export type CreateTrackMutationVariables = Exact<{
  input: CreateTrackInput;
}>;


export type CreateTrackMutation = { __typename?: 'Mutation', createTrack: { __typename?: 'Track', id: string, code: TrackCode, title: string, description: string, targetAudience: string, certificateValidityMonths?: number | null, status: PublicationStatus, requiresTrackId?: string | null, requiresTrack?: { __typename?: 'Track', id: string, title: string } | null } };

export type UpdateTrackMutationVariables = Exact<{
  input: UpdateTrackInput;
}>;


export type UpdateTrackMutation = { __typename?: 'Mutation', updateTrack: { __typename?: 'Track', id: string, code: TrackCode, title: string, description: string, targetAudience: string, certificateValidityMonths?: number | null, status: PublicationStatus, requiresTrackId?: string | null, requiresTrack?: { __typename?: 'Track', id: string, title: string } | null } };

export type PublishTrackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishTrackMutation = { __typename?: 'Mutation', publishTrack: { __typename?: 'Track', id: string, status: PublicationStatus } };

export type UnpublishTrackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnpublishTrackMutation = { __typename?: 'Mutation', unpublishTrack: { __typename?: 'Track', id: string, status: PublicationStatus } };

export type CreateModuleMutationVariables = Exact<{
  input: CreateModuleInput;
}>;


export type CreateModuleMutation = { __typename?: 'Mutation', createModule: { __typename?: 'Module', id: string, trackId: string, title: string, summary: string, position: number, status: PublicationStatus, archivedAt?: string | null, studyHours: number, accreditationPoints: number, learningGoals: Array<string>, prerequisites: Array<{ __typename?: 'Module', id: string, title: string }> } };

export type UpdateModuleMutationVariables = Exact<{
  input: UpdateModuleInput;
}>;


export type UpdateModuleMutation = { __typename?: 'Mutation', updateModule: { __typename?: 'Module', id: string, trackId: string, title: string, summary: string, position: number, status: PublicationStatus, archivedAt?: string | null, studyHours: number, accreditationPoints: number, learningGoals: Array<string>, prerequisites: Array<{ __typename?: 'Module', id: string, title: string }> } };

export type PublishModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishModuleMutation = { __typename?: 'Mutation', publishModule: { __typename?: 'Module', id: string, status: PublicationStatus } };

export type UnpublishModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnpublishModuleMutation = { __typename?: 'Mutation', unpublishModule: { __typename?: 'Module', id: string, status: PublicationStatus } };

export type ArchiveModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveModuleMutation = { __typename?: 'Mutation', archiveModule: { __typename?: 'Module', id: string, status: PublicationStatus, archivedAt?: string | null } };

export type UnarchiveModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnarchiveModuleMutation = { __typename?: 'Mutation', unarchiveModule: { __typename?: 'Module', id: string, status: PublicationStatus, archivedAt?: string | null } };

export type DeleteModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteModuleMutation = { __typename?: 'Mutation', deleteModule: boolean };

export type ReorderModulesMutationVariables = Exact<{
  input: ReorderInput;
}>;


export type ReorderModulesMutation = { __typename?: 'Mutation', reorderModules: Array<{ __typename?: 'Module', id: string, position: number }> };

export type CreateLessonMutationVariables = Exact<{
  input: CreateLessonInput;
}>;


export type CreateLessonMutation = { __typename?: 'Mutation', createLesson: { __typename?: 'Lesson', id: string, moduleId: string } };

export type UpdateLessonMutationVariables = Exact<{
  input: UpdateLessonInput;
}>;


export type UpdateLessonMutation = { __typename?: 'Mutation', updateLesson: { __typename?: 'Lesson', id: string, title: string, body: string, bodyHtml: string, videoUrl?: string | null, updatedAt: string } };

export type DeleteLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteLessonMutation = { __typename?: 'Mutation', deleteLesson: boolean };

export type ArchiveLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveLessonMutation = { __typename?: 'Mutation', archiveLesson: { __typename?: 'Lesson', id: string, archivedAt?: string | null } };

export type UnarchiveLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnarchiveLessonMutation = { __typename?: 'Mutation', unarchiveLesson: { __typename?: 'Lesson', id: string, archivedAt?: string | null } };

export type ReorderLessonsMutationVariables = Exact<{
  input: ReorderInput;
}>;


export type ReorderLessonsMutation = { __typename?: 'Mutation', reorderLessons: Array<{ __typename?: 'Lesson', id: string, position: number }> };

export type AttachFileToLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
}>;


export type AttachFileToLessonMutation = { __typename?: 'Mutation', attachFileToLesson: { __typename?: 'Lesson', id: string, attachments: Array<{ __typename?: 'StoredFile', id: string, originalName: string, mimeType: string, size: number, downloadPath: string }> } };

export type DetachFileFromLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
}>;


export type DetachFileFromLessonMutation = { __typename?: 'Mutation', detachFileFromLesson: { __typename?: 'Lesson', id: string, attachments: Array<{ __typename?: 'StoredFile', id: string, originalName: string, mimeType: string, size: number, downloadPath: string }> } };

export type TrackEnrollmentsQueryVariables = Exact<{
  trackId: Scalars['ID']['input'];
  page?: InputMaybe<PageInput>;
}>;


export type TrackEnrollmentsQuery = { __typename?: 'Query', track: { __typename?: 'Track', id: string, title: string, status: PublicationStatus }, enrollments: { __typename?: 'EnrollmentPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'Enrollment', id: string, status: EnrollmentStatus, enrolledAt: string, completedAt?: string | null, student: { __typename?: 'User', id: string, name: string, email: string } }> } };

export type FindStudentsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type FindStudentsQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', totalCount: number, items: Array<{ __typename?: 'User', id: string, name: string, email: string, status: UserStatus }> } };

export type EnrollStudentMutationVariables = Exact<{
  input: EnrollStudentInput;
}>;


export type EnrollStudentMutation = { __typename?: 'Mutation', enrollStudent: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus } };

export type WithdrawEnrollmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawEnrollmentMutation = { __typename?: 'Mutation', withdrawEnrollment: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus } };

export type PreviewEnrollmentCsvQueryVariables = Exact<{
  input: PreviewEnrollmentCsvInput;
}>;


export type PreviewEnrollmentCsvQuery = { __typename?: 'Query', previewEnrollmentCsv: { __typename?: 'EnrollmentCsvPreview', canImport: boolean, validRowCount: number, invalidRowCount: number, previewHash: string, fileProblems: Array<{ __typename?: 'CsvFileProblem', code: CsvFileProblemCode, line?: number | null, rowCount?: number | null, maxRows?: number | null }>, rows: Array<{ __typename?: 'EnrollmentCsvRow', line: number, email: string, name: string, discipline: string, organisation: string, action: CsvRowAction, createsOrganisation: boolean, problems: Array<{ __typename?: 'CsvProblem', code: CsvProblemCode, field: string, message: string }>, changes: Array<{ __typename?: 'CsvAccountChange', field: CsvAccountField, from?: string | null, to: string, currentRoles: Array<Role>, fromDiscipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, toDiscipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null }> }> } };

export type ImportEnrollmentCsvMutationVariables = Exact<{
  input: ImportEnrollmentCsvInput;
}>;


export type ImportEnrollmentCsvMutation = { __typename?: 'Mutation', importEnrollmentCsv: { __typename?: 'EnrollmentImportResult', enrolledCount: number, invitedCount: number, organisationsCreated: number, changesApplied: number, skippedCount: number } };

export type IntakeRequestsQueryVariables = Exact<{
  handled?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type IntakeRequestsQuery = { __typename?: 'Query', intakeRequests: { __typename?: 'IntakeRequestPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'IntakeRequest', id: string, createdAt: string, name: string, email: string, phone?: string | null, organisation: string, discipline: string, trackInterest?: TrackCode | null, message: string, handledAt?: string | null }> } };

export type SetIntakeRequestHandledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  handled: Scalars['Boolean']['input'];
}>;


export type SetIntakeRequestHandledMutation = { __typename?: 'Mutation', setIntakeRequestHandled: { __typename?: 'IntakeRequest', id: string, handledAt?: string | null } };

export type UploadLimitsQueryVariables = Exact<{
  purpose?: InputMaybe<Scalars['String']['input']>;
}>;


export type UploadLimitsQuery = { __typename?: 'Query', uploadLimits: { __typename?: 'UploadLimits', maxBytes: number, allowedTypes: Array<string> } };

export type CertificationCohortsQueryVariables = Exact<{
  trackId: Scalars['ID']['input'];
}>;


export type CertificationCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', items: Array<{ __typename?: 'Cohort', id: string, name: string }> } };

export type IssueCohortCertificatesMutationVariables = Exact<{
  input: IssueCohortCertificatesInput;
}>;


export type IssueCohortCertificatesMutation = { __typename?: 'Mutation', issueCohortCertificates: { __typename?: 'CertificateBatchView', id: string, cohortId: string, cohortName: string, status: CertificateBatchStatus, total: number, issued: number, alreadyCertified: number, notEligible: number, processed: number, percent: number, running: boolean, createdAt: string, finishedAt?: string | null } };

export type CertificateBatchesQueryVariables = Exact<{
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type CertificateBatchesQuery = { __typename?: 'Query', certificateBatches: { __typename?: 'CertificateBatchPage', totalCount: number, items: Array<{ __typename?: 'CertificateBatchView', id: string, cohortId: string, cohortName: string, status: CertificateBatchStatus, total: number, issued: number, alreadyCertified: number, notEligible: number, processed: number, percent: number, running: boolean, createdAt: string, finishedAt?: string | null }> } };

export type ExpiringCertificatesQueryVariables = Exact<{
  expiringFrom: Scalars['DateTime']['input'];
  expiringUntil: Scalars['DateTime']['input'];
  page?: InputMaybe<PageInput>;
}>;


export type ExpiringCertificatesQuery = { __typename?: 'Query', certificates: { __typename?: 'CertificatePage', totalCount: number, items: Array<{ __typename?: 'CertificateView', id: string, number: string, holderName: string, trackTitle: string, expiresAt?: string | null, verifyUrl: string }> } };

export type MyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCertificatesQuery = { __typename?: 'Query', myCertificates: Array<{ __typename?: 'CertificateView', id: string, number: string, trackTitle: string, status: CertificateStatus, issuedAt: string, expiresAt?: string | null, revokedAt?: string | null, accreditationPoints: number, verifyUrl: string, pdfDownloadPath?: string | null, credentialDownloadPath: string, replacedByNumber?: string | null }> };

export type VerifyCertificateQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyCertificateQuery = { __typename?: 'Query', verifyCertificate: { __typename?: 'CertificateVerification', number: string, holderName: string, trackTitle: string, issuedAt: string, expiresAt?: string | null, accreditationPoints: number, signatoryName: string, status: CertificateStatus, revokedAt?: string | null, replacedByNumber?: string | null, uploadMaxBytes: number } };

export type CertificationTracksQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificationTracksQuery = { __typename?: 'Query', tracks: Array<{ __typename?: 'Track', id: string, code: TrackCode, title: string }> };

export type CertificateEligibilityQueryVariables = Exact<{
  trackId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type CertificateEligibilityQuery = { __typename?: 'Query', certificateEligibility: { __typename?: 'EligibilityPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'EligibilityView', studentId: string, studentName: string, studentEmail: string, eligible: boolean, missingModules: Array<string>, missingLessons: Array<string>, unmetRequirements: Array<string>, requiredTrack?: string | null, noModules: boolean, accreditationPoints: number, certificateNumber?: string | null }> } };

export type TrackCertificatesQueryVariables = Exact<{
  trackId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type TrackCertificatesQuery = { __typename?: 'Query', certificates: { __typename?: 'CertificatePage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'CertificateView', id: string, number: string, holderName: string, status: CertificateStatus, issuedAt: string, expiresAt?: string | null, revokedAt?: string | null, revocationReason?: string | null, replacedByNumber?: string | null, pdfDownloadPath?: string | null, verifyUrl: string }> } };

export type IssueCertificateMutationVariables = Exact<{
  input: IssueCertificateInput;
}>;


export type IssueCertificateMutation = { __typename?: 'Mutation', issueCertificate: { __typename?: 'CertificateView', id: string, number: string } };

export type RevokeCertificateMutationVariables = Exact<{
  input: RevokeCertificateInput;
}>;


export type RevokeCertificateMutation = { __typename?: 'Mutation', revokeCertificate: { __typename?: 'CertificateView', id: string, status: CertificateStatus } };

export type VerifyCredentialQueryVariables = Exact<{
  credential: Scalars['String']['input'];
}>;


export type VerifyCredentialQuery = { __typename?: 'Query', verifyCredential: { __typename?: 'UploadVerification', authentic: boolean, valid: boolean, certificate?: { __typename?: 'CertificateVerification', number: string, status: CertificateStatus } | null } };

export type CohortPersonFieldsFragment = { __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type CohortMeetingFieldsFragment = { __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null };

export type CohortRowFragment = { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string }> };

export type CohortDetailFragment = { __typename?: 'Cohort', proposalId?: string | null, id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, students: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, meetings: Array<{ __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null }>, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type CohortTracksQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortTracksQuery = { __typename?: 'Query', tracks: Array<{ __typename?: 'Track', id: string, code: TrackCode, title: string, status: PublicationStatus }> };

export type CohortsQueryVariables = Exact<{
  filter?: InputMaybe<CohortsFilterInput>;
  page?: InputMaybe<PageInput>;
}>;


export type CohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string }> }> } };

export type CohortQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CohortQuery = { __typename?: 'Query', cohort: { __typename?: 'Cohort', proposalId?: string | null, id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, students: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, meetings: Array<{ __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null }>, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type MyCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCohortsQuery = { __typename?: 'Query', myCohorts: Array<{ __typename?: 'Cohort', proposalId?: string | null, id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, students: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, meetings: Array<{ __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null }>, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> };

export type CohortDocentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortDocentOptionsQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', items: Array<{ __typename?: 'User', id: string, name: string, email: string }> } };

export type CohortOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationPage', items: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type CohortPoolQueryVariables = Exact<{
  trackId: Scalars['ID']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CohortPoolQuery = { __typename?: 'Query', cohortPool: { __typename?: 'CohortPool', trackId: string, size: number, students: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, disciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null }> } };

export type CohortProposalFieldsFragment = { __typename?: 'CohortProposal', id: string, status: CohortProposalStatus, createdAt: string, committedAt?: string | null, trackId: string, mode: CohortMode, organisationId?: string | null, chosenPool: boolean, poolSize: number, minSize: number, maxSize: number, groupCount?: number | null, seed: number, score: number, bound: number, gap: number, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, pins: Array<{ __typename?: 'ProposalPin', studentId: string, groupIndex: number }>, together: Array<{ __typename?: 'StudentPair', a: string, b: string }>, apart: Array<{ __typename?: 'StudentPair', a: string, b: string }>, poolDisciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null }>, groups: Array<{ __typename?: 'ProposalGroup', index: number, size: number, distinctDisciplines: number, largestDisciplineShare: number, organisationDuplicates: number, score: number, members: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, disciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null }> }>, problems: Array<{ __typename?: 'AssignmentProblem', reason: AssignmentProblemReason, groupIndex?: number | null, studentIds: Array<string>, message: string }> };

export type CohortProposalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CohortProposalQuery = { __typename?: 'Query', cohortProposal: { __typename?: 'CohortProposal', id: string, status: CohortProposalStatus, createdAt: string, committedAt?: string | null, trackId: string, mode: CohortMode, organisationId?: string | null, chosenPool: boolean, poolSize: number, minSize: number, maxSize: number, groupCount?: number | null, seed: number, score: number, bound: number, gap: number, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, pins: Array<{ __typename?: 'ProposalPin', studentId: string, groupIndex: number }>, together: Array<{ __typename?: 'StudentPair', a: string, b: string }>, apart: Array<{ __typename?: 'StudentPair', a: string, b: string }>, poolDisciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null }>, groups: Array<{ __typename?: 'ProposalGroup', index: number, size: number, distinctDisciplines: number, largestDisciplineShare: number, organisationDuplicates: number, score: number, members: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, disciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null }> }>, problems: Array<{ __typename?: 'AssignmentProblem', reason: AssignmentProblemReason, groupIndex?: number | null, studentIds: Array<string>, message: string }> } };

export type ProposeCohortsMutationVariables = Exact<{
  input: ProposeCohortsInput;
}>;


export type ProposeCohortsMutation = { __typename?: 'Mutation', proposeCohorts: { __typename?: 'CohortProposal', id: string, status: CohortProposalStatus, createdAt: string, committedAt?: string | null, trackId: string, mode: CohortMode, organisationId?: string | null, chosenPool: boolean, poolSize: number, minSize: number, maxSize: number, groupCount?: number | null, seed: number, score: number, bound: number, gap: number, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, pins: Array<{ __typename?: 'ProposalPin', studentId: string, groupIndex: number }>, together: Array<{ __typename?: 'StudentPair', a: string, b: string }>, apart: Array<{ __typename?: 'StudentPair', a: string, b: string }>, poolDisciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null }>, groups: Array<{ __typename?: 'ProposalGroup', index: number, size: number, distinctDisciplines: number, largestDisciplineShare: number, organisationDuplicates: number, score: number, members: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, disciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null }> }>, problems: Array<{ __typename?: 'AssignmentProblem', reason: AssignmentProblemReason, groupIndex?: number | null, studentIds: Array<string>, message: string }> } };

export type MoveProposalStudentMutationVariables = Exact<{
  input: MoveProposalStudentInput;
}>;


export type MoveProposalStudentMutation = { __typename?: 'Mutation', moveProposalStudent: { __typename?: 'CohortProposal', id: string, status: CohortProposalStatus, createdAt: string, committedAt?: string | null, trackId: string, mode: CohortMode, organisationId?: string | null, chosenPool: boolean, poolSize: number, minSize: number, maxSize: number, groupCount?: number | null, seed: number, score: number, bound: number, gap: number, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, pins: Array<{ __typename?: 'ProposalPin', studentId: string, groupIndex: number }>, together: Array<{ __typename?: 'StudentPair', a: string, b: string }>, apart: Array<{ __typename?: 'StudentPair', a: string, b: string }>, poolDisciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null }>, groups: Array<{ __typename?: 'ProposalGroup', index: number, size: number, distinctDisciplines: number, largestDisciplineShare: number, organisationDuplicates: number, score: number, members: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, disciplineCounts: Array<{ __typename?: 'DisciplineCount', count: number, disciplineId?: string | null }> }>, problems: Array<{ __typename?: 'AssignmentProblem', reason: AssignmentProblemReason, groupIndex?: number | null, studentIds: Array<string>, message: string }> } };

export type CommitCohortProposalMutationVariables = Exact<{
  input: CommitCohortProposalInput;
}>;


export type CommitCohortProposalMutation = { __typename?: 'Mutation', commitCohortProposal: { __typename?: 'CommitCohortProposalPayload', cohorts: Array<{ __typename?: 'Cohort', id: string, name: string }> } };

export type DiscardCohortProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DiscardCohortProposalMutation = { __typename?: 'Mutation', discardCohortProposal: { __typename?: 'CohortProposal', id: string, status: CohortProposalStatus } };

export type AddCohortDocentMutationVariables = Exact<{
  input: CohortMembershipInput;
}>;


export type AddCohortDocentMutation = { __typename?: 'Mutation', addCohortDocent: { __typename?: 'Cohort', proposalId?: string | null, id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, students: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, meetings: Array<{ __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null }>, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type RemoveCohortDocentMutationVariables = Exact<{
  input: CohortMembershipInput;
}>;


export type RemoveCohortDocentMutation = { __typename?: 'Mutation', removeCohortDocent: { __typename?: 'Cohort', proposalId?: string | null, id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, students: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, meetings: Array<{ __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null }>, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type AddCohortMeetingMutationVariables = Exact<{
  input: AddCohortMeetingInput;
}>;


export type AddCohortMeetingMutation = { __typename?: 'Mutation', addCohortMeeting: { __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null } };

export type UpdateCohortMeetingMutationVariables = Exact<{
  input: UpdateCohortMeetingInput;
}>;


export type UpdateCohortMeetingMutation = { __typename?: 'Mutation', updateCohortMeeting: { __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null } };

export type RemoveCohortMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCohortMeetingMutation = { __typename?: 'Mutation', removeCohortMeeting: { __typename?: 'Cohort', proposalId?: string | null, id: string, name: string, startsOn: string, endsOn: string, mode: CohortMode, status: CohortStatus, studentCount: number, docents: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, students: Array<{ __typename?: 'CohortPerson', id: string, name: string, email?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }>, meetings: Array<{ __typename?: 'CohortMeeting', id: string, startsAt: string, endsAt: string, topic: string, place?: string | null, onlineUrl?: string | null }>, track: { __typename?: 'Track', id: string, code: TrackCode, title: string }, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type ConfidentialSummaryFieldsFragment = { __typename?: 'ConfidentialThreadSummary', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, unread: boolean, overdue: boolean, deleteAfter?: string | null };

export type ConfidentialThreadFieldsFragment = { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null };

export type ConfidantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfidantsQuery = { __typename?: 'Query', confidants: Array<{ __typename?: 'Confidant', id: string, name: string }> };

export type MyConfidentialThreadsQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
}>;


export type MyConfidentialThreadsQuery = { __typename?: 'Query', myConfidentialThreads: { __typename?: 'ConfidentialThreadPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'ConfidentialThreadSummary', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, unread: boolean, overdue: boolean, deleteAfter?: string | null }> } };

export type ConfidentialInboxQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
}>;


export type ConfidentialInboxQuery = { __typename?: 'Query', confidentialInbox: { __typename?: 'ConfidentialThreadPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'ConfidentialThreadSummary', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, unread: boolean, overdue: boolean, deleteAfter?: string | null }> } };

export type ConfidentialThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfidentialThreadQuery = { __typename?: 'Query', confidentialThread: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } };

export type ConfidentialThreadByReceiptQueryVariables = Exact<{
  receipt: Scalars['String']['input'];
}>;


export type ConfidentialThreadByReceiptQuery = { __typename?: 'Query', confidentialThreadByReceipt: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } };

export type ConfidantWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfidantWorkspaceQuery = { __typename?: 'Query', confidantWorkspace: { __typename?: 'ConfidantWorkspace', recoveryKeyRequired: boolean, hasRecoveryKey: boolean, awaitingGrant: number, pendingGrants: Array<{ __typename?: 'PendingGrant', threadCount: number, confidant: { __typename?: 'Confidant', id: string, name: string } }>, deletionNotices: Array<{ __typename?: 'DeletionNotice', threadId: string, subject: string, deleteAfter: string }> } };

export type ConfidentialFiguresQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ConfidentialFiguresQuery = { __typename?: 'Query', confidentialFigures: { __typename?: 'ConfidentialFigures', year: number, medianHoursToFirstAnswer?: number | null, byMonth: Array<{ __typename?: 'FigureCount', key: string, count: number }>, byStatus: Array<{ __typename?: 'FigureCount', key: string, count: number }>, byWriterKind: Array<{ __typename?: 'FigureCount', key: string, count: number }> } };

export type StartConfidentialThreadMutationVariables = Exact<{
  input: StartConfidentialThreadInput;
}>;


export type StartConfidentialThreadMutation = { __typename?: 'Mutation', startConfidentialThread: { __typename?: 'StartedConfidentialThread', receipt?: string | null, thread?: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } | null } };

export type ReplyToConfidentialThreadMutationVariables = Exact<{
  input: ReplyToConfidentialThreadInput;
}>;


export type ReplyToConfidentialThreadMutation = { __typename?: 'Mutation', replyToConfidentialThread: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } };

export type ReplyByReceiptMutationVariables = Exact<{
  input: ReplyByReceiptInput;
}>;


export type ReplyByReceiptMutation = { __typename?: 'Mutation', replyByReceipt: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } };

export type SetConfidentialThreadStatusMutationVariables = Exact<{
  input: SetConfidentialThreadStatusInput;
}>;


export type SetConfidentialThreadStatusMutation = { __typename?: 'Mutation', setConfidentialThreadStatus: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } };

export type AddConfidentialNoteMutationVariables = Exact<{
  input: AddConfidentialNoteInput;
}>;


export type AddConfidentialNoteMutation = { __typename?: 'Mutation', addConfidentialNote: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } };

export type SetConfidentialRetentionMutationVariables = Exact<{
  input: SetConfidentialRetentionInput;
}>;


export type SetConfidentialRetentionMutation = { __typename?: 'Mutation', setConfidentialRetention: { __typename?: 'ConfidentialThreadView', id: string, subject: string, status: ConfidentialThreadStatus, anonymous: boolean, createdAt: string, deleteAfter?: string | null, overdue: boolean, version: number, writerKind?: ConfidentialWriterKind | null, writerName?: string | null, canAttach: boolean, retentionDays?: number | null, canHandle: boolean, canDelete: boolean, readers: Array<{ __typename?: 'Confidant', id: string, name: string }>, messages: Array<{ __typename?: 'ConfidentialMessageView', id: string, author: ConfidentialMessageAuthor, authorName?: string | null, body: string, createdAt: string, readAt?: string | null, mine: boolean }>, attachments: Array<{ __typename?: 'ConfidentialAttachmentView', id: string, name: string, size: number, author: ConfidentialMessageAuthor, createdAt: string }>, attachmentLimits: { __typename?: 'ConfidentialAttachmentLimits', maxBytes: number, maxFiles: number, allowedTypes: Array<string> }, notes?: Array<{ __typename?: 'ConfidentialNoteView', id: string, authorName: string, body: string, createdAt: string }> | null, accessLog?: Array<{ __typename?: 'ConfidentialAccessEntry', confidantName: string, openedAt: string }> | null } };

export type DeleteConfidentialThreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteConfidentialThreadMutation = { __typename?: 'Mutation', deleteConfidentialThread: boolean };

export type GrantConfidentialAccessMutationVariables = Exact<{
  confidantId: Scalars['ID']['input'];
}>;


export type GrantConfidentialAccessMutation = { __typename?: 'Mutation', grantConfidentialAccess: number };

export type CreateConfidentialRecoveryKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateConfidentialRecoveryKeyMutation = { __typename?: 'Mutation', createConfidentialRecoveryKey: string };

export type RecoverConfidentialKeysMutationVariables = Exact<{
  recoveryKey: Scalars['String']['input'];
}>;


export type RecoverConfidentialKeysMutation = { __typename?: 'Mutation', recoverConfidentialKeys: number };

export type MyDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDashboardQuery = { __typename?: 'Query', myDashboard: { __typename?: 'Dashboard', unreadNotifications: { __typename?: 'UnreadNotifications', totalCount: number, items: Array<{ __typename?: 'NotificationView', id: string, kind: NotificationKind, link: string, createdAt: string, params: Array<{ __typename?: 'NotificationParam', name: string, value?: string | null }> }> }, student?: { __typename?: 'StudentDashboard', continueLesson?: { __typename?: 'NextLesson', lessonId: string, lessonTitle: string, moduleId: string, moduleTitle: string } | null, dueSoon: { __typename?: 'DueSoon', days: number, totalCount: number, items: Array<{ __typename?: 'DueAssignment', dueAt: string, extended: boolean, assignment: { __typename?: 'Assignment', id: string, title: string, module: { __typename?: 'Module', id: string, title: string }, mySubmissions: Array<{ __typename?: 'Submission', id: string, attempt: number, status: SubmissionStatus, late?: boolean | null, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null } | null }> } }> }, latestFeedback?: { __typename?: 'Submission', id: string, attempt: number, assignment: { __typename?: 'Assignment', id: string, title: string }, grade?: { __typename?: 'Grade', id: string, passed?: boolean | null, feedbackHtml: string, releasedAt?: string | null } | null } | null } | null, docent?: { __typename?: 'DocentDashboard', waitingForGrading: { __typename?: 'GradingBacklog', totalWaiting: number, entries: Array<{ __typename?: 'GradingBacklogEntry', cohortId: string, cohortName: string, assignmentId: string, assignmentTitle: string, waiting: number, oldestSubmittedAt: string }> } } | null, admin?: { __typename?: 'AdminDashboard', openIntakeRequests: { __typename?: 'OpenIntakeRequests', totalCount: number, items: Array<{ __typename?: 'IntakeRequest', id: string, name: string, organisation: string, createdAt: string }> }, openProposals: { __typename?: 'OpenCohortProposals', totalCount: number, items: Array<{ __typename?: 'CohortProposalSummary', id: string, trackTitle: string, groupCount: number, studentCount: number, createdAt: string }> } } | null } };

export type GradeFieldsFragment = { __typename?: 'Grade', id: string, markerRole: MarkerRole, status: GradeStatus, agreed: boolean, passed?: boolean | null, totalPoints: number, feedback: string, feedbackHtml: string, version: number, releasedAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }>, marker?: { __typename?: 'GradeMarker', id: string, name: string } | null };

export type ExtensionFieldsFragment = { __typename?: 'AssignmentExtension', assignmentId: string, studentId: string, dueAt: string, reason: string, updatedAt: string };

export type GradingFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type GradingFiltersQuery = { __typename?: 'Query', myCohorts: Array<{ __typename?: 'Cohort', id: string, name: string, track: { __typename?: 'Track', id: string, title: string, modules: Array<{ __typename?: 'Module', id: string, title: string, assignments: Array<{ __typename?: 'Assignment', id: string, title: string }> }> } }> };

export type GradingQueueQueryVariables = Exact<{
  filter?: InputMaybe<GradingQueueFilterInput>;
  page?: InputMaybe<PageInput>;
}>;


export type GradingQueueQuery = { __typename?: 'Query', gradingQueue: { __typename?: 'SubmissionPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'Submission', id: string, attempt: number, status: SubmissionStatus, late?: boolean | null, submittedAt?: string | null, authorName: string, anonymised: boolean, releasable: boolean, gradingState: GradingState, assignment: { __typename?: 'Assignment', id: string, title: string }, cohort: { __typename?: 'SubmissionCohort', id: string, name: string } }> } };

export type GradingSubmissionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GradingSubmissionQuery = { __typename?: 'Query', submission: { __typename?: 'Submission', id: string, attempt: number, status: SubmissionStatus, text: string, late?: boolean | null, submittedAt?: string | null, authorName: string, anonymised: boolean, awaitingGrade: boolean, releasable: boolean, canRequestRevision: boolean, gradingState: GradingState, revisionCommentHtml?: string | null, revisionRequestedAt?: string | null, author?: { __typename?: 'User', id: string } | null, myGrade?: { __typename?: 'Grade', id: string, markerRole: MarkerRole, status: GradeStatus, agreed: boolean, passed?: boolean | null, totalPoints: number, feedback: string, feedbackHtml: string, version: number, releasedAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }>, marker?: { __typename?: 'GradeMarker', id: string, name: string } | null } | null, files: Array<{ __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string }>, extension?: { __typename?: 'AssignmentExtension', assignmentId: string, studentId: string, dueAt: string, reason: string, updatedAt: string } | null, previousAttempts: Array<{ __typename?: 'Submission', id: string, attempt: number, status: SubmissionStatus, text: string, late?: boolean | null, submittedAt?: string | null, revisionCommentHtml?: string | null, revisionRequestedAt?: string | null, files: Array<{ __typename?: 'StoredFile', id: string, originalName: string, size: number, downloadPath: string }>, grade?: { __typename?: 'Grade', id: string, markerRole: MarkerRole, status: GradeStatus, agreed: boolean, passed?: boolean | null, totalPoints: number, feedback: string, feedbackHtml: string, version: number, releasedAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }>, marker?: { __typename?: 'GradeMarker', id: string, name: string } | null } | null }>, cohort: { __typename?: 'SubmissionCohort', id: string, name: string }, assignment: { __typename?: 'Assignment', id: string, title: string, instructionsHtml: string, submissionKind: SubmissionKind, maxAttempts: number, anonymousGrading: boolean, doubleMarking: boolean, doubleMarkingThreshold: number, dueDates: Array<{ __typename?: 'AssignmentDueDate', cohortId: string, dueAt: string }>, module: { __typename?: 'Module', id: string, title: string }, rubric: { __typename?: 'Rubric', maxPoints: number, passRule: PassRule, passMinPoints?: number | null, criteria: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, kind: CriterionKind, maxPoints: number, levels: Array<{ __typename?: 'RubricLevel', label: string, description: string, points: number }> }> } }, grades: Array<{ __typename?: 'Grade', id: string, markerRole: MarkerRole, status: GradeStatus, agreed: boolean, passed?: boolean | null, totalPoints: number, feedback: string, feedbackHtml: string, version: number, releasedAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }>, marker?: { __typename?: 'GradeMarker', id: string, name: string } | null }> } };

export type SaveGradeMutationVariables = Exact<{
  input: SaveGradeInput;
}>;


export type SaveGradeMutation = { __typename?: 'Mutation', saveGrade: { __typename?: 'Grade', id: string, markerRole: MarkerRole, status: GradeStatus, agreed: boolean, passed?: boolean | null, totalPoints: number, feedback: string, feedbackHtml: string, version: number, releasedAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterionId: string, points: number }>, marker?: { __typename?: 'GradeMarker', id: string, name: string } | null } };

export type RubricVerdictQueryVariables = Exact<{
  input: RubricVerdictInput;
}>;


export type RubricVerdictQuery = { __typename?: 'Query', rubricVerdict: { __typename?: 'RubricVerdict', totalPoints: number, maxPoints: number, passed?: boolean | null, complete: boolean } };

export type ReleaseGradesMutationVariables = Exact<{
  submissionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReleaseGradesMutation = { __typename?: 'Mutation', releaseGrades: Array<{ __typename?: 'Submission', id: string, status: SubmissionStatus }> };

export type RequestRevisionMutationVariables = Exact<{
  input: RequestRevisionInput;
}>;


export type RequestRevisionMutation = { __typename?: 'Mutation', requestRevision: { __typename?: 'Submission', id: string, status: SubmissionStatus } };

export type GrantExtensionMutationVariables = Exact<{
  input: GrantExtensionInput;
}>;


export type GrantExtensionMutation = { __typename?: 'Mutation', grantExtension: { __typename?: 'AssignmentExtension', assignmentId: string, studentId: string, dueAt: string, reason: string, updatedAt: string } };

export type RevokeExtensionMutationVariables = Exact<{
  input: RevokeExtensionInput;
}>;


export type RevokeExtensionMutation = { __typename?: 'Mutation', revokeExtension: boolean };

export type AssignmentCohortOverviewQueryVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  cohortId: Scalars['ID']['input'];
}>;


export type AssignmentCohortOverviewQuery = { __typename?: 'Query', assignment: { __typename?: 'Assignment', id: string, title: string }, assignmentCohortOverview: { __typename?: 'AssignmentCohortOverview', assignmentId: string, cohortId: string, cohortName: string, cohortDueAt?: string | null, anonymousGrading: boolean, students: Array<{ __typename?: 'CohortStudentAssignment', studentId: string, studentName: string, attemptsHidden: boolean, attempts?: number | null, latestStatus?: SubmissionStatus | null, latestSubmissionId?: string | null, late?: boolean | null, effectiveDueAt?: string | null, extension?: { __typename?: 'AssignmentExtension', assignmentId: string, studentId: string, dueAt: string, reason: string, updatedAt: string } | null }> } };

export type LearningModuleCardFragment = { __typename?: 'LearningModule', id: string, trackId: string, title: string, summary: string, position: number, studyHours: number, accreditationPoints: number, locked: boolean, completed: boolean, progressPercent: number, lessonCount: number, lessonsCompleted: number, nextLessonId?: string | null, preview: boolean, unmetRequirements: Array<{ __typename?: 'ModuleRequirementRef', kind: ModuleRequirementKind, subjectId: string, title: string }>, unlockedBy: Array<{ __typename?: 'ModuleRef', id: string, title: string, completed: boolean }> };

export type LearningModuleDetailFragment = { __typename?: 'LearningModule', learningGoals: Array<string>, id: string, trackId: string, title: string, summary: string, position: number, studyHours: number, accreditationPoints: number, locked: boolean, completed: boolean, progressPercent: number, lessonCount: number, lessonsCompleted: number, nextLessonId?: string | null, preview: boolean, lessons: Array<{ __typename?: 'LearningLesson', id: string, title: string, position: number, locked: boolean, completed: boolean, completedAt?: string | null }>, unmetRequirements: Array<{ __typename?: 'ModuleRequirementRef', kind: ModuleRequirementKind, subjectId: string, title: string }>, unlockedBy: Array<{ __typename?: 'ModuleRef', id: string, title: string, completed: boolean }> };

export type NextLessonFieldsFragment = { __typename?: 'NextLesson', lessonId: string, lessonTitle: string, moduleId: string, moduleTitle: string, trackId: string };

export type MyLearningQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLearningQuery = { __typename?: 'Query', myLearning: { __typename?: 'MyLearning', continueLesson?: { __typename?: 'NextLesson', lessonId: string, lessonTitle: string, moduleId: string, moduleTitle: string, trackId: string } | null, enrollments: Array<{ __typename?: 'LearningEnrollment', progressPercent: number, completedModules: number, totalModules: number, enrollment: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, enrolledAt: string, completedAt?: string | null }, track: { __typename?: 'Track', id: string, code: TrackCode, title: string, description: string }, nextLesson?: { __typename?: 'NextLesson', lessonId: string, lessonTitle: string, moduleId: string, moduleTitle: string, trackId: string } | null, modules: Array<{ __typename?: 'LearningModule', id: string, trackId: string, title: string, summary: string, position: number, studyHours: number, accreditationPoints: number, locked: boolean, completed: boolean, progressPercent: number, lessonCount: number, lessonsCompleted: number, nextLessonId?: string | null, preview: boolean, unmetRequirements: Array<{ __typename?: 'ModuleRequirementRef', kind: ModuleRequirementKind, subjectId: string, title: string }>, unlockedBy: Array<{ __typename?: 'ModuleRef', id: string, title: string, completed: boolean }> }> }>, otherTracks: Array<{ __typename?: 'TrackOffer', canEnroll: boolean, blockedReason?: CatalogueRefusal | null, track: { __typename?: 'Track', id: string, code: TrackCode, title: string, description: string, targetAudience: string }, requiresTrack?: { __typename?: 'Track', id: string, title: string } | null }> } };

export type LearningModuleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LearningModuleQuery = { __typename?: 'Query', learningModule: { __typename?: 'LearningModule', learningGoals: Array<string>, id: string, trackId: string, title: string, summary: string, position: number, studyHours: number, accreditationPoints: number, locked: boolean, completed: boolean, progressPercent: number, lessonCount: number, lessonsCompleted: number, nextLessonId?: string | null, preview: boolean, lessons: Array<{ __typename?: 'LearningLesson', id: string, title: string, position: number, locked: boolean, completed: boolean, completedAt?: string | null }>, unmetRequirements: Array<{ __typename?: 'ModuleRequirementRef', kind: ModuleRequirementKind, subjectId: string, title: string }>, unlockedBy: Array<{ __typename?: 'ModuleRef', id: string, title: string, completed: boolean }> } };

export type LessonContentFragment = { __typename?: 'Lesson', id: string, moduleId: string, title: string, position: number, bodyHtml: string, videoUrl?: string | null, completed: boolean, attachments: Array<{ __typename?: 'StoredFile', id: string, originalName: string, mimeType: string, size: number, downloadPath: string }> };

export type LessonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LessonQuery = { __typename?: 'Query', lesson: { __typename?: 'Lesson', id: string, moduleId: string, title: string, position: number, bodyHtml: string, videoUrl?: string | null, completed: boolean, attachments: Array<{ __typename?: 'StoredFile', id: string, originalName: string, mimeType: string, size: number, downloadPath: string }> } };

export type CompleteLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type CompleteLessonMutation = { __typename?: 'Mutation', completeLesson: { __typename?: 'CompleteLessonPayload', lessonId: string, module: { __typename?: 'LearningModule', learningGoals: Array<string>, id: string, trackId: string, title: string, summary: string, position: number, studyHours: number, accreditationPoints: number, locked: boolean, completed: boolean, progressPercent: number, lessonCount: number, lessonsCompleted: number, nextLessonId?: string | null, preview: boolean, lessons: Array<{ __typename?: 'LearningLesson', id: string, title: string, position: number, locked: boolean, completed: boolean, completedAt?: string | null }>, unmetRequirements: Array<{ __typename?: 'ModuleRequirementRef', kind: ModuleRequirementKind, subjectId: string, title: string }>, unlockedBy: Array<{ __typename?: 'ModuleRef', id: string, title: string, completed: boolean }> }, enrollment: { __typename?: 'LearningEnrollment', progressPercent: number, completedModules: number, totalModules: number } } };

export type EnrollInTrackMutationVariables = Exact<{
  trackId: Scalars['ID']['input'];
}>;


export type EnrollInTrackMutation = { __typename?: 'Mutation', enrollInTrack: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyNotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, myNotifications: { __typename?: 'NotificationPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'NotificationView', id: string, kind: NotificationKind, link: string, createdAt: string, readAt?: string | null, params: Array<{ __typename?: 'NotificationParam', name: string, value?: string | null }> }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'NotificationView', id: string, readAt?: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type MyNotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationSettingsQuery = { __typename?: 'Query', myNotificationSettings: { __typename?: 'NotificationSettingsView', digestHour: number, preferences: Array<{ __typename?: 'NotificationPreferenceView', kind: NotificationKind, email: EmailMode }> } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  email: EmailMode;
}>;


export type SetNotificationPreferenceMutation = { __typename?: 'Mutation', setNotificationPreference: { __typename?: 'NotificationSettingsView', digestHour: number, preferences: Array<{ __typename?: 'NotificationPreferenceView', kind: NotificationKind, email: EmailMode }> } };

export type SetDigestHourMutationVariables = Exact<{
  hour: Scalars['Int']['input'];
}>;


export type SetDigestHourMutation = { __typename?: 'Mutation', setDigestHour: { __typename?: 'NotificationSettingsView', digestHour: number, preferences: Array<{ __typename?: 'NotificationPreferenceView', kind: NotificationKind, email: EmailMode }> } };

export type UnsubscribeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type UnsubscribeMutation = { __typename?: 'Mutation', unsubscribe: NotificationKind };

export type PublicCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicCatalogueQuery = { __typename?: 'Query', publicCatalogue: Array<{ __typename?: 'PublicTrack', id: string, code: TrackCode, title: string, description: string, targetAudience: string, certificateValidityMonths?: number | null, requiresTrackCode?: TrackCode | null, requiresTrackTitle?: string | null, totalStudyHours: number, totalAccreditationPoints: number, modules: Array<{ __typename?: 'PublicModule', id: string, title: string, summary: string, position: number, studyHours: number, accreditationPoints: number, lessonCount: number }> }> };

export type SubmitIntakeRequestMutationVariables = Exact<{
  input: SubmitIntakeRequestInput;
}>;


export type SubmitIntakeRequestMutation = { __typename?: 'Mutation', submitIntakeRequest: { __typename?: 'IntakeRequest', id: string } };

export type SessionUserFragment = { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, locale: Locale };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, locale: Locale } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SetMyLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type SetMyLocaleMutation = { __typename?: 'Mutation', setMyLocale: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, locale: Locale } };

export type UserRowFragment = { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, status: UserStatus, createdAt: string, deactivatedAt?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type UsersQueryVariables = Exact<{
  filter?: InputMaybe<UsersFilterInput>;
  page?: InputMaybe<PageInput>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', totalCount: number, offset: number, limit: number, items: Array<{ __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, status: UserStatus, createdAt: string, deactivatedAt?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type InviteOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteOptionsQuery = { __typename?: 'Query', disciplines: Array<{ __typename?: 'Discipline', id: string, code: string, nameNl: string, nameEn: string }>, organisations: { __typename?: 'OrganisationPage', totalCount: number, items: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, status: UserStatus, createdAt: string, deactivatedAt?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type SetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type SetUserRolesMutation = { __typename?: 'Mutation', setUserRoles: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, status: UserStatus, createdAt: string, deactivatedAt?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type DeactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, status: UserStatus, createdAt: string, deactivatedAt?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type ReactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, status: UserStatus, createdAt: string, deactivatedAt?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type ResendInvitationMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, status: UserStatus, createdAt: string, deactivatedAt?: string | null, discipline?: { __typename?: 'Discipline', id: string, nameNl: string, nameEn: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccreditationProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccreditationProfileFields on AccreditationProfile {
  studentId
  disciplineName
  offeredRegisters {
    code
    example
  }
  registrations {
    register
    number
    updatedAt
  }
  points {
    year
    register
    points
    registered
    modules {
      moduleId
      moduleTitle
      earnedOn
      points
    }
  }
}
    `, {"fragmentName":"AccreditationProfileFields"}) as unknown as TypedDocumentString<AccreditationProfileFieldsFragment, unknown>;
export const SubmissionFileFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubmissionFileFields on StoredFile {
  id
  originalName
  size
  downloadPath
}
    `, {"fragmentName":"SubmissionFileFields"}) as unknown as TypedDocumentString<SubmissionFileFieldsFragment, unknown>;
export const ReleasedGradeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReleasedGradeFields on Grade {
  id
  passed
  totalPoints
  feedbackHtml
  releasedAt
  scores {
    criterionId
    points
  }
}
    `, {"fragmentName":"ReleasedGradeFields"}) as unknown as TypedDocumentString<ReleasedGradeFieldsFragment, unknown>;
export const StudentSubmissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment StudentSubmissionFields on Submission {
  id
  assignmentId
  attempt
  status
  text
  version
  late
  awaitingGrade
  submittedAt
  updatedAt
  revisionCommentHtml
  revisionRequestedAt
  files {
    ...SubmissionFileFields
  }
  grade {
    ...ReleasedGradeFields
  }
}
    fragment SubmissionFileFields on StoredFile {
  id
  originalName
  size
  downloadPath
}
fragment ReleasedGradeFields on Grade {
  id
  passed
  totalPoints
  feedbackHtml
  releasedAt
  scores {
    criterionId
    points
  }
}`, {"fragmentName":"StudentSubmissionFields"}) as unknown as TypedDocumentString<StudentSubmissionFieldsFragment, unknown>;
export const AssignmentSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentSummaryFields on Assignment {
  id
  moduleId
  title
  maxAttempts
  myDueAt
  mySubmissions {
    id
    attempt
    status
    late
    submittedAt
    updatedAt
    grade {
      id
      passed
    }
  }
}
    `, {"fragmentName":"AssignmentSummaryFields"}) as unknown as TypedDocumentString<AssignmentSummaryFieldsFragment, unknown>;
export const RubricFieldsFragmentDoc = new TypedDocumentString(`
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}
    `, {"fragmentName":"RubricFields"}) as unknown as TypedDocumentString<RubricFieldsFragment, unknown>;
export const AuthoringAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthoringAssignmentFields on Assignment {
  id
  moduleId
  title
  instructions
  submissionKind
  allowedFileTypes
  maxFileBytes
  passRule
  passMinPoints
  maxAttempts
  anonymousGrading
  doubleMarking
  doubleMarkingThreshold
  updatedAt
  rubric {
    ...RubricFields
  }
}
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}`, {"fragmentName":"AuthoringAssignmentFields"}) as unknown as TypedDocumentString<AuthoringAssignmentFieldsFragment, unknown>;
export const TrackFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackFields on Track {
  id
  code
  title
  description
  targetAudience
  certificateValidityMonths
  status
  requiresTrackId
  requiresTrack {
    id
    title
  }
}
    `, {"fragmentName":"TrackFields"}) as unknown as TypedDocumentString<TrackFieldsFragment, unknown>;
export const ModuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ModuleFields on Module {
  id
  trackId
  title
  summary
  position
  status
  archivedAt
  studyHours
  accreditationPoints
  learningGoals
  prerequisites {
    id
    title
  }
}
    `, {"fragmentName":"ModuleFields"}) as unknown as TypedDocumentString<ModuleFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentFields on StoredFile {
  id
  originalName
  mimeType
  size
  downloadPath
}
    `, {"fragmentName":"AttachmentFields"}) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const CohortRowFragmentDoc = new TypedDocumentString(`
    fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}
    `, {"fragmentName":"CohortRow"}) as unknown as TypedDocumentString<CohortRowFragment, unknown>;
export const CohortPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"CohortPersonFields"}) as unknown as TypedDocumentString<CohortPersonFieldsFragment, unknown>;
export const CohortMeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}
    `, {"fragmentName":"CohortMeetingFields"}) as unknown as TypedDocumentString<CohortMeetingFieldsFragment, unknown>;
export const CohortDetailFragmentDoc = new TypedDocumentString(`
    fragment CohortDetail on Cohort {
  ...CohortRow
  proposalId
  docents {
    ...CohortPersonFields
  }
  students {
    ...CohortPersonFields
  }
  meetings {
    ...CohortMeetingFields
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}
fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}`, {"fragmentName":"CohortDetail"}) as unknown as TypedDocumentString<CohortDetailFragment, unknown>;
export const CohortProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment CohortProposalFields on CohortProposal {
  id
  status
  createdAt
  committedAt
  trackId
  track {
    id
    code
    title
  }
  mode
  organisationId
  organisation {
    id
    name
  }
  chosenPool
  poolSize
  minSize
  maxSize
  groupCount
  seed
  score
  bound
  gap
  pins {
    studentId
    groupIndex
  }
  together {
    a
    b
  }
  apart {
    a
    b
  }
  poolDisciplineCounts {
    count
    disciplineId
    discipline {
      id
      nameNl
      nameEn
    }
  }
  groups {
    index
    size
    distinctDisciplines
    largestDisciplineShare
    organisationDuplicates
    score
    members {
      ...CohortPersonFields
    }
    disciplineCounts {
      count
      disciplineId
    }
  }
  problems {
    reason
    groupIndex
    studentIds
    message
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`, {"fragmentName":"CohortProposalFields"}) as unknown as TypedDocumentString<CohortProposalFieldsFragment, unknown>;
export const ConfidentialSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConfidentialSummaryFields on ConfidentialThreadSummary {
  id
  subject
  status
  anonymous
  createdAt
  unread
  overdue
  deleteAfter
}
    `, {"fragmentName":"ConfidentialSummaryFields"}) as unknown as TypedDocumentString<ConfidentialSummaryFieldsFragment, unknown>;
export const ConfidentialThreadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}
    `, {"fragmentName":"ConfidentialThreadFields"}) as unknown as TypedDocumentString<ConfidentialThreadFieldsFragment, unknown>;
export const GradeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GradeFields on Grade {
  id
  markerRole
  status
  agreed
  passed
  totalPoints
  feedback
  feedbackHtml
  version
  releasedAt
  updatedAt
  scores {
    criterionId
    points
  }
  marker {
    id
    name
  }
}
    `, {"fragmentName":"GradeFields"}) as unknown as TypedDocumentString<GradeFieldsFragment, unknown>;
export const ExtensionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExtensionFields on AssignmentExtension {
  assignmentId
  studentId
  dueAt
  reason
  updatedAt
}
    `, {"fragmentName":"ExtensionFields"}) as unknown as TypedDocumentString<ExtensionFieldsFragment, unknown>;
export const LearningModuleCardFragmentDoc = new TypedDocumentString(`
    fragment LearningModuleCard on LearningModule {
  id
  trackId
  title
  summary
  position
  studyHours
  accreditationPoints
  locked
  completed
  progressPercent
  lessonCount
  lessonsCompleted
  nextLessonId
  preview
  unmetRequirements {
    kind
    subjectId
    title
  }
  unlockedBy {
    id
    title
    completed
  }
}
    `, {"fragmentName":"LearningModuleCard"}) as unknown as TypedDocumentString<LearningModuleCardFragment, unknown>;
export const LearningModuleDetailFragmentDoc = new TypedDocumentString(`
    fragment LearningModuleDetail on LearningModule {
  ...LearningModuleCard
  learningGoals
  lessons {
    id
    title
    position
    locked
    completed
    completedAt
  }
}
    fragment LearningModuleCard on LearningModule {
  id
  trackId
  title
  summary
  position
  studyHours
  accreditationPoints
  locked
  completed
  progressPercent
  lessonCount
  lessonsCompleted
  nextLessonId
  preview
  unmetRequirements {
    kind
    subjectId
    title
  }
  unlockedBy {
    id
    title
    completed
  }
}`, {"fragmentName":"LearningModuleDetail"}) as unknown as TypedDocumentString<LearningModuleDetailFragment, unknown>;
export const NextLessonFieldsFragmentDoc = new TypedDocumentString(`
    fragment NextLessonFields on NextLesson {
  lessonId
  lessonTitle
  moduleId
  moduleTitle
  trackId
}
    `, {"fragmentName":"NextLessonFields"}) as unknown as TypedDocumentString<NextLessonFieldsFragment, unknown>;
export const LessonContentFragmentDoc = new TypedDocumentString(`
    fragment LessonContent on Lesson {
  id
  moduleId
  title
  position
  bodyHtml
  videoUrl
  completed
  attachments {
    id
    originalName
    mimeType
    size
    downloadPath
  }
}
    `, {"fragmentName":"LessonContent"}) as unknown as TypedDocumentString<LessonContentFragment, unknown>;
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  name
  email
  roles
  locale
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const UserRowFragmentDoc = new TypedDocumentString(`
    fragment UserRow on User {
  id
  name
  email
  roles
  status
  createdAt
  deactivatedAt
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"UserRow"}) as unknown as TypedDocumentString<UserRowFragment, unknown>;
export const MyAccreditationDocument = new TypedDocumentString(`
    query MyAccreditation {
  accreditation {
    ...AccreditationProfileFields
  }
}
    fragment AccreditationProfileFields on AccreditationProfile {
  studentId
  disciplineName
  offeredRegisters {
    code
    example
  }
  registrations {
    register
    number
    updatedAt
  }
  points {
    year
    register
    points
    registered
    modules {
      moduleId
      moduleTitle
      earnedOn
      points
    }
  }
}`) as unknown as TypedDocumentString<MyAccreditationQuery, MyAccreditationQueryVariables>;
export const RecordRegistrationDocument = new TypedDocumentString(`
    mutation RecordRegistration($input: RecordRegistrationInput!) {
  recordRegistration(input: $input) {
    ...AccreditationProfileFields
  }
}
    fragment AccreditationProfileFields on AccreditationProfile {
  studentId
  disciplineName
  offeredRegisters {
    code
    example
  }
  registrations {
    register
    number
    updatedAt
  }
  points {
    year
    register
    points
    registered
    modules {
      moduleId
      moduleTitle
      earnedOn
      points
    }
  }
}`) as unknown as TypedDocumentString<RecordRegistrationMutation, RecordRegistrationMutationVariables>;
export const RemoveRegistrationDocument = new TypedDocumentString(`
    mutation RemoveRegistration($input: RemoveRegistrationInput!) {
  removeRegistration(input: $input) {
    ...AccreditationProfileFields
  }
}
    fragment AccreditationProfileFields on AccreditationProfile {
  studentId
  disciplineName
  offeredRegisters {
    code
    example
  }
  registrations {
    register
    number
    updatedAt
  }
  points {
    year
    register
    points
    registered
    modules {
      moduleId
      moduleTitle
      earnedOn
      points
    }
  }
}`) as unknown as TypedDocumentString<RemoveRegistrationMutation, RemoveRegistrationMutationVariables>;
export const AccreditationRegistersDocument = new TypedDocumentString(`
    query AccreditationRegisters {
  registers {
    code
  }
}
    `) as unknown as TypedDocumentString<AccreditationRegistersQuery, AccreditationRegistersQueryVariables>;
export const AccreditationExportDocument = new TypedDocumentString(`
    query AccreditationExport($input: AccreditationExportInput!) {
  accreditationExport(input: $input) {
    register
    from
    to
    fileName
    csv
    rowCount
    totalPoints
    editions {
      cohortId
      cohortName
      trackTitle
      startsOn
      endsOn
      numbers
      count
    }
    missing {
      studentId
      name
      email
      modules
      points
    }
  }
}
    `) as unknown as TypedDocumentString<AccreditationExportQuery, AccreditationExportQueryVariables>;
export const ModuleRegisterPointsDocument = new TypedDocumentString(`
    query ModuleRegisterPoints($moduleId: ID!) {
  registers {
    code
  }
  moduleRegisterPoints(moduleId: $moduleId) {
    register
    points
  }
}
    `) as unknown as TypedDocumentString<ModuleRegisterPointsQuery, ModuleRegisterPointsQueryVariables>;
export const SetModuleRegisterPointsDocument = new TypedDocumentString(`
    mutation SetModuleRegisterPoints($input: SetModuleRegisterPointsInput!) {
  setModuleRegisterPoints(input: $input) {
    register
    points
  }
}
    `) as unknown as TypedDocumentString<SetModuleRegisterPointsMutation, SetModuleRegisterPointsMutationVariables>;
export const AccreditationDisciplinesDocument = new TypedDocumentString(`
    query AccreditationDisciplines {
  disciplines {
    id
    nameNl
    nameEn
  }
  registers {
    code
  }
}
    `) as unknown as TypedDocumentString<AccreditationDisciplinesQuery, AccreditationDisciplinesQueryVariables>;
export const DisciplineRegistersDocument = new TypedDocumentString(`
    query DisciplineRegisters($disciplineId: ID!) {
  registers(disciplineId: $disciplineId) {
    code
  }
}
    `) as unknown as TypedDocumentString<DisciplineRegistersQuery, DisciplineRegistersQueryVariables>;
export const SetDisciplineRegistersDocument = new TypedDocumentString(`
    mutation SetDisciplineRegisters($input: SetDisciplineRegistersInput!) {
  setDisciplineRegisters(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<SetDisciplineRegistersMutation, SetDisciplineRegistersMutationVariables>;
export const ModuleAssignmentsDocument = new TypedDocumentString(`
    query ModuleAssignments($moduleId: ID!) {
  assignments(moduleId: $moduleId) {
    ...AssignmentSummaryFields
  }
}
    fragment AssignmentSummaryFields on Assignment {
  id
  moduleId
  title
  maxAttempts
  myDueAt
  mySubmissions {
    id
    attempt
    status
    late
    submittedAt
    updatedAt
    grade {
      id
      passed
    }
  }
}`) as unknown as TypedDocumentString<ModuleAssignmentsQuery, ModuleAssignmentsQueryVariables>;
export const MyAssignmentsDocument = new TypedDocumentString(`
    query MyAssignments {
  myAssignments {
    ...AssignmentSummaryFields
    module {
      id
      title
      position
      track {
        id
        title
      }
    }
  }
}
    fragment AssignmentSummaryFields on Assignment {
  id
  moduleId
  title
  maxAttempts
  myDueAt
  mySubmissions {
    id
    attempt
    status
    late
    submittedAt
    updatedAt
    grade {
      id
      passed
    }
  }
}`) as unknown as TypedDocumentString<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const MyAssignmentDocument = new TypedDocumentString(`
    query MyAssignment($id: ID!) {
  assignment(id: $id) {
    id
    title
    instructionsHtml
    submissionKind
    allowedFileTypes
    maxFileBytes
    maxFiles
    maxAttempts
    myDueAt
    myHandIn {
      canWrite
      reason
      nextAttempt
    }
    module {
      id
      title
    }
    rubric {
      ...RubricFields
    }
    mySubmissions {
      ...StudentSubmissionFields
    }
  }
}
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}
fragment SubmissionFileFields on StoredFile {
  id
  originalName
  size
  downloadPath
}
fragment ReleasedGradeFields on Grade {
  id
  passed
  totalPoints
  feedbackHtml
  releasedAt
  scores {
    criterionId
    points
  }
}
fragment StudentSubmissionFields on Submission {
  id
  assignmentId
  attempt
  status
  text
  version
  late
  awaitingGrade
  submittedAt
  updatedAt
  revisionCommentHtml
  revisionRequestedAt
  files {
    ...SubmissionFileFields
  }
  grade {
    ...ReleasedGradeFields
  }
}`) as unknown as TypedDocumentString<MyAssignmentQuery, MyAssignmentQueryVariables>;
export const MyAttemptDocument = new TypedDocumentString(`
    query MyAttempt($id: ID!) {
  submission(id: $id) {
    ...StudentSubmissionFields
    assignment {
      id
      title
      maxAttempts
      rubric {
        ...RubricFields
      }
    }
  }
}
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}
fragment SubmissionFileFields on StoredFile {
  id
  originalName
  size
  downloadPath
}
fragment ReleasedGradeFields on Grade {
  id
  passed
  totalPoints
  feedbackHtml
  releasedAt
  scores {
    criterionId
    points
  }
}
fragment StudentSubmissionFields on Submission {
  id
  assignmentId
  attempt
  status
  text
  version
  late
  awaitingGrade
  submittedAt
  updatedAt
  revisionCommentHtml
  revisionRequestedAt
  files {
    ...SubmissionFileFields
  }
  grade {
    ...ReleasedGradeFields
  }
}`) as unknown as TypedDocumentString<MyAttemptQuery, MyAttemptQueryVariables>;
export const SaveSubmissionDraftDocument = new TypedDocumentString(`
    mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {
  saveSubmissionDraft(input: $input) {
    ...StudentSubmissionFields
  }
}
    fragment SubmissionFileFields on StoredFile {
  id
  originalName
  size
  downloadPath
}
fragment ReleasedGradeFields on Grade {
  id
  passed
  totalPoints
  feedbackHtml
  releasedAt
  scores {
    criterionId
    points
  }
}
fragment StudentSubmissionFields on Submission {
  id
  assignmentId
  attempt
  status
  text
  version
  late
  awaitingGrade
  submittedAt
  updatedAt
  revisionCommentHtml
  revisionRequestedAt
  files {
    ...SubmissionFileFields
  }
  grade {
    ...ReleasedGradeFields
  }
}`) as unknown as TypedDocumentString<SaveSubmissionDraftMutation, SaveSubmissionDraftMutationVariables>;
export const SubmitSubmissionDocument = new TypedDocumentString(`
    mutation SubmitSubmission($input: SubmitSubmissionInput!) {
  submitSubmission(input: $input) {
    ...StudentSubmissionFields
  }
}
    fragment SubmissionFileFields on StoredFile {
  id
  originalName
  size
  downloadPath
}
fragment ReleasedGradeFields on Grade {
  id
  passed
  totalPoints
  feedbackHtml
  releasedAt
  scores {
    criterionId
    points
  }
}
fragment StudentSubmissionFields on Submission {
  id
  assignmentId
  attempt
  status
  text
  version
  late
  awaitingGrade
  submittedAt
  updatedAt
  revisionCommentHtml
  revisionRequestedAt
  files {
    ...SubmissionFileFields
  }
  grade {
    ...ReleasedGradeFields
  }
}`) as unknown as TypedDocumentString<SubmitSubmissionMutation, SubmitSubmissionMutationVariables>;
export const AssignmentLimitsDocument = new TypedDocumentString(`
    query AssignmentLimits {
  assignmentLimits {
    maxUploadBytes
    fileTypes
    maxFilesPerSubmission
    maxAttempts
    maxCriteria
    maxLevels
  }
}
    `) as unknown as TypedDocumentString<AssignmentLimitsQuery, AssignmentLimitsQueryVariables>;
export const AuthoringModuleAssignmentsDocument = new TypedDocumentString(`
    query AuthoringModuleAssignments($moduleId: ID!) {
  assignments(moduleId: $moduleId) {
    id
    title
    maxAttempts
    rubric {
      maxPoints
      criteria {
        id
      }
    }
    dueDates {
      cohortId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthoringModuleAssignmentsQuery, AuthoringModuleAssignmentsQueryVariables>;
export const AuthoringAssignmentDocument = new TypedDocumentString(`
    query AuthoringAssignment($id: ID!) {
  assignment(id: $id) {
    ...AuthoringAssignmentFields
    module {
      id
      title
      trackId
      track {
        id
        title
      }
    }
    dueDates {
      cohortId
      dueAt
    }
  }
}
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}
fragment AuthoringAssignmentFields on Assignment {
  id
  moduleId
  title
  instructions
  submissionKind
  allowedFileTypes
  maxFileBytes
  passRule
  passMinPoints
  maxAttempts
  anonymousGrading
  doubleMarking
  doubleMarkingThreshold
  updatedAt
  rubric {
    ...RubricFields
  }
}`) as unknown as TypedDocumentString<AuthoringAssignmentQuery, AuthoringAssignmentQueryVariables>;
export const AuthoringModuleDocument = new TypedDocumentString(`
    query AuthoringModule($id: ID!) {
  module(id: $id) {
    id
    title
    track {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<AuthoringModuleQuery, AuthoringModuleQueryVariables>;
export const TrackCohortsDocument = new TypedDocumentString(`
    query TrackCohorts($trackId: ID!) {
  cohorts(filter: {trackId: $trackId}, page: {limit: 100}) {
    totalCount
    items {
      id
      name
      startsOn
      endsOn
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TrackCohortsQuery, TrackCohortsQueryVariables>;
export const CreateAssignmentDocument = new TypedDocumentString(`
    mutation CreateAssignment($input: CreateAssignmentInput!) {
  createAssignment(input: $input) {
    ...AuthoringAssignmentFields
  }
}
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}
fragment AuthoringAssignmentFields on Assignment {
  id
  moduleId
  title
  instructions
  submissionKind
  allowedFileTypes
  maxFileBytes
  passRule
  passMinPoints
  maxAttempts
  anonymousGrading
  doubleMarking
  doubleMarkingThreshold
  updatedAt
  rubric {
    ...RubricFields
  }
}`) as unknown as TypedDocumentString<CreateAssignmentMutation, CreateAssignmentMutationVariables>;
export const UpdateAssignmentDocument = new TypedDocumentString(`
    mutation UpdateAssignment($input: UpdateAssignmentInput!) {
  updateAssignment(input: $input) {
    ...AuthoringAssignmentFields
  }
}
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}
fragment AuthoringAssignmentFields on Assignment {
  id
  moduleId
  title
  instructions
  submissionKind
  allowedFileTypes
  maxFileBytes
  passRule
  passMinPoints
  maxAttempts
  anonymousGrading
  doubleMarking
  doubleMarkingThreshold
  updatedAt
  rubric {
    ...RubricFields
  }
}`) as unknown as TypedDocumentString<UpdateAssignmentMutation, UpdateAssignmentMutationVariables>;
export const DeleteAssignmentDocument = new TypedDocumentString(`
    mutation DeleteAssignment($id: ID!) {
  deleteAssignment(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAssignmentMutation, DeleteAssignmentMutationVariables>;
export const SetAssignmentDueDateDocument = new TypedDocumentString(`
    mutation SetAssignmentDueDate($input: SetAssignmentDueDateInput!) {
  setAssignmentDueDate(input: $input) {
    assignmentId
    cohortId
    dueAt
  }
}
    `) as unknown as TypedDocumentString<SetAssignmentDueDateMutation, SetAssignmentDueDateMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  locale
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: SetPasswordInput!) {
  acceptInvitation(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  locale
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: SetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  locale
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CatalogueTracksDocument = new TypedDocumentString(`
    query CatalogueTracks {
  tracks {
    id
    code
    title
    status
    description
    requiresTrack {
      id
      title
    }
    modules {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueTracksQuery, CatalogueTracksQueryVariables>;
export const CatalogueTrackDocument = new TypedDocumentString(`
    query CatalogueTrack($id: ID!) {
  track(id: $id) {
    ...TrackFields
    modules {
      id
      title
      position
      status
      archivedAt
      studyHours
      accreditationPoints
      lessons {
        id
      }
      prerequisites {
        id
        title
      }
    }
  }
  tracks {
    id
    title
    code
  }
}
    fragment TrackFields on Track {
  id
  code
  title
  description
  targetAudience
  certificateValidityMonths
  status
  requiresTrackId
  requiresTrack {
    id
    title
  }
}`) as unknown as TypedDocumentString<CatalogueTrackQuery, CatalogueTrackQueryVariables>;
export const CatalogueModuleDocument = new TypedDocumentString(`
    query CatalogueModule($id: ID!) {
  module(id: $id) {
    ...ModuleFields
    track {
      id
      title
    }
    lessons {
      id
      title
      position
      videoUrl
      archivedAt
      attachments {
        id
      }
    }
  }
}
    fragment ModuleFields on Module {
  id
  trackId
  title
  summary
  position
  status
  archivedAt
  studyHours
  accreditationPoints
  learningGoals
  prerequisites {
    id
    title
  }
}`) as unknown as TypedDocumentString<CatalogueModuleQuery, CatalogueModuleQueryVariables>;
export const PrerequisiteOptionsDocument = new TypedDocumentString(`
    query PrerequisiteOptions {
  tracks {
    id
    code
    title
    modules {
      id
      title
      position
      status
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PrerequisiteOptionsQuery, PrerequisiteOptionsQueryVariables>;
export const CatalogueLessonDocument = new TypedDocumentString(`
    query CatalogueLesson($id: ID!) {
  lesson(id: $id) {
    id
    moduleId
    title
    position
    body
    bodyHtml
    videoUrl
    archivedAt
    updatedAt
    attachments {
      ...AttachmentFields
    }
    module {
      id
      title
      status
      track {
        id
        title
      }
    }
  }
}
    fragment AttachmentFields on StoredFile {
  id
  originalName
  mimeType
  size
  downloadPath
}`) as unknown as TypedDocumentString<CatalogueLessonQuery, CatalogueLessonQueryVariables>;
export const CreateTrackDocument = new TypedDocumentString(`
    mutation CreateTrack($input: CreateTrackInput!) {
  createTrack(input: $input) {
    ...TrackFields
  }
}
    fragment TrackFields on Track {
  id
  code
  title
  description
  targetAudience
  certificateValidityMonths
  status
  requiresTrackId
  requiresTrack {
    id
    title
  }
}`) as unknown as TypedDocumentString<CreateTrackMutation, CreateTrackMutationVariables>;
export const UpdateTrackDocument = new TypedDocumentString(`
    mutation UpdateTrack($input: UpdateTrackInput!) {
  updateTrack(input: $input) {
    ...TrackFields
  }
}
    fragment TrackFields on Track {
  id
  code
  title
  description
  targetAudience
  certificateValidityMonths
  status
  requiresTrackId
  requiresTrack {
    id
    title
  }
}`) as unknown as TypedDocumentString<UpdateTrackMutation, UpdateTrackMutationVariables>;
export const PublishTrackDocument = new TypedDocumentString(`
    mutation PublishTrack($id: ID!) {
  publishTrack(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishTrackMutation, PublishTrackMutationVariables>;
export const UnpublishTrackDocument = new TypedDocumentString(`
    mutation UnpublishTrack($id: ID!) {
  unpublishTrack(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UnpublishTrackMutation, UnpublishTrackMutationVariables>;
export const CreateModuleDocument = new TypedDocumentString(`
    mutation CreateModule($input: CreateModuleInput!) {
  createModule(input: $input) {
    ...ModuleFields
  }
}
    fragment ModuleFields on Module {
  id
  trackId
  title
  summary
  position
  status
  archivedAt
  studyHours
  accreditationPoints
  learningGoals
  prerequisites {
    id
    title
  }
}`) as unknown as TypedDocumentString<CreateModuleMutation, CreateModuleMutationVariables>;
export const UpdateModuleDocument = new TypedDocumentString(`
    mutation UpdateModule($input: UpdateModuleInput!) {
  updateModule(input: $input) {
    ...ModuleFields
  }
}
    fragment ModuleFields on Module {
  id
  trackId
  title
  summary
  position
  status
  archivedAt
  studyHours
  accreditationPoints
  learningGoals
  prerequisites {
    id
    title
  }
}`) as unknown as TypedDocumentString<UpdateModuleMutation, UpdateModuleMutationVariables>;
export const PublishModuleDocument = new TypedDocumentString(`
    mutation PublishModule($id: ID!) {
  publishModule(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishModuleMutation, PublishModuleMutationVariables>;
export const UnpublishModuleDocument = new TypedDocumentString(`
    mutation UnpublishModule($id: ID!) {
  unpublishModule(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UnpublishModuleMutation, UnpublishModuleMutationVariables>;
export const ArchiveModuleDocument = new TypedDocumentString(`
    mutation ArchiveModule($id: ID!) {
  archiveModule(id: $id) {
    id
    status
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ArchiveModuleMutation, ArchiveModuleMutationVariables>;
export const UnarchiveModuleDocument = new TypedDocumentString(`
    mutation UnarchiveModule($id: ID!) {
  unarchiveModule(id: $id) {
    id
    status
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<UnarchiveModuleMutation, UnarchiveModuleMutationVariables>;
export const DeleteModuleDocument = new TypedDocumentString(`
    mutation DeleteModule($id: ID!) {
  deleteModule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteModuleMutation, DeleteModuleMutationVariables>;
export const ReorderModulesDocument = new TypedDocumentString(`
    mutation ReorderModules($input: ReorderInput!) {
  reorderModules(input: $input) {
    id
    position
  }
}
    `) as unknown as TypedDocumentString<ReorderModulesMutation, ReorderModulesMutationVariables>;
export const CreateLessonDocument = new TypedDocumentString(`
    mutation CreateLesson($input: CreateLessonInput!) {
  createLesson(input: $input) {
    id
    moduleId
  }
}
    `) as unknown as TypedDocumentString<CreateLessonMutation, CreateLessonMutationVariables>;
export const UpdateLessonDocument = new TypedDocumentString(`
    mutation UpdateLesson($input: UpdateLessonInput!) {
  updateLesson(input: $input) {
    id
    title
    body
    bodyHtml
    videoUrl
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateLessonMutation, UpdateLessonMutationVariables>;
export const DeleteLessonDocument = new TypedDocumentString(`
    mutation DeleteLesson($id: ID!) {
  deleteLesson(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteLessonMutation, DeleteLessonMutationVariables>;
export const ArchiveLessonDocument = new TypedDocumentString(`
    mutation ArchiveLesson($id: ID!) {
  archiveLesson(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ArchiveLessonMutation, ArchiveLessonMutationVariables>;
export const UnarchiveLessonDocument = new TypedDocumentString(`
    mutation UnarchiveLesson($id: ID!) {
  unarchiveLesson(id: $id) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<UnarchiveLessonMutation, UnarchiveLessonMutationVariables>;
export const ReorderLessonsDocument = new TypedDocumentString(`
    mutation ReorderLessons($input: ReorderInput!) {
  reorderLessons(input: $input) {
    id
    position
  }
}
    `) as unknown as TypedDocumentString<ReorderLessonsMutation, ReorderLessonsMutationVariables>;
export const AttachFileToLessonDocument = new TypedDocumentString(`
    mutation AttachFileToLesson($lessonId: ID!, $fileId: ID!) {
  attachFileToLesson(lessonId: $lessonId, fileId: $fileId) {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
    fragment AttachmentFields on StoredFile {
  id
  originalName
  mimeType
  size
  downloadPath
}`) as unknown as TypedDocumentString<AttachFileToLessonMutation, AttachFileToLessonMutationVariables>;
export const DetachFileFromLessonDocument = new TypedDocumentString(`
    mutation DetachFileFromLesson($lessonId: ID!, $fileId: ID!) {
  detachFileFromLesson(lessonId: $lessonId, fileId: $fileId) {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
    fragment AttachmentFields on StoredFile {
  id
  originalName
  mimeType
  size
  downloadPath
}`) as unknown as TypedDocumentString<DetachFileFromLessonMutation, DetachFileFromLessonMutationVariables>;
export const TrackEnrollmentsDocument = new TypedDocumentString(`
    query TrackEnrollments($trackId: ID!, $page: PageInput) {
  track(id: $trackId) {
    id
    title
    status
  }
  enrollments(trackId: $trackId, page: $page) {
    totalCount
    offset
    limit
    items {
      id
      status
      enrolledAt
      completedAt
      student {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackEnrollmentsQuery, TrackEnrollmentsQueryVariables>;
export const FindStudentsDocument = new TypedDocumentString(`
    query FindStudents($search: String!) {
  users(filter: {search: $search}, page: {limit: 10}) {
    totalCount
    items {
      id
      name
      email
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FindStudentsQuery, FindStudentsQueryVariables>;
export const EnrollStudentDocument = new TypedDocumentString(`
    mutation EnrollStudent($input: EnrollStudentInput!) {
  enrollStudent(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EnrollStudentMutation, EnrollStudentMutationVariables>;
export const WithdrawEnrollmentDocument = new TypedDocumentString(`
    mutation WithdrawEnrollment($id: ID!) {
  withdrawEnrollment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawEnrollmentMutation, WithdrawEnrollmentMutationVariables>;
export const PreviewEnrollmentCsvDocument = new TypedDocumentString(`
    query PreviewEnrollmentCsv($input: PreviewEnrollmentCsvInput!) {
  previewEnrollmentCsv(input: $input) {
    canImport
    fileProblems {
      code
      line
      rowCount
      maxRows
    }
    validRowCount
    invalidRowCount
    previewHash
    rows {
      line
      email
      name
      discipline
      organisation
      action
      createsOrganisation
      problems {
        code
        field
        message
      }
      changes {
        field
        from
        to
        fromDiscipline {
          id
          nameNl
          nameEn
        }
        toDiscipline {
          id
          nameNl
          nameEn
        }
        currentRoles
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewEnrollmentCsvQuery, PreviewEnrollmentCsvQueryVariables>;
export const ImportEnrollmentCsvDocument = new TypedDocumentString(`
    mutation ImportEnrollmentCsv($input: ImportEnrollmentCsvInput!) {
  importEnrollmentCsv(input: $input) {
    enrolledCount
    invitedCount
    organisationsCreated
    changesApplied
    skippedCount
  }
}
    `) as unknown as TypedDocumentString<ImportEnrollmentCsvMutation, ImportEnrollmentCsvMutationVariables>;
export const IntakeRequestsDocument = new TypedDocumentString(`
    query IntakeRequests($handled: Boolean, $page: PageInput) {
  intakeRequests(handled: $handled, page: $page) {
    totalCount
    offset
    limit
    items {
      id
      createdAt
      name
      email
      phone
      organisation
      discipline
      trackInterest
      message
      handledAt
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeRequestsQuery, IntakeRequestsQueryVariables>;
export const SetIntakeRequestHandledDocument = new TypedDocumentString(`
    mutation SetIntakeRequestHandled($id: ID!, $handled: Boolean!) {
  setIntakeRequestHandled(id: $id, handled: $handled) {
    id
    handledAt
  }
}
    `) as unknown as TypedDocumentString<SetIntakeRequestHandledMutation, SetIntakeRequestHandledMutationVariables>;
export const UploadLimitsDocument = new TypedDocumentString(`
    query UploadLimits($purpose: String) {
  uploadLimits {
    maxBytes
    allowedTypes(purpose: $purpose)
  }
}
    `) as unknown as TypedDocumentString<UploadLimitsQuery, UploadLimitsQueryVariables>;
export const CertificationCohortsDocument = new TypedDocumentString(`
    query CertificationCohorts($trackId: ID!) {
  cohorts(filter: {trackId: $trackId}, page: {limit: 100}) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CertificationCohortsQuery, CertificationCohortsQueryVariables>;
export const IssueCohortCertificatesDocument = new TypedDocumentString(`
    mutation IssueCohortCertificates($input: IssueCohortCertificatesInput!) {
  issueCohortCertificates(input: $input) {
    id
    cohortId
    cohortName
    status
    total
    issued
    alreadyCertified
    notEligible
    processed
    percent
    running
    createdAt
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<IssueCohortCertificatesMutation, IssueCohortCertificatesMutationVariables>;
export const CertificateBatchesDocument = new TypedDocumentString(`
    query CertificateBatches($cohortId: ID, $page: PageInput) {
  certificateBatches(cohortId: $cohortId, page: $page) {
    totalCount
    items {
      id
      cohortId
      cohortName
      status
      total
      issued
      alreadyCertified
      notEligible
      processed
      percent
      running
      createdAt
      finishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CertificateBatchesQuery, CertificateBatchesQueryVariables>;
export const ExpiringCertificatesDocument = new TypedDocumentString(`
    query ExpiringCertificates($expiringFrom: DateTime!, $expiringUntil: DateTime!, $page: PageInput) {
  certificates(
    expiringFrom: $expiringFrom
    expiringUntil: $expiringUntil
    page: $page
  ) {
    totalCount
    items {
      id
      number
      holderName
      trackTitle
      expiresAt
      verifyUrl
    }
  }
}
    `) as unknown as TypedDocumentString<ExpiringCertificatesQuery, ExpiringCertificatesQueryVariables>;
export const MyCertificatesDocument = new TypedDocumentString(`
    query MyCertificates {
  myCertificates {
    id
    number
    trackTitle
    status
    issuedAt
    expiresAt
    revokedAt
    accreditationPoints
    verifyUrl
    pdfDownloadPath
    credentialDownloadPath
    replacedByNumber
  }
}
    `) as unknown as TypedDocumentString<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($code: String!) {
  verifyCertificate(code: $code) {
    number
    holderName
    trackTitle
    issuedAt
    expiresAt
    accreditationPoints
    signatoryName
    status
    revokedAt
    replacedByNumber
    uploadMaxBytes
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const CertificationTracksDocument = new TypedDocumentString(`
    query CertificationTracks {
  tracks {
    id
    code
    title
  }
}
    `) as unknown as TypedDocumentString<CertificationTracksQuery, CertificationTracksQueryVariables>;
export const CertificateEligibilityDocument = new TypedDocumentString(`
    query CertificateEligibility($trackId: ID, $page: PageInput) {
  certificateEligibility(trackId: $trackId, page: $page) {
    totalCount
    offset
    limit
    items {
      studentId
      studentName
      studentEmail
      eligible
      missingModules
      missingLessons
      unmetRequirements
      requiredTrack
      noModules
      accreditationPoints
      certificateNumber
    }
  }
}
    `) as unknown as TypedDocumentString<CertificateEligibilityQuery, CertificateEligibilityQueryVariables>;
export const TrackCertificatesDocument = new TypedDocumentString(`
    query TrackCertificates($trackId: ID, $page: PageInput) {
  certificates(trackId: $trackId, page: $page) {
    totalCount
    offset
    limit
    items {
      id
      number
      holderName
      status
      issuedAt
      expiresAt
      revokedAt
      revocationReason
      replacedByNumber
      pdfDownloadPath
      verifyUrl
    }
  }
}
    `) as unknown as TypedDocumentString<TrackCertificatesQuery, TrackCertificatesQueryVariables>;
export const IssueCertificateDocument = new TypedDocumentString(`
    mutation IssueCertificate($input: IssueCertificateInput!) {
  issueCertificate(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const RevokeCertificateDocument = new TypedDocumentString(`
    mutation RevokeCertificate($input: RevokeCertificateInput!) {
  revokeCertificate(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const VerifyCredentialDocument = new TypedDocumentString(`
    query VerifyCredential($credential: String!) {
  verifyCredential(credential: $credential) {
    authentic
    valid
    certificate {
      number
      status
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyCredentialQuery, VerifyCredentialQueryVariables>;
export const CohortTracksDocument = new TypedDocumentString(`
    query CohortTracks {
  tracks {
    id
    code
    title
    status
  }
}
    `) as unknown as TypedDocumentString<CohortTracksQuery, CohortTracksQueryVariables>;
export const CohortsDocument = new TypedDocumentString(`
    query Cohorts($filter: CohortsFilterInput, $page: PageInput) {
  cohorts(filter: $filter, page: $page) {
    totalCount
    offset
    limit
    items {
      ...CohortRow
    }
  }
}
    fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}`) as unknown as TypedDocumentString<CohortsQuery, CohortsQueryVariables>;
export const CohortDocument = new TypedDocumentString(`
    query Cohort($id: ID!) {
  cohort(id: $id) {
    ...CohortDetail
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}
fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}
fragment CohortDetail on Cohort {
  ...CohortRow
  proposalId
  docents {
    ...CohortPersonFields
  }
  students {
    ...CohortPersonFields
  }
  meetings {
    ...CohortMeetingFields
  }
}`) as unknown as TypedDocumentString<CohortQuery, CohortQueryVariables>;
export const MyCohortsDocument = new TypedDocumentString(`
    query MyCohorts {
  myCohorts {
    ...CohortDetail
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}
fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}
fragment CohortDetail on Cohort {
  ...CohortRow
  proposalId
  docents {
    ...CohortPersonFields
  }
  students {
    ...CohortPersonFields
  }
  meetings {
    ...CohortMeetingFields
  }
}`) as unknown as TypedDocumentString<MyCohortsQuery, MyCohortsQueryVariables>;
export const CohortDocentOptionsDocument = new TypedDocumentString(`
    query CohortDocentOptions {
  users(filter: {role: DOCENT, status: ACTIVE}, page: {limit: 100}) {
    items {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CohortDocentOptionsQuery, CohortDocentOptionsQueryVariables>;
export const CohortOrganisationsDocument = new TypedDocumentString(`
    query CohortOrganisations {
  organisations(page: {limit: 100}) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortOrganisationsQuery, CohortOrganisationsQueryVariables>;
export const CohortPoolDocument = new TypedDocumentString(`
    query CohortPool($trackId: ID!, $organisationId: ID) {
  cohortPool(trackId: $trackId, organisationId: $organisationId) {
    trackId
    size
    students {
      ...CohortPersonFields
    }
    disciplineCounts {
      count
      disciplineId
      discipline {
        id
        nameNl
        nameEn
      }
    }
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<CohortPoolQuery, CohortPoolQueryVariables>;
export const CohortProposalDocument = new TypedDocumentString(`
    query CohortProposal($id: ID!) {
  cohortProposal(id: $id) {
    ...CohortProposalFields
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortProposalFields on CohortProposal {
  id
  status
  createdAt
  committedAt
  trackId
  track {
    id
    code
    title
  }
  mode
  organisationId
  organisation {
    id
    name
  }
  chosenPool
  poolSize
  minSize
  maxSize
  groupCount
  seed
  score
  bound
  gap
  pins {
    studentId
    groupIndex
  }
  together {
    a
    b
  }
  apart {
    a
    b
  }
  poolDisciplineCounts {
    count
    disciplineId
    discipline {
      id
      nameNl
      nameEn
    }
  }
  groups {
    index
    size
    distinctDisciplines
    largestDisciplineShare
    organisationDuplicates
    score
    members {
      ...CohortPersonFields
    }
    disciplineCounts {
      count
      disciplineId
    }
  }
  problems {
    reason
    groupIndex
    studentIds
    message
  }
}`) as unknown as TypedDocumentString<CohortProposalQuery, CohortProposalQueryVariables>;
export const ProposeCohortsDocument = new TypedDocumentString(`
    mutation ProposeCohorts($input: ProposeCohortsInput!) {
  proposeCohorts(input: $input) {
    ...CohortProposalFields
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortProposalFields on CohortProposal {
  id
  status
  createdAt
  committedAt
  trackId
  track {
    id
    code
    title
  }
  mode
  organisationId
  organisation {
    id
    name
  }
  chosenPool
  poolSize
  minSize
  maxSize
  groupCount
  seed
  score
  bound
  gap
  pins {
    studentId
    groupIndex
  }
  together {
    a
    b
  }
  apart {
    a
    b
  }
  poolDisciplineCounts {
    count
    disciplineId
    discipline {
      id
      nameNl
      nameEn
    }
  }
  groups {
    index
    size
    distinctDisciplines
    largestDisciplineShare
    organisationDuplicates
    score
    members {
      ...CohortPersonFields
    }
    disciplineCounts {
      count
      disciplineId
    }
  }
  problems {
    reason
    groupIndex
    studentIds
    message
  }
}`) as unknown as TypedDocumentString<ProposeCohortsMutation, ProposeCohortsMutationVariables>;
export const MoveProposalStudentDocument = new TypedDocumentString(`
    mutation MoveProposalStudent($input: MoveProposalStudentInput!) {
  moveProposalStudent(input: $input) {
    ...CohortProposalFields
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortProposalFields on CohortProposal {
  id
  status
  createdAt
  committedAt
  trackId
  track {
    id
    code
    title
  }
  mode
  organisationId
  organisation {
    id
    name
  }
  chosenPool
  poolSize
  minSize
  maxSize
  groupCount
  seed
  score
  bound
  gap
  pins {
    studentId
    groupIndex
  }
  together {
    a
    b
  }
  apart {
    a
    b
  }
  poolDisciplineCounts {
    count
    disciplineId
    discipline {
      id
      nameNl
      nameEn
    }
  }
  groups {
    index
    size
    distinctDisciplines
    largestDisciplineShare
    organisationDuplicates
    score
    members {
      ...CohortPersonFields
    }
    disciplineCounts {
      count
      disciplineId
    }
  }
  problems {
    reason
    groupIndex
    studentIds
    message
  }
}`) as unknown as TypedDocumentString<MoveProposalStudentMutation, MoveProposalStudentMutationVariables>;
export const CommitCohortProposalDocument = new TypedDocumentString(`
    mutation CommitCohortProposal($input: CommitCohortProposalInput!) {
  commitCohortProposal(input: $input) {
    cohorts {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CommitCohortProposalMutation, CommitCohortProposalMutationVariables>;
export const DiscardCohortProposalDocument = new TypedDocumentString(`
    mutation DiscardCohortProposal($id: ID!) {
  discardCohortProposal(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DiscardCohortProposalMutation, DiscardCohortProposalMutationVariables>;
export const AddCohortDocentDocument = new TypedDocumentString(`
    mutation AddCohortDocent($input: CohortMembershipInput!) {
  addCohortDocent(input: $input) {
    ...CohortDetail
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}
fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}
fragment CohortDetail on Cohort {
  ...CohortRow
  proposalId
  docents {
    ...CohortPersonFields
  }
  students {
    ...CohortPersonFields
  }
  meetings {
    ...CohortMeetingFields
  }
}`) as unknown as TypedDocumentString<AddCohortDocentMutation, AddCohortDocentMutationVariables>;
export const RemoveCohortDocentDocument = new TypedDocumentString(`
    mutation RemoveCohortDocent($input: CohortMembershipInput!) {
  removeCohortDocent(input: $input) {
    ...CohortDetail
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}
fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}
fragment CohortDetail on Cohort {
  ...CohortRow
  proposalId
  docents {
    ...CohortPersonFields
  }
  students {
    ...CohortPersonFields
  }
  meetings {
    ...CohortMeetingFields
  }
}`) as unknown as TypedDocumentString<RemoveCohortDocentMutation, RemoveCohortDocentMutationVariables>;
export const AddCohortMeetingDocument = new TypedDocumentString(`
    mutation AddCohortMeeting($input: AddCohortMeetingInput!) {
  addCohortMeeting(input: $input) {
    ...CohortMeetingFields
  }
}
    fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}`) as unknown as TypedDocumentString<AddCohortMeetingMutation, AddCohortMeetingMutationVariables>;
export const UpdateCohortMeetingDocument = new TypedDocumentString(`
    mutation UpdateCohortMeeting($input: UpdateCohortMeetingInput!) {
  updateCohortMeeting(input: $input) {
    ...CohortMeetingFields
  }
}
    fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}`) as unknown as TypedDocumentString<UpdateCohortMeetingMutation, UpdateCohortMeetingMutationVariables>;
export const RemoveCohortMeetingDocument = new TypedDocumentString(`
    mutation RemoveCohortMeeting($id: ID!) {
  removeCohortMeeting(id: $id) {
    ...CohortDetail
  }
}
    fragment CohortPersonFields on CohortPerson {
  id
  name
  email
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}
fragment CohortMeetingFields on CohortMeeting {
  id
  startsAt
  endsAt
  topic
  place
  onlineUrl
}
fragment CohortRow on Cohort {
  id
  name
  startsOn
  endsOn
  mode
  status
  studentCount
  track {
    id
    code
    title
  }
  organisation {
    id
    name
  }
  docents {
    id
    name
  }
}
fragment CohortDetail on Cohort {
  ...CohortRow
  proposalId
  docents {
    ...CohortPersonFields
  }
  students {
    ...CohortPersonFields
  }
  meetings {
    ...CohortMeetingFields
  }
}`) as unknown as TypedDocumentString<RemoveCohortMeetingMutation, RemoveCohortMeetingMutationVariables>;
export const ConfidantsDocument = new TypedDocumentString(`
    query Confidants {
  confidants {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConfidantsQuery, ConfidantsQueryVariables>;
export const MyConfidentialThreadsDocument = new TypedDocumentString(`
    query MyConfidentialThreads($page: PageInput) {
  myConfidentialThreads(page: $page) {
    totalCount
    offset
    limit
    items {
      ...ConfidentialSummaryFields
    }
  }
}
    fragment ConfidentialSummaryFields on ConfidentialThreadSummary {
  id
  subject
  status
  anonymous
  createdAt
  unread
  overdue
  deleteAfter
}`) as unknown as TypedDocumentString<MyConfidentialThreadsQuery, MyConfidentialThreadsQueryVariables>;
export const ConfidentialInboxDocument = new TypedDocumentString(`
    query ConfidentialInbox($page: PageInput) {
  confidentialInbox(page: $page) {
    totalCount
    offset
    limit
    items {
      ...ConfidentialSummaryFields
    }
  }
}
    fragment ConfidentialSummaryFields on ConfidentialThreadSummary {
  id
  subject
  status
  anonymous
  createdAt
  unread
  overdue
  deleteAfter
}`) as unknown as TypedDocumentString<ConfidentialInboxQuery, ConfidentialInboxQueryVariables>;
export const ConfidentialThreadDocument = new TypedDocumentString(`
    query ConfidentialThread($id: ID!) {
  confidentialThread(id: $id) {
    ...ConfidentialThreadFields
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<ConfidentialThreadQuery, ConfidentialThreadQueryVariables>;
export const ConfidentialThreadByReceiptDocument = new TypedDocumentString(`
    query ConfidentialThreadByReceipt($receipt: String!) {
  confidentialThreadByReceipt(receipt: $receipt) {
    ...ConfidentialThreadFields
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<ConfidentialThreadByReceiptQuery, ConfidentialThreadByReceiptQueryVariables>;
export const ConfidantWorkspaceDocument = new TypedDocumentString(`
    query ConfidantWorkspace {
  confidantWorkspace {
    recoveryKeyRequired
    hasRecoveryKey
    awaitingGrant
    pendingGrants {
      confidant {
        id
        name
      }
      threadCount
    }
    deletionNotices {
      threadId
      subject
      deleteAfter
    }
  }
}
    `) as unknown as TypedDocumentString<ConfidantWorkspaceQuery, ConfidantWorkspaceQueryVariables>;
export const ConfidentialFiguresDocument = new TypedDocumentString(`
    query ConfidentialFigures($year: Int!) {
  confidentialFigures(year: $year) {
    year
    byMonth {
      key
      count
    }
    byStatus {
      key
      count
    }
    byWriterKind {
      key
      count
    }
    medianHoursToFirstAnswer
  }
}
    `) as unknown as TypedDocumentString<ConfidentialFiguresQuery, ConfidentialFiguresQueryVariables>;
export const StartConfidentialThreadDocument = new TypedDocumentString(`
    mutation StartConfidentialThread($input: StartConfidentialThreadInput!) {
  startConfidentialThread(input: $input) {
    receipt
    thread {
      ...ConfidentialThreadFields
    }
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<StartConfidentialThreadMutation, StartConfidentialThreadMutationVariables>;
export const ReplyToConfidentialThreadDocument = new TypedDocumentString(`
    mutation ReplyToConfidentialThread($input: ReplyToConfidentialThreadInput!) {
  replyToConfidentialThread(input: $input) {
    ...ConfidentialThreadFields
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<ReplyToConfidentialThreadMutation, ReplyToConfidentialThreadMutationVariables>;
export const ReplyByReceiptDocument = new TypedDocumentString(`
    mutation ReplyByReceipt($input: ReplyByReceiptInput!) {
  replyByReceipt(input: $input) {
    ...ConfidentialThreadFields
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<ReplyByReceiptMutation, ReplyByReceiptMutationVariables>;
export const SetConfidentialThreadStatusDocument = new TypedDocumentString(`
    mutation SetConfidentialThreadStatus($input: SetConfidentialThreadStatusInput!) {
  setConfidentialThreadStatus(input: $input) {
    ...ConfidentialThreadFields
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<SetConfidentialThreadStatusMutation, SetConfidentialThreadStatusMutationVariables>;
export const AddConfidentialNoteDocument = new TypedDocumentString(`
    mutation AddConfidentialNote($input: AddConfidentialNoteInput!) {
  addConfidentialNote(input: $input) {
    ...ConfidentialThreadFields
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<AddConfidentialNoteMutation, AddConfidentialNoteMutationVariables>;
export const SetConfidentialRetentionDocument = new TypedDocumentString(`
    mutation SetConfidentialRetention($input: SetConfidentialRetentionInput!) {
  setConfidentialRetention(input: $input) {
    ...ConfidentialThreadFields
  }
}
    fragment ConfidentialThreadFields on ConfidentialThreadView {
  id
  subject
  status
  anonymous
  createdAt
  deleteAfter
  overdue
  version
  writerKind
  writerName
  readers {
    id
    name
  }
  messages {
    id
    author
    authorName
    body
    createdAt
    readAt
    mine
  }
  attachments {
    id
    name
    size
    author
    createdAt
  }
  attachmentLimits {
    maxBytes
    maxFiles
    allowedTypes
  }
  canAttach
  notes {
    id
    authorName
    body
    createdAt
  }
  accessLog {
    confidantName
    openedAt
  }
  retentionDays
  canHandle
  canDelete
}`) as unknown as TypedDocumentString<SetConfidentialRetentionMutation, SetConfidentialRetentionMutationVariables>;
export const DeleteConfidentialThreadDocument = new TypedDocumentString(`
    mutation DeleteConfidentialThread($id: ID!) {
  deleteConfidentialThread(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteConfidentialThreadMutation, DeleteConfidentialThreadMutationVariables>;
export const GrantConfidentialAccessDocument = new TypedDocumentString(`
    mutation GrantConfidentialAccess($confidantId: ID!) {
  grantConfidentialAccess(confidantId: $confidantId)
}
    `) as unknown as TypedDocumentString<GrantConfidentialAccessMutation, GrantConfidentialAccessMutationVariables>;
export const CreateConfidentialRecoveryKeyDocument = new TypedDocumentString(`
    mutation CreateConfidentialRecoveryKey {
  createConfidentialRecoveryKey
}
    `) as unknown as TypedDocumentString<CreateConfidentialRecoveryKeyMutation, CreateConfidentialRecoveryKeyMutationVariables>;
export const RecoverConfidentialKeysDocument = new TypedDocumentString(`
    mutation RecoverConfidentialKeys($recoveryKey: String!) {
  recoverConfidentialKeys(recoveryKey: $recoveryKey)
}
    `) as unknown as TypedDocumentString<RecoverConfidentialKeysMutation, RecoverConfidentialKeysMutationVariables>;
export const MyDashboardDocument = new TypedDocumentString(`
    query MyDashboard {
  myDashboard {
    unreadNotifications {
      totalCount
      items {
        id
        kind
        link
        createdAt
        params {
          name
          value
        }
      }
    }
    student {
      continueLesson {
        lessonId
        lessonTitle
        moduleId
        moduleTitle
      }
      dueSoon {
        days
        totalCount
        items {
          dueAt
          extended
          assignment {
            id
            title
            module {
              id
              title
            }
            mySubmissions {
              id
              attempt
              status
              late
              grade {
                id
                passed
              }
            }
          }
        }
      }
      latestFeedback {
        id
        attempt
        assignment {
          id
          title
        }
        grade {
          id
          passed
          feedbackHtml
          releasedAt
        }
      }
    }
    docent {
      waitingForGrading {
        totalWaiting
        entries {
          cohortId
          cohortName
          assignmentId
          assignmentTitle
          waiting
          oldestSubmittedAt
        }
      }
    }
    admin {
      openIntakeRequests {
        totalCount
        items {
          id
          name
          organisation
          createdAt
        }
      }
      openProposals {
        totalCount
        items {
          id
          trackTitle
          groupCount
          studentCount
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyDashboardQuery, MyDashboardQueryVariables>;
export const GradingFiltersDocument = new TypedDocumentString(`
    query GradingFilters {
  myCohorts {
    id
    name
    track {
      id
      title
      modules {
        id
        title
        assignments {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradingFiltersQuery, GradingFiltersQueryVariables>;
export const GradingQueueDocument = new TypedDocumentString(`
    query GradingQueue($filter: GradingQueueFilterInput, $page: PageInput) {
  gradingQueue(filter: $filter, page: $page) {
    totalCount
    offset
    limit
    items {
      id
      attempt
      status
      late
      submittedAt
      authorName
      anonymised
      releasable
      gradingState
      assignment {
        id
        title
      }
      cohort {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradingQueueQuery, GradingQueueQueryVariables>;
export const GradingSubmissionDocument = new TypedDocumentString(`
    query GradingSubmission($id: ID!) {
  submission(id: $id) {
    id
    attempt
    status
    text
    late
    submittedAt
    authorName
    anonymised
    author {
      id
    }
    awaitingGrade
    releasable
    canRequestRevision
    gradingState
    myGrade {
      ...GradeFields
    }
    revisionCommentHtml
    revisionRequestedAt
    files {
      ...SubmissionFileFields
    }
    extension {
      ...ExtensionFields
    }
    previousAttempts {
      id
      attempt
      status
      text
      late
      submittedAt
      revisionCommentHtml
      revisionRequestedAt
      files {
        ...SubmissionFileFields
      }
      grade {
        ...GradeFields
      }
    }
    cohort {
      id
      name
    }
    assignment {
      id
      title
      dueDates {
        cohortId
        dueAt
      }
      instructionsHtml
      submissionKind
      maxAttempts
      anonymousGrading
      doubleMarking
      doubleMarkingThreshold
      module {
        id
        title
      }
      rubric {
        ...RubricFields
      }
    }
    grades {
      ...GradeFields
    }
  }
}
    fragment RubricFields on Rubric {
  maxPoints
  passRule
  passMinPoints
  criteria {
    id
    position
    title
    description
    kind
    maxPoints
    levels {
      label
      description
      points
    }
  }
}
fragment SubmissionFileFields on StoredFile {
  id
  originalName
  size
  downloadPath
}
fragment GradeFields on Grade {
  id
  markerRole
  status
  agreed
  passed
  totalPoints
  feedback
  feedbackHtml
  version
  releasedAt
  updatedAt
  scores {
    criterionId
    points
  }
  marker {
    id
    name
  }
}
fragment ExtensionFields on AssignmentExtension {
  assignmentId
  studentId
  dueAt
  reason
  updatedAt
}`) as unknown as TypedDocumentString<GradingSubmissionQuery, GradingSubmissionQueryVariables>;
export const SaveGradeDocument = new TypedDocumentString(`
    mutation SaveGrade($input: SaveGradeInput!) {
  saveGrade(input: $input) {
    ...GradeFields
  }
}
    fragment GradeFields on Grade {
  id
  markerRole
  status
  agreed
  passed
  totalPoints
  feedback
  feedbackHtml
  version
  releasedAt
  updatedAt
  scores {
    criterionId
    points
  }
  marker {
    id
    name
  }
}`) as unknown as TypedDocumentString<SaveGradeMutation, SaveGradeMutationVariables>;
export const RubricVerdictDocument = new TypedDocumentString(`
    query RubricVerdict($input: RubricVerdictInput!) {
  rubricVerdict(input: $input) {
    totalPoints
    maxPoints
    passed
    complete
  }
}
    `) as unknown as TypedDocumentString<RubricVerdictQuery, RubricVerdictQueryVariables>;
export const ReleaseGradesDocument = new TypedDocumentString(`
    mutation ReleaseGrades($submissionIds: [ID!]!) {
  releaseGrades(submissionIds: $submissionIds) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseGradesMutation, ReleaseGradesMutationVariables>;
export const RequestRevisionDocument = new TypedDocumentString(`
    mutation RequestRevision($input: RequestRevisionInput!) {
  requestRevision(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestRevisionMutation, RequestRevisionMutationVariables>;
export const GrantExtensionDocument = new TypedDocumentString(`
    mutation GrantExtension($input: GrantExtensionInput!) {
  grantExtension(input: $input) {
    ...ExtensionFields
  }
}
    fragment ExtensionFields on AssignmentExtension {
  assignmentId
  studentId
  dueAt
  reason
  updatedAt
}`) as unknown as TypedDocumentString<GrantExtensionMutation, GrantExtensionMutationVariables>;
export const RevokeExtensionDocument = new TypedDocumentString(`
    mutation RevokeExtension($input: RevokeExtensionInput!) {
  revokeExtension(input: $input)
}
    `) as unknown as TypedDocumentString<RevokeExtensionMutation, RevokeExtensionMutationVariables>;
export const AssignmentCohortOverviewDocument = new TypedDocumentString(`
    query AssignmentCohortOverview($assignmentId: ID!, $cohortId: ID!) {
  assignment(id: $assignmentId) {
    id
    title
  }
  assignmentCohortOverview(assignmentId: $assignmentId, cohortId: $cohortId) {
    assignmentId
    cohortId
    cohortName
    cohortDueAt
    anonymousGrading
    students {
      studentId
      studentName
      attemptsHidden
      attempts
      latestStatus
      latestSubmissionId
      late
      effectiveDueAt
      extension {
        ...ExtensionFields
      }
    }
  }
}
    fragment ExtensionFields on AssignmentExtension {
  assignmentId
  studentId
  dueAt
  reason
  updatedAt
}`) as unknown as TypedDocumentString<AssignmentCohortOverviewQuery, AssignmentCohortOverviewQueryVariables>;
export const MyLearningDocument = new TypedDocumentString(`
    query MyLearning {
  myLearning {
    continueLesson {
      ...NextLessonFields
    }
    enrollments {
      progressPercent
      completedModules
      totalModules
      enrollment {
        id
        status
        enrolledAt
        completedAt
      }
      track {
        id
        code
        title
        description
      }
      nextLesson {
        ...NextLessonFields
      }
      modules {
        ...LearningModuleCard
      }
    }
    otherTracks {
      canEnroll
      blockedReason
      track {
        id
        code
        title
        description
        targetAudience
      }
      requiresTrack {
        id
        title
      }
    }
  }
}
    fragment LearningModuleCard on LearningModule {
  id
  trackId
  title
  summary
  position
  studyHours
  accreditationPoints
  locked
  completed
  progressPercent
  lessonCount
  lessonsCompleted
  nextLessonId
  preview
  unmetRequirements {
    kind
    subjectId
    title
  }
  unlockedBy {
    id
    title
    completed
  }
}
fragment NextLessonFields on NextLesson {
  lessonId
  lessonTitle
  moduleId
  moduleTitle
  trackId
}`) as unknown as TypedDocumentString<MyLearningQuery, MyLearningQueryVariables>;
export const LearningModuleDocument = new TypedDocumentString(`
    query LearningModule($id: ID!) {
  learningModule(id: $id) {
    ...LearningModuleDetail
  }
}
    fragment LearningModuleCard on LearningModule {
  id
  trackId
  title
  summary
  position
  studyHours
  accreditationPoints
  locked
  completed
  progressPercent
  lessonCount
  lessonsCompleted
  nextLessonId
  preview
  unmetRequirements {
    kind
    subjectId
    title
  }
  unlockedBy {
    id
    title
    completed
  }
}
fragment LearningModuleDetail on LearningModule {
  ...LearningModuleCard
  learningGoals
  lessons {
    id
    title
    position
    locked
    completed
    completedAt
  }
}`) as unknown as TypedDocumentString<LearningModuleQuery, LearningModuleQueryVariables>;
export const LessonDocument = new TypedDocumentString(`
    query Lesson($id: ID!) {
  lesson(id: $id) {
    ...LessonContent
  }
}
    fragment LessonContent on Lesson {
  id
  moduleId
  title
  position
  bodyHtml
  videoUrl
  completed
  attachments {
    id
    originalName
    mimeType
    size
    downloadPath
  }
}`) as unknown as TypedDocumentString<LessonQuery, LessonQueryVariables>;
export const CompleteLessonDocument = new TypedDocumentString(`
    mutation CompleteLesson($lessonId: ID!) {
  completeLesson(lessonId: $lessonId) {
    lessonId
    module {
      ...LearningModuleDetail
    }
    enrollment {
      progressPercent
      completedModules
      totalModules
    }
  }
}
    fragment LearningModuleCard on LearningModule {
  id
  trackId
  title
  summary
  position
  studyHours
  accreditationPoints
  locked
  completed
  progressPercent
  lessonCount
  lessonsCompleted
  nextLessonId
  preview
  unmetRequirements {
    kind
    subjectId
    title
  }
  unlockedBy {
    id
    title
    completed
  }
}
fragment LearningModuleDetail on LearningModule {
  ...LearningModuleCard
  learningGoals
  lessons {
    id
    title
    position
    locked
    completed
    completedAt
  }
}`) as unknown as TypedDocumentString<CompleteLessonMutation, CompleteLessonMutationVariables>;
export const EnrollInTrackDocument = new TypedDocumentString(`
    mutation EnrollInTrack($trackId: ID!) {
  enrollInTrack(trackId: $trackId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EnrollInTrackMutation, EnrollInTrackMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($page: PageInput, $unreadOnly: Boolean) {
  unreadNotificationCount
  myNotifications(page: $page, unreadOnly: $unreadOnly) {
    totalCount
    offset
    limit
    items {
      id
      kind
      link
      createdAt
      readAt
      params {
        name
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyNotificationSettingsDocument = new TypedDocumentString(`
    query MyNotificationSettings {
  myNotificationSettings {
    digestHour
    preferences {
      kind
      email
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotificationSettingsQuery, MyNotificationSettingsQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailMode!) {
  setNotificationPreference(kind: $kind, email: $email) {
    digestHour
    preferences {
      kind
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const SetDigestHourDocument = new TypedDocumentString(`
    mutation SetDigestHour($hour: Int!) {
  setDigestHour(hour: $hour) {
    digestHour
    preferences {
      kind
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SetDigestHourMutation, SetDigestHourMutationVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($token: String!) {
  unsubscribe(token: $token)
}
    `) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const PublicCatalogueDocument = new TypedDocumentString(`
    query PublicCatalogue {
  publicCatalogue {
    id
    code
    title
    description
    targetAudience
    certificateValidityMonths
    requiresTrackCode
    requiresTrackTitle
    totalStudyHours
    totalAccreditationPoints
    modules {
      id
      title
      summary
      position
      studyHours
      accreditationPoints
      lessonCount
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCatalogueQuery, PublicCatalogueQueryVariables>;
export const SubmitIntakeRequestDocument = new TypedDocumentString(`
    mutation SubmitIntakeRequest($input: SubmitIntakeRequestInput!) {
  submitIntakeRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitIntakeRequestMutation, SubmitIntakeRequestMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  locale
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SetMyLocaleDocument = new TypedDocumentString(`
    mutation SetMyLocale($locale: Locale!) {
  setMyLocale(locale: $locale) {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  locale
}`) as unknown as TypedDocumentString<SetMyLocaleMutation, SetMyLocaleMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($filter: UsersFilterInput, $page: PageInput) {
  users(filter: $filter, page: $page) {
    totalCount
    offset
    limit
    items {
      ...UserRow
    }
  }
}
    fragment UserRow on User {
  id
  name
  email
  roles
  status
  createdAt
  deactivatedAt
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const InviteOptionsDocument = new TypedDocumentString(`
    query InviteOptions {
  disciplines {
    id
    code
    nameNl
    nameEn
  }
  organisations(page: {limit: 100}) {
    totalCount
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InviteOptionsQuery, InviteOptionsQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  name
  email
  roles
  status
  createdAt
  deactivatedAt
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const SetUserRolesDocument = new TypedDocumentString(`
    mutation SetUserRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  name
  email
  roles
  status
  createdAt
  deactivatedAt
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($userId: ID!) {
  deactivateUser(userId: $userId) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  name
  email
  roles
  status
  createdAt
  deactivatedAt
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  name
  email
  roles
  status
  createdAt
  deactivatedAt
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($userId: ID!) {
  resendInvitation(userId: $userId) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  name
  email
  roles
  status
  createdAt
  deactivatedAt
  discipline {
    id
    nameNl
    nameEn
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;