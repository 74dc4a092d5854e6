import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@imh/config';
import {
  type Delivery,
  DeliverySender,
  type DeliveryPlan,
  MalformedFactError,
  Outbox,
  type OutboxFact,
  OutboxHandlers,
  oneByOne,
  requireIds,
} from '@imh/notifications';
import { UserStatus } from './entities/user.entity';
import { UserToken, UserTokenPurpose } from './entities/user-token.entity';
import { newToken } from './tokens';

export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

/** An invitation or a password reset was asked for: its e-mail is planned from this fact. */
export const ACCOUNT_LINK_REQUESTED = 'identity.account-link-requested';

const TEMPLATES = { [UserTokenPurpose.INVITATION]: 'invitation', [UserTokenPurpose.PASSWORD_RESET]: 'password-reset' };
const PATHS = { [UserTokenPurpose.INVITATION]: '/set-password', [UserTokenPurpose.PASSWORD_RESET]: '/reset-password' };
const PURPOSE_OF_TEMPLATE: Record<string, UserTokenPurpose> = {
  invitation: UserTokenPurpose.INVITATION,
  'password-reset': UserTokenPurpose.PASSWORD_RESET,
};

/**
 * The fact for a link request, written in the transaction that asks for it. Ids and the purpose
 * only: the token does not exist yet, and the address is read when the e-mail is sent.
 */
export const accountLinkRequested = (request: {
  userId: string;
  requestId: string;
  purpose: UserTokenPurpose;
  invitedById?: string;
}): OutboxFact => ({ type: ACCOUNT_LINK_REQUESTED, payload: { ...request } });

/** One e-mail per request: the key names the purpose, the user and the request. */
export const accountMailKey = (purpose: UserTokenPurpose, userId: string, requestId: string) =>
  `ACCOUNT/${TEMPLATES[purpose]}/${userId}/${requestId}`;

function parseKey(key: string): { purpose: UserTokenPurpose; userId: string; requestId: string } | null {
  const [kind, template, userId, requestId] = key.split('/');
  const purpose = PURPOSE_OF_TEMPLATE[template];
  if (kind !== 'ACCOUNT' || !purpose) return null;
  try {
    requireIds({ userId, requestId }, ['userId', 'requestId']);
  } catch {
    return null;
  }
  return { purpose, userId, requestId };
}

/** A request that may no longer be mailed (used, superseded, expired, the account moved on). */
export class AccountLinkClosedError extends Error {
  override readonly name = 'AccountLinkClosedError';
  constructor() {
    super('The account link request no longer applies.');
  }
}

/**
 * Invitation and password-reset e-mails through the outbox and the delivery ledger (kind
 * ACCOUNT: no preference, no quiet hours). The link's token is minted when the e-mail is sent,
 * never before: neither the outbox fact nor the ledger's params holds anything usable, and the
 * token exists only in the e-mail (its SHA-256 in `user_token`).
 *
 * - A retried send (SMTP refused, a worker died) mints another token for the same request. The
 *   earlier one stays valid: the earlier e-mail may have arrived after all (the resend carries the
 *   same Message-ID, so the mail system may drop the second). Both work until one is used or
 *   they expire; using any link of a user and purpose closes all the others, as a resent
 *   invitation closes the earlier links.
 * - The last look before sending skips the e-mail when its request is closed: the invitation was
 *   accepted or resent, a reset link was used, the request expired, the account is no longer
 *   invited (invitation) or active (reset).
 */
