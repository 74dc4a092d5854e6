import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@imh/config';
import {
  DeliveryPlan,
  MalformedFactError,
  NotificationKind,
  OutboxFact,
  OutboxHandlers,
  requireIds,
} from '@imh/notifications';

/** A message was written in a confidential thread: its other readers are told that there is one. */
export const CONFIDENTIAL_MESSAGE = 'confidential.message';

type Occasion = 'new' | 'reply' | 'answer';
const OCCASIONS: readonly Occasion[] = ['new', 'reply', 'answer'];

/**
 * The outbox fact for a confidential message, written in the transaction that stores it. Ids and
 * the occasion only: never a subject, a body, or who wrote.
 */
export const confidentialMessage = (
  threadId: string,
  messageId: string,
  occasion: Occasion,
  recipientIds: readonly string[],
): OutboxFact => ({
  type: CONFIDENTIAL_MESSAGE,
  payload: { threadId, messageId, occasion, recipientIds: [...recipientIds] },
});

/**
 * Plans the `confidential-message` e-mail and in-app notification: that there is a message, and a
 * link to the thread (confidants to their side, the writer to theirs). One per message and reader.
 */
@Injectable()
export class ConfidentialNotifications implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register({ type: CONFIDENTIAL_MESSAGE, plan: (_manager, payload) => this.plan(payload) });
  }

  async plan(payload: Record<string, unknown>): Promise<DeliveryPlan[]> {
    const { threadId, messageId } = requireIds(payload, ['threadId', 'messageId']);
    const occasion = payload.occasion as Occasion;
    if (!OCCASIONS.includes(occasion)) throw new MalformedFactError('occasion is not new, reply or answer.');
    const recipients = payload.recipientIds;
    if (!Array.isArray(recipients)) throw new MalformedFactError('recipientIds is not a list.');
    const path = occasion === 'answer' ? `/vertrouwenspersoon/${threadId}` : `/vertrouwelijk/${threadId}`;
    const link = `${this.config.PORTAL_URL.replace(/\/$/, '')}${path}`;
    return recipients.map((recipient) => {
      const { id } = requireIds({ id: recipient }, ['id']);
      return {
        key: `${NotificationKind.CONFIDENTIAL_MESSAGE}/${threadId}/${messageId}/${id}`,
        recipientId: id,
        kind: NotificationKind.CONFIDENTIAL_MESSAGE,
        email: { template: 'confidential-message', params: { occasion, link } },
        notification: { params: {}, link: path },
      };
    });
  }
}
