import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import {
  amsterdamTime,
  Clock,
  type CheckedDelivery,
  DeliverySender,
  type DeliveryPlan,
  NotificationKind,
  QUIET_FROM_HOUR,
  QUIET_UNTIL_HOUR,
  ReminderScan,
} from '@imh/notifications';
import { gradersOfCohorts, studentReadsModule } from '../assignment.access';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** An overdue notice the scan did not get to within a week (a worker down that long) is not sent late. */
export const OVERDUE_WINDOW_MS = 7 * DAY;

/** Work that counts as handed in: any attempt past its draft (a pass is a handed-in attempt too). */
const owesWork = (e: string) =>
  `NOT EXISTS (SELECT 1 FROM submission s
                WHERE s.assignment_id = ${e}.assignment_id AND s.student_id = ${e}.student_id AND s.status <> 'DRAFT')`;

/** Waiting for a grade: handed in, not yet graded or sent back. */
const WAITING = `s.status IN ('SUBMITTED', 'NEEDS_THIRD_MARKER')`;

interface OwedRow {
  assignment_id: string;
  student_id: string;
  due_at: Date;
  title: string;
  module_title: string;
  lead: number | null;
}

/** Keys name what a reminder is about; the occasion is the due date (and lead) it reminds of, or the day. */
export const reminderKeys = {
  dueSoon: (assignmentId: string, studentId: string, dueAt: Date, hours: number) =>
    `${NotificationKind.ASSIGNMENT_DUE_SOON}/${assignmentId}/${studentId}/${dueAt.toISOString()}/${hours}h`,
  overdue: (assignmentId: string, studentId: string, dueAt: Date) =>
    `${NotificationKind.ASSIGNMENT_OVERDUE}/${assignmentId}/${studentId}/${dueAt.toISOString()}`,
  backlog: (docentId: string, day: string) => `${NotificationKind.GRADING_BACKLOG}/${docentId}/${day}`,
};

/** The parts of a key made by `reminderKeys`, or null when it is not one. */
function parseKey(key: string) {
  const [kind, a, b, c, d] = key.split('/');
  const at = c ? new Date(c) : null;
  return { kind, a, b, at: at && !Number.isNaN(at.getTime()) ? at : null, hours: d ? Number.parseInt(d, 10) : null };
}

const dayOf = (now: Date) => {
  const t = amsterdamTime(now);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
};

/**
 * The assignments context's reminders, found by scan at the clock's `now`:
 * - due soon: each lead time (REMINDER_DUE_SOON_HOURS, 72 and 24) before a student's effective
 *   due date (`assignment_effective_due_date`: their extension, else their cohort's), to each
 *   student of the cohort who has not handed in; only the nearest lead that has come, so a late
 *   scan or a date set close by sends one e-mail, not all of them at once;
 * - overdue: once, REMINDER_OVERDUE_AFTER_HOURS after the effective due date, still not handed in;
 * - grading backlog: once a day, to each grader, the count of handed-in work waiting longer than
 *   GRADING_BACKLOG_DAYS days.
 * The due date is in the key, so a moved date or an extension is a new reminder and the old one
 * no longer applies; a hand-in stops the next one. At send time each delivery is checked again
 * (registered with the DeliverySender), so one planned before a hand-in, a moved date or the next
 * lead time is skipped rather than sent.
 */
@Injectable()
export class AssignmentReminders implements OnModuleInit {
  private readonly leads: number[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly scan: ReminderScan,
    private readonly sender: DeliverySender,
  ) {
    this.leads = [...new Set(config.REMINDER_DUE_SOON_HOURS.split(',').map(Number))]
      .filter((h) => h > 0)
      .sort((a, b) => b - a);
  }

  onModuleInit() {
    this.scan.register({ name: 'assignment-due-soon', due: (now) => this.dueSoon(now) });
    this.scan.register({ name: 'assignment-overdue', due: (now) => this.overdue(now) });
    this.scan.register({ name: 'grading-backlog', due: (now) => this.backlog(now) });
    this.sender.registerCheck('assignment-due-soon', (d) => this.dueSoonApplying(d));
    this.sender.registerCheck('assignment-overdue', (d) => this.overdueApplying(d));
    this.sender.registerCheck('grading-backlog', (d) => this.backlogApplying(d));
  }

