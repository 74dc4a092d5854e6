import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, assertSignedIn, DomainError, hasRole, Role } from '@imh/common';
import {
  CredentialEvents,
  type CredentialListener,
  type PasswordChanged,
  type PasswordReset,
  type SignedIn,
} from '@imh/identity';
import { ConfidentialRefusal } from './confidential-refusal';
import {
  KeyMaterialError,
  newRecoveryKey,
  normaliseRecoveryKey,
  open,
  openDataKey,
  publicKeyOf,
  seal,
  sealDataKey,
  secretKey,
  sodiumReady,
  type KeyPair,
} from './crypto/confidential-crypto';
import { ensureKeyPair, replaceKeyPair, unwrapWithPassword, wrapUnderPassword } from './crypto/key-wrapping';
import { ConfidentialKey, ConfidentialRetiredKey, ConfidentialSessionKey } from './entities/confidential-key.entity';
import { ConfidentialReader } from './entities/confidential-reader.entity';

/** What a request must bring to decrypt: the actor and their session cookie's token. */
export interface KeyHolder {
  actor: Actor | null;
  sessionToken: string | undefined;
}

const AD_SESSION = (userId: string, sessionId: string) => `private-key:session:${userId}:${sessionId}`;
const AD_RECOVERY = (userId: string) => `private-key:recovery:${userId}`;

export const SIGN_IN_AGAIN = () =>
  DomainError.unauthenticated(
    'Your session holds no key for confidential messages. Sign in again.',
    ConfidentialRefusal.SESSION_KEYS_MISSING,
  );

/**
 * Every user's key pair and its wrappings, kept in step with their password through identity's
 * credential events: created at the first sign-in, re-wrapped on a password change, replaced on
 * a reset (what was sealed to the old pair is then lost, unless a confidant's recovery key or
 * another confidant hands it over).
 */
@Injectable()
export class ConfidentialKeysService implements CredentialListener, OnModuleInit {
  private readonly logger = new Logger(ConfidentialKeysService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: CredentialEvents,
  ) {}

  async onModuleInit() {
    await sodiumReady();
    this.credentials.register(this);
  }

  async signedIn(manager: EntityManager, event: SignedIn): Promise<void> {
    let pair = await ensureKeyPair(manager, event.userId, event.password);
    if (!pair) {
      // The password proved itself to identity but does not open the stored key: it was set
      // past the credential events (a restored or hand-edited row). No password we will see
      // opens that key again, and a session without one would be told "sign in again" at every
      // sign-in. So it is replaced as a reset would: a confidant's old key stays under their
      // recovery key, a writer's old threads close to them.
      this.logger.warn(`confidential key replaced at sign-in, the password did not open it user=${event.userId}`);
      await manager.delete(ConfidentialSessionKey, { userId: event.userId });
      pair = await replaceKeyPair(manager, event.userId, event.password);
    }
    await this.holdForSession(manager, event.userId, event.sessionId, event.sessionToken, pair.privateKey);
  }

  async passwordChanged(manager: EntityManager, event: PasswordChanged): Promise<void> {
    const existing = await manager.findOneBy(ConfidentialKey, { userId: event.userId });
    if (!existing) return;
    const pair = await unwrapWithPassword(existing, event.oldPassword);
    if (!pair) return this.passwordReset(manager, { ...event });
    await manager.update(
      ConfidentialKey,
      { userId: event.userId },
      await wrapUnderPassword(event.userId, pair.privateKey, event.newPassword),
    );
    await manager.delete(ConfidentialSessionKey, { userId: event.userId });
    await this.holdForSession(manager, event.userId, event.sessionId, event.sessionToken, pair.privateKey);
  }

  /**
   * The old private key cannot be opened any more. A confidant's is kept under their recovery key
   * (retired), so the recovery key can hand its threads over; a writer's threads are closed to
   * them (their reader rows go), while the confidants keep theirs.
   */
  async passwordReset(manager: EntityManager, event: PasswordReset): Promise<void> {
    await manager.delete(ConfidentialSessionKey, { userId: event.userId });
    const pair = await replaceKeyPair(manager, event.userId, event.newPassword);
    await this.holdForSession(manager, event.userId, event.sessionId, event.sessionToken, pair.privateKey);
  }

  /** The caller's key pair for this request, from their session's wrapping. */
  async keyPairFor(holder: KeyHolder, manager: EntityManager = this.dataSource.manager): Promise<KeyPair> {
    return (await this.openKeyPair(holder, manager)).pair;
  }

  /**
   * keyPairFor, and whether the caller has a recovery key (hasRecoveryKey), read from the same
   * row: the confidant's pages ask both.
   */
  async keyPairAndRecovery(holder: KeyHolder): Promise<{ pair: KeyPair; hasRecoveryKey: boolean }> {
    const { pair, hasRecoveryKey } = await this.openKeyPair(holder, this.dataSource.manager);
    return { pair, hasRecoveryKey };
  }

