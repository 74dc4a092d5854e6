import type { EntityManager } from 'typeorm';
import { ConfidentialKey, ConfidentialRetiredKey } from '../entities/confidential-key.entity';
import { ConfidentialReader } from '../entities/confidential-reader.entity';
import { KeyMaterialError, newKeyPair, newSalt, open, passwordKey, seal, type KeyPair } from './confidential-crypto';

/** Associated data of a private key wrapped under its owner's password. */
const AD_PASSWORD = (userId: string) => `private-key:password:${userId}`;

/** The private key wrapped under a key derived from the password (argon2id, its own salt). */
export async function wrapUnderPassword(userId: string, privateKey: Uint8Array, password: string) {
  const passwordSalt = newSalt();
  const sealed = seal(await passwordKey(password, passwordSalt), privateKey, AD_PASSWORD(userId));
  return { passwordSalt, passwordNonce: sealed.nonce, passwordWrapped: sealed.ciphertext };
}

/** The key pair, when this password opens it; null when it does not. */
export async function unwrapWithPassword(
  key: Pick<ConfidentialKey, 'userId' | 'publicKey' | 'passwordSalt' | 'passwordNonce' | 'passwordWrapped'>,
  password: string,
): Promise<KeyPair | null> {
  try {
    const privateKey = open(
      await passwordKey(password, key.passwordSalt),
      { nonce: key.passwordNonce, ciphertext: key.passwordWrapped },
      AD_PASSWORD(key.userId),
    );
    return { publicKey: new Uint8Array(key.publicKey), privateKey };
  } catch (error) {
    if (error instanceof KeyMaterialError) return null;
    throw error;
  }
}

/**
 * A user's key pair from their password, as the first sign-in makes it: the stored one when the
 * password opens it, otherwise a new one (inserted). For the demo seed, which runs before anyone
 * signs in; a stored pair the password does not open is left to `replaceKeyPair`.
 */
export async function ensureKeyPair(manager: EntityManager, userId: string, password: string): Promise<KeyPair | null> {
  const existing = await manager.findOneBy(ConfidentialKey, { userId });
  if (existing) return unwrapWithPassword(existing, password);
  const pair = newKeyPair();
  await manager.insert(ConfidentialKey, {
    userId,
    publicKey: Buffer.from(pair.publicKey),
    ...(await wrapUnderPassword(userId, pair.privateKey, password)),
  });
  return pair;
}

/**
 * A new key pair under a new password, for when the old one cannot be opened any more (a reset).
 * A confidant's old private key is kept under their recovery key (retired), so the recovery key
 * can hand its threads over; otherwise the reader rows sealed to the old key go (a writer's
 * threads close to them, the confidants keep theirs).
 */
export async function replaceKeyPair(manager: EntityManager, userId: string, newPassword: string): Promise<KeyPair> {
  const existing = await manager.findOneBy(ConfidentialKey, { userId });
  if (existing?.recoveryWrapped && existing.recoveryNonce) {
    await manager.upsert(
      ConfidentialRetiredKey,
      {
        publicKey: existing.publicKey,
        userId,
        recoveryNonce: existing.recoveryNonce,
        recoveryWrapped: existing.recoveryWrapped,
      },
      ['publicKey'],
    );
  } else if (existing) {
    await manager.delete(ConfidentialReader, { userId, publicKey: existing.publicKey });
  }
  const pair = newKeyPair();
  await manager.upsert(
    ConfidentialKey,
    {
      userId,
      publicKey: Buffer.from(pair.publicKey),
      ...(await wrapUnderPassword(userId, pair.privateKey, newPassword)),
      recoveryNonce: null,
      recoveryWrapped: null,
    },
    ['userId'],
  );
  return pair;
}
