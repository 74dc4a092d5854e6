import { Module } from '@nestjs/common';
import { NotificationsModule } from '@imh/notifications';
import { AssignmentReminders } from './assignment-reminders';

/**
 * The assignments context's reminders (due soon, overdue, grading backlog) for the worker's
 * reminder scan. Small on purpose: the worker needs the queries, not the whole context.
 */
@Module({
  imports: [NotificationsModule],
  providers: [AssignmentReminders],
  exports: [AssignmentReminders],
})
export class AssignmentRemindersModule {}
