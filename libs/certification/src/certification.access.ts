import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, ContextAccess, hasRole, type PermissionRule, Role } from '@imh/common';
import { CertificationRefusal } from './certification-refusal';
import { AccreditationRefusal } from './registers/accreditation-refusal';

export enum CertificationPermission {
  /** Read a certificate, its PDF and its credential: the holder and admins. ids: certificate ids. */
  CERTIFICATE_READ = 'CERTIFICATE_READ',
  /** Issue, revoke, reissue, see eligibility: admins. ids: certificate, student or track ids. */
  CERTIFY = 'CERTIFY',
  /** A student's register numbers and accreditation points: the student and admins. ids: user ids. */
  REGISTRATION = 'REGISTRATION',
  /** Points per register, registers per discipline, the registers' exports: admins. ids: what is set. */
  ACCREDITATION_ADMIN = 'ACCREDITATION_ADMIN',
}

/** Who may read and manage certificates, answered in one query per call. */
@Injectable()
export class CertificationAccess extends ContextAccess<CertificationPermission> {
  protected readonly rules: Record<CertificationPermission, PermissionRule> = {
    [CertificationPermission.CERTIFICATE_READ]: { deny: 'NOT_FOUND', what: 'Certificate' },
    [CertificationPermission.CERTIFY]: {
      deny: 'FORBIDDEN',
      message: 'Only admins issue, revoke and reissue certificates.',
      reason: CertificationRefusal.ONLY_ADMINS_CERTIFY,
    },
    [CertificationPermission.REGISTRATION]: { deny: 'NOT_FOUND', what: 'Student' },
    [CertificationPermission.ACCREDITATION_ADMIN]: {
      deny: 'FORBIDDEN',
      message: 'Only admins manage accreditation points and export them.',
      reason: AccreditationRefusal.ONLY_ADMINS_MANAGE_ACCREDITATION,
    },
  };

  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  protected async allowed(
    actor: Actor,
    permission: CertificationPermission,
    ids: string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const admin = hasRole(actor, Role.ADMIN);
    if (permission === CertificationPermission.REGISTRATION) {
      return new Set(admin ? ids : ids.filter((id) => id === actor.userId));
    }
    if (permission === CertificationPermission.ACCREDITATION_ADMIN) return admin ? new Set(ids) : new Set();
    if (permission === CertificationPermission.CERTIFY) {
      // What an admin certifies need not exist yet (a student's first certificate): the services
      // answer NOT_FOUND for missing students and tracks themselves.
      return admin ? new Set(ids) : new Set();
    }
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM certificate WHERE id = ANY($1::uuid[]) AND ($2::boolean OR student_id = $3)`,
      [ids, admin, actor.userId],
    );
    return new Set(rows.map((r) => r.id));
  }
}
