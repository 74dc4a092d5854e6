import DataLoader from 'dataloader';
import type { CatalogueService, Lesson, Module, Track } from '@imh/catalogue';
import type { CohortMeeting, CohortPeople, CohortService } from '@imh/cohorts';
import type { Actor } from '@imh/common';
import type { StoredFile } from '@imh/files';
import { type AssignmentServices, createAssignmentLoaders } from '../assignments/assignment.loaders';
import type { Discipline, Organisation, User, UserService } from '@imh/identity';
import { byId, grouped } from './dataloader';

/**
 * One set per request, so a list of N users costs one query per related type, not N.
 * Loaders whose answer depends on who asks get the request's actor; the services they call
 * apply the policy.
 */
export function createLoaders(
  users: UserService,
  catalogue: CatalogueService,
  actor: Actor | null,
  cohorts: CohortService,
  assignments: AssignmentServices,
) {
  return {
    ...createAssignmentLoaders(assignments, actor),
    discipline: byId<Discipline>((ids) => users.disciplinesByIds(ids)),
    organisation: byId<Organisation>((ids) => users.organisationsByIds(ids)),
    user: byId<User>((ids) => catalogue.usersByIds(ids)),
    track: byId<Track>((ids) => catalogue.tracksByIds(ids)),
    module: byId<Module>((ids) => catalogue.modulesByIds(ids)),
    modulesByTrack: grouped<Module>((ids) => catalogue.modulesByTrackIds(actor, ids)),
    lessonsByModule: grouped<Lesson>((ids) => catalogue.lessonsByModuleIds(actor, ids)),
    prerequisitesByModule: grouped<Module>((ids) => catalogue.prerequisitesByModuleIds(actor, ids)),
    attachmentsByLesson: grouped<StoredFile>((ids) => catalogue.attachmentsByLessonIds(ids)),
    /** Whether the signed-in user completed each lesson. */
    lessonCompleted: new DataLoader<string, boolean>(async (ids) => {
      if (!actor) return ids.map(() => false);
      const done = await catalogue.completedLessonIds(actor.userId, ids);
      return ids.map((id) => done.has(id));
    }),
    /** Docents of each cohort, as the actor may see them (a list page asks for these alone). */
    cohortDocents: new DataLoader<string, CohortPeople['docents']>(async (ids) => {
      const people = await cohorts.peopleByCohortIds(actor, ids, ['docents']);
      return ids.map((id) => people.get(id)?.docents ?? []);
    }),
    /** Students of each cohort, as the actor may see them. */
    cohortStudents: new DataLoader<string, CohortPeople['students']>(async (ids) => {
      const people = await cohorts.peopleByCohortIds(actor, ids, ['students']);
      return ids.map((id) => people.get(id)?.students ?? []);
    }),
    /** How many students each cohort has, counted in SQL, not by loading them. */
    cohortStudentCount: new DataLoader<string, number>(async (ids) => {
      const counts = await cohorts.studentCountsByCohortIds(actor, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    cohortMeetings: grouped<CohortMeeting>((ids) => cohorts.meetingsByCohortIds(actor, ids)),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
