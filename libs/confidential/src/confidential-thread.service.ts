import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@imh/audit';
import {
  Actor,
  assertSignedIn,
  clampPage,
  DomainError,
  ErrorCode,
  hasRole,
  Page,
  PageRequest,
  Role,
} from '@imh/common';
import { AppConfig } from '@imh/config';
import { ALLOWED_EXTENSIONS, FileStorage } from '@imh/files';
import { Outbox } from '@imh/notifications';
import { ConfidentialAccess, ConfidentialPermission } from './confidential.access';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_THREAD,
  ConfidentialAttachmentService,
  type OpenedAttachment,
} from './confidential-attachment.service';
import { ConfidentialKeysService, type KeyHolder } from './confidential-keys.service';
import { confidentialMessage } from './confidential-notifications';
import { ConfidentialRefusal } from './confidential-refusal';
import {
  newDataKey,
  newReceipt,
  normaliseReceipt,
  open,
  openDataKey,
  openText,
  receiptKeys,
  seal,
  sealDataKey,
  sealText,
  type KeyPair,
} from './crypto/confidential-crypto';
import { THREAD_AD as AD } from './crypto/thread-sealing';
import {
  AddConfidentialNoteInput,
  ReplyByReceiptInput,
  ReplyToConfidentialThreadInput,
  SetConfidentialRetentionInput,
  SetConfidentialThreadStatusInput,
  StartConfidentialThreadInput,
} from './dto/confidential.inputs';
import { ConfidentialMessage, ConfidentialNote, MessageAuthor } from './entities/confidential-message.entity';
import {
  ConfidentialAccessLog,
  ConfidentialAddressee,
  ConfidentialReader,
} from './entities/confidential-reader.entity';
import { ConfidentialThread, ThreadAddressing, ThreadStatus, WriterKind } from './entities/confidential-thread.entity';
import { ReceiptRateLimiter } from './receipt-rate-limiter';
import {
  Confidant,
  ConfidantWorkspace,
  ConfidentialFigures,
  ConfidentialMessageView,
  ConfidentialThreadSummary,
  ConfidentialThreadView,
  StartedConfidentialThread,
} from './views/confidential.types';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;
export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 3650;
const OVERDUE_MS = 7 * 24 * 3600_000;
const NOTICE_MS = 14 * 24 * 3600_000;

/** An anonymous writer's times are kept to the day, so they cannot be matched to a sign-in. */
const startOfDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** Who is reading, with the key that opens the thread for them. */
interface Opened {
  thread: ConfidentialThread;
  dataKey: Uint8Array;
  /** The viewer is an addressed confidant (not the writer, not a receipt holder). */
  asConfidant: boolean;
  viewerId: string | null;
}

/**
 * Confidential threads between a writer (or an anonymous receipt holder) and the addressed
 * confidants. Every subject, body and note is encrypted under the thread's data key before it
 * reaches the database; this service decrypts only for a reader whose key opens it. Nothing it
 * logs, queues, audits or throws carries content or an anonymous writer's identity.
 */
