import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmailTemplate, PlannedEmail } from '@imh/queue';
import { OutboxEvent } from './entities/outbox-event.entity';
import type { NotificationKind } from './notification-kind';

/** A fact, as a context writes it: a type the handlers know, and ids and titles. */
export interface OutboxFact {
  type: string;
  payload: Record<string, unknown>;
}

/**
 * Writes facts to tell people about, in the caller's transaction: the fact exists if and only
 * if the change does. The one way any context tells anyone anything.
 */
@Injectable()
export class Outbox {
  async record(manager: EntityManager, facts: readonly OutboxFact[]): Promise<void> {
    if (!facts.length) return;
    await manager.insert(
      OutboxEvent,
      facts.map((f) => ({ type: f.type, payload: f.payload as never })),
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A fact whose payload is not what its handler reads: set aside at once, with this reason. */
export class MalformedFactError extends Error {
  override readonly name = 'MalformedFactError';
}

/**
 * The ids a handler reads from a payload, checked: a missing or malformed one is a
 * MalformedFactError that names the field (never its value), not a failed query further on.
 */
export function requireIds<K extends string>(payload: unknown, fields: readonly K[]): Record<K, string> {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new MalformedFactError('The payload is not an object.');
  }
  const record = payload as Record<string, unknown>;
  for (const field of fields) {
    const value = record[field];
    if (typeof value !== 'string' || !UUID.test(value)) throw new MalformedFactError(`${field} is not an id.`);
  }
  return record as Record<K, string>;
}

/** ACCOUNT: invitations and password links; nobody can switch them off and quiet hours do not hold them. */
export type DeliveryKind = NotificationKind | 'ACCOUNT';

/** One thing to tell one person, as a handler plans it. */
export interface DeliveryPlan<T extends EmailTemplate = EmailTemplate> {
  /** Unique for what it is about: kind, subject id, recipient, occasion. */
  key: string;
  recipientId: string;
  kind: DeliveryKind;
  /** The e-mail (the recipient's name, address and language are filled in by the relay). */
  email?: PlannedEmail<T>;
  /** The in-app notification: named values for the portal's sentence, and a portal path. */
  notification?: { params: Record<string, string | number | null>; link: string };
}

/** Turns a fact into deliveries. A context registers one per fact type it writes. */
export interface OutboxHandler {
  type: string;
  plan(manager: EntityManager, payload: Record<string, unknown>): Promise<DeliveryPlan[]>;
}

@Injectable()
export class OutboxHandlers {
  private readonly handlers = new Map<string, OutboxHandler>();

  register(handler: OutboxHandler): void {
    if (this.handlers.has(handler.type)) throw new Error(`Two outbox handlers for ${handler.type}`);
    this.handlers.set(handler.type, handler);
  }

  get(type: string): OutboxHandler | undefined {
    return this.handlers.get(type);
  }
}
