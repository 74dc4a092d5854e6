import DataLoader from 'dataloader';
import type {
  Assignment,
  AssignmentDueDate,
  AssignmentExtension,
  AssignmentService,
  Grade,
  GradingService,
  GradingView,
  RubricCriterion,
  Submission,
  SubmissionAuthor,
  SubmissionService,
} from '@imh/assignments';
import type { Cohort } from '@imh/cohorts';
import type { Actor } from '@imh/common';
import type { StoredFile } from '@imh/files';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await load(ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const map = await load(ids);
    return ids.map((id) => map.get(id) ?? []);
  });
}

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
    myDueAt: new DataLoader<string, Date | null>(async (ids) => {
      const map = await assignments.myDueDates(actor, ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
    mySubmissions: grouped<Submission>((ids) => submissions.mineByAssignmentIds(actor, ids)),
    previousAttempts: grouped<Submission>((ids) => submissions.previousAttemptsBySubmissionIds(actor, ids)),
    submissionExtension: new DataLoader<string, AssignmentExtension | null>(async (ids) => {
      const map = await assignments.extensionsBySubmissionIds(actor, ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
    submissionFiles: grouped<StoredFile>((ids) => submissions.filesBySubmissionIds(actor, ids)),
    submissionAuthor: new DataLoader<string, SubmissionAuthor | null>(async (ids) => {
      const map = await submissions.authorsBySubmissionIds(actor, ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
    submissionCohort: byId<Cohort>((ids) => submissions.cohortsByIds(ids)),
    grades: grouped<Grade>((ids) => grading.gradesForViewer(actor, ids)),
    gradingView: new DataLoader<string, GradingView | null>(async (ids) => {
      const map = await grading.gradingViews(actor, ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
