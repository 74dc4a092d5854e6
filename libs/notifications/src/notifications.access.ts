import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ContextAccess } from '@imh/common';

export enum NotificationsPermission {
  /** Read or mark one's own notifications: another user's look like none at all. */
  NOTIFICATION_OWN = 'NOTIFICATION_OWN',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class NotificationsAccess extends ContextAccess<NotificationsPermission> {
  protected readonly rules = { NOTIFICATION_OWN: { deny: 'NOT_FOUND' as const, what: 'Notification' } };

  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  protected async allowed(actor: Actor, _permission: NotificationsPermission, ids: string[], manager: EntityManager) {
    const valid = ids.filter((id) => UUID.test(id));
    if (!valid.length) return new Set<string>();
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM notification WHERE id = ANY($1::uuid[]) AND user_id = $2',
      [valid, actor.userId],
    );
    return new Set(rows.map((r) => r.id));
  }
}
