import { DUE_SOON_MAX, GRADING_BACKLOG_MAX } from '@imh/assignments';
import { MAX_CSV_ROWS } from '@imh/catalogue';
import { TrackCode } from '@imh/catalogue';
import { OPEN_PROPOSALS_MAX } from '@imh/cohorts';
import { DASHBOARD_INTAKE_SHOWN, DASHBOARD_UNREAD_SHOWN } from '../dashboard/dashboard.types';
import { RegisterCode } from '@imh/certification';

/** How many items a list field holds at most, from its arguments where they tell. */
export type ListSize = number | ((args: Record<string, unknown>) => number);

/** One per RegisterCode. */
const REGISTERS = Object.keys(RegisterCode).length;

/** One per track code: `track.code` is unique. */
const TRACKS = Object.keys(TrackCode).length;

const lengthOf = (value: unknown, otherwise: number) => (Array.isArray(value) ? value.length : otherwise);

/**
 * The estimated largest size of every unpaginated list of objects, for the query cost
 * (query-limits.plugin.ts): a list costs its items' cost this many times. Paginated lists
 * (`page: PageInput`) are costed by their page size instead and need no row. Where the server
 * enforces a maximum (a DTO's ArrayMaxSize, a unique code, the CSV row limit) the row uses it;
 * elsewhere it is what a realistic training programme reaches, with room to spare. A list
 * without a row costs DEFAULT_LIST_SIZE, so forgetting one makes queries dearer, never cheaper;
 * a row naming a field the schema lacks fails the cost spec.
 */
export const LIST_SIZES: Record<string, ListSize> = {
  'Query.assignments': 20,
  'Query.disciplines': 40,
  'Query.myAssignments': 150,
  'Query.myCohorts': 20,
  'Query.publicCatalogue': TRACKS,
  'Query.tracks': TRACKS,

  'Mutation.releaseGrades': (args) => lengthOf(args.submissionIds, 100),
  'Mutation.reorderLessons': (args) => lengthOf((args.input as { orderedIds?: unknown })?.orderedIds, 500),
  'Mutation.reorderModules': (args) => lengthOf((args.input as { orderedIds?: unknown })?.orderedIds, 500),

  'Assignment.dueDates': 50,
  'Assignment.mySubmissions': 10, // maxAttempts ≤ 10
  'AssignmentCohortOverview.students': 60,
  'Cohort.docents': 20, // ArrayMaxSize(20)
  'Cohort.meetings': 40, // a training's meetings; a proposal's group takes 100 at most
  'Cohort.students': 40,
  'CohortPool.disciplineCounts': 40,
  'CohortPool.students': 500,
  'CohortProposal.apart': 200,
  'CohortProposal.groups': 30,
  'CohortProposal.pins': 200,
  'CohortProposal.poolDisciplineCounts': 40,
  'CohortProposal.problems': 50,
  'CohortProposal.together': 200,
  'CommitCohortProposalPayload.cohorts': 30,
  'EnrollmentCsvPreview.rows': MAX_CSV_ROWS,
  'EnrollmentCsvRow.problems': 5,
  'Grade.scores': 30, // ArrayMaxSize(30) criteria
  'LearningEnrollment.modules': 30,
  'LearningModule.lessons': 40,
  'LearningModule.unlockedBy': 50, // ArrayMaxSize(50) prerequisites
  'Lesson.attachments': 20,
  'Module.assignments': 20,
  'Module.lessons': 40,
  'Module.prerequisites': 50, // ArrayMaxSize(50)
  'MyLearning.enrollments': TRACKS,
  'MyLearning.otherTracks': TRACKS,
  'ProposalGroup.disciplineCounts': 40,
  'ProposalGroup.members': 60,
  'PublicTrack.modules': 30,
  'Rubric.criteria': 30, // ArrayMaxSize(30)
  'RubricCriterion.levels': 10, // ArrayMaxSize(10)
  'Submission.files': 10, // ArrayMaxSize(10)
  'Submission.grades': 2, // at most two markers
  'Submission.previousAttempts': 10, // maxAttempts ≤ 10
  'Track.modules': 30,

  'ConfidantWorkspace.deletionNotices': 50, // the query takes at most 50
  'ConfidantWorkspace.pendingGrants': 20, // the other confidants
  'ConfidentialFigures.byMonth': 12,
  'ConfidentialFigures.byStatus': 3,
  'ConfidentialFigures.byWriterKind': 3,
  'ConfidentialThreadView.accessLog': 200, // the query takes at most 200
  'ConfidentialThreadView.attachments': 20, // ATTACHMENTS_PER_THREAD
  'ConfidentialThreadView.messages': 200,
  'ConfidentialThreadView.notes': 100,
  'ConfidentialThreadView.readers': 20,
  'EnrollmentCsvPreview.fileProblems': 5,
  'EnrollmentCsvRow.changes': 3, // discipline, organisation, the student role
  'LearningModule.unmetRequirements': 20, // Module.assignments
  'NotificationSettingsView.preferences': 10, // one per NotificationKind
  'NotificationView.params': 10,
  'Query.confidants': 20,
  'Query.myCertificates': 20,

  // The dashboard: each list is cut at the server's maximum.
  'DueSoon.items': DUE_SOON_MAX,
  'GradingBacklog.entries': GRADING_BACKLOG_MAX,
  'OpenCohortProposals.items': OPEN_PROPOSALS_MAX,
  'OpenIntakeRequests.items': DASHBOARD_INTAKE_SHOWN,
  'UnreadNotifications.items': DASHBOARD_UNREAD_SHOWN,
  // Accreditation per register: six registers (RegisterCode), so every per-register list is six at most.
  'Query.registers': REGISTERS,
  'Query.moduleRegisterPoints': REGISTERS,
  'Mutation.setModuleRegisterPoints': REGISTERS,
  'Mutation.setDisciplineRegisters': REGISTERS,
  'AccreditationProfile.offeredRegisters': REGISTERS,
  'AccreditationProfile.registrations': REGISTERS,
  'AccreditationProfile.points': 20 * REGISTERS, // years × registers
  'AccreditationYear.modules': 60, // a year's completed modules in one register
  'AccreditationExport.editions': 200, // cohorts in a period of at most five years
  'AccreditationExport.missing': 1000, // students without a number in one export
};

/** What a list of objects without a row in LIST_SIZES costs per item: a full page. */
export const DEFAULT_LIST_SIZE = 100;