  /**
   * The session's wrapping of the caller's private key and their public key, in one statement
   * (both must exist), opened and checked against each other.
   */
  private async openKeyPair(
    holder: KeyHolder,
    manager: EntityManager,
  ): Promise<{ pair: KeyPair; hasRecoveryKey: boolean }> {
    const { actor, sessionToken } = holder;
    if (!actor) throw DomainError.unauthenticated();
    if (!actor.sessionId || !sessionToken) throw SIGN_IN_AGAIN();
    const [held]: { nonce: Buffer; wrapped: Buffer; public_key: Buffer; has_recovery: boolean }[] = await manager.query(
      `SELECT sk.nonce, sk.wrapped, k.public_key, k.recovery_wrapped IS NOT NULL AS has_recovery
           FROM confidential_session_key sk
           JOIN confidential_key k ON k.user_id = sk.user_id
          WHERE sk.session_id = $1 AND sk.user_id = $2`,
      [actor.sessionId, actor.userId],
    );
    if (!held) throw SIGN_IN_AGAIN();
    try {
      const privateKey = open(
        secretKey(sessionToken, 'session'),
        { nonce: held.nonce, ciphertext: held.wrapped },
        AD_SESSION(actor.userId, actor.sessionId),
      );
      const publicKey = publicKeyOf(privateKey);
      if (!Buffer.from(publicKey).equals(held.public_key)) throw new KeyMaterialError();
      return { pair: { publicKey, privateKey }, hasRecoveryKey: held.has_recovery };
    } catch (error) {
      if (error instanceof KeyMaterialError) throw SIGN_IN_AGAIN();
      throw error;
    }
  }

  /** Public keys of these users, for sealing a thread's data key to them. */
  async publicKeys(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (!userIds.length) return new Map();
    const rows = await manager
      .getRepository(ConfidentialKey)
      .createQueryBuilder('k')
      .select(['k.userId', 'k.publicKey'])
      .where('k.user_id = ANY(:ids)', { ids: [...userIds] })
      .getMany();
    return new Map(rows.map((r) => [r.userId, r.publicKey]));
  }

  /** Whether this confidant has a recovery key (the workspace asks for one before anything else). */
  async hasRecoveryKey(userId: string): Promise<boolean> {
    const key = await this.dataSource.getRepository(ConfidentialKey).findOneBy({ userId });
    return !!key?.recoveryWrapped;
  }

  /** Makes a (new) recovery key for a confidant; shown once, never stored in the clear. */
  async createRecoveryKey(holder: KeyHolder): Promise<string> {
    assertSignedIn(holder.actor);
    if (!hasRole(holder.actor, Role.CONFIDANT)) {
      throw DomainError.forbidden('Only confidants have a recovery key.', ConfidentialRefusal.NOT_A_CONFIDANT);
    }
    const pair = await this.keyPairFor(holder);
    const recoveryKey = newRecoveryKey();
    const wrapped = seal(secretKey(recoveryKey, 'recovery'), pair.privateKey, AD_RECOVERY(holder.actor!.userId));
    await this.dataSource
      .getRepository(ConfidentialKey)
      .update({ userId: holder.actor!.userId }, { recoveryNonce: wrapped.nonce, recoveryWrapped: wrapped.ciphertext });
    return recoveryKey;
  }

  /**
   * A confidant who reset their password hands the threads sealed to their old key pair over to
   * the new one with their recovery key. The recovery key then protects the new pair too.
   * Returns how many threads came back.
   */
  async recover(holder: KeyHolder, input: string): Promise<number> {
    assertSignedIn(holder.actor);
    const recoveryKey = normaliseRecoveryKey(input);
    const notRecognised = () =>
      DomainError.badInput(
        'This recovery key does not open any earlier key.',
        { recoveryKey: 'not recognised' },
        ConfidentialRefusal.RECOVERY_KEY_NOT_RECOGNISED,
      );
    if (!recoveryKey) throw notRecognised();
    const current = await this.keyPairFor(holder);
    const userId = holder.actor!.userId;
    return this.dataSource.transaction(async (manager) => {
      const retired = await manager.findBy(ConfidentialRetiredKey, { userId });
      const wrapKey = secretKey(recoveryKey, 'recovery');
      let recovered = 0;
      let opened = false;
      for (const old of retired) {
        let oldPrivate: Uint8Array;
        try {
          oldPrivate = open(
            wrapKey,
            { nonce: old.recoveryNonce, ciphertext: old.recoveryWrapped },
            AD_RECOVERY(userId),
          );
        } catch {
          continue;
        }
        opened = true;
        const oldPair = { publicKey: new Uint8Array(old.publicKey), privateKey: oldPrivate };
        const readers = await manager.findBy(ConfidentialReader, { userId, publicKey: old.publicKey });
        for (const reader of readers) {
          const dataKey = openDataKey(reader.wrappedKey, oldPair);
          await manager.update(
            ConfidentialReader,
            { threadId: reader.threadId, userId },
            { publicKey: Buffer.from(current.publicKey), wrappedKey: sealDataKey(dataKey, current.publicKey) },
          );
          recovered++;
        }
        await manager.delete(ConfidentialRetiredKey, { publicKey: old.publicKey });
      }
      if (!opened) throw notRecognised();
      const wrapped = seal(wrapKey, current.privateKey, AD_RECOVERY(userId));
      await manager.update(
        ConfidentialKey,
        { userId },
        { recoveryNonce: wrapped.nonce, recoveryWrapped: wrapped.ciphertext },
      );
      return recovered;
    });
  }

  private async holdForSession(
    manager: EntityManager,
    userId: string,
    sessionId: string,
    sessionToken: string,
    privateKey: Uint8Array,
  ) {
    const sealed = seal(secretKey(sessionToken, 'session'), privateKey, AD_SESSION(userId, sessionId));
    await manager.upsert(
      ConfidentialSessionKey,
      { sessionId, userId, nonce: sealed.nonce, wrapped: sealed.ciphertext },
      ['sessionId'],
    );
  }
}
