import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@imh/common';
import { LearningState, ModuleCompletionRule, type Track } from '@imh/catalogue';
import { CertificationRefusal } from './certification-refusal';

/** What stands between a student and a track's certificate; nothing when eligible. */
export interface Eligibility {
  studentId: string;
  trackId: string;
  eligible: boolean;
  /** Published modules of the track not complete yet, by title. */
  missingModules: string[];
  /** Lessons left in those modules, as "module – lesson". */
  missingLessons: string[];
  /** Other unmet requirements of those modules (e.g. assignments not passed), by their titles. */
  unmetRequirements: string[];
  /** The required track's title when it is not certified (valid and unexpired). */
  requiredTrack: string | null;
  /** The track has no published module, so there is nothing to complete. */
  noModules: boolean;
  /** The sum of the accreditation points of the track's published modules. */
  accreditationPoints: number;
}

/**
 * Eligibility for a track's certificate: every published module complete by the catalogue's own
 * module completion rule (lessons plus every registered requirement, such as passed assignments),
 * and the required track certified by a certificate that is neither revoked nor expired.
 */
@Injectable()
export class EligibilityRule {
  constructor(private readonly completionRule: ModuleCompletionRule) {}

  async evaluate(
    manager: EntityManager,
    studentId: string,
    track: Track,
    requiredTrack: Track | null,
    now = new Date(),
  ): Promise<Eligibility> {
    return (await this.evaluateMany(manager, [studentId], track, requiredTrack, now))[0];
  }

  /**
   * The same for many students of one track, in the same order: a fixed number of statements
   * (the learning state of them all, and one for the required track's certificates), so the
   * admin's overview of a cohort costs the same for 5 students as for 500.
   */
  async evaluateMany(
    manager: EntityManager,
    studentIds: readonly string[],
    track: Track,
    requiredTrack: Track | null,
    now = new Date(),
  ): Promise<Eligibility[]> {
    if (studentIds.length === 0) return [];
    const states = await LearningState.loadMany(manager, this.completionRule, studentIds, [track.id]);
    const certified = requiredTrack
      ? await studentsWithValidCertificate(manager, studentIds, requiredTrack.id, now)
      : null;
    return studentIds.map((studentId) => {
      const modules = states.get(studentId)!.trackModules(track.id);
      const open = modules.filter((m) => !m.completed);
      const requiredCertified = certified ? certified.has(studentId) : true;
      const result: Eligibility = {
        studentId,
        trackId: track.id,
        eligible: false,
        missingModules: open.map((m) => m.title),
        missingLessons: open.flatMap((m) =>
          m.lessons.filter((l) => !l.completed).map((l) => `${m.title} – ${l.title}`),
        ),
        unmetRequirements: open.flatMap((m) => m.unmetRequirements.map((r) => r.title)),
        requiredTrack: requiredCertified ? null : requiredTrack!.title,
        noModules: modules.length === 0,
        accreditationPoints: modules.reduce((sum, m) => sum + m.accreditationPoints, 0),
      };
      result.eligible = !result.noModules && open.length === 0 && requiredCertified;
      return result;
    });
  }
}

/** Of these students, those holding a certificate for the track that counts today; one statement. */
export async function studentsWithValidCertificate(
  manager: EntityManager,
  studentIds: readonly string[],
  trackId: string,
  now: Date,
): Promise<Set<string>> {
  const rows: { studentId: string }[] = await manager.query(
    `SELECT DISTINCT student_id AS "studentId" FROM certificate
      WHERE student_id = ANY($1::uuid[]) AND track_id = $2 AND status = 'VALID'
        AND (expires_at IS NULL OR expires_at > $3)`,
    [[...studentIds], trackId, now],
  );
  return new Set(rows.map((r) => r.studentId));
}

/** The number of the certificate for the track that counts today: not revoked and not expired. */
export async function validCertificateNumber(
  manager: EntityManager,
  studentId: string,
  trackId: string,
  now: Date,
): Promise<string | null> {
  const [row]: { number: string }[] = await manager.query(
    `SELECT number FROM certificate
      WHERE student_id = $1 AND track_id = $2 AND status = 'VALID' AND (expires_at IS NULL OR expires_at > $3)
      ORDER BY issued_at DESC LIMIT 1`,
    [studentId, trackId, now],
  );
  return row?.number ?? null;
}

/** The refusal that names everything missing. */
export function notEligible(e: Eligibility, trackTitle: string): DomainError {
  const parts = [
    e.noModules ? 'the track has no published modules' : null,
    e.missingModules.length ? `modules not completed: ${e.missingModules.join(', ')}` : null,
    e.requiredTrack ? `required track not certified: ${e.requiredTrack}` : null,
  ].filter(Boolean);
  return DomainError.badInput(
    `Not eligible for ${trackTitle}: ${parts.join('; ')}.`,
    { studentId: 'notEligible' },
    CertificationRefusal.NOT_ELIGIBLE,
    {
      track: trackTitle,
      modules: e.missingModules,
      lessons: e.missingLessons,
      requirements: e.unmetRequirements,
      requiredTrack: e.requiredTrack ?? '',
      noModules: e.noModules,
    },
  );
}
