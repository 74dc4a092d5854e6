import type { EntityManager } from 'typeorm';
import { EmailJob, jobId } from '@imh/queue';

/** How long before the effective due date a student who has not handed in is reminded. */
export const REMINDER_LEAD_MS = 48 * 3600_000;

export interface DueReminder {
  name: string;
  data: EmailJob;
  opts: { jobId: string };
}

/**
 * Finds every student whose effective due date (the `assignment_effective_due_date` view) falls
 * within the next 48 hours and who has not handed anything in, records a reminder for that
 * exact due date and returns the e-mails to send. Run it in a transaction with the enqueue:
 * the record exists only if the e-mail was queued. A reminder is recorded per due date, so a
 * moved date earns a new one and the old date is never reminded again once it is not the
 * effective one. Two statements whatever the number of students.
 */
export async function collectDueReminders(
  manager: EntityManager,
  now: Date,
  portalUrl: string,
): Promise<DueReminder[]> {
  const until = new Date(now.getTime() + REMINDER_LEAD_MS);
  const recorded: { assignment_id: string; student_id: string; due_at: Date }[] = await manager.query(
    `INSERT INTO assignment_reminder (assignment_id, student_id, due_at)
     SELECT e.assignment_id, e.student_id, e.due_at
       FROM assignment_effective_due_date e
       JOIN assignment a ON a.id = e.assignment_id
       JOIN module m ON m.id = a.module_id AND m.status = 'PUBLISHED'
       JOIN "user" u ON u.id = e.student_id AND u.status = 'ACTIVE'
      WHERE e.due_at > $1 AND e.due_at <= $2
        AND NOT EXISTS (SELECT 1 FROM submission s
                         WHERE s.assignment_id = e.assignment_id AND s.student_id = e.student_id AND s.status <> 'DRAFT')
     ON CONFLICT DO NOTHING
     RETURNING assignment_id, student_id, due_at`,
    [now, until],
  );
  if (!recorded.length) return [];
  const details: {
    assignment_id: string;
    student_id: string;
    title: string;
    module_title: string;
    name: string;
    email: string;
    locale: 'nl' | 'en';
  }[] = await manager.query(
    `SELECT p.assignment_id, p.student_id, a.title, m.title AS module_title, u.name, u.email, u.locale
       FROM unnest($1::uuid[], $2::uuid[]) AS p(assignment_id, student_id)
       JOIN assignment a ON a.id = p.assignment_id
       JOIN module m ON m.id = a.module_id
       JOIN "user" u ON u.id = p.student_id`,
    [recorded.map((r) => r.assignment_id), recorded.map((r) => r.student_id)],
  );
  const byPair = new Map(details.map((d) => [`${d.assignment_id}:${d.student_id}`, d]));
  const base = portalUrl.replace(/\/$/, '');
  return recorded.flatMap((r) => {
    const d = byPair.get(`${r.assignment_id}:${r.student_id}`);
    if (!d) return [];
    const dueAt = new Date(r.due_at).toISOString();
    return [
      {
        name: 'assignment-due-reminder',
        data: {
          template: 'assignment-due-reminder',
          to: d.email,
          locale: d.locale,
          params: {
            name: d.name,
            assignmentTitle: d.title,
            moduleTitle: d.module_title,
            dueAt,
            link: `${base}/assignments/${r.assignment_id}`,
          },
        },
        opts: { jobId: jobId('assignment-due-reminder', r.assignment_id, r.student_id, dueAt) },
      },
    ];
  });
}