@Injectable()
export class AccountMail implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly handlers: OutboxHandlers,
    private readonly sender: DeliverySender,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register({ type: ACCOUNT_LINK_REQUESTED, plan: (manager, payload) => this.plan(manager, payload) });
    for (const template of Object.values(TEMPLATES)) {
      this.sender.registerCheck(
        template,
        oneByOne((delivery) => this.applies(delivery)),
      );
      this.sender.registerParams(template, (delivery) => this.mint(delivery));
    }
  }

  ttlMs(purpose: UserTokenPurpose): number {
    return purpose === UserTokenPurpose.INVITATION
      ? this.config.INVITATION_TTL_HOURS * 3600_000
      : PASSWORD_RESET_TTL_MS;
  }

  /**
   * Writes a link request and its fact in the caller's transaction; returns the request's id.
   * Nothing else is needed for the e-mail to go out, once, after the commit.
   */
  async request(
    manager: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
    invitedById?: string,
  ): Promise<string> {
    const row = await manager.save(
      manager.create(UserToken, {
        userId,
        purpose,
        tokenHash: null,
        requestId: null,
        expiresAt: new Date(Date.now() + this.ttlMs(purpose)),
        usedAt: null,
      }),
    );
    await this.outbox.record(manager, [accountLinkRequested({ userId, requestId: row.id, purpose, invitedById })]);
    return row.id;
  }

  async plan(manager: EntityManager, payload: Record<string, unknown>): Promise<DeliveryPlan[]> {
    const { userId, requestId } = requireIds(payload, ['userId', 'requestId']);
    const purpose = payload.purpose as UserTokenPurpose;
    if (!(purpose in TEMPLATES)) throw new MalformedFactError('purpose is not INVITATION or PASSWORD_RESET.');
    const key = accountMailKey(purpose, userId, requestId);
    if (purpose === UserTokenPurpose.PASSWORD_RESET) {
      // The link and its expiry are added when it is sent (registerParams).
      return [{ key, recipientId: userId, kind: 'ACCOUNT', email: { template: 'password-reset', params: {} } }];
    }
    const { invitedById } = requireIds(payload, ['invitedById']);
    const [inviter]: { name: string }[] = await manager.query('SELECT name FROM "user" WHERE id = $1', [invitedById]);
    return [
      {
        key,
        recipientId: userId,
        kind: 'ACCOUNT',
        // The link and its expiry are not stored: they are added when it is sent (registerParams).
        email: { template: 'invitation', params: { invitedBy: inviter?.name ?? '' } },
      },
    ];
  }

  /** The last look: the request is still open and the account still waits for it. */
  async applies(delivery: Pick<Delivery, 'key'>, lockIn?: EntityManager): Promise<boolean> {
    const manager = lockIn ?? this.dataSource.manager;
    const parsed = parseKey(delivery.key);
    if (!parsed) return false;
    const [row]: { open: boolean; status: UserStatus }[] = await manager.query(
      `SELECT (r.used_at IS NULL AND r.expires_at > now()) AS open, u.status
         FROM user_token r JOIN "user" u ON u.id = r.user_id
        WHERE r.id = $1 AND r.user_id = $2 AND r.purpose = $3 AND r.token_hash IS NULL
          ${lockIn ? 'FOR UPDATE OF r' : ''}`,
      [parsed.requestId, parsed.userId, parsed.purpose],
    );
    const waiting = parsed.purpose === UserTokenPurpose.INVITATION ? UserStatus.INVITED : UserStatus.ACTIVE;
    return !!row?.open && row.status === waiting;
  }

  /**
   * Right before rendering: a fresh single-use token for the request, of which only the hash is
   * stored (with its expiry, a full TTL from now), and the link that carries it.
   */
  async mint(delivery: Pick<Delivery, 'key'>): Promise<{ link: string; expiresAt: string }> {
    const parsed = parseKey(delivery.key);
    if (!parsed) throw new AccountLinkClosedError();
    return this.dataSource.transaction(async (manager) => {
      // Locks the request: a use of another link at this moment closes it before or after, not during.
      if (!(await this.applies(delivery, manager))) throw new AccountLinkClosedError();
      const { token, hash } = newToken();
      const expiresAt = new Date(Date.now() + this.ttlMs(parsed.purpose));
      await manager.insert(UserToken, {
        userId: parsed.userId,
        purpose: parsed.purpose,
        tokenHash: hash,
        requestId: parsed.requestId,
        expiresAt,
        usedAt: null,
      });
      const portal = this.config.PORTAL_URL.replace(/\/$/, '');
      return {
        link: `${portal}${PATHS[parsed.purpose]}?token=${encodeURIComponent(token)}`,
        expiresAt: expiresAt.toISOString(),
      };
    });
  }
}
