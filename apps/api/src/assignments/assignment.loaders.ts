import type {
  Assignment,
  AssignmentDueDate,
  AssignmentExtension,
  AssignmentService,
  Grade,
  GradingService,
  GradingView,
  HandInState,
  RubricCriterion,
  Submission,
  SubmissionAuthor,
  SubmissionService,
} from '@imh/assignments';
import type { Cohort } from '@imh/cohorts';
import type { Actor } from '@imh/common';
import type { StoredFile } from '@imh/files';
import { byId, grouped, keyed } from '../graphql/dataloader';

export interface AssignmentServices {
  assignments: AssignmentService;
  submissions: SubmissionService;
  grading: GradingService;
}

/** The assignments context's per-request loaders: one query per related type, whatever the list length. */
export function createAssignmentLoaders(services: AssignmentServices, actor: Actor | null) {
  const { assignments, submissions, grading } = services;
  return {
    assignment: byId<Assignment>((ids) => assignments.byIds(ids)),
    assignmentsByModule: grouped<Assignment>((ids) => assignments.byModuleIds(actor, ids)),
    rubricCriteria: grouped<RubricCriterion>((ids) => assignments.criteriaByAssignmentIds(ids)),
    dueDates: grouped<AssignmentDueDate>((ids) => assignments.dueDatesByAssignmentIds(actor, ids)),
    myDueAt: keyed<Date>((ids) => assignments.myDueDates(actor, ids)),
    myHandIn: keyed<HandInState>((ids) => submissions.handInStates(actor, ids)),
    mySubmissions: grouped<Submission>((ids) => submissions.mineByAssignmentIds(actor, ids)),
    previousAttempts: grouped<Submission>((ids) => submissions.previousAttemptsBySubmissionIds(actor, ids)),
    submissionExtension: keyed<AssignmentExtension>((ids) => assignments.extensionsBySubmissionIds(actor, ids)),
    submissionFiles: grouped<StoredFile>((ids) => submissions.filesBySubmissionIds(actor, ids)),
    submissionAuthor: keyed<SubmissionAuthor>((ids) => submissions.authorsBySubmissionIds(actor, ids)),
    submissionCohort: byId<Cohort>((ids) => submissions.cohortsByIds(ids)),
    grades: grouped<Grade>((ids) => grading.gradesForViewer(actor, ids)),
    gradingView: keyed<GradingView>((ids) => grading.gradingViews(actor, ids)),
  };
}