  private link(path: string) {
    return `${this.config.PORTAL_URL.replace(/\/$/, '')}${path}`;
  }

  /**
   * Students owing work whose effective due date is in the given range, with the nearest lead
   * time that has come at `now` (null when none has). `only` narrows it to these assignment and
   * student pairs (the check at send time). One statement whatever the number of students.
   */
  private owed(now: Date, from: Date, until: Date, only?: { assignmentId: string; studentId: string }[]) {
    return this.dataSource.query(
      `SELECT e.assignment_id, e.student_id, e.due_at, a.title, m.title AS module_title,
              (SELECT min(l.hours) FROM unnest($3::int[]) AS l(hours)
                WHERE e.due_at - make_interval(hours => l.hours) <= $4) AS lead
         FROM assignment_effective_due_date e
         JOIN assignment a ON a.id = e.assignment_id
         JOIN module m ON m.id = a.module_id AND m.status = 'PUBLISHED'
         JOIN "user" u ON u.id = e.student_id AND u.status = 'ACTIVE'
        WHERE e.due_at > $1 AND e.due_at <= $2
          AND ($5::uuid[] IS NULL OR (e.assignment_id, e.student_id) IN (SELECT * FROM unnest($5::uuid[], $6::uuid[])))
          AND ${owesWork('e')}
          AND ${studentReadsModule('m', 'e.student_id')}
        ORDER BY e.assignment_id, e.student_id`,
      [from, until, this.leads, now, only?.map((o) => o.assignmentId) ?? null, only?.map((o) => o.studentId) ?? null],
    ) as Promise<OwedRow[]>;
  }

  async dueSoon(now: Date): Promise<DeliveryPlan[]> {
    if (!this.leads.length) return [];
    const rows = await this.owed(now, now, new Date(now.getTime() + this.leads[0] * HOUR));
    return rows.flatMap((r) => {
      if (r.lead === null) return [];
      const dueAt = new Date(r.due_at);
      return [
        {
          key: reminderKeys.dueSoon(r.assignment_id, r.student_id, dueAt, r.lead),
          recipientId: r.student_id,
          kind: NotificationKind.ASSIGNMENT_DUE_SOON,
          email: {
            template: 'assignment-due-soon' as const,
            params: {
              assignmentTitle: r.title,
              moduleTitle: r.module_title,
              dueAt: dueAt.toISOString(),
              link: this.link(`/assignments/${r.assignment_id}`),
            },
          },
          notification: {
            params: { assignment: r.title, dueAt: dueAt.toISOString() },
            link: `/assignments/${r.assignment_id}`,
          },
        },
      ];
    });
  }

  async overdue(now: Date): Promise<DeliveryPlan[]> {
    const after = this.config.REMINDER_OVERDUE_AFTER_HOURS * HOUR;
    const until = new Date(now.getTime() - after);
    const rows = await this.owed(now, new Date(until.getTime() - OVERDUE_WINDOW_MS), until);
    return rows.map((r) => {
      const dueAt = new Date(r.due_at);
      return {
        key: reminderKeys.overdue(r.assignment_id, r.student_id, dueAt),
        recipientId: r.student_id,
        kind: NotificationKind.ASSIGNMENT_OVERDUE,
        email: {
          template: 'assignment-overdue' as const,
          params: {
            assignmentTitle: r.title,
            moduleTitle: r.module_title,
            dueAt: dueAt.toISOString(),
            link: this.link(`/assignments/${r.assignment_id}`),
          },
        },
        notification: {
          params: { assignment: r.title, dueAt: dueAt.toISOString() },
          link: `/assignments/${r.assignment_id}`,
        },
      };
    });
  }

