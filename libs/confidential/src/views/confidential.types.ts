import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MessageAuthor } from '../entities/confidential-message.entity';
import { ThreadStatus, WriterKind } from '../entities/confidential-thread.entity';

registerEnumType(ThreadStatus, { name: 'ConfidentialThreadStatus' });
registerEnumType(WriterKind, { name: 'ConfidentialWriterKind' });
registerEnumType(MessageAuthor, { name: 'ConfidentialMessageAuthor' });

/** A confidant as writers see them: a name to address, nothing else. */
@ObjectType()
export class Confidant {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType()
export class ConfidentialMessageView {
  @Field(() => ID)
  id: string;

  @Field(() => MessageAuthor)
  author: MessageAuthor;

  @Field(() => String, {
    nullable: true,
    description: 'The answering confidant; for writer messages the writer’s name to confidants of a named thread.',
  })
  authorName: string | null;

  @Field()
  body: string;

  @Field({ description: 'For an anonymous writer’s messages: the day only.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the other side first read it.' })
  readAt: Date | null;

  @Field({ description: 'Written by the viewer.' })
  mine: boolean;
}

@ObjectType()
export class ConfidentialAttachmentView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  size: number;

  @Field(() => MessageAuthor)
  author: MessageAuthor;

  @Field()
  createdAt: Date;
}

/** What POST /confidential-files/threads/:id/attachments accepts; the server checks again on every upload. */
@ObjectType()
export class ConfidentialAttachmentLimits {
  @Field(() => Int, { description: 'The largest file accepted, in bytes.' })
  maxBytes: number;

  @Field(() => Int, { description: 'At most this many files in one thread.' })
  maxFiles: number;

  @Field(() => [String], { description: 'The file extensions accepted, lower-case.' })
  allowedTypes: string[];
}

@ObjectType()
export class ConfidentialNoteView {
  @Field(() => ID)
  id: string;

  @Field()
  authorName: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class ConfidentialAccessEntry {
  @Field()
  confidantName: string;

  @Field()
  openedAt: Date;
}

/** A thread in a list: the writer's own, or a confidant's inbox. */
@ObjectType()
export class ConfidentialThreadSummary {
  @Field(() => ID)
  id: string;

  @Field()
  subject: string;

  @Field(() => ThreadStatus)
  status: ThreadStatus;

  @Field()
  anonymous: boolean;

  @Field()
  createdAt: Date;

  @Field({ description: 'Messages the viewer has not read yet.' })
  unread: boolean;

  @Field({ description: 'Unanswered for 7 days (confidants only; false for writers).' })
  overdue: boolean;

  @Field(() => Date, { nullable: true, description: 'When this closed thread will be deleted.' })
  deleteAfter: Date | null;
}

@ObjectType()
export class ConfidentialThreadView extends ConfidentialThreadSummary {
  @Field(() => Int, { description: 'For status changes: the version this view was read at.' })
  version: number;

  @Field(() => WriterKind, { nullable: true, description: 'Confidants only: student, docent or anonymous.' })
  writerKind: WriterKind | null;

  @Field(() => String, { nullable: true, description: 'Confidants only, named threads only.' })
  writerName: string | null;

  @Field(() => [Confidant], { description: 'Who can read this thread besides the writer.' })
  readers: Confidant[];

  @Field(() => [ConfidentialMessageView])
  messages: ConfidentialMessageView[];

  @Field(() => [ConfidentialAttachmentView], {
    description: 'Files, encrypted at rest; download through /confidential-files/attachments/:id.',
  })
  attachments: ConfidentialAttachmentView[];

  @Field(() => ConfidentialAttachmentLimits)
  attachmentLimits: ConfidentialAttachmentLimits;

  @Field({
    description:
      'The viewer may add a file now: a signed-in reader of an open thread with room for another file (not by receipt).',
  })
  canAttach: boolean;

  @Field(() => [ConfidentialNoteView], { nullable: true, description: 'Internal notes: confidants only.' })
  notes: ConfidentialNoteView[] | null;

  @Field(() => [ConfidentialAccessEntry], { nullable: true, description: 'Confidants only: every opening.' })
  accessLog: ConfidentialAccessEntry[] | null;

  @Field(() => Int, { nullable: true, description: 'Retention after closing in days, when set for this thread.' })
  retentionDays: number | null;

  @Field()
  canHandle: boolean;

  @Field()
  canDelete: boolean;
}

@ObjectType()
export class StartedConfidentialThread {
  @Field(() => ConfidentialThreadView, { nullable: true, description: 'Null for an anonymous thread.' })
  thread: ConfidentialThreadView | null;

  @Field(() => String, {
    nullable: true,
    description: 'Anonymous threads: the 16-digit receipt. Shown once; it cannot be recovered.',
  })
  receipt: string | null;
}

@ObjectType()
export class PendingGrant {
  @Field(() => Confidant)
  confidant: Confidant;

  @Field(() => Int)
  threadCount: number;
}

@ObjectType()
export class DeletionNotice {
  @Field(() => ID)
  threadId: string;

  @Field()
  subject: string;

  @Field()
  deleteAfter: Date;
}

/** What a confidant's workspace asks of them before and beside the inbox. */
@ObjectType()
export class ConfidantWorkspace {
  @Field({ description: 'A recovery key must be made first (the only confidant has no one to re-grant).' })
  recoveryKeyRequired: boolean;

  @Field()
  hasRecoveryKey: boolean;

  @Field(() => [PendingGrant], { description: 'Confidants who cannot yet read threads you can.' })
  pendingGrants: PendingGrant[];

  @Field(() => [DeletionNotice], { description: 'Closed threads deleted within 14 days.' })
  deletionNotices: DeletionNotice[];

  @Field(() => Int, { description: 'Threads addressed to you that you cannot read until a confidant grants them.' })
  awaitingGrant: number;
}

@ObjectType()
export class FigureCount {
  @Field()
  key: string;

  @Field(() => Int)
  count: number;
}

/** Counts only, for a confidant's annual report: no subject, no content, no names. */
@ObjectType()
export class ConfidentialFigures {
  @Field(() => Int)
  year: number;

  @Field(() => [FigureCount], { description: 'Threads opened per month, `01`–`12`.' })
  byMonth: FigureCount[];

  @Field(() => [FigureCount])
  byStatus: FigureCount[];

  @Field(() => [FigureCount])
  byWriterKind: FigureCount[];

  @Field(() => Float, { nullable: true, description: 'Median hours from opening to the first answer.' })
  medianHoursToFirstAnswer: number | null;
}
