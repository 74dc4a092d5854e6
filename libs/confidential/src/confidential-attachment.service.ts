import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { assertSignedIn, DomainError } from '@imh/common';
import {
  ALLOWED_EXTENSIONS,
  cleanFileName,
  extensionOf,
  FileRefusal,
  FileStorage,
  fileTypeFor,
  newStorageKey,
} from '@imh/files';
import { ConfidentialAccess, ConfidentialPermission } from './confidential.access';
import { ConfidentialKeysService, type KeyHolder } from './confidential-keys.service';
import { open, openDataKey, openText, seal, sealText } from './crypto/confidential-crypto';
import { ConfidentialAttachment } from './entities/confidential-attachment.entity';
import { MessageAuthor } from './entities/confidential-message.entity';
import { ConfidentialReader } from './entities/confidential-reader.entity';
import { ConfidentialThread, ThreadStatus } from './entities/confidential-thread.entity';
import { ConfidentialRefusal } from './confidential-refusal';

/** Attachments are read into memory to be encrypted whole; keep them small. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_THREAD = 20;

const AD = {
  meta: (threadId: string, id: string) => `thread:${threadId}:attachment:${id}:meta`,
  content: (threadId: string, id: string) => `thread:${threadId}:attachment:${id}:content`,
};

/** What the uploader gets back: the new entry of the thread's list (as ConfidentialAttachmentView). */
export interface AttachedFile {
  id: string;
  name: string;
  size: number;
  author: MessageAuthor;
  createdAt: Date;
}

