import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import { EmailJob, jobId, QueueName } from '@imh/queue';
import { CohortEvents, type CohortsAssignedEvent } from './cohort-events';

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

/**
 * Sends the `cohort-assigned` e-mail to every student and docent placed in a cohort, in their
 * own language. The job id is derived from the cohort and the person, so a retry or a second
 * event for the same placement sends nothing twice. Three queries whatever the number of people.
 */
@Injectable()
export class CohortAssignmentMailer implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.EMAIL) private readonly emailQueue: Queue<EmailJob>,
    private readonly events: CohortEvents,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (event) => {
      if (event.type === 'cohorts.assigned') await this.send(event);
    });
  }

  async send(event: CohortsAssignedEvent): Promise<void> {
    if (!event.assignments.length) return;
    const cohortIds = [...new Set(event.assignments.map((a) => a.cohortId))];
    const userIds = [...new Set(event.assignments.map((a) => a.userId))];
    const cohorts: CohortRow[] = await this.dataSource.query(
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
    const users: { id: string; name: string; email: string; locale: 'nl' | 'en' }[] = await this.dataSource.query(
      `SELECT id, name, email, locale FROM "user" WHERE id = ANY($1::uuid[]) AND status <> 'DEACTIVATED'`,
      [userIds],
    );
    const cohortById = new Map(cohorts.map((c) => [c.id, c]));
    const userById = new Map(users.map((u) => [u.id, u]));
    const link = this.config.PORTAL_URL.replace(/\/$/, '') + '/';
    const jobs = event.assignments.flatMap(({ cohortId, userId, role }) => {
      const cohort = cohortById.get(cohortId);
      const user = userById.get(userId);
      if (!cohort || !user) return [];
      const data: EmailJob = {
        template: 'cohort-assigned',
        to: user.email,
        locale: user.locale,
        params: {
          name: user.name,
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
          link,
        },
      };
      return [{ name: 'cohort-assigned', data, opts: { jobId: jobId('cohort-assigned', cohortId, userId) } }];
    });
    if (jobs.length) await this.emailQueue.addBulk(jobs);
  }
}
