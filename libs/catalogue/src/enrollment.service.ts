import { CatalogueRefusal } from './catalogue-refusal';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, clampPage, DomainError, Page, PageRequest, Role } from '@imh/common';
import { User, UserStatus } from '@imh/identity';
import { CatalogueAccess } from './catalogue.access';
import { EnrollStudentInput } from './dto/enroll-student.input';
import { Enrollment, EnrollmentStatus } from './entities/enrollment.entity';
import { PublicationStatus, Track } from './entities/track.entity';

const ENTERED = [EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED];

/** Putting students in tracks: one by one, or (for a student) themselves; by CSV in EnrollmentCsvService. */
@Injectable()
export class EnrollmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: CatalogueAccess,
  ) {}

  async list(actor: Actor | null, trackId: string, page?: PageRequest): Promise<Page<Enrollment>> {
    this.access.requireAdmin(actor);
    const { offset, limit } = clampPage(page);
    const [items, totalCount] = await this.dataSource.getRepository(Enrollment).findAndCount({
      where: { trackId },
      order: { enrolledAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items, totalCount, offset, limit };
  }

  async enrollStudent(actor: Actor | null, input: EnrollStudentInput): Promise<Enrollment> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: input.userId });
      if (!user) throw DomainError.notFound('User');
      if (user.status === UserStatus.DEACTIVATED) {
        throw DomainError.badInput(
          'This account is deactivated.',
          { userId: 'deactivated' },
          CatalogueRefusal.STUDENT_DEACTIVATED,
        );
      }
      return this.enrol(manager, actor, await this.publishedTrack(manager, input.trackId), user);
    });
  }

  /** A student enters a published track; a route only once its required track is completed. */
  async enrollSelf(actor: Actor | null, trackId: string): Promise<Enrollment> {
    this.access.requireEnrolsSelf(actor);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      return this.enrol(manager, actor, await this.publishedTrack(manager, trackId), user);
    });
  }

  async withdraw(actor: Actor | null, enrollmentId: string): Promise<Enrollment> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const enrollment = await manager.findOne(Enrollment, {
        where: { id: enrollmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!enrollment) throw DomainError.notFound('Enrollment');
      if (enrollment.status === EnrollmentStatus.WITHDRAWN) return enrollment;
      const before = enrollment.status;
      enrollment.status = EnrollmentStatus.WITHDRAWN;
      await manager.save(enrollment);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'enrollment.withdrawn',
        subjectType: 'enrollment',
        subjectId: enrollment.id,
        data: { before },
      });
      return enrollment;
    });
  }

  /**
   * Enrols `user` in `track`. A withdrawn enrolment is reopened. Refuses a second enrolment
   * and a route whose required track the user has not completed. The CSV import, which has
   * checked all of that for the whole file, passes `checked` (and decides the role itself).
   */
  async enrol(
    manager: EntityManager,
    actor: Actor,
    track: Track,
    user: User,
    opts: { checked?: boolean } = {},
  ): Promise<Enrollment> {
    // Serialises enrolling one person in one track: a second request at the same moment waits,
    // then sees the first one's enrolment (ALREADY_ENROLLED) instead of a duplicate-key error.
    // One pair per transaction here, so no lock order to keep; the CSV import checks its rows itself.
    if (!opts.checked) {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `enrollment:${user.id}:${track.id}`,
      ]);
    }
    const existing = await manager.findOne(Enrollment, {
      where: { studentId: user.id, trackId: track.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!opts.checked) {
      if (existing && ENTERED.includes(existing.status)) {
        throw DomainError.conflict(
          'This student is already enrolled in this track.',
          CatalogueRefusal.ALREADY_ENROLLED,
          {
            track: track.title,
          },
        );
      }
      await this.assertRequiredTrackCompleted(manager, track, user.id);
      if (!user.roles.includes(Role.STUDENT)) await this.addStudentRole(manager, actor, user);
    }
    let enrollment: Enrollment;
    if (existing) {
      existing.status = EnrollmentStatus.ACTIVE;
      existing.enrolledAt = new Date();
      existing.completedAt = null;
      enrollment = await manager.save(existing);
    } else {
      enrollment = await manager.save(
        manager.create(Enrollment, { studentId: user.id, trackId: track.id, status: EnrollmentStatus.ACTIVE }),
      );
    }
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'enrollment.created',
      subjectType: 'enrollment',
      subjectId: enrollment.id,
      data: { trackId: track.id, studentId: user.id },
    });
    return enrollment;
  }

  private async assertRequiredTrackCompleted(manager: EntityManager, track: Track, userId: string) {
    if (!track.requiresTrackId) return;
    const done = await manager.exists(Enrollment, {
      where: { studentId: userId, trackId: track.requiresTrackId, status: EnrollmentStatus.COMPLETED },
    });
    if (!done) {
      const required = await manager.findOneBy(Track, { id: track.requiresTrackId });
      const requiredTitle = required?.title ?? '';
      throw DomainError.conflict(
        `${track.title} opens once ${requiredTitle} is completed.`,
        CatalogueRefusal.REQUIRED_TRACK_NOT_COMPLETED,
        { track: track.title, requiredTrack: requiredTitle },
      );
    }
  }

  /** Enrolling makes someone a student; recorded like any other role change. */
  async addStudentRole(manager: EntityManager, actor: Actor, user: User) {
    const before = [...user.roles].sort();
    user.roles = [...user.roles, Role.STUDENT].sort();
    await manager.update(User, user.id, { roles: user.roles });
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'user.roles_changed',
      subjectType: 'user',
      subjectId: user.id,
      data: { before, after: user.roles, reason: 'enrolled' },
    });
  }

  async publishedTrack(manager: EntityManager, trackId: string): Promise<Track> {
    const track = await manager.findOneBy(Track, { id: trackId });
    if (!track) throw DomainError.notFound('Track');
    if (track.status !== PublicationStatus.PUBLISHED) {
      throw DomainError.badInput(
        'This track is not published yet.',
        { trackId: 'draft' },
        CatalogueRefusal.TRACK_NOT_PUBLISHED,
        { track: track.title },
      );
    }
    return track;
  }
}
