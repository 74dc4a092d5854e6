import { Module } from '@nestjs/common';
import { NotificationsModule } from '@imh/notifications';
import { MeetingReminders } from './meeting-reminders';

/** The cohorts context's reminder (a meeting tomorrow) for the worker's reminder scan. */
@Module({
  imports: [NotificationsModule],
  providers: [MeetingReminders],
  exports: [MeetingReminders],
})
export class MeetingRemindersModule {}
