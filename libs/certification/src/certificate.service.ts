import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { compactVerify, decodeProtectedHeader } from 'jose';
import { Between, DataSource, type EntityManager, In, Not } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Enrollment, EnrollmentStatus, Track } from '@imh/catalogue';
import { CohortMember, Cohort } from '@imh/cohorts';
import { type Actor, assertSignedIn, clampPage, DomainError, type Page, type PageRequest } from '@imh/common';
import { AppConfig } from '@imh/config';
import { User } from '@imh/identity';
import { QueueName } from '@imh/queue';
import {
  nextCertificateNumber,
  nextStatusIndex,
  newVerificationCode,
  normaliseVerificationCode,
} from './certificate-numbers';
import { RENDER_CERTIFICATE_PDF, type RenderCertificatePdfJob, verifyUrl } from './certificate-pdf.service';
import { CertificationAccess, CertificationPermission } from './certification.access';
import { CertificationRefusal } from './certification-refusal';
import {
  type CredentialUrls,
  openBadgeCredential,
  sha256Hex,
  signCredential,
  statusListCredential,
} from './credential';
import { EligibilityRule, notEligible, validCertificateNumber } from './eligibility';
import { Certificate, CertificateRecordStatus, CertificateStatus } from './entities/certificate.entity';
import { IssuerKeys, SIGNING_ALG } from './issuer-keys';
import { VerificationRateLimiter } from './verification-rate-limiter';
import {
  CertificateVerification,
  CertificateView,
  EligibilityView,
  UploadVerification,
} from './views/certificate.types';

/** The largest credential we read: an issued one is a few kB. */
const MAX_CREDENTIAL_CHARS = 64 * 1024;
/** The largest file the verify page's check takes (a PDF, hashed as it streams); an issued certificate is far smaller. */
export const MAX_VERIFY_UPLOAD_BYTES = 20 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export function effectiveStatus(c: Pick<Certificate, 'status' | 'expiresAt'>, now = new Date()): CertificateStatus {
  if (c.status === CertificateRecordStatus.REVOKED) return CertificateStatus.REVOKED;
  if (c.expiresAt && c.expiresAt.getTime() <= now.getTime()) return CertificateStatus.EXPIRED;
  return CertificateStatus.VALID;
}

/** A reason is required, and must be text Postgres can keep. */
function requireReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim();
  if (!trimmed) {
    throw DomainError.badInput(
      'Give a reason.',
      { reason: 'required' },
      CertificationRefusal.REVOCATION_REASON_REQUIRED,
    );
  }
  if (trimmed.includes('\u0000'))
    throw DomainError.badInput('The reason holds invalid characters.', { reason: 'invalid' });
  return trimmed;
}

/**
 * Issuing, revoking and reissuing certificates (admins), the holder's list and downloads, and public
 * verification. Each mutation is one transaction with its audit event; the PDF is made by the worker.
 */
