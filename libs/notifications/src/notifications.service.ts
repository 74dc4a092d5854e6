import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Actor, assertSignedIn, clampPage, DomainError, Page, PageRequest } from '@imh/common';
import { sha256 } from './delivery-sender';
import { Notification } from './entities/notification.entity';
import { NotificationPreference, NotificationSettings } from './entities/notification-preference.entity';
import { EmailMode, NotificationKind } from './notification-kind';
import { NotificationsAccess, NotificationsPermission } from './notifications.access';
import { NotificationsRefusal } from './notifications-refusal';
import { NotificationSettingsView, NotificationView } from './views/notification.types';

const KINDS = Object.values(NotificationKind);

/** The bell, the list and each user's choices. Everyone sees only their own. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NotificationsAccess,
  ) {}

  async list(actor: Actor | null, page?: PageRequest, unreadOnly = false): Promise<Page<NotificationView>> {
    assertSignedIn(actor);
    const { offset, limit } = clampPage(page);
    // `IsNull()`: a plain null in a TypeORM where is no condition at all.
    const where = { userId: actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const [rows, totalCount] = await this.dataSource.getRepository(Notification).findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { items: rows.map(view), totalCount, offset, limit };
  }

  async unreadCount(actor: Actor | null): Promise<number> {
    assertSignedIn(actor);
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [actor.userId],
    );
    return count;
  }

  async markRead(actor: Actor | null, id: string): Promise<NotificationView> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: NotificationsPermission.NOTIFICATION_OWN, ids: [id] });
    await this.dataSource.query('UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1', [id]);
    return view(await this.dataSource.getRepository(Notification).findOneByOrFail({ id }));
  }

  async markAllRead(actor: Actor | null): Promise<number> {
    assertSignedIn(actor);
    const [, affected]: [unknown, number] = await this.dataSource.query(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [actor.userId],
    );
    return affected;
  }

  async settings(actor: Actor | null): Promise<NotificationSettingsView> {
    assertSignedIn(actor);
    const [prefs, settings] = await Promise.all([
      this.dataSource.getRepository(NotificationPreference).findBy({ userId: actor.userId }),
      this.dataSource.getRepository(NotificationSettings).findOneBy({ userId: actor.userId }),
    ]);
    return {
      preferences: KINDS.map((kind) => ({
        kind,
        email: prefs.find((p) => p.kind === kind)?.mode ?? EmailMode.IMMEDIATE,
      })),
      digestHour: settings?.digestHour ?? 7,
    };
  }

  async setPreference(actor: Actor | null, kind: string, mode: EmailMode): Promise<NotificationSettingsView> {
    assertSignedIn(actor);
    if (!KINDS.includes(kind as NotificationKind)) {
      throw DomainError.badInput(
        'Unknown kind of notification.',
        { kind: 'unknown' },
        NotificationsRefusal.UNKNOWN_NOTIFICATION_KIND,
      );
    }
    await this.dataSource
      .getRepository(NotificationPreference)
      .upsert({ userId: actor.userId, kind, mode }, ['userId', 'kind']);
    return this.settings(actor);
  }

  async setDigestHour(actor: Actor | null, hour: number): Promise<NotificationSettingsView> {
    assertSignedIn(actor);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw DomainError.badInput(
        'Choose an hour from 0 to 23.',
        { hour: 'out of range' },
        NotificationsRefusal.DIGEST_HOUR_OUT_OF_RANGE,
        {
          min: 0,
          max: 23,
        },
      );
    }
    await this.dataSource
      .getRepository(NotificationSettings)
      .upsert({ userId: actor.userId, digestHour: hour }, ['userId']);
    return this.settings(actor);
  }

  /** The one-click link in every e-mail: switches that kind's e-mail off. No sign-in needed. */
  async unsubscribe(token: string): Promise<NotificationKind> {
    const invalid = () =>
      DomainError.badInput(
        'This link is not valid.',
        { token: 'invalid' },
        NotificationsRefusal.UNSUBSCRIBE_LINK_INVALID,
      );
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw invalid();
    const [row]: { recipient_id: string; kind: string }[] = await this.dataSource.query(
      `SELECT recipient_id, kind FROM delivery WHERE unsubscribe_hash = $1 AND kind <> 'ACCOUNT' LIMIT 1`,
      [sha256(token)],
    );
    if (!row || !KINDS.includes(row.kind as NotificationKind)) throw invalid();
    await this.dataSource
      .getRepository(NotificationPreference)
      .upsert({ userId: row.recipient_id, kind: row.kind, mode: EmailMode.OFF }, ['userId', 'kind']);
    return row.kind as NotificationKind;
  }
}

function view(n: Notification): NotificationView {
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    params: Object.entries(n.params ?? {}).map(([name, value]) => ({
      name,
      value: value === null ? null : String(value),
    })),
    link: n.link,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}
