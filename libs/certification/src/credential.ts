import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import { SIGNING_ALG, type SigningKey } from './issuer-keys';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** The status list is a bitstring of at least 16 KB (W3C Bitstring Status List), so one bit hides among many. */
export const STATUS_LIST_BITS = 131_072;

export interface CredentialUrls {
  /** The portal's public origin: issuer profile, achievements and status list hang under it. */
  origin: string;
}

export const issuerId = (u: CredentialUrls) => `${u.origin}/certification/issuer`;
export const statusListUrl = (u: CredentialUrls) => `${u.origin}/certification/status-list`;
export const jwksUrl = (u: CredentialUrls) => `${u.origin}/certification/jwks.json`;

export function issuerProfile(u: CredentialUrls) {
  return { id: issuerId(u), type: ['Profile'], name: 'IMH Academy', url: u.origin };
}

export interface CredentialFacts {
  certificateId: string;
  number: string;
  holderEmail: string;
  holderName: string;
  trackCode: string;
  trackTitle: string;
  trackDescription: string;
  issuedAt: Date;
  expiresAt: Date | null;
  accreditationPoints: number;
  statusIndex: number;
}

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** An Open Badges 3.0 OpenBadgeCredential in the W3C VC 2.0 data model. The holder is named only by a salted hash. */
export function openBadgeCredential(f: CredentialFacts, u: CredentialUrls, salt = randomBytes(16).toString('hex')) {
  const status = statusListUrl(u);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${f.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${f.trackTitle} (${f.number})`,
    issuer: issuerProfile(u),
    validFrom: f.issuedAt.toISOString(),
    ...(f.expiresAt ? { validUntil: f.expiresAt.toISOString() } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: `sha256$${sha256Hex(f.holderEmail.toLowerCase() + salt)}`,
          identityType: 'emailAddress',
          hashed: true,
          salt,
        },
      ],
      creditsEarned: f.accreditationPoints,
      achievement: {
        id: `${u.origin}/certification/achievements/${f.trackCode}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: f.trackTitle,
        description: f.trackDescription || f.trackTitle,
        criteria: {
          narrative:
            'Every module of the track completed (all lessons done and all assignments passed), and the required track certified.',
        },
        creditsAvailable: f.accreditationPoints,
      },
    },
    credentialStatus: {
      id: `${status}#${f.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(f.statusIndex),
      statusListCredential: status,
    },
  };
}

export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;

/** A VC-JWT (VC-JOSE-COSE): the credential is the payload; registered claims repeat its id, issuer and dates. */
export function signCredential(
  credential: Record<string, unknown>,
  key: SigningKey,
  validFrom: Date,
  validUntil?: Date | null,
) {
  const jwt = new SignJWT(credential)
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'vc+jwt', cty: 'vc' })
    .setIssuer(String((credential.issuer as { id: string }).id))
    .setJti(String(credential.id))
    .setNotBefore(Math.floor(validFrom.getTime() / 1000))
    .setIssuedAt(Math.floor(validFrom.getTime() / 1000));
  if (validUntil) jwt.setExpirationTime(Math.floor(validUntil.getTime() / 1000));
  return jwt.sign(key.privateKey);
}

/** The W3C Bitstring Status List encoding: bit i (most significant first) set when index i is revoked; gzip; multibase base64url. */
export function encodeStatusList(revoked: Iterable<number>, bits = STATUS_LIST_BITS): string {
  let size = bits;
  const indices = [...revoked];
  for (const i of indices) while (i >= size) size *= 2;
  const bytes = Buffer.alloc(size / 8);
  for (const i of indices) bytes[i >> 3] |= 0x80 >> (i & 7);
  return `u${gzipSync(bytes).toString('base64url')}`;
}

export function statusListCredential(revoked: Iterable<number>, u: CredentialUrls, now: Date) {
  const id = statusListUrl(u);
  return {
    '@context': [VC_CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerProfile(u),
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revoked),
    },
  };
}
