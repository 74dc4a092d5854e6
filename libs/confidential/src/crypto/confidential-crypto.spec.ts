import { beforeAll, describe, expect, it } from 'vitest';
import {
  KeyMaterialError,
  newDataKey,
  newKeyPair,
  newReceipt,
  newRecoveryKey,
  newSalt,
  normaliseReceipt,
  normaliseRecoveryKey,
  open,
  openDataKey,
  openText,
  passwordKey,
  publicKeyOf,
  receiptKeys,
  sealDataKey,
  sealText,
  sodiumReady,
} from './confidential-crypto';

beforeAll(async () => {
  await sodiumReady();
});

describe('confidential crypto', () => {
  it('opens what it sealed, only with the same key and the same context', () => {
    const key = newDataKey();
    const sealed = sealText(key, 'Vertrouwelijk', 'thread:a:subject');
    expect(openText(key, sealed, 'thread:a:subject')).toBe('Vertrouwelijk');
    expect(() => openText(key, sealed, 'thread:b:subject')).toThrow(KeyMaterialError);
    expect(() => openText(newDataKey(), sealed, 'thread:a:subject')).toThrow(KeyMaterialError);
    const tampered = { ...sealed, ciphertext: Buffer.from(sealed.ciphertext) };
    tampered.ciphertext[0] ^= 1;
    expect(() => open(key, tampered, 'thread:a:subject')).toThrow(KeyMaterialError);
  });

  it('uses a fresh nonce every time', () => {
    const key = newDataKey();
    const a = sealText(key, 'same', 'ad');
    const b = sealText(key, 'same', 'ad');
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it('seals a data key to a public key that only the private key opens', () => {
    const reader = newKeyPair();
    const dataKey = newDataKey();
    const wrapped = sealDataKey(dataKey, reader.publicKey);
    expect(Buffer.from(openDataKey(wrapped, reader)).equals(Buffer.from(dataKey))).toBe(true);
    expect(() => openDataKey(wrapped, newKeyPair())).toThrow(KeyMaterialError);
    expect(Buffer.from(publicKeyOf(reader.privateKey)).equals(Buffer.from(reader.publicKey))).toBe(true);
  });

  it('derives the same password key from the same salt and another from another', async () => {
    const salt = newSalt();
    const [a, b, c] = await Promise.all([
      passwordKey('correct horse', salt),
      passwordKey('correct horse', salt),
      passwordKey('correct horse', newSalt()),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('makes 16-digit receipts and reads them back however they are typed', async () => {
    const receipt = newReceipt();
    expect(receipt).toMatch(/^\d{16}$/);
    expect(normaliseReceipt(receipt.replace(/(\d{4})(?=\d)/g, '$1 - '))).toBe(receipt);
    for (const bad of ['123', 'abcdabcdabcdabcd', '1'.repeat(17), '1'.repeat(100)])
      expect(normaliseReceipt(bad)).toBeNull();
    const [a, b] = await Promise.all([receiptKeys(receipt), receiptKeys(receipt)]);
    expect(a.lookup.equals(b.lookup)).toBe(true);
    // The stored look-up id is not the key that wraps the thread's data key.
    expect(a.lookup.equals(Buffer.from(a.wrapKey))).toBe(false);
  });

  it('makes recovery keys of 40 unambiguous characters in groups of five', () => {
    const key = newRecoveryKey();
    expect(key).toMatch(/^([A-HJ-NP-Z2-9]{5}-){7}[A-HJ-NP-Z2-9]{5}$/);
    expect(normaliseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toBe(key);
    expect(normaliseRecoveryKey('AAAAA-BBBBB')).toBeNull();
    expect(new Set(Array.from({ length: 50 }, newRecoveryKey)).size).toBe(50);
  });
});
