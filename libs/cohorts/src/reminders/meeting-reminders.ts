import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import {
  amsterdamInstant,
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
import { cohortAudience } from '../cohort.access';

interface MeetingRow {
  id: string;
  cohort_id: string;
  cohort_name: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online: boolean;
  topic: string;
}

export const meetingReminderKey = (meetingId: string, recipientId: string, startsAt: Date) =>
  `${NotificationKind.MEETING_TOMORROW}/${meetingId}/${recipientId}/${startsAt.toISOString()}`;

/** [start, end) of tomorrow in Amsterdam, seen from `now`. */
function tomorrow(now: Date): [Date, Date] {
  const t = amsterdamTime(now);
  // Noon UTC of today plus one and two days is safely tomorrow and the day after in Amsterdam.
  const next = amsterdamTime(new Date(Date.UTC(t.year, t.month - 1, t.day, 12) + 24 * 3600_000));
  const after = amsterdamTime(new Date(Date.UTC(t.year, t.month - 1, t.day, 12) + 48 * 3600_000));
  return [
    amsterdamInstant(next.year, next.month, next.day, 0),
    amsterdamInstant(after.year, after.month, after.day, 0),
  ];
}

/**
 * A cohort meeting tomorrow (its Amsterdam calendar day), to the cohort's students and docents.
 * The start time is in the key, so a moved meeting is a new reminder; at send time (or in a
 * digest) the meeting must still start then, not have begun, and the recipient still belong to the
 * cohort. Planned between 07:00 and 22:00 only, so the e-mail is not held overnight into the
 * meeting's own day.
 */
@Injectable()
export class MeetingReminders implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly scan: ReminderScan,
    private readonly sender: DeliverySender,
  ) {}

  onModuleInit() {
    this.scan.register({ name: 'meeting-tomorrow', due: (now) => this.due(now) });
    this.sender.registerCheck('meeting-tomorrow', (d) => this.applying(d));
  }

  /** Meetings tomorrow; or, for the check at send time, those meetings as long as they have not begun. */
  private meetings(now: Date, only?: string[]): Promise<MeetingRow[]> {
    const [from, until] = only ? [now, new Date('2100-01-01T00:00:00Z')] : tomorrow(now);
    return this.dataSource.query(
      `SELECT cm.id, cm.cohort_id, c.name AS cohort_name, cm.starts_at, cm.ends_at, cm.place,
              cm.online_url IS NOT NULL AS online, cm.topic
         FROM cohort_meeting cm JOIN cohort c ON c.id = cm.cohort_id
        WHERE cm.starts_at >= $1 AND cm.starts_at < $2 AND cm.starts_at > $3
          AND ($4::uuid[] IS NULL OR cm.id = ANY($4::uuid[]))
        ORDER BY cm.id`,
      [from, until, now, only ?? null],
    );
  }

  async due(now: Date): Promise<DeliveryPlan[]> {
    // Planned outside the quiet hours only, so the e-mail goes when it is made and "tomorrow" holds.
    const hour = amsterdamTime(now).hour;
    if (hour < QUIET_UNTIL_HOUR || hour >= QUIET_FROM_HOUR) return [];
    const meetings = await this.meetings(now);
    const audience = await cohortAudience(
      this.dataSource.manager,
      meetings.map((m) => m.cohort_id),
    );
    const base = this.config.PORTAL_URL.replace(/\/$/, '');
    return meetings.flatMap((m) => {
      const people = audience.get(m.cohort_id) ?? { students: [], docents: [] };
      const startsAt = new Date(m.starts_at);
      const plan = (recipientId: string, path: string): DeliveryPlan => ({
        key: meetingReminderKey(m.id, recipientId, startsAt),
        recipientId,
        kind: NotificationKind.MEETING_TOMORROW,
        email: {
          template: 'meeting-tomorrow',
          params: {
            cohortName: m.cohort_name,
            topic: m.topic,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(m.ends_at).toISOString(),
            place: m.place,
            online: m.online,
            link: `${base}${path}`,
          },
        },
        notification: { params: { cohort: m.cohort_name, startsAt: startsAt.toISOString() }, link: path },
      });
      return [
        ...people.students.map((id) => plan(id, '/my-cohort')),
        ...people.docents.filter((id) => !people.students.includes(id)).map((id) => plan(id, '/cohorts')),
      ];
    });
  }

  /**
   * The reminders of a batch whose meeting still starts then, has not begun, and whose recipient
   * still belongs to its cohort: two statements for the whole batch.
   */
  private async applying(deliveries: CheckedDelivery[]): Promise<Set<string>> {
    const parsed = deliveries
      .map((d) => {
        const [, meetingId, recipientId, starts] = d.key.split('/');
        return { key: d.key, meetingId, recipientId, starts, owner: d.recipientId };
      })
      .filter((p) => isUUID(p.meetingId) && p.recipientId === p.owner && !!p.starts);
    if (!parsed.length) return new Set();
    const meetings = new Map(
      (await this.meetings(this.clock.now(), [...new Set(parsed.map((p) => p.meetingId))])).map((m) => [m.id, m]),
    );
    const audience = await cohortAudience(this.dataSource.manager, [
      ...new Set([...meetings.values()].map((m) => m.cohort_id)),
    ]);
    return new Set(
      parsed
        .filter((p) => {
          const meeting = meetings.get(p.meetingId);
          if (!meeting || new Date(meeting.starts_at).toISOString() !== p.starts) return false;
          const people = audience.get(meeting.cohort_id);
          return !!people && (people.students.includes(p.recipientId) || people.docents.includes(p.recipientId));
        })
        .map((p) => p.key),
    );
  }
}
