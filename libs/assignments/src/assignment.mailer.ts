import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import { EmailJob, jobId, QueueName } from '@imh/queue';
import { AssignmentAccess } from './assignment.access';
import { AssignmentEvents, type AssignmentEvent } from './assignment-events';

interface Recipient {
  id: string;
  name: string;
  email: string;
  locale: 'nl' | 'en';
}

interface SubmissionContext {
  assignmentId: string;
  assignmentTitle: string;
  moduleTitle: string;
  cohortName: string;
  student: Recipient;
}

/**
 * Tells people by e-mail, in their own language: the cohort's docents when an attempt is
 * handed in, the student when a grade is released or a revision is requested. Job ids come
 * from the submission or grade, so a retry or a duplicate event sends nothing twice.
 */
@Injectable()
export class AssignmentMailer implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.EMAIL) private readonly emailQueue: Queue<EmailJob>,
    private readonly events: AssignmentEvents,
    private readonly config: AppConfig,
    private readonly access: AssignmentAccess,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((event) => this.send(event));
  }

  private link(path: string): string {
    return `${this.config.PORTAL_URL.replace(/\/$/, '')}${path}`;
  }

  private async context(submissionId: string): Promise<SubmissionContext | null> {
    const [row]: (Omit<SubmissionContext, 'student'> & {
      studentId: string;
      studentName: string;
      studentEmail: string;
      studentLocale: 'nl' | 'en';
      studentStatus: string;
    })[] = await this.dataSource.query(
      `SELECT a.id AS "assignmentId", a.title AS "assignmentTitle", m.title AS "moduleTitle", c.name AS "cohortName",
              u.id AS "studentId", u.name AS "studentName", u.email AS "studentEmail", u.locale AS "studentLocale",
              u.status AS "studentStatus"
         FROM submission s
         JOIN assignment a ON a.id = s.assignment_id
         JOIN module m ON m.id = a.module_id
         JOIN cohort c ON c.id = s.cohort_id
         JOIN "user" u ON u.id = s.student_id
        WHERE s.id = $1`,
      [submissionId],
    );
    if (!row) return null;
    return {
      assignmentId: row.assignmentId,
      assignmentTitle: row.assignmentTitle,
      moduleTitle: row.moduleTitle,
      cohortName: row.cohortName,
      student: { id: row.studentId, name: row.studentName, email: row.studentEmail, locale: row.studentLocale },
    };
  }

  async send(event: AssignmentEvent): Promise<void> {
    const ctx = await this.context(event.submissionId);
    if (!ctx) return;
    const { assignmentTitle, moduleTitle } = ctx;
    if (event.type === 'SubmissionSubmitted') {
      const ids = await this.access.docentsOf(this.dataSource.manager, event.cohortId);
      const docents: Recipient[] = ids.length
        ? await this.dataSource.query(
            'SELECT u.id, u.name, u.email, u.locale FROM "user" u WHERE u.id = ANY($1::uuid[]) ORDER BY u.id',
            [ids],
          )
        : [];
      const link = this.link(`/grading/${event.submissionId}`);
      if (!docents.length) return;
      await this.emailQueue.addBulk(
        docents.map((d) => ({
          name: 'submission-received',
          data: {
            template: 'submission-received',
            to: d.email,
            locale: d.locale,
            params: { name: d.name, assignmentTitle, moduleTitle, cohortName: ctx.cohortName, link },
          },
          opts: { jobId: jobId('submission-received', event.submissionId, d.id) },
        })),
      );
      return;
    }
    const student = ctx.student;
    const link = this.link(`/assignments/${ctx.assignmentId}`);
    const params = { name: student.name, assignmentTitle, moduleTitle, link };
    const data: EmailJob =
      event.type === 'GradeReleased'
        ? { template: 'grade-released', to: student.email, locale: student.locale, params }
        : { template: 'revision-requested', to: student.email, locale: student.locale, params };
    const id =
      event.type === 'GradeReleased'
        ? jobId('grade-released', event.gradeId)
        : jobId('revision-requested', event.submissionId);
    await this.emailQueue.add(data.template, data, { jobId: id });
  }
}