export interface OpenedAttachment {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

/**
 * Files in a confidential thread: encrypted under the thread's data key before they reach the
 * storage abstraction (which never sees a plaintext byte or name), decrypted only for a reader.
 */
@Injectable()
export class ConfidentialAttachmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConfidentialAccess,
    private readonly keys: ConfidentialKeysService,
    private readonly storage: FileStorage,
  ) {}

  /** Before reading the body: who may attach, and a declared size within the limit. */
  async assertCanAttach(holder: KeyHolder, threadId: string, declaredBytes: number | undefined): Promise<void> {
    assertSignedIn(holder.actor);
    await this.access.require({ actor: holder.actor, permission: ConfidentialPermission.THREAD_READ, ids: [threadId] });
    if (declaredBytes !== undefined && declaredBytes > ATTACHMENT_MAX_BYTES + 64 * 1024) throw tooLarge();
  }

  async attach(holder: KeyHolder, threadId: string, fileName: string, body: Readable): Promise<AttachedFile> {
    const actor = holder.actor;
    assertSignedIn(actor);
    await this.access.require({ actor, permission: ConfidentialPermission.THREAD_READ, ids: [threadId] });
    const pair = await this.keys.keyPairFor(holder);
    const name = cleanFileName(fileName);
    const type = fileTypeFor(name);
    if (!name || !type) {
      throw DomainError.badInput(
        'This file type is not allowed.',
        { file: 'type' },
        FileRefusal.FILE_TYPE_NOT_ALLOWED,
        {
          allowed: ALLOWED_EXTENSIONS,
        },
      );
    }
    const bytes = await readAll(body, ATTACHMENT_MAX_BYTES);
    if (!bytes.length) throw DomainError.badInput('The file is empty.', { file: 'empty' }, FileRefusal.FILE_EMPTY);
    if (!type.matches(bytes.subarray(0, 512))) {
      throw DomainError.badInput(
        'The content does not match the extension.',
        { file: 'content' },
        FileRefusal.FILE_CONTENT_MISMATCH,
        { extension: extensionOf(name) },
      );
    }
    const id = randomUUID();
    const storageKey = newStorageKey();
    return this.dataSource.transaction(async (manager) => {
      const thread = await manager.findOne(ConfidentialThread, {
        where: { id: threadId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!thread) throw DomainError.notFound('Thread');
      if (thread.status === ThreadStatus.CLOSED) {
        throw DomainError.conflict('This thread is closed.', ConfidentialRefusal.THREAD_CLOSED);
      }
      const count = await manager.countBy(ConfidentialAttachment, { threadId });
      if (count >= ATTACHMENTS_PER_THREAD) {
        throw DomainError.conflict(
          'This thread holds as many files as it can.',
          ConfidentialRefusal.TOO_MANY_ATTACHMENTS,
          {
            max: ATTACHMENTS_PER_THREAD,
          },
        );
      }
      const dataKey = await this.dataKey(manager, threadId, actor.userId, pair);
      const content = seal(dataKey, bytes, AD.content(threadId, id));
      const meta = sealText(dataKey, JSON.stringify({ name, mimeType: type.mimeType }), AD.meta(threadId, id));
      await this.storage.put(storageKey, Readable.from([content.ciphertext]), content.ciphertext.length);
      const author = thread.writerId === actor.userId ? MessageAuthor.WRITER : MessageAuthor.CONFIDANT;
      const createdAt = new Date();
      try {
        await manager.insert(ConfidentialAttachment, {
          id,
          threadId,
          author,
          storageKey,
          size: bytes.length,
          metaNonce: meta.nonce,
          metaCiphertext: meta.ciphertext,
          contentNonce: content.nonce,
          createdAt,
        });
      } catch (error) {
        await this.storage.delete(storageKey);
        throw error;
      }
      return { id, name, size: bytes.length, author, createdAt };
    });
  }

  async open(holder: KeyHolder, attachmentId: string): Promise<OpenedAttachment> {
    const actor = holder.actor;
    assertSignedIn(actor);
    const attachment = await this.dataSource.getRepository(ConfidentialAttachment).findOneBy({ id: attachmentId });
    if (!attachment) throw DomainError.notFound('Attachment');
    await this.access
      .require({ actor, permission: ConfidentialPermission.THREAD_READ, ids: [attachment.threadId] })
      .catch(() => {
        // The same answer as an attachment that does not exist.
        throw DomainError.notFound('Attachment');
      });
    const pair = await this.keys.keyPairFor(holder);
    const dataKey = await this.dataKey(this.dataSource.manager, attachment.threadId, actor.userId, pair);
    return this.decrypt(attachment, dataKey);
  }

  /** An attachment of a thread opened by its receipt (the caller opened it and holds its key). */
  async openInThread(manager: EntityManager, threadId: string, attachmentId: string, dataKey: Uint8Array) {
    const attachment = await manager.findOneBy(ConfidentialAttachment, { id: attachmentId, threadId });
    if (!attachment) throw DomainError.notFound('Attachment');
    return this.decrypt(attachment, dataKey);
  }

  private async decrypt(attachment: ConfidentialAttachment, dataKey: Uint8Array): Promise<OpenedAttachment> {
    const { name, mimeType } = JSON.parse(
      openText(
        dataKey,
        { nonce: attachment.metaNonce, ciphertext: attachment.metaCiphertext },
        AD.meta(attachment.threadId, attachment.id),
      ),
    ) as { name: string; mimeType: string };
    const ciphertext = await readAll(await this.storage.get(attachment.storageKey), ATTACHMENT_MAX_BYTES + 1024);
    const bytes = Buffer.from(
      open(dataKey, { nonce: attachment.contentNonce, ciphertext }, AD.content(attachment.threadId, attachment.id)),
    );
    return { name, mimeType, bytes };
  }

  /** The decrypted list for a thread view. */
  listFor(manager: EntityManager, threadId: string, dataKey: Uint8Array) {
    return manager
      .find(ConfidentialAttachment, { where: { threadId }, order: { createdAt: 'ASC', id: 'ASC' } })
      .then((rows) =>
        rows.map((a) => {
          const { name } = JSON.parse(
            openText(dataKey, { nonce: a.metaNonce, ciphertext: a.metaCiphertext }, AD.meta(threadId, a.id)),
          ) as { name: string };
          return { id: a.id, name, size: a.size, author: a.author, createdAt: a.createdAt };
        }),
      );
  }

  private async dataKey(
    manager: EntityManager,
    threadId: string,
    userId: string,
    pair: Parameters<typeof openDataKey>[1],
  ) {
    const reader = await manager.findOneBy(ConfidentialReader, { threadId, userId });
    if (!reader) throw DomainError.notFound('Thread');
    return openDataKey(reader.wrappedKey, pair);
  }
}

const tooLarge = () =>
  DomainError.badInput('The file is too large.', { file: 'tooLarge' }, FileRefusal.FILE_TOO_LARGE, {
    maxBytes: ATTACHMENT_MAX_BYTES,
  });

async function readAll(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge();
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
