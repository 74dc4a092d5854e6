import { randomInt } from 'node:crypto';
import * as argon2 from 'argon2';
import sodium from 'libsodium-wrappers';

/**
 * The confidential channel's cryptography, all of it libsodium's (through libsodium-wrappers) or
 * argon2id's: nothing here is home-made, it only names which vetted construction does what.
 *
 *   user key pair        X25519 (crypto_box_keypair)
 *   private key at rest  XChaCha20-Poly1305 under argon2id(password, own salt)      (never the server's)
 *   … for a session      XChaCha20-Poly1305 under BLAKE2b(session token)           (token only in the cookie)
 *   … for recovery       XChaCha20-Poly1305 under BLAKE2b(recovery key)            (shown once)
 *   thread data key      random 256-bit key, sealed (crypto_box_seal) to each reader's public key
 *   … for a receipt      XChaCha20-Poly1305 under BLAKE2b(argon2id(receipt), "wrap")
 *   content              XChaCha20-Poly1305 under the data key, bound by associated data to the
 *                        thread and the field, so ciphertexts cannot be moved between them.
 */

/** OWASP's argon2id baseline, as for password hashes, but producing a raw key with its own salt. */
const KDF = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1, hashLength: 32 } as const;
/** The receipt look-up salt: fixed, so a receipt finds its thread; argon2id makes each guess cost. */
const RECEIPT_SALT = Buffer.from('imh-confidential-receipt-v1', 'utf8');

export const RECEIPT_DIGITS = 16;

let ready: Promise<void> | undefined;
/** libsodium's WebAssembly initialises once per process. */
export function sodiumReady(): Promise<void> {
  ready ??= sodium.ready;
  return ready;
}

export interface Sealed {
  nonce: Buffer;
  ciphertext: Buffer;
}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Authenticated encryption with associated data (XChaCha20-Poly1305-IETF). */
export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: string): Sealed {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, associatedData, null, nonce, key);
  return { nonce: toBuffer(nonce), ciphertext: toBuffer(ciphertext) };
}

/** Opens what `seal` made; throws `KeyMaterialError` when the key, data or context is wrong. */
export function open(key: Uint8Array, sealed: Sealed, associatedData: string): Uint8Array {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sealed.ciphertext,
      associatedData,
      sealed.nonce,
      key,
    );
  } catch {
    throw new KeyMaterialError();
  }
}

export const sealText = (key: Uint8Array, text: string, associatedData: string) =>
  seal(key, sodium.from_string(text), associatedData);
export const openText = (key: Uint8Array, sealed: Sealed, associatedData: string) =>
  sodium.to_string(open(key, sealed, associatedData));

/** A key or ciphertext that does not open: wrong password, corrupt row, tampered data. */
export class KeyMaterialError extends Error {
  constructor() {
    super('Key material could not be opened.');
    this.name = 'KeyMaterialError';
  }
}

export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export function newKeyPair(): KeyPair {
  const { publicKey, privateKey } = sodium.crypto_box_keypair();
  return { publicKey, privateKey };
}

export const newSalt = () => toBuffer(sodium.randombytes_buf(16));
export const newDataKey = () => sodium.crypto_aead_xchacha20poly1305_ietf_keygen();

/** argon2id(secret, salt) → a 256-bit key. */
export async function passwordKey(password: string, salt: Buffer): Promise<Uint8Array> {
  const raw = await argon2.hash(password, { ...KDF, salt, raw: true });
  return new Uint8Array(raw);
}

/** A key from a high-entropy secret (session token, recovery key): BLAKE2b with a purpose label. */
export function secretKey(secret: string, purpose: 'session' | 'recovery' | 'receipt-wrap'): Uint8Array {
  return sodium.crypto_generichash(32, sodium.from_string(`imh-confidential-${purpose}-v1:${secret}`), null);
}

/** Seals a thread's data key to a reader's public key (anonymous sender, only the holder opens). */
export const sealDataKey = (dataKey: Uint8Array, publicKey: Uint8Array) =>
  toBuffer(sodium.crypto_box_seal(dataKey, publicKey));

export function openDataKey(wrapped: Uint8Array, keys: KeyPair): Uint8Array {
  try {
    return sodium.crypto_box_seal_open(wrapped, keys.publicKey, keys.privateKey);
  } catch {
    throw new KeyMaterialError();
  }
}

/** The public key that belongs to a private key (to re-check a key pair after unwrapping). */
export const publicKeyOf = (privateKey: Uint8Array) => sodium.crypto_scalarmult_base(privateKey);

/** A 16-digit receipt, uniformly random, grouped by four for reading aloud. */
export function newReceipt(): string {
  let digits = '';
  for (let i = 0; i < RECEIPT_DIGITS; i++) digits += String(randomInt(10));
  return digits;
}

/** Digits only: "1234 5678-9012 3456" → "1234567890123456"; anything else is not a receipt. */
export function normaliseReceipt(input: string): string | null {
  if (input.length > 64) return null;
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

/**
 * From a receipt: the look-up id stored with the thread, and the key that wraps its data key.
 * Both come from one argon2id run, through BLAKE2b with different labels, so the stored id says
 * nothing about the wrapping key and every guess at a receipt costs a full argon2id.
 */
export async function receiptKeys(receipt: string): Promise<{ lookup: Buffer; wrapKey: Uint8Array }> {
  const stretched = toBuffer(await passwordKey(receipt, RECEIPT_SALT)).toString('base64');
  return {
    lookup: toBuffer(
      sodium.crypto_generichash(32, sodium.from_string(`imh-confidential-receipt-lookup-v1:${stretched}`), null),
    ),
    wrapKey: secretKey(stretched, 'receipt-wrap'),
  };
}

/** A recovery key: 32 random bytes shown as eight groups of base32 (no look-alike letters). */
export function newRecoveryKey(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = sodium.randombytes_buf(40);
  let out = '';
  for (let i = 0; i < 40; i++) out += alphabet[bytes[i] % 32];
  return out.match(/.{5}/g)!.join('-');
}

export function normaliseRecoveryKey(input: string): string | null {
  if (input.length > 100) return null;
  const key = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-HJ-NP-Z2-9]{40}$/.test(key) ? key.match(/.{5}/g)!.join('-') : null;
}
