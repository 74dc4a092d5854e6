import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import {
  type Delivery,
  DeliverySender,
  type DeliveryPlan,
  NotificationKind,
  oneByOne,
  ReminderScan,
} from '@imh/notifications';

const HOUR = 3600_000;
export const FIRST_REMINDER_MS = 48 * HOUR;
export const OVERDUE_REMINDER_MS = 7 * 24 * HOUR;

/** What a deadline e-mail says, and nothing more: that a message waits (or is new), and since when. */
export type DeadlineOccasion = 'announce' | 'reminder' | 'overdue';
const OCCASIONS: readonly DeadlineOccasion[] = ['announce', 'reminder', 'overdue'];

/** The confidant's inbox, where every waiting thread is: the e-mail names none of them. */
export const CONFIDANT_INBOX_PATH = '/confidential';

/**
 * Keys name the thread, the occasion, the wait (the position of the writer's message that began
 * it: an anonymous writer's times are kept to the day, so a time would not tell two waits of one
 * day apart) and the confidant. An answer ends the wait; the next one is a new occasion.
 */
export const deadlineKey = (threadId: string, occasion: DeadlineOccasion, waitFrom: number, recipientId: string) =>
  `${NotificationKind.CONFIDENTIAL_MESSAGE}/${threadId}/${occasion}/m${waitFrom}/${recipientId}`;

function parseKey(key: string) {
  const [kind, threadId, occasion, wait, recipientId] = key.split('/');
  const waitFrom = /^m\d{1,9}$/.test(wait ?? '') ? Number.parseInt(wait.slice(1), 10) : null;
  if (
    kind !== NotificationKind.CONFIDENTIAL_MESSAGE ||
    !OCCASIONS.includes(occasion as DeadlineOccasion) ||
    waitFrom === null ||
    !isUUID(threadId) ||
    !isUUID(recipientId)
  ) {
    return null;
  }
  return { threadId, occasion: occasion as DeadlineOccasion, waitFrom, recipientId };
}

/** The position of the first writer's message after the last answer: which wait a thread is in. */
const WAIT_FROM = `(SELECT min(m.position) FROM confidential_message m
                     WHERE m.thread_id = t.id AND m.author = 'WRITER'
                       AND m.position > COALESCE((SELECT max(c.position) FROM confidential_message c
                                                   WHERE c.thread_id = t.id AND c.author = 'CONFIDANT'), -1))`;

interface WaitingRow {
  thread_id: string;
  wait_from: number | null;
  user_id: string;
  announce: boolean;
  remind: boolean;
  overdue: boolean;
}

/**
 * The confidential channel's deadlines, as a source of the reminder scan (through the ledger,
 * like every reminder): a thread waiting for an answer reminds its confidants after 48 hours and,
 * overdue, after 7 days (only the later one once both have come: a late scan sends one e-mail);
 * an anonymous message is announced by the first scan of an hour (its first REMINDER_SCAN_MINUTES),
 * as the former hourly scan did, not at once (an e-mail at the moment of writing could be matched
 * to the writer's sign-in).
 *
 * Content-free: the e-mail says only that something waits, with a link to the inbox; never a
 * subject, a text, a thread or who wrote. At send time each one is checked again: answered,
 * closed, or no longer the confidant's, it is skipped.
 */
@Injectable()
export class ConfidentialReminders implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scan: ReminderScan,
    private readonly sender: DeliverySender,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.scan.register({ name: 'confidential-deadlines', due: (now) => this.due(now) });
    // The template is shared with the message e-mails (outbox); only deadline keys are checked here.
    this.sender.registerCheck(
      'confidential-message',
      oneByOne((delivery) => this.applies(delivery)),
    );
  }

  /** Every deadline e-mail that applies at `now`, sent or not (the keys keep it to once). One query. */
  async due(now: Date): Promise<DeliveryPlan[]> {
    // reminded_at / overdue_reminded_at / announced_at were written by the former hourly scan,
    // which sent these itself; a wait it already told about is not told about again.
    const rows: WaitingRow[] = await this.dataSource.query(
      `SELECT t.id AS thread_id, ${WAIT_FROM} AS wait_from, r.user_id,
              (t.writer_kind = 'ANONYMOUS' AND t.announced_at IS NULL AND $4) AS announce,
              (t.awaiting_answer_since <= $2 AND t.awaiting_answer_since > $3 AND t.reminded_at IS NULL) AS remind,
              (t.awaiting_answer_since <= $3 AND t.overdue_reminded_at IS NULL) AS overdue
         FROM confidential_thread t
         JOIN confidential_reader r ON r.thread_id = t.id
         JOIN "user" u ON u.id = r.user_id
        WHERE t.awaiting_answer_since IS NOT NULL AND t.awaiting_answer_since <= $1 AND t.status <> 'CLOSED'
          AND u.status = 'ACTIVE' AND 'CONFIDANT' = ANY(u.roles) AND r.user_id IS DISTINCT FROM t.writer_id`,
      [
        now,
        new Date(now.getTime() - FIRST_REMINDER_MS),
        new Date(now.getTime() - OVERDUE_REMINDER_MS),
        now.getTime() % HOUR < this.config.REMINDER_SCAN_MINUTES * 60_000,
      ],
    );
    const link = `${this.config.PORTAL_URL.replace(/\/$/, '')}${CONFIDANT_INBOX_PATH}`;
    return rows.flatMap((row) => {
      if (row.wait_from === null) return [];
      const waitFrom = row.wait_from;
      const occasions: DeadlineOccasion[] = [
        ...(row.announce ? (['announce'] as const) : []),
        ...(row.overdue ? (['overdue'] as const) : row.remind ? (['reminder'] as const) : []),
      ];
      return occasions.map((occasion): DeliveryPlan => ({
        key: deadlineKey(row.thread_id, occasion, waitFrom, row.user_id),
        recipientId: row.user_id,
        kind: NotificationKind.CONFIDENTIAL_MESSAGE,
        email: {
          template: 'confidential-message',
          params: { occasion: occasion === 'announce' ? 'new' : occasion, link },
        },
        notification: { params: {}, link: CONFIDANT_INBOX_PATH },
      }));
    });
  }

  /** The last look for a deadline e-mail: the same wait goes on and the recipient still reads the thread. */
  async applies(delivery: Pick<Delivery, 'key'>): Promise<boolean> {
    const parsed = parseKey(delivery.key);
    // A message e-mail (planned from the outbox) is not a deadline: nothing to check here.
    if (!parsed) return true;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM confidential_thread t
         JOIN confidential_reader r ON r.thread_id = t.id AND r.user_id = $2
         JOIN "user" u ON u.id = r.user_id
        WHERE t.id = $1 AND t.awaiting_answer_since IS NOT NULL AND t.status <> 'CLOSED'
          AND ${WAIT_FROM} = $3 AND u.status = 'ACTIVE' AND 'CONFIDANT' = ANY(u.roles)`,
      [parsed.threadId, parsed.recipientId, parsed.waitFrom],
    );
    return rows.length > 0;
  }
}
