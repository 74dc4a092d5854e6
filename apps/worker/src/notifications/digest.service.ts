import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { amsterdamTime, Delivery, DeliverySender, OutboxRelay } from '@imh/notifications';
import type { EmailJob } from '@imh/queue';
import { renderEmail } from '../email/templates';

/**
 * The daily digest: at each user's chosen hour (Europe/Amsterdam), every e-mail held for it
 * becomes one e-mail listing their subjects. The digest is a delivery itself, keyed by user and
 * day, so a second run that hour, or a second worker, sends nothing twice.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly deliveries: DeliverySender,
  ) {}

  async sendDue(now = new Date()): Promise<number> {
    const local = amsterdamTime(now);
    const day = `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
    const keys = await this.dataSource.transaction(async (manager) => {
      const due: { recipient_id: string; name: string; email: string; locale: 'nl' | 'en' }[] = await manager.query(
        `SELECT DISTINCT d.recipient_id, u.name, u.email, u.locale
           FROM delivery d JOIN "user" u ON u.id = d.recipient_id
           LEFT JOIN notification_settings s ON s.user_id = d.recipient_id
          WHERE d.status = 'HELD' AND coalesce(s.digest_hour, 7) = $1`,
        [local.hour],
      );
      const queued: string[] = [];
      for (const person of due) {
        const locked: Pick<Delivery, 'key' | 'recipientId' | 'kind' | 'template' | 'params'>[] = await manager.query(
          `SELECT key, recipient_id AS "recipientId", kind, template, params FROM delivery
            WHERE recipient_id = $1 AND status = 'HELD'
            ORDER BY created_at FOR UPDATE SKIP LOCKED`,
          [person.recipient_id],
        );
        // The same last look as an e-mail sent at once: a reminder whose work was handed in meanwhile is left out.
        const applying = await this.deliveries.stillApplying(locked);
        const held = locked.filter((d) => applying.has(d.key));
        const stale = locked.filter((d) => !applying.has(d.key));
        if (stale.length) {
          await manager.query(`UPDATE delivery SET status = 'SKIPPED' WHERE key = ANY($1::varchar[])`, [
            stale.map((d) => d.key),
          ]);
        }
        if (!held.length) continue;
        const items = held.map((d) => {
          const rendered = renderEmail({
            template: d.template,
            to: person.email,
            locale: person.locale,
            params: d.params,
          } as EmailJob);
          const link = /https?:\/\/\S+/.exec(rendered.text)?.[0] ?? null;
          return { subject: rendered.subject, link };
        });
        const key = `DIGEST/${person.recipient_id}/${day}/${held[0].key.slice(0, 100)}`;
        await manager.query(
          `INSERT INTO delivery (key, recipient_id, kind, template, params, status, not_before)
           VALUES ($1, $2, 'DIGEST', 'digest', $3, 'PENDING', $4) ON CONFLICT (key) DO NOTHING`,
          [key, person.recipient_id, { name: person.name, items }, now],
        );
        await manager.query(`UPDATE delivery SET status = 'SENT', sent_at = now() WHERE key = ANY($1::varchar[])`, [
          held.map((h) => h.key),
        ]);
        queued.push(key);
      }
      return queued;
    });
    await this.relay.queueDeliveries(
      keys.map((key) => ({ key, notBefore: now })),
      now,
    );
    return keys.length;
  }
}
