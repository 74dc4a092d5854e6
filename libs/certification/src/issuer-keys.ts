import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { IssuerKey } from './entities/issuer-key.entity';

export const SIGNING_ALG = 'ES256';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/**
 * The academy's ES256 signing keys. The newest unretired key signs; it is made on first use.
 * Rotation retires it and makes a new one; every key stays in the JWKS so old credentials verify.
 */
@Injectable()
export class IssuerKeys {
  private readonly imported = new Map<string, Promise<CryptoKey>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The current signing key, made under an advisory lock when there is none (so only one is made). */
  async current(manager: EntityManager): Promise<SigningKey> {
    let key = await this.newestActive(manager);
    if (!key) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('issuer_key'))`);
      key = (await this.newestActive(manager)) ?? (await this.create(manager));
    }
    return { kid: key.kid, privateKey: await this.importPrivate(key) };
  }

  /** Retires the current key and makes a new one; returns the new kid. */
  async rotate(manager: EntityManager): Promise<string> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('issuer_key'))`);
    await manager.update(IssuerKey, { retiredAt: IsNull() }, { retiredAt: new Date() });
    return (await this.create(manager)).kid;
  }

  /** Every public key, newest first: the JWKS. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const keys = await this.dataSource.manager.find(IssuerKey, { order: { createdAt: 'DESC' } });
    return { keys: keys.map((k) => ({ ...(k.publicJwk as JWK), kid: k.kid, alg: SIGNING_ALG, use: 'sig' })) };
  }

  /** The public key with this kid, or null. */
  async publicKey(kid: string): Promise<CryptoKey | null> {
    if (kid.length > 64) return null;
    const key = await this.dataSource.manager.findOneBy(IssuerKey, { kid });
    return key ? ((await importJWK(key.publicJwk as JWK, SIGNING_ALG)) as CryptoKey) : null;
  }

  private newestActive(manager: EntityManager): Promise<IssuerKey | null> {
    return manager.findOne(IssuerKey, { where: { retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  private async create(manager: EntityManager): Promise<IssuerKey> {
    const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const privateJwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const key = manager.create(IssuerKey, {
      kid,
      publicJwk: publicJwk as Record<string, unknown>,
      privateJwk: privateJwk as Record<string, unknown>,
      retiredAt: null,
    });
    return manager.save(key);
  }

  private importPrivate(key: IssuerKey): Promise<CryptoKey> {
    let imported = this.imported.get(key.kid);
    if (!imported) {
      imported = importJWK(key.privateJwk as JWK, SIGNING_ALG) as Promise<CryptoKey>;
      this.imported.set(key.kid, imported);
    }
    return imported;
  }
}
