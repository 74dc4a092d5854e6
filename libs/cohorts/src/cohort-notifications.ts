import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@imh/config';
import {
  DeliveryPlan,
  MalformedFactError,
  NotificationKind,
  OutboxFact,
  OutboxHandlers,
  requireIds,
} from '@imh/notifications';

/** Someone was placed in a cohort: as a student, or as one of its docents. */
export interface CohortAssignment {
  cohortId: string;
  userId: string;
  role: 'STUDENT' | 'DOCENT';
}

/** People were placed in cohorts (a new cohort, a committed proposal, one added): they are told. */
export const COHORTS_ASSIGNED = 'cohorts.assigned';

/** The outbox fact for placements, written in the transaction that placed them. Ids only. */
export const cohortsAssigned = (assignments: readonly CohortAssignment[]): OutboxFact => ({
  type: COHORTS_ASSIGNED,
  payload: { assignments: assignments.map(({ cohortId, userId, role }) => ({ cohortId, userId, role })) },
});

interface CohortRow {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  trackTitle: string;
  firstStartsAt: Date | null;
  firstPlace: string | null;
  firstOnline: boolean | null;
}

function assignmentsOf(payload: Record<string, unknown>): CohortAssignment[] {
  const list = payload.assignments;
  if (!Array.isArray(list)) throw new MalformedFactError('assignments is not a list.');
  return list.map((item) => {
    const { cohortId, userId } = requireIds(item, ['cohortId', 'userId']);
    const role = (item as { role?: unknown }).role;
    if (role !== 'STUDENT' && role !== 'DOCENT') throw new MalformedFactError('role is not STUDENT or DOCENT.');
    return { cohortId, userId, role };
  });
}

/**
 * Plans the `cohort-assigned` e-mail and in-app notification for every student and docent
 * placed in a cohort, in their own language. The key is the cohort and the person: removing
 * someone and placing them again tells them nothing new. Two queries whatever the number of people
 * (the relay reads the recipients).
 */
@Injectable()
export class CohortNotifications implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register({ type: COHORTS_ASSIGNED, plan: (manager, payload) => this.plan(manager, payload) });
  }

  async plan(manager: EntityManager, payload: Record<string, unknown>): Promise<DeliveryPlan[]> {
    const assignments = assignmentsOf(payload);
    if (!assignments.length) return [];
    const cohortIds = [...new Set(assignments.map((a) => a.cohortId))];
    const cohorts: CohortRow[] = await manager.query(
      `SELECT c.id, c.name, to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn",
              t.title AS "trackTitle", f.starts_at AS "firstStartsAt", f.place AS "firstPlace",
              (f.online_url IS NOT NULL) AS "firstOnline"
         FROM cohort c
         JOIN track t ON t.id = c.track_id
         LEFT JOIN LATERAL (
           SELECT m.starts_at, m.place, m.online_url FROM cohort_meeting m
            WHERE m.cohort_id = c.id ORDER BY m.starts_at, m.id LIMIT 1
         ) f ON true
        WHERE c.id = ANY($1::uuid[])`,
      [cohortIds],
    );
    const cohortById = new Map(cohorts.map((c) => [c.id, c]));
    const portal = this.config.PORTAL_URL.replace(/\/$/, '');
    return assignments.flatMap(({ cohortId, userId, role }): DeliveryPlan[] => {
      const cohort = cohortById.get(cohortId);
      if (!cohort) return [];
      const path = role === 'DOCENT' ? `/cohorts/${cohortId}` : '/my-cohort';
      return [
        {
          key: `${NotificationKind.COHORT_ASSIGNED}/${cohortId}/${userId}`,
          recipientId: userId,
          kind: NotificationKind.COHORT_ASSIGNED,
          email: {
            template: 'cohort-assigned',
            params: {
              role,
              cohortName: cohort.name,
              trackTitle: cohort.trackTitle,
              startsOn: cohort.startsOn,
              endsOn: cohort.endsOn,
              firstMeeting: cohort.firstStartsAt
                ? {
                    startsAt: new Date(cohort.firstStartsAt).toISOString(),
                    place: cohort.firstPlace,
                    online: !!cohort.firstOnline,
                  }
                : null,
              link: `${portal}/`,
            },
          },
          notification: { params: { cohort: cohort.name, track: cohort.trackTitle }, link: path },
        },
      ];
    });
  }
}