@Injectable()
export class CertificateService {
  private readonly logger = new Logger(CertificateService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CertificationAccess,
    private readonly eligibilityRule: EligibilityRule,
    private readonly keys: IssuerKeys,
    private readonly audit: AuditService,
    private readonly rateLimiter: VerificationRateLimiter,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.CERTIFICATES) private readonly queue: Queue<RenderCertificatePdfJob>,
  ) {}

  private get urls(): CredentialUrls {
    return { origin: this.config.PORTAL_URL.replace(/\/$/, '') };
  }

  // ---- eligibility ----------------------------------------------------------------------------

  /**
   * Per track (optionally narrowed to one cohort of it): who is eligible and, for the others,
   * what is missing. Students enrolled in the track (not withdrawn), or the cohort's members.
   */
  async eligibility(
    actor: Actor | null,
    filter: { trackId?: string | null; cohortId?: string | null },
    pageRequest?: PageRequest | null,
  ): Promise<Page<EligibilityView>> {
    const { offset, limit } = clampPage(pageRequest);
    const manager = this.dataSource.manager;
    let trackId = filter.trackId ?? null;
    let students: { ids: string[]; total: number };
    if (filter.cohortId) {
      await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [filter.cohortId] });
      const cohort = await manager.findOneBy(Cohort, { id: filter.cohortId });
      if (!cohort || (trackId && cohort.trackId !== trackId)) throw DomainError.notFound('Cohort');
      trackId = cohort.trackId;
      const [members, total] = await manager.findAndCount(CohortMember, {
        where: { cohortId: cohort.id },
        relations: { student: true },
        order: { student: { name: 'ASC' }, studentId: 'ASC' },
        skip: offset,
        take: limit,
      });
      students = { ids: members.map((m) => m.studentId), total };
    } else {
      if (!trackId) throw DomainError.badInput('Choose a track or a cohort.', { trackId: 'required' });
      await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [trackId] });
      const [enrolments, total] = await manager.findAndCount(Enrollment, {
        where: { trackId, status: Not(EnrollmentStatus.WITHDRAWN) },
        relations: { student: true },
        order: { student: { name: 'ASC' }, studentId: 'ASC' },
        skip: offset,
        take: limit,
      });
      students = { ids: enrolments.map((e) => e.studentId), total };
    }
    const track = await manager.findOneBy(Track, { id: trackId! });
    if (!track) throw DomainError.notFound('Track');
    const required = track.requiresTrackId ? await manager.findOneBy(Track, { id: track.requiresTrackId }) : null;
    const users = new Map(
      (students.ids.length ? await manager.findBy(User, { id: In(students.ids) }) : []).map((u) => [u.id, u]),
    );
    const now = new Date();
    const held: { studentId: string; number: string }[] = students.ids.length
      ? await manager.query(
          `SELECT DISTINCT ON (student_id) student_id AS "studentId", number FROM certificate
            WHERE track_id = $1 AND student_id = ANY($2::uuid[]) AND status = 'VALID'
              AND (expires_at IS NULL OR expires_at > $3)
            ORDER BY student_id, issued_at DESC`,
          [track.id, students.ids, now],
        )
      : [];
    const heldBy = new Map(held.map((h) => [h.studentId, h.number]));
    const evaluated = await this.eligibilityRule.evaluateMany(manager, students.ids, track, required, now);
    const items: EligibilityView[] = evaluated.map((e) => {
      const user = users.get(e.studentId)!;
      return {
        ...e,
        studentName: user.name,
        studentEmail: user.email,
        certificateNumber: heldBy.get(e.studentId) ?? null,
      };
    });
    return { items, totalCount: students.total, offset, limit };
  }

  // ---- issuing ----------------------------------------------------------------------------------

  async issue(actor: Actor | null, input: { studentId: string; trackId: string }): Promise<CertificateView> {
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [input.studentId] });
    const certificate = await this.dataSource.transaction((manager) =>
      this.issueIn(manager, actor!, input.studentId, input.trackId),
    );
    await this.queuePdfs([certificate.id]);
    return (await this.views(this.dataSource.manager, [certificate]))[0];
  }

  /**
   * Issues in the caller's transaction (the API's own, or a bulk issue's in the worker), after the
   * caller has checked CERTIFY. Refuses (writing nothing) when the student holds a valid certificate
   * for the track or is not eligible; the PDF is the caller's to queue after commit (`queuePdfs`).
   */
  async issueIn(
    manager: EntityManager,
    actor: Actor,
    studentId: string,
    trackId: string,
    now = new Date(),
  ): Promise<Certificate> {
    const student = await manager.findOneBy(User, { id: studentId });
    if (!student) throw DomainError.notFound('Student');
    const track = await manager.findOneBy(Track, { id: trackId });
    if (!track) throw DomainError.notFound('Track');
    // One issuer at a time per student and track, so two clicks cannot make two certificates.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `certificate:${student.id}:${track.id}`,
    ]);
    const existing = await validCertificateNumber(manager, student.id, track.id, now);
    if (existing) {
      throw DomainError.conflict(
        `${student.name} already holds a valid certificate for ${track.title} (${existing}).`,
        CertificationRefusal.ALREADY_CERTIFIED,
        { number: existing, track: track.title },
      );
    }
    const required = track.requiresTrackId ? await manager.findOneBy(Track, { id: track.requiresTrackId }) : null;
    const eligibility = await this.eligibilityRule.evaluate(manager, student.id, track, required, now);
    if (!eligibility.eligible) throw notEligible(eligibility, track.title);
    const created = await this.create(manager, actor, {
      student,
      track,
      issuedAt: now,
      expiresAt: track.certificateValidityMonths ? addMonths(now, track.certificateValidityMonths) : null,
      accreditationPoints: eligibility.accreditationPoints,
      replacesId: null,
    });
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'certificate.issued',
      subjectType: 'certificate',
      subjectId: created.id,
      data: { number: created.number, studentId: student.id, trackId: track.id },
    });
    return created;
  }

  async revoke(actor: Actor | null, input: { certificateId: string; reason: string }): Promise<CertificateView> {
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [input.certificateId] });
    const reason = requireReason(input.reason);
    const certificate = await this.dataSource.transaction(async (manager) => {
      const c = await this.lockValid(manager, input.certificateId);
      c.status = CertificateRecordStatus.REVOKED;
      c.revokedAt = new Date();
      c.revocationReason = reason;
      await manager.update(Certificate, c.id, { status: c.status, revokedAt: c.revokedAt, revocationReason: reason });
      await this.audit.record(manager, {
        actorId: actor!.userId,
        action: 'certificate.revoked',
        subjectType: 'certificate',
        subjectId: c.id,
        data: { number: c.number, reason },
      });
      return c;
    });
    return (await this.views(this.dataSource.manager, [certificate]))[0];
  }

  /**
   * A new certificate (new number, code, credential and PDF, the holder's current name) in place of
   * one still valid; the old one is revoked with the reason and points to the new one. The dates and
   * points stay those of the original: reissuing corrects, it does not recertify.
   */
  async reissue(actor: Actor | null, input: { certificateId: string; reason: string }): Promise<CertificateView> {
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [input.certificateId] });
    const reason = requireReason(input.reason);
    const replacement = await this.dataSource.transaction(async (manager) => {
      const old = await this.lockValid(manager, input.certificateId);
      const student = await manager.findOneByOrFail(User, { id: old.studentId });
      const track = await manager.findOneByOrFail(Track, { id: old.trackId });
      const created = await this.create(manager, actor!, {
        student,
        track,
        issuedAt: new Date(),
        expiresAt: old.expiresAt,
        accreditationPoints: old.accreditationPoints,
        replacesId: old.id,
      });
      await manager.update(Certificate, old.id, {
        status: CertificateRecordStatus.REVOKED,
        revokedAt: new Date(),
        revocationReason: reason,
        replacedById: created.id,
      });
      await this.audit.record(manager, {
        actorId: actor!.userId,
        action: 'certificate.reissued',
        subjectType: 'certificate',
        subjectId: old.id,
        data: { number: old.number, replacedBy: created.number, replacedById: created.id, reason },
      });
      return created;
    });
    await this.queuePdfs([replacement.id]);
    return (await this.views(this.dataSource.manager, [replacement]))[0];
  }

  /** Retires the signing key and makes a new one; credentials signed before keep verifying. */
  async rotateIssuerKey(actor: Actor | null): Promise<string> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [actor.userId] });
    return this.dataSource.transaction(async (manager) => {
      const kid = await this.keys.rotate(manager);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'certificate.issuer_key_rotated',
        subjectType: 'user',
        subjectId: actor.userId,
        data: { kid },
      });
      return kid;
    });
  }

  private async lockValid(manager: EntityManager, id: string): Promise<Certificate> {
    const c = await manager.findOne(Certificate, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw DomainError.notFound('Certificate');
    if (c.status === CertificateRecordStatus.REVOKED) {
      throw DomainError.conflict(
        `Certificate ${c.number} is already revoked.`,
        CertificationRefusal.CERTIFICATE_REVOKED,
        {
          number: c.number,
        },
      );
    }
    return c;
  }

  private async create(
    manager: EntityManager,
    actor: Actor,
    f: {
      student: User;
      track: Track;
      issuedAt: Date;
      expiresAt: Date | null;
      accreditationPoints: number;
      replacesId: string | null;
    },
  ): Promise<Certificate> {
    const signatory = await manager.findOneByOrFail(User, { id: actor.userId });
    const key = await this.keys.current(manager);
    // The counters last: their row locks are held until commit, so keep what follows short.
    const number = await nextCertificateNumber(manager, f.issuedAt);
    const statusIndex = await nextStatusIndex(manager);
    const certificate = manager.create(Certificate, {
      number,
      verificationCode: newVerificationCode(),
      statusIndex,
      studentId: f.student.id,
      trackId: f.track.id,
      holderName: f.student.name,
      trackTitle: f.track.title,
      issuedAt: f.issuedAt,
      expiresAt: f.expiresAt,
      accreditationPoints: f.accreditationPoints,
      issuedById: actor.userId,
      signatoryName: signatory.name,
      status: CertificateRecordStatus.VALID,
      revokedAt: null,
      revocationReason: null,
      replacesId: f.replacesId,
      replacedById: null,
      pdfFileId: null,
      pdfSha256: null,
    });
    certificate.id = randomUUID();
    const credential = openBadgeCredential(
      {
        certificateId: certificate.id,
        number,
        holderEmail: f.student.email,
        holderName: f.student.name,
        trackCode: f.track.code,
        trackTitle: f.track.title,
        trackDescription: f.track.description,
        issuedAt: f.issuedAt,
        expiresAt: f.expiresAt,
        accreditationPoints: f.accreditationPoints,
        statusIndex,
      },
      this.urls,
    );
    certificate.credentialJwt = await signCredential(credential, key, f.issuedAt, f.expiresAt);
    certificate.credentialSha256 = sha256Hex(certificate.credentialJwt);
    await manager.insert(Certificate, certificate);
    return certificate;
  }

  /** After commit; the job id makes a duplicate harmless, and the job itself is idempotent. */
  async queuePdfs(certificateIds: readonly string[]): Promise<void> {
    if (!certificateIds.length) return;
    try {
      await this.queue.addBulk(
        certificateIds.map((certificateId) => ({
          name: RENDER_CERTIFICATE_PDF,
          data: { certificateId },
          opts: { jobId: `pdf-${certificateId}` },
        })),
      );
    } catch (error) {
      // The certificates stand; `renderMissingPdfs` in the worker picks them up.
      this.logger.error(`could not queue the PDFs of ${certificateIds.length} certificates: ${String(error)}`);
    }
  }

  // ---- reading ----------------------------------------------------------------------------------

  async myCertificates(actor: Actor | null): Promise<CertificateView[]> {
    assertSignedIn(actor);
    const list = await this.dataSource.manager.find(Certificate, {
      where: { studentId: actor.userId },
      order: { issuedAt: 'DESC', number: 'DESC' },
    });
    return this.views(this.dataSource.manager, list);
  }

  async certificate(actor: Actor | null, id: string): Promise<CertificateView> {
    await this.access.require({ actor, permission: CertificationPermission.CERTIFICATE_READ, ids: [id] });
    const c = await this.dataSource.manager.findOneByOrFail(Certificate, { id });
    return (await this.views(this.dataSource.manager, [c]))[0];
  }

  /**
   * Admins: every certificate, optionally of one track or student, newest first; or, given a period,
   * the valid certificates expiring in it, soonest first (for recertification).
   */
  async certificates(
    actor: Actor | null,
    filter: {
      trackId?: string | null;
      studentId?: string | null;
      expiringFrom?: Date | null;
      expiringUntil?: Date | null;
    },
    pageRequest?: PageRequest | null,
  ): Promise<Page<CertificateView>> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [actor.userId] });
    const { offset, limit } = clampPage(pageRequest);
    const expiring = !!(filter.expiringFrom || filter.expiringUntil);
    if (expiring && (!filter.expiringFrom || !filter.expiringUntil || filter.expiringFrom > filter.expiringUntil)) {
      throw DomainError.badInput('Give the start and end of the period, the start first.', { expiringUntil: 'range' });
    }
    const where = {
      ...(filter.trackId ? { trackId: filter.trackId } : {}),
      ...(filter.studentId ? { studentId: filter.studentId } : {}),
      ...(expiring
        ? { status: CertificateRecordStatus.VALID, expiresAt: Between(filter.expiringFrom!, filter.expiringUntil!) }
        : {}),
    };
    const [list, totalCount] = await this.dataSource.manager.findAndCount(Certificate, {
      where,
      order: expiring ? { expiresAt: 'ASC', number: 'ASC' } : { issuedAt: 'DESC', number: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { items: await this.views(this.dataSource.manager, list), totalCount, offset, limit };
  }

  /** The signed credential, for its holder and admins. */
  async credential(actor: Actor | null, id: string): Promise<{ number: string; jwt: string }> {
    await this.access.require({ actor, permission: CertificationPermission.CERTIFICATE_READ, ids: [id] });
    const c = await this.dataSource.manager.findOneByOrFail(Certificate, { id });
    return { number: c.number, jwt: c.credentialJwt };
  }

  jwks() {
    return this.keys.jwks();
  }

  /** The revocation status list as a signed BitstringStatusListCredential (VC-JWT), current at this moment. */
  async statusList(): Promise<string> {
    const rows: { index: number }[] = await this.dataSource.manager.query(
      `SELECT status_index AS index FROM certificate WHERE status = 'REVOKED'`,
    );
    const now = new Date();
    const credential = statusListCredential(
      rows.map((r) => r.index),
      this.urls,
      now,
    );
    const key = await this.dataSource.transaction((manager) => this.keys.current(manager));
    return signCredential(credential, key, now);
  }

  // ---- public verification ----------------------------------------------------------------------

  /** Signed out: the printed fields and today's status, or NOT_FOUND for any code that is not one of ours. */
  async verify(code: string, address: string): Promise<CertificateVerification> {
    await this.rateLimiter.consume(address);
    const normalised = normaliseVerificationCode(code ?? '');
    // The same look-up for every answer, so a malformed code is not told apart by its timing.
    const c = await this.dataSource.manager.findOneBy(Certificate, { verificationCode: normalised ?? '-' });
    if (!c || !normalised) throw DomainError.notFound('Certificate');
    return (await this.verifications(this.dataSource.manager, [c]))[0];
  }

  /** Is this credential (VC-JWT) exactly one we issued, signed by one of our keys, and how is it today? */
  async verifyCredential(jwt: string, address: string): Promise<UploadVerification> {
    await this.rateLimiter.consume(address);
    const text = (jwt ?? '').trim();
    if (text.length > MAX_CREDENTIAL_CHARS || text.split('.').length !== 3) {
      throw DomainError.badInput(
        'This is not a credential (VC-JWT).',
        { credential: 'format' },
        CertificationRefusal.CREDENTIAL_MALFORMED,
      );
    }
    let kid: string | undefined;
    try {
      const header = decodeProtectedHeader(text);
      if (header.alg !== SIGNING_ALG) return { authentic: false, valid: false, certificate: null };
      kid = header.kid;
    } catch {
      throw DomainError.badInput(
        'This is not a credential (VC-JWT).',
        { credential: 'format' },
        CertificationRefusal.CREDENTIAL_MALFORMED,
      );
    }
    const key = kid ? await this.keys.publicKey(kid) : null;
    if (!key) return { authentic: false, valid: false, certificate: null };
    let payload: { id?: unknown };
    try {
      const verified = await compactVerify(text, key, { algorithms: [SIGNING_ALG] });
      payload = JSON.parse(new TextDecoder().decode(verified.payload)) as { id?: unknown };
    } catch {
      return { authentic: false, valid: false, certificate: null };
    }
    const id = typeof payload.id === 'string' ? payload.id.replace(/^urn:uuid:/, '') : '';
    const c = UUID.test(id) ? await this.dataSource.manager.findOneBy(Certificate, { id }) : null;
    if (!c || c.credentialSha256 !== sha256Hex(text)) return { authentic: false, valid: false, certificate: null };
    return this.uploadAnswer(c);
  }

  /** Is this PDF byte for byte the one we issued? Compared by SHA-256. */
  async verifyPdf(sha256: string, address: string): Promise<UploadVerification> {
    await this.rateLimiter.consume(address);
    const c = await this.dataSource.manager.findOneBy(Certificate, { pdfSha256: sha256 });
    if (!c) return { authentic: false, valid: false, certificate: null };
    return this.uploadAnswer(c);
  }

  private async uploadAnswer(c: Certificate): Promise<UploadVerification> {
    const [certificate] = await this.verifications(this.dataSource.manager, [c]);
    return { authentic: true, valid: certificate.status === CertificateStatus.VALID, certificate };
  }

  /** The numbers of the certificates these replace or are replaced by: one query for the list. */
  private async relatedNumbers(manager: EntityManager, list: Certificate[]): Promise<Map<string, string>> {
    const ids = [...new Set(list.flatMap((c) => [c.replacedById, c.replacesId]).filter((x): x is string => !!x))];
    if (!ids.length) return new Map();
    const rows = await manager.find(Certificate, { where: { id: In(ids) }, select: { id: true, number: true } });
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  private async verifications(manager: EntityManager, list: Certificate[]): Promise<CertificateVerification[]> {
    const numbers = await this.relatedNumbers(manager, list);
    const now = new Date();
    return list.map((c) => this.verification(c, numbers, now));
  }

  private verification(c: Certificate, numbers: Map<string, string>, now: Date): CertificateVerification {
    return {
      number: c.number,
      holderName: c.holderName,
      trackTitle: c.trackTitle,
      issuedAt: c.issuedAt,
      expiresAt: c.expiresAt,
      accreditationPoints: c.accreditationPoints,
      signatoryName: c.signatoryName,
      status: effectiveStatus(c, now),
      revokedAt: c.revokedAt,
      replacedByNumber: c.replacedById ? (numbers.get(c.replacedById) ?? null) : null,
      verifyUrl: verifyUrl(this.config.PORTAL_URL, c.verificationCode),
      uploadMaxBytes: MAX_VERIFY_UPLOAD_BYTES,
    };
  }

  private async views(manager: EntityManager, list: Certificate[]): Promise<CertificateView[]> {
    const numbers = await this.relatedNumbers(manager, list);
    const now = new Date();
    return list.map((c) => ({
      ...this.verification(c, numbers, now),
      id: c.id,
      studentId: c.studentId,
      trackId: c.trackId,
      verificationCode: c.verificationCode,
      revocationReason: c.revocationReason,
      replacesNumber: c.replacesId ? (numbers.get(c.replacesId) ?? null) : null,
      pdfDownloadPath: c.pdfFileId ? `/files/${c.pdfFileId}` : null,
      credentialDownloadPath: `/certification/certificates/${c.id}/credential`,
    }));
  }
}