  /** Per grader: how much handed-in work has waited longer than the threshold, and since when. */
  private async waiting(now: Date) {
    const before = new Date(now.getTime() - this.config.GRADING_BACKLOG_DAYS * DAY);
    const rows: { cohort_id: string; count: number; oldest: Date }[] = await this.dataSource.query(
      `SELECT s.cohort_id, count(*)::int AS count, min(s.submitted_at) AS oldest
         FROM submission s
        WHERE ${WAITING} AND s.submitted_at <= $1
        GROUP BY s.cohort_id`,
      [before],
    );
    const graders = await gradersOfCohorts(
      this.dataSource.manager,
      rows.map((r) => r.cohort_id),
    );
    const perDocent = new Map<string, { count: number; oldest: Date }>();
    for (const row of rows) {
      for (const id of graders.get(row.cohort_id) ?? []) {
        const sum = perDocent.get(id) ?? { count: 0, oldest: new Date(row.oldest) };
        sum.count += row.count;
        if (new Date(row.oldest) < sum.oldest) sum.oldest = new Date(row.oldest);
        perDocent.set(id, sum);
      }
    }
    return perDocent;
  }

  async backlog(now: Date): Promise<DeliveryPlan[]> {
    // Once a day, made outside the quiet hours so it goes out the day it is about.
    const hour = amsterdamTime(now).hour;
    if (hour < QUIET_UNTIL_HOUR || hour >= QUIET_FROM_HOUR) return [];
    const day = dayOf(now);
    const days = this.config.GRADING_BACKLOG_DAYS;
    return [...(await this.waiting(now))].map(([docentId, { count, oldest }]) => ({
      key: reminderKeys.backlog(docentId, day),
      recipientId: docentId,
      kind: NotificationKind.GRADING_BACKLOG,
      email: {
        template: 'grading-backlog' as const,
        params: { count, days, oldestSubmittedAt: oldest.toISOString(), link: this.link('/grading') },
      },
      notification: { params: { count, days }, link: '/grading' },
    }));
  }

  /**
   * The reminders of a batch whose student still owes the work at that effective due date, in one
   * statement: the rows owed between the batch's earliest and latest due date, for its pairs.
   */
  private async stillOwed(deliveries: CheckedDelivery[], now: Date) {
    const parsed = deliveries
      .map((d) => ({ key: d.key, ...parseKey(d.key) }))
      .filter((p): p is typeof p & { at: Date } => !!p.at && isUUID(p.a) && isUUID(p.b));
    if (!parsed.length) return { parsed, owed: new Map<string, OwedRow>() };
    const times = parsed.map((p) => p.at.getTime());
    const rows = await this.owed(
      now,
      new Date(Math.min(...times) - 1),
      new Date(Math.max(...times)),
      parsed.map((p) => ({ assignmentId: p.a, studentId: p.b })),
    );
    const owed = new Map(rows.map((r) => [`${r.assignment_id}/${r.student_id}/${new Date(r.due_at).getTime()}`, r]));
    return { parsed, owed };
  }

  /** Still owed, still this effective due date, and this lead still the nearest one that has come. */
  private async dueSoonApplying(deliveries: CheckedDelivery[]): Promise<Set<string>> {
    const now = this.clock.now();
    const { parsed, owed } = await this.stillOwed(deliveries, now);
    return new Set(
      parsed
        .filter((p) => {
          const row = owed.get(`${p.a}/${p.b}/${p.at.getTime()}`);
          return !!row && p.at.getTime() > now.getTime() && row.lead === p.hours;
        })
        .map((p) => p.key),
    );
  }

  private async overdueApplying(deliveries: CheckedDelivery[]): Promise<Set<string>> {
    const { parsed, owed } = await this.stillOwed(deliveries, this.clock.now());
    return new Set(parsed.filter((p) => owed.has(`${p.a}/${p.b}/${p.at.getTime()}`)).map((p) => p.key));
  }

  /**
   * Something still waits, and the backlog is today's or yesterday's (a daily digest at an early
   * hour carries yesterday's); an older one is not sent late.
   */
  private async backlogApplying(deliveries: CheckedDelivery[]): Promise<Set<string>> {
    const now = this.clock.now();
    const days = [dayOf(now), dayOf(new Date(now.getTime() - DAY))];
    const recent = deliveries.filter((d) => days.some((day) => d.key.endsWith(`/${day}`)));
    if (!recent.length) return new Set();
    const waiting = await this.waiting(now);
    return new Set(recent.filter((d) => waiting.has(d.recipientId)).map((d) => d.key));
  }
}
