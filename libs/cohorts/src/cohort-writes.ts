import { QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError } from '@imh/common';
import { Organisation } from '@imh/identity';
import { CohortRefusal } from './cohort-refusal';
import { CohortMode } from './entities/cohort.entity';
import { CohortMeeting } from './entities/cohort-meeting.entity';
import type { CohortMeetingInput } from './dto/cohort-meeting.input';

/**
 * Serialises every change to who is in which cohort of one track (commits, students added by
 * hand) for the rest of the transaction, so a commit's pool check and its inserts see the same
 * pool. The unique index on (student, track) stays the last line of defence.
 */
export async function lockTrackMemberships(manager: EntityManager, trackId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`cohort-memberships:${trackId}`]);
}

function listIds(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

/** An id the client sent, with the full path it sent it at (`input.groups.2.docentIds.0`). */
export interface IdAt {
  id: string;
  path: string;
}

/** The ids of a list input with their paths: `input.docentIds.0`, `input.docentIds.1`, … */
export function idsAt(path: string, ids: readonly string[]): IdAt[] {
  return ids.map((id, i) => ({ id, path: `${path}.${i}` }));
}

/**
 * Every id must be an active user with the DOCENT role; BAD_USER_INPUT naming those that are
 * not (`params.users`), under each path they were sent at.
 */
export async function assertDocents(manager: EntityManager, given: readonly IdAt[]): Promise<void> {
  const wanted = [...new Set(given.map((g) => g.id))];
  if (!wanted.length) return;
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM "user" WHERE id = ANY($1::uuid[]) AND 'DOCENT' = ANY(roles) AND status <> 'DEACTIVATED'`,
    [wanted],
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = wanted.filter((id) => !found.has(id)).sort();
  if (!missing.length) return;
  const message =
    missing.length === 1
      ? `User ${missing[0]} is not an active docent.`
      : `Users ${listIds(missing)} are not active docents.`;
  const fields = Object.fromEntries(given.filter((g) => !found.has(g.id)).map((g) => [g.path, message]));
  throw DomainError.badInput(message, fields, CohortRefusal.NOT_A_DOCENT, { users: missing });
}

/** In-company cohorts name an existing organisation; open ones name none. */
export async function assertModeOrganisation(
  manager: EntityManager,
  mode: CohortMode,
  organisationId: string | null | undefined,
  field = 'input.organisationId',
): Promise<void> {
  if (mode === CohortMode.IN_COMPANY) {
    if (!organisationId) {
      const message = 'Choose the organisation of an in-company cohort.';
      throw DomainError.badInput(message, { [field]: message }, CohortRefusal.ORGANISATION_REQUIRED);
    }
    if (!(await manager.exists(Organisation, { where: { id: organisationId } }))) {
      const message = `Organisation ${organisationId} does not exist.`;
      throw DomainError.badInput(message, { [field]: message }, CohortRefusal.UNKNOWN_ORGANISATION, {
        organisation: organisationId,
      });
    }
  } else if (organisationId) {
    const message = 'Only an in-company cohort belongs to an organisation.';
    throw DomainError.badInput(message, { [field]: message }, CohortRefusal.ORGANISATION_NOT_ALLOWED);
  }
}

export function meetingRow(cohortId: string, input: CohortMeetingInput): Partial<CohortMeeting> {
  return {
    cohortId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place ?? null,
    onlineUrl: input.onlineUrl ?? null,
    topic: input.topic ?? '',
  };
}

/**
 * A second cohort for one student in one track trips the unique index only when a writer
 * skipped `lockTrackMemberships`; it is still a conflict, not a server error, naming the student
 * from the index's own report (`Key (student_id, track_id)=(…, …) already exists.`).
 */
export async function translatePlacementConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const driver = error instanceof QueryFailedError ? (error.driverError as PgError) : undefined;
    if (driver?.code === '23505' && driver.constraint === 'UQ_cohort_member_student_track') {
      const student = /=\(([0-9a-f-]{36}),/.exec(driver.detail ?? '')?.[1];
      throw DomainError.conflict(
        'A student is already in another cohort of this track.',
        CohortRefusal.ALREADY_IN_COHORT,
        student ? { students: [student] } : undefined,
      );
    }
    throw error;
  }
}

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}