@Injectable()
export class ConfidentialThreadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: ConfidentialAccess,
    private readonly keys: ConfidentialKeysService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly receiptLimiter: ReceiptRateLimiter,
    private readonly attachments: ConfidentialAttachmentService,
    private readonly storage: FileStorage,
  ) {}

  /** The confidants a writer can address: active, with keys. */
  async confidants(actor: Actor | null): Promise<Confidant[]> {
    assertSignedIn(actor);
    this.assertWriter(actor);
    return this.activeConfidants(this.dataSource.manager, actor.userId);
  }

  async start(holder: KeyHolder, input: StartConfidentialThreadInput): Promise<StartedConfidentialThread> {
    const actor = holder.actor;
    assertSignedIn(actor);
    this.assertWriter(actor);
    const subject = this.checkText(input.subject, SUBJECT_MAX, 'subject');
    const body = this.checkText(input.body, BODY_MAX, 'body');
    const anonymous = input.anonymous;
    const named = input.confidantIds?.length ? [...new Set(input.confidantIds)] : null;

    const result = await this.dataSource.transaction(async (manager) => {
      const available = await this.activeConfidants(manager, actor.userId);
      let readers: Confidant[];
      if (named) {
        const byId = new Map(available.map((c) => [c.id, c]));
        const unknown = named.filter((id) => !byId.has(id));
        if (unknown.length) {
          throw DomainError.badInput(
            'Address confidants only.',
            Object.fromEntries(unknown.map((id) => [`input.confidantIds.${named.indexOf(id)}`, 'not a confidant'])),
            ConfidentialRefusal.NOT_AN_ADDRESSABLE_CONFIDANT,
          );
        }
        readers = named.map((id) => byId.get(id)!);
      } else {
        readers = available;
      }
      if (!readers.length) {
        throw DomainError.conflict(
          'No confidant can receive messages yet.',
          ConfidentialRefusal.NO_CONFIDANT_AVAILABLE,
        );
      }
      const publicKeys = await this.keys.publicKeys(manager, [...readers.map((r) => r.id), actor.userId]);
      const writerKey = publicKeys.get(actor.userId);
      if (!anonymous && !writerKey)
        throw DomainError.unauthenticated(undefined, ConfidentialRefusal.SESSION_KEYS_MISSING);

      const id = randomUUID();
      const now = new Date();
      const at = anonymous ? startOfDay(now) : now;
      const dataKey = newDataKey();
      const sealedSubject = sealText(dataKey, subject, AD.subject(id));
      const receipt = anonymous ? newReceipt() : null;
      const receiptPart = receipt ? await this.sealForReceipt(id, dataKey, receipt) : {};
      await manager.insert(ConfidentialThread, {
        id,
        writerId: anonymous ? null : actor.userId,
        writerKind: anonymous
          ? WriterKind.ANONYMOUS
          : hasRole(actor, Role.STUDENT)
            ? WriterKind.STUDENT
            : WriterKind.DOCENT,
        addressing: named ? ThreadAddressing.NAMED : ThreadAddressing.ALL_CONFIDANTS,
        subjectNonce: sealedSubject.nonce,
        subjectCiphertext: sealedSubject.ciphertext,
        status: ThreadStatus.OPEN,
        createdAt: at,
        awaitingAnswerSince: at,
        ...receiptPart,
      });
      if (named)
        await manager.insert(
          ConfidentialAddressee,
          named.map((confidantId) => ({ threadId: id, confidantId })),
        );
      const readerRows = readers
        .filter((r) => publicKeys.has(r.id))
        .map((r) => ({
          threadId: id,
          userId: r.id,
          publicKey: publicKeys.get(r.id)!,
          wrappedKey: sealDataKey(dataKey, publicKeys.get(r.id)!),
        }));
      if (!anonymous) {
        readerRows.push({
          threadId: id,
          userId: actor.userId,
          publicKey: writerKey!,
          wrappedKey: sealDataKey(dataKey, writerKey!),
        });
      }
      await manager.insert(ConfidentialReader, readerRows);
      const messageId = await this.insertMessage(manager, id, dataKey, MessageAuthor.WRITER, null, body, at);
      // An anonymous thread is announced by the hourly deadline scan, not now: an e-mail sent the
      // moment it was written could be matched to the writer's sign-in.
      if (!anonymous) {
        await this.outbox.record(manager, [
          confidentialMessage(
            id,
            messageId,
            'new',
            readers.map((r) => r.id),
          ),
        ]);
      }
      return { id, receipt, readers };
    });

    return {
      receipt: result.receipt,
      thread: anonymous ? null : await this.thread(holder, result.id),
    };
  }

  /** The writer's own threads (named ones; anonymous threads are reached by receipt only). */
  async mine(holder: KeyHolder, page?: PageRequest): Promise<Page<ConfidentialThreadSummary>> {
    const actor = holder.actor;
    assertSignedIn(actor);
    const { offset, limit } = clampPage(page);
    const pair = await this.keys.keyPairFor(holder);
    const [rows, [{ count }]] = await Promise.all([
      this.summaryRows(this.dataSource.manager, actor.userId, 'writer', offset, limit),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM confidential_thread t
           JOIN confidential_reader r ON r.thread_id = t.id AND r.user_id = $1
           JOIN confidential_key k ON k.user_id = r.user_id AND k.public_key = r.public_key
          WHERE t.writer_id = $1`,
        [actor.userId],
      ),
    ]);
    return { items: rows.map((row) => this.summary(row, pair, false)), totalCount: count, offset, limit };
  }

  /** A confidant's inbox: threads they can read, unread first, then the longest waiting. */
  async inbox(holder: KeyHolder, page?: PageRequest): Promise<Page<ConfidentialThreadSummary>> {
    const actor = holder.actor;
    assertSignedIn(actor);
    this.assertConfidant(actor);
    const { offset, limit } = clampPage(page);
    const { pair, hasRecoveryKey } = await this.keys.keyPairAndRecovery(holder);
    await this.assertRecoverySettled(actor.userId, hasRecoveryKey);
    const [rows, [{ count }]] = await Promise.all([
      this.summaryRows(this.dataSource.manager, actor.userId, 'confidant', offset, limit),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM confidential_thread t
           JOIN confidential_reader r ON r.thread_id = t.id AND r.user_id = $1
           JOIN confidential_key k ON k.user_id = r.user_id AND k.public_key = r.public_key
          WHERE t.writer_id IS DISTINCT FROM $1
            AND (t.addressing = 'ALL_CONFIDANTS' OR EXISTS (
                 SELECT 1 FROM confidential_addressee a WHERE a.thread_id = t.id AND a.confidant_id = $1))`,
        [actor.userId],
      ),
    ]);
    return { items: rows.map((row) => this.summary(row, pair, true)), totalCount: count, offset, limit };
  }

  /** One thread, opened: recorded in the access log when a confidant opens it. */
  async thread(holder: KeyHolder, threadId: string): Promise<ConfidentialThreadView> {
    const actor = holder.actor;
    assertSignedIn(actor);
    await this.access.require({ actor, permission: ConfidentialPermission.THREAD_READ, ids: [threadId] });
    const pair = await this.keys.keyPairFor(holder);
    return this.dataSource.transaction(async (manager) => {
      const opened = await this.openForUser(manager, actor, threadId, pair);
      if (opened.asConfidant) {
        await manager.insert(ConfidentialAccessLog, { threadId, confidantId: actor.userId });
      }
      await this.markRead(manager, opened);
      return this.view(manager, opened, actor);
    });
  }

  /** A receipt holder's view of their anonymous thread (signed in or not). */
  async threadByReceipt(receipt: string, address: string): Promise<ConfidentialThreadView> {
    return this.dataSource.transaction(async (manager) => {
      const opened = await this.openByReceipt(manager, receipt, address);
      await this.markRead(manager, opened);
      return this.view(manager, opened, null);
    });
  }

  async reply(holder: KeyHolder, input: ReplyToConfidentialThreadInput): Promise<ConfidentialThreadView> {
    const actor = holder.actor;
    assertSignedIn(actor);
    const body = this.checkText(input.body, BODY_MAX, 'body');
    await this.access.require({ actor, permission: ConfidentialPermission.THREAD_READ, ids: [input.threadId] });
    const pair = await this.keys.keyPairFor(holder);
    await this.dataSource.transaction(async (manager) => {
      const opened = await this.openForUser(manager, actor, input.threadId, pair, true);
      await this.addMessage(manager, opened, body);
    });
    return this.thread(holder, input.threadId);
  }

  /** A file of an anonymous thread, for its receipt holder: the same answers as opening the thread. */
  async attachmentByReceipt(receipt: string, attachmentId: string, address: string): Promise<OpenedAttachment> {
    const opened = await this.openByReceipt(this.dataSource.manager, receipt, address).catch((error: unknown) => {
      // A receipt that opens nothing and a file not in its thread: one answer.
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) throw DomainError.notFound('Attachment');
      throw error;
    });
    return this.attachments.openInThread(this.dataSource.manager, opened.thread.id, attachmentId, opened.dataKey);
  }

  async replyByReceipt(input: ReplyByReceiptInput, address: string): Promise<ConfidentialThreadView> {
    const body = this.checkText(input.body, BODY_MAX, 'body');
    const threadId = await this.dataSource.transaction(async (manager) => {
      const opened = await this.openByReceipt(manager, input.receipt, address, true);
      await this.addMessage(manager, opened, body);
      return opened.thread.id;
    });
    // Confidants learn of it at the next deadline scan (see start()); nothing to send now.
    void threadId;
    return this.threadByReceipt(input.receipt, address);
  }

  async setStatus(holder: KeyHolder, input: SetConfidentialThreadStatusInput): Promise<ConfidentialThreadView> {
    const actor = holder.actor;
    assertSignedIn(actor);
    await this.access.require({ actor, permission: ConfidentialPermission.THREAD_HANDLE, ids: [input.threadId] });
    await this.dataSource.transaction(async (manager) => {
      const thread = await manager.findOne(ConfidentialThread, {
        where: { id: input.threadId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!thread) throw DomainError.notFound('Thread');
      if (thread.version !== input.version) {
        throw DomainError.conflict(
          'Someone changed this thread since you opened it.',
          ConfidentialRefusal.STALE_THREAD,
        );
      }
      const closing = input.status === ThreadStatus.CLOSED && thread.status !== ThreadStatus.CLOSED;
      const reopening = input.status !== ThreadStatus.CLOSED && thread.status === ThreadStatus.CLOSED;
      thread.status = input.status;
      if (closing) {
        thread.closedAt = new Date();
        thread.deleteAfter = this.deletionDate(thread.closedAt, thread.retentionDays);
      }
      if (reopening) {
        thread.closedAt = null;
        thread.deleteAfter = null;
      }
      await manager.save(thread);
    });
    return this.thread(holder, input.threadId);
  }

  async addNote(holder: KeyHolder, input: AddConfidentialNoteInput): Promise<ConfidentialThreadView> {
    const actor = holder.actor;
    assertSignedIn(actor);
    const body = this.checkText(input.body, BODY_MAX, 'body');
    await this.access.require({ actor, permission: ConfidentialPermission.THREAD_HANDLE, ids: [input.threadId] });
    const pair = await this.keys.keyPairFor(holder);
    await this.dataSource.transaction(async (manager) => {
      const opened = await this.openForUser(manager, actor, input.threadId, pair);
      const id = randomUUID();
      const sealed = sealText(opened.dataKey, body, AD.note(input.threadId, id));
      await manager.insert(ConfidentialNote, {
        id,
        threadId: input.threadId,
        confidantId: actor.userId,
        bodyNonce: sealed.nonce,
        bodyCiphertext: sealed.ciphertext,
      });
    });
    return this.thread(holder, input.threadId);
  }

  async setRetention(holder: KeyHolder, input: SetConfidentialRetentionInput): Promise<ConfidentialThreadView> {
    const actor = holder.actor;
    assertSignedIn(actor);
    const days = input.days ?? null;
    if (days !== null && (days < RETENTION_MIN_DAYS || days > RETENTION_MAX_DAYS)) {
      throw DomainError.badInput(
        `Keep a thread between ${RETENTION_MIN_DAYS} and ${RETENTION_MAX_DAYS} days.`,
        { 'input.days': 'out of range' },
        ConfidentialRefusal.RETENTION_OUT_OF_RANGE,
        { min: RETENTION_MIN_DAYS, max: RETENTION_MAX_DAYS },
      );
    }
    await this.access.require({ actor, permission: ConfidentialPermission.THREAD_HANDLE, ids: [input.threadId] });
    await this.dataSource.transaction(async (manager) => {
      const thread = await manager.findOneByOrFail(ConfidentialThread, { id: input.threadId });
      thread.retentionDays = days;
      if (thread.closedAt) thread.deleteAfter = this.deletionDate(thread.closedAt, days);
      await manager.save(thread);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'confidential.retention_changed',
        subjectType: 'confidential_thread',
        subjectId: thread.id,
        data: { days },
      });
    });
    return this.thread(holder, input.threadId);
  }

  /** The writer deletes their own thread: rows and wrapped keys go; the audit keeps that it happened. */
  async delete(actor: Actor | null, threadId: string): Promise<boolean> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: ConfidentialPermission.THREAD_DELETE, ids: [threadId] });
    const objects = await this.dataSource.transaction((manager) =>
      this.deleteThreads(manager, [threadId], 'WRITER', actor.userId),
    );
    await this.deleteObjects(objects);
    return true;
  }

  /**
   * Removes threads with everything under them (messages, notes, keys, access log: by the
   * foreign keys) and records each deletion, without content, in the audit.
   */
  async deleteThreads(
    manager: EntityManager,
    threadIds: string[],
    by: 'WRITER' | 'RETENTION',
    actorId: string | null,
  ): Promise<string[]> {
    if (!threadIds.length) return [];
    const objects: { storage_key: string }[] = await manager.query(
      'SELECT storage_key FROM confidential_attachment WHERE thread_id = ANY($1::uuid[])',
      [threadIds],
    );
    await manager.query(`DELETE FROM confidential_thread WHERE id = ANY($1::uuid[])`, [threadIds]);
    for (const id of threadIds) {
      await this.audit.record(manager, {
        actorId,
        action: 'confidential.thread_deleted',
        subjectType: 'confidential_thread',
        subjectId: id,
        data: { by },
      });
    }
    return objects.map((o) => o.storage_key);
  }

  /**
   * After the deleting transaction committed: the attachments' stored (encrypted) objects. A
   * crash in between leaves unreadable ciphertext without a key, never a thread without its files.
   */
  async deleteObjects(storageKeys: string[]): Promise<void> {
    for (const key of storageKeys) await this.storage.delete(key);
  }

  async workspace(holder: KeyHolder): Promise<ConfidantWorkspace> {
    const actor = holder.actor;
    assertSignedIn(actor);
    this.assertConfidant(actor);
    const { pair, hasRecoveryKey } = await this.keys.keyPairAndRecovery(holder);
    const others = await this.activeConfidants(this.dataSource.manager, actor.userId);
    const pending: { confidant_id: string; count: number }[] = await this.dataSource.query(
      `SELECT c.id AS confidant_id, count(*)::int AS count
         FROM confidential_thread t
         JOIN confidential_reader mine ON mine.thread_id = t.id AND mine.user_id = $1
         JOIN confidential_key mk ON mk.user_id = $1 AND mk.public_key = mine.public_key
         JOIN "user" c ON c.id = ANY($2::uuid[])
         JOIN confidential_key ck ON ck.user_id = c.id
        WHERE t.writer_id IS DISTINCT FROM c.id
          AND (t.addressing = 'ALL_CONFIDANTS' OR EXISTS (
               SELECT 1 FROM confidential_addressee a WHERE a.thread_id = t.id AND a.confidant_id = c.id))
          AND NOT EXISTS (SELECT 1 FROM confidential_reader r
                           WHERE r.thread_id = t.id AND r.user_id = c.id AND r.public_key = ck.public_key)
        GROUP BY c.id`,
      [actor.userId, others.map((o) => o.id)],
    );
    const [{ awaiting }] = await this.dataSource.query(
      `SELECT count(*)::int AS awaiting FROM confidential_thread t
        WHERE t.writer_id IS DISTINCT FROM $1
          AND (t.addressing = 'ALL_CONFIDANTS' OR EXISTS (
               SELECT 1 FROM confidential_addressee a WHERE a.thread_id = t.id AND a.confidant_id = $1))
          AND NOT EXISTS (SELECT 1 FROM confidential_reader r JOIN confidential_key k
                             ON k.user_id = r.user_id AND k.public_key = r.public_key
                           WHERE r.thread_id = t.id AND r.user_id = $1)`,
      [actor.userId],
    );
    const notices: (ConfidentialThread & { wrapped_key: Buffer })[] = await this.dataSource
      .getRepository(ConfidentialThread)
      .createQueryBuilder('t')
      .innerJoin(ConfidentialReader, 'r', 'r.thread_id = t.id AND r.user_id = :me', { me: actor.userId })
      .addSelect('r.wrapped_key', 'wrapped_key')
      .where('t.delete_after IS NOT NULL AND t.delete_after <= :soon', { soon: new Date(Date.now() + NOTICE_MS) })
      .orderBy('t.delete_after', 'ASC')
      .limit(50)
      .getRawAndEntities()
      .then(({ entities, raw }) =>
        entities.map((e, i) => Object.assign(e, { wrapped_key: (raw[i] as { wrapped_key: Buffer }).wrapped_key })),
      );
    const byId = new Map(others.map((o) => [o.id, o]));
    return {
      hasRecoveryKey,
      // With nobody to re-grant, a lost password would lose every thread: the only confidant must make one.
      recoveryKeyRequired: !hasRecoveryKey && others.length === 0,
      awaitingGrant: awaiting,
      pendingGrants: pending.map((p) => ({ confidant: byId.get(p.confidant_id)!, threadCount: p.count })),
      deletionNotices: notices.flatMap((t) => {
        try {
          const dataKey = openDataKey(t.wrapped_key, pair);
          const subject = openText(
            dataKey,
            { nonce: t.subjectNonce, ciphertext: t.subjectCiphertext },
            AD.subject(t.id),
          );
          return [{ threadId: t.id, subject, deleteAfter: t.deleteAfter! }];
        } catch {
          return [];
        }
      }),
    };
  }

  /** Seals every thread the granting confidant holds, and the other may read, to the other's key. */
  async grant(holder: KeyHolder, confidantId: string): Promise<number> {
    const actor = holder.actor;
    assertSignedIn(actor);
    this.assertConfidant(actor);
    const pair = await this.keys.keyPairFor(holder);
    return this.dataSource.transaction(async (manager) => {
      const others = await this.activeConfidants(manager, actor.userId);
      if (!others.some((o) => o.id === confidantId)) throw DomainError.notFound('Confidant');
      const target = (await this.keys.publicKeys(manager, [confidantId])).get(confidantId)!;
      const rows: { thread_id: string; wrapped_key: Buffer }[] = await manager.query(
        `SELECT t.id AS thread_id, mine.wrapped_key
           FROM confidential_thread t
           JOIN confidential_reader mine ON mine.thread_id = t.id AND mine.user_id = $1
           JOIN confidential_key mk ON mk.user_id = $1 AND mk.public_key = mine.public_key
          WHERE t.writer_id IS DISTINCT FROM $2
            AND (t.addressing = 'ALL_CONFIDANTS' OR EXISTS (
                 SELECT 1 FROM confidential_addressee a WHERE a.thread_id = t.id AND a.confidant_id = $2))
            AND NOT EXISTS (SELECT 1 FROM confidential_reader r
                             WHERE r.thread_id = t.id AND r.user_id = $2 AND r.public_key = $3)`,
        [actor.userId, confidantId, target],
      );
      if (!rows.length) return 0;
      await manager.upsert(
        ConfidentialReader,
        rows.map((row) => ({
          threadId: row.thread_id,
          userId: confidantId,
          publicKey: target,
          wrappedKey: sealDataKey(openDataKey(row.wrapped_key, pair), target),
        })),
        ['threadId', 'userId'],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'confidential.access_granted',
        subjectType: 'user',
        subjectId: confidantId,
        data: { threads: rows.length },
      });
      return rows.length;
    });
  }

  /** Counts for the annual report: no subject, no content, no names. */
  async figures(actor: Actor | null, year: number): Promise<ConfidentialFigures> {
    assertSignedIn(actor);
    this.assertConfidant(actor);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw DomainError.badInput('Choose a year between 2000 and 2100.', { year: 'out of range' });
    }
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year + 1, 0, 1));
    const args = [from, to];
    const where = `created_at >= $1 AND created_at < $2`;
    const [months, statuses, kinds, [median]] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char(created_at AT TIME ZONE 'Europe/Amsterdam', 'MM') AS key, count(*)::int AS count
           FROM confidential_thread WHERE ${where} GROUP BY 1 ORDER BY 1`,
        args,
      ),
      this.dataSource.query(
        `SELECT status::text AS key, count(*)::int AS count FROM confidential_thread WHERE ${where} GROUP BY 1 ORDER BY 1`,
        args,
      ),
      this.dataSource.query(
        `SELECT writer_kind::text AS key, count(*)::int AS count FROM confidential_thread WHERE ${where} GROUP BY 1 ORDER BY 1`,
        args,
      ),
      this.dataSource.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_answered_at - created_at) / 3600)
                AS hours
           FROM confidential_thread WHERE ${where} AND first_answered_at IS NOT NULL`,
        args,
      ),
    ]);
    const byMonth = Array.from({ length: 12 }, (_, i) => {
      const key = String(i + 1).padStart(2, '0');
      return { key, count: (months as { key: string; count: number }[]).find((m) => m.key === key)?.count ?? 0 };
    });
    const hours = (median as { hours: number | null }).hours;
    return {
      year,
      byMonth,
      byStatus: statuses,
      byWriterKind: kinds,
      medianHoursToFirstAnswer: hours === null ? null : Math.round(Number(hours) * 10) / 10,
    };
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────

  private assertWriter(actor: Actor) {
    if (!hasRole(actor, Role.STUDENT) && !hasRole(actor, Role.DOCENT)) {
      throw DomainError.forbidden('Students and docents write to the confidant.', ConfidentialRefusal.NOT_A_WRITER);
    }
  }

  private assertConfidant(actor: Actor) {
    if (!hasRole(actor, Role.CONFIDANT)) {
      throw DomainError.forbidden('Only confidants read confidential threads.', ConfidentialRefusal.NOT_A_CONFIDANT);
    }
  }

  /**
   * The sole confidant must have a recovery key before reading (see workspace()). `hasRecoveryKey`
   * when the caller read their key row already (keyPairAndRecovery).
   */
  private async assertRecoverySettled(userId: string, hasRecoveryKey?: boolean) {
    if (hasRecoveryKey ?? (await this.keys.hasRecoveryKey(userId))) return;
    const others = await this.activeConfidants(this.dataSource.manager, userId);
    if (!others.length) {
      throw DomainError.conflict('Make a recovery key first.', ConfidentialRefusal.RECOVERY_KEY_REQUIRED);
    }
  }

  private checkText(value: string, max: number, field: string): string {
    const text = value.trim();
    if (!text) {
      throw DomainError.badInput(
        'Write something first.',
        { [`input.${field}`]: 'empty' },
        ConfidentialRefusal.MESSAGE_EMPTY,
      );
    }
    if (text.length > max) {
      throw DomainError.badInput(
        `At most ${max} characters.`,
        { [`input.${field}`]: 'too long' },
        ConfidentialRefusal.MESSAGE_TOO_LONG,
        { max },
      );
    }
    return text;
  }

  private async activeConfidants(manager: EntityManager, exceptUserId: string | null): Promise<Confidant[]> {
    return manager.query(
      `SELECT u.id, u.name FROM "user" u JOIN confidential_key k ON k.user_id = u.id
        WHERE 'CONFIDANT' = ANY(u.roles) AND u.status = 'ACTIVE' AND u.id IS DISTINCT FROM $1
        ORDER BY u.name, u.id`,
      [exceptUserId],
    );
  }

  private deletionDate(closedAt: Date, days: number | null): Date {
    return new Date(closedAt.getTime() + (days ?? this.config.CONFIDENTIAL_RETENTION_DAYS) * 24 * 3600_000);
  }

  private async sealForReceipt(threadId: string, dataKey: Uint8Array, receipt: string) {
    const { lookup, wrapKey } = await receiptKeys(receipt);
    const sealed = seal(wrapKey, dataKey, AD.receipt(threadId));
    return { receiptLookup: lookup, receiptNonce: sealed.nonce, receiptWrapped: sealed.ciphertext };
  }

  private async insertMessage(
    manager: EntityManager,
    threadId: string,
    dataKey: Uint8Array,
    author: MessageAuthor,
    confidantId: string | null,
    body: string,
    at: Date,
  ) {
    const id = randomUUID();
    const sealed = sealText(dataKey, body, AD.message(threadId, id));
    // The caller holds the thread's row lock (or just created it), so positions cannot collide.
    const [{ next }]: { next: number }[] = await manager.query(
      'SELECT coalesce(max(position), 0) + 1 AS next FROM confidential_message WHERE thread_id = $1',
      [threadId],
    );
    await manager.insert(ConfidentialMessage, {
      id,
      threadId,
      position: next,
      author,
      confidantId,
      bodyNonce: sealed.nonce,
      bodyCiphertext: sealed.ciphertext,
      createdAt: at,
    });
    return id;
  }

  /** Adds a message from whoever opened the thread, and records in the outbox whom to tell. */
  private async addMessage(manager: EntityManager, opened: Opened, body: string) {
    const { thread } = opened;
    if (thread.status === ThreadStatus.CLOSED) {
      throw DomainError.conflict('This thread is closed.', ConfidentialRefusal.THREAD_CLOSED);
    }
    const now = new Date();
    const anonymousWriter = !opened.asConfidant && thread.writerKind === WriterKind.ANONYMOUS;
    const at = anonymousWriter ? startOfDay(now) : now;
    const author = opened.asConfidant ? MessageAuthor.CONFIDANT : MessageAuthor.WRITER;
    const messageId = await this.insertMessage(
      manager,
      thread.id,
      opened.dataKey,
      author,
      opened.asConfidant ? opened.viewerId : null,
      body,
      at,
    );
    if (opened.asConfidant) {
      thread.firstAnsweredAt ??= now;
      thread.awaitingAnswerSince = null;
      thread.remindedAt = null;
      thread.overdueRemindedAt = null;
      thread.announcedAt = null;
      if (thread.status === ThreadStatus.OPEN) thread.status = ThreadStatus.IN_PROGRESS;
    } else {
      thread.awaitingAnswerSince ??= at;
    }
    await manager.save(thread);
    if (opened.asConfidant) {
      // The writer of a named thread learns there is an answer; an anonymous one reads it by receipt.
      if (thread.writerId) {
        await this.outbox.record(manager, [confidentialMessage(thread.id, messageId, 'answer', [thread.writerId])]);
      }
      return;
    }
    // An anonymous writer's reply is announced by the next deadline scan (see start()).
    if (anonymousWriter) return;
    const readers: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM confidential_reader WHERE thread_id = $1 AND user_id <> $2`,
      [thread.id, thread.writerId],
    );
    if (readers.length) {
      await this.outbox.record(manager, [
        confidentialMessage(
          thread.id,
          messageId,
          'reply',
          readers.map((r) => r.user_id),
        ),
      ]);
    }
  }

  private async openForUser(
    manager: EntityManager,
    actor: Actor,
    threadId: string,
    pair: KeyPair,
    lock = false,
  ): Promise<Opened> {
    const thread = await manager.findOne(ConfidentialThread, {
      where: { id: threadId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const reader = await manager.findOneBy(ConfidentialReader, { threadId, userId: actor.userId });
    if (!thread || !reader) throw DomainError.notFound('Thread');
    const dataKey = openDataKey(reader.wrappedKey, pair);
    return { thread, dataKey, asConfidant: thread.writerId !== actor.userId, viewerId: actor.userId };
  }

  /** Wrong, malformed and unknown receipts: one answer, after the same work, rate-limited per address. */
  private async openByReceipt(manager: EntityManager, input: string, address: string, lock = false): Promise<Opened> {
    await this.receiptLimiter.assertAllowed(address);
    const receipt = normaliseReceipt(input) ?? '0000000000000000';
    const { lookup, wrapKey } = await receiptKeys(receipt);
    const thread = normaliseReceipt(input)
      ? await manager.findOne(ConfidentialThread, {
          where: { receiptLookup: lookup },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!thread?.receiptNonce || !thread.receiptWrapped) {
      await this.receiptLimiter.recordFailure(address);
      throw DomainError.notFound('Thread');
    }
    const dataKey = open(
      wrapKey,
      { nonce: thread.receiptNonce, ciphertext: thread.receiptWrapped },
      AD.receipt(thread.id),
    );
    return { thread, dataKey, asConfidant: false, viewerId: null };
  }

  private async markRead(manager: EntityManager, opened: Opened) {
    // A confidant reads the writer's messages; the writer reads the confidants'.
    const author = opened.asConfidant ? MessageAuthor.WRITER : MessageAuthor.CONFIDANT;
    // When an anonymous writer read an answer is theirs as much as when they wrote: the day only.
    const anonymousReader = !opened.asConfidant && opened.thread.writerKind === WriterKind.ANONYMOUS;
    await manager.query(
      `UPDATE confidential_message SET read_at = ${anonymousReader ? `date_trunc('day', now(), 'UTC')` : 'now()'}
        WHERE thread_id = $1 AND author = $2 AND read_at IS NULL`,
      [opened.thread.id, author],
    );
  }

  private async view(manager: EntityManager, opened: Opened, actor: Actor | null): Promise<ConfidentialThreadView> {
    const { thread, dataKey, asConfidant } = opened;
    const [messages, notes, log, readers, writer, attachments] = await Promise.all([
      manager.find(ConfidentialMessage, { where: { threadId: thread.id }, order: { position: 'ASC' } }),
      asConfidant
        ? manager.find(ConfidentialNote, { where: { threadId: thread.id }, order: { createdAt: 'ASC' } })
        : Promise.resolve([]),
      asConfidant
        ? manager.query(
            `SELECT u.name AS "confidantName", l.opened_at AS "openedAt" FROM confidential_access_log l
               JOIN "user" u ON u.id = l.confidant_id WHERE l.thread_id = $1 ORDER BY l.opened_at DESC LIMIT 200`,
            [thread.id],
          )
        : Promise.resolve([]),
      manager.query(
        `SELECT u.id, u.name FROM confidential_reader r JOIN "user" u ON u.id = r.user_id
          WHERE r.thread_id = $1 AND r.user_id IS DISTINCT FROM $2 ORDER BY u.name`,
        [thread.id, thread.writerId],
      ) as Promise<Confidant[]>,
      thread.writerId && asConfidant
        ? manager.query(`SELECT name FROM "user" WHERE id = $1`, [thread.writerId])
        : Promise.resolve([]),
      this.attachments.listFor(manager, thread.id, dataKey),
    ]);
    const names = new Map(readers.map((r) => [r.id, r.name]));
    const writerName: string | null = (writer as { name: string }[])[0]?.name ?? null;
    const viewerId = actor?.userId ?? null;
    const messageViews: ConfidentialMessageView[] = messages.map((m) => ({
      id: m.id,
      author: m.author,
      authorName:
        m.author === MessageAuthor.CONFIDANT ? (names.get(m.confidantId!) ?? null) : asConfidant ? writerName : null,
      body: openText(dataKey, { nonce: m.bodyNonce, ciphertext: m.bodyCiphertext }, AD.message(thread.id, m.id)),
      createdAt: m.createdAt,
      readAt: m.readAt,
      mine: m.author === MessageAuthor.WRITER ? !asConfidant : m.confidantId === viewerId,
    }));
    return {
      id: thread.id,
      subject: openText(
        dataKey,
        { nonce: thread.subjectNonce, ciphertext: thread.subjectCiphertext },
        AD.subject(thread.id),
      ),
      status: thread.status,
      anonymous: thread.writerKind === WriterKind.ANONYMOUS,
      createdAt: thread.createdAt,
      version: thread.version,
      unread: false,
      overdue: asConfidant && this.isOverdue(thread),
      deleteAfter: thread.deleteAfter,
      writerKind: asConfidant ? thread.writerKind : null,
      writerName: asConfidant ? writerName : null,
      readers,
      messages: messageViews,
      attachments,
      attachmentLimits: {
        maxBytes: ATTACHMENT_MAX_BYTES,
        maxFiles: ATTACHMENTS_PER_THREAD,
        allowedTypes: [...ALLOWED_EXTENSIONS],
      },
      // Uploads go by session (the reader's own key); a receipt holder has none.
      canAttach: !!viewerId && thread.status !== ThreadStatus.CLOSED && attachments.length < ATTACHMENTS_PER_THREAD,
      notes: asConfidant
        ? notes.map((n) => ({
            id: n.id,
            authorName: names.get(n.confidantId) ?? '',
            body: openText(dataKey, { nonce: n.bodyNonce, ciphertext: n.bodyCiphertext }, AD.note(thread.id, n.id)),
            createdAt: n.createdAt,
          }))
        : null,
      accessLog: asConfidant ? log : null,
      retentionDays: asConfidant ? thread.retentionDays : null,
      canHandle: asConfidant,
      canDelete: !asConfidant && !!viewerId && thread.writerId === viewerId,
    };
  }

  private isOverdue(thread: { awaitingAnswerSince: Date | null; status: ThreadStatus }) {
    return (
      thread.status !== ThreadStatus.CLOSED &&
      !!thread.awaitingAnswerSince &&
      Date.now() - thread.awaitingAnswerSince.getTime() > OVERDUE_MS
    );
  }

  private summaryRows(
    manager: EntityManager,
    userId: string,
    as: 'writer' | 'confidant',
    offset: number,
    limit: number,
  ) {
    const scope =
      as === 'writer'
        ? `t.writer_id = $1`
        : `t.writer_id IS DISTINCT FROM $1 AND (t.addressing = 'ALL_CONFIDANTS' OR EXISTS (
             SELECT 1 FROM confidential_addressee a WHERE a.thread_id = t.id AND a.confidant_id = $1))`;
    const unreadAuthor = as === 'writer' ? 'CONFIDANT' : 'WRITER';
    return manager.query(
      `SELECT t.id, t.status, t.writer_kind, t.created_at, t.awaiting_answer_since, t.delete_after,
              t.subject_nonce, t.subject_ciphertext, r.wrapped_key,
              EXISTS (SELECT 1 FROM confidential_message m
                       WHERE m.thread_id = t.id AND m.author = '${unreadAuthor}' AND m.read_at IS NULL) AS unread,
              (SELECT max(m.created_at) FROM confidential_message m WHERE m.thread_id = t.id) AS last_at
         FROM confidential_thread t
         JOIN confidential_reader r ON r.thread_id = t.id AND r.user_id = $1
         JOIN confidential_key k ON k.user_id = r.user_id AND k.public_key = r.public_key
        WHERE ${scope}
        ORDER BY unread DESC, (t.status = 'CLOSED') ASC, t.awaiting_answer_since ASC NULLS LAST, last_at DESC, t.id
        OFFSET $2 LIMIT $3`,
      [userId, offset, limit],
    ) as Promise<SummaryRow[]>;
  }

  private summary(row: SummaryRow, pair: KeyPair, asConfidant: boolean): ConfidentialThreadSummary {
    const dataKey = openDataKey(row.wrapped_key, pair);
    return {
      id: row.id,
      subject: openText(dataKey, { nonce: row.subject_nonce, ciphertext: row.subject_ciphertext }, AD.subject(row.id)),
      status: row.status,
      anonymous: row.writer_kind === WriterKind.ANONYMOUS,
      createdAt: row.created_at,
      unread: row.unread,
      overdue: asConfidant && this.isOverdue({ awaitingAnswerSince: row.awaiting_answer_since, status: row.status }),
      deleteAfter: row.delete_after,
    };
  }
}

interface SummaryRow {
  id: string;
  status: ThreadStatus;
  writer_kind: WriterKind;
  created_at: Date;
  awaiting_answer_since: Date | null;
  delete_after: Date | null;
  subject_nonce: Buffer;
  subject_ciphertext: Buffer;
  wrapped_key: Buffer;
  unread: boolean;
}
