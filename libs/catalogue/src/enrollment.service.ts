import { CatalogueRefusal } from './catalogue-refusal';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Raw } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, clampPage, DomainError, Page, PageRequest, Role } from '@imh/common';
import {
  Discipline,
  InvitationService,
  Locale,
  Organisation,
  PendingInvitation,
  User,
  UserStatus,
} from '@imh/identity';
import { CatalogueAccess } from './catalogue.access';
import { EnrollStudentInput } from './dto/enroll-student.input';
import { ImportEnrollmentCsvInput, PreviewEnrollmentCsvInput } from './dto/enrollment-csv.input';
import { Enrollment, EnrollmentStatus } from './entities/enrollment.entity';
import { PublicationStatus, Track } from './entities/track.entity';
import {
  analyseEnrollmentRows,
  CsvContext,
  CsvInputRow,
  findDiscipline,
  parseEnrollmentCsv,
  previewHash,
} from './enrollment-csv';
import { CsvRowAction, EnrollmentCsvPreview, EnrollmentImportResult } from './views/enrollment-csv.types';

const ENTERED = [EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED];

/** Putting students in tracks: one by one, by CSV, or (for a student) themselves. */
@Injectable()
export class EnrollmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationService,
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

  /** Every row with every problem; nothing is written. */
  async previewCsv(actor: Actor | null, input: PreviewEnrollmentCsvInput): Promise<EnrollmentCsvPreview> {
    this.access.requireAdmin(actor);
    const manager = this.dataSource.manager;
    const track = await manager.findOneBy(Track, { id: input.trackId });
    if (!track) throw DomainError.notFound('Track');
    const { rows, fileProblems } = parseEnrollmentCsv(input.csv);
    const analysed = analyseEnrollmentRows(rows, await this.csvContext(manager, track, rows));
    const invalidRowCount = analysed.filter((r) => r.problems.length).length;
    return {
      rows: analysed,
      fileProblems,
      validRowCount: analysed.length - invalidRowCount,
      invalidRowCount,
      canImport: fileProblems.length === 0 && invalidRowCount === 0 && analysed.length > 0,
      previewHash: previewHash(track.id, input.csv),
    };
  }

  /**
   * Imports a previewed file in one transaction: all rows or none. Re-checks every row
   * inside the transaction (the data may have changed since the preview) and refuses,
   * listing each bad row, if any is bad. Invitations go out only after commit.
   */
  async importCsv(actor: Actor | null, input: ImportEnrollmentCsvInput): Promise<EnrollmentImportResult> {
    this.access.requireAdmin(actor);
    if (previewHash(input.trackId, input.csv) !== input.previewHash) {
      throw DomainError.badInput(
        'This is not the file you previewed. Preview it again before importing.',
        { previewHash: 'mismatch' },
        'PREVIEW_OUTDATED',
      );
    }
    const { result, pending } = await this.dataSource.transaction(async (manager) => {
      const track = await this.publishedTrack(manager, input.trackId);
      const { rows, fileProblems } = parseEnrollmentCsv(input.csv);
      if (fileProblems.length) throw DomainError.badInput(fileProblems.join(' '), { csv: 'file' }, 'CSV_FILE_INVALID');
      const ctx = await this.csvContext(manager, track, rows);
      const analysed = analyseEnrollmentRows(rows, ctx);
      const bad = analysed.filter((r) => r.problems.length);
      if (bad.length) {
        const fields = Object.fromEntries(
          bad.map((r) => [`line${r.line}`, r.problems.map((p) => `${p.code}: ${p.message}`).join(' ')]),
        );
        throw DomainError.badInput(
          `${bad.length} row(s) have problems; nothing was imported. ${bad
            .map((r) => `Line ${r.line}: ${r.problems.map((p) => p.message).join(' ')}`)
            .join(' ')}`,
          fields,
          'CSV_HAS_PROBLEMS',
        );
      }

      const newOrganisations = [
        ...new Map(
          analysed.filter((r) => r.createsOrganisation).map((r) => [r.organisation.toLowerCase(), r.organisation]),
        ).values(),
      ];
      if (newOrganisations.length) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(Organisation)
          .values(newOrganisations.map((name) => ({ name })))
          .orIgnore()
          .execute();
      }
      const organisations = await this.organisationsByName(
        manager,
        analysed.map((r) => r.organisation),
      );

      const pending: PendingInvitation[] = [];
      for (const row of analysed) {
        const disciplineId = row.discipline ? (findDiscipline(ctx.disciplines, row.discipline)?.id ?? null) : null;
        const organisationId = row.organisation
          ? (organisations.get(row.organisation.toLowerCase())?.id ?? null)
          : null;
        let user = ctx.users.get(row.email);
        if (row.action === CsvRowAction.INVITE || !user) {
          const invitation = await this.invitations.createInvitation(manager, actor.userId, {
            email: row.email,
            name: row.name,
            roles: [Role.STUDENT],
            disciplineId,
            organisationId,
            locale: Locale.nl,
          });
          pending.push(invitation);
          user = invitation.user;
        } else {
          await this.updateFromRow(manager, actor, user, disciplineId, organisationId);
        }
        await this.enrol(manager, actor, track, user, { checked: true });
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'enrollment.csv_imported',
        subjectType: 'track',
        subjectId: track.id,
        data: { rows: analysed.length, invited: pending.length, organisationsCreated: newOrganisations.length },
      });
      return {
        pending,
        result: {
          enrolledCount: analysed.length,
          invitedCount: pending.length,
          organisationsCreated: newOrganisations.length,
        },
      };
    });
    await this.invitations.sendInvitations(pending);
    return result;
  }

  /**
   * Enrols `user` in `track`. A withdrawn enrolment is reopened. Refuses a second enrolment
   * and a route whose required track the user has not completed.
   */
  private async enrol(
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

  private async updateFromRow(
    manager: EntityManager,
    actor: Actor,
    user: User,
    disciplineId: string | null,
    organisationId: string | null,
  ) {
    const changes: Partial<User> = {};
    if (disciplineId && disciplineId !== user.disciplineId) changes.disciplineId = disciplineId;
    if (organisationId && organisationId !== user.organisationId) changes.organisationId = organisationId;
    if (Object.keys(changes).length) await manager.update(User, user.id, changes);
    if (!user.roles.includes(Role.STUDENT)) await this.addStudentRole(manager, actor, user);
  }

  /** Enrolling makes someone a student; recorded like any other role change. */
  private async addStudentRole(manager: EntityManager, actor: Actor, user: User) {
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

  private async publishedTrack(manager: EntityManager, trackId: string): Promise<Track> {
    const track = await manager.findOneBy(Track, { id: trackId });
    if (!track) throw DomainError.notFound('Track');
    if (track.status !== PublicationStatus.PUBLISHED) {
      throw DomainError.badInput(
        'This track is not published yet.',
        { trackId: 'This track is not published yet.' },
        CatalogueRefusal.TRACK_NOT_PUBLISHED,
        { track: track.title },
      );
    }
    return track;
  }

  private async organisationsByName(manager: EntityManager, names: string[]): Promise<Map<string, Organisation>> {
    const wanted = [...new Set(names.filter(Boolean).map((n) => n.toLowerCase()))];
    if (!wanted.length) return new Map();
    const found = await manager.find(Organisation, {
      where: { name: Raw((alias) => `lower(${alias}) = ANY(:names)`, { names: wanted }) },
    });
    return new Map(found.map((o) => [o.name.toLowerCase(), o]));
  }

  private async csvContext(manager: EntityManager, track: Track, rows: CsvInputRow[]): Promise<CsvContext> {
    const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
    const users = emails.length ? await manager.findBy(User, { email: In(emails) }) : [];
    const userIds = users.map((u) => u.id);
    const enrolled = userIds.length
      ? await manager.findBy(Enrollment, { trackId: track.id, studentId: In(userIds), status: In(ENTERED) })
      : [];
    let requiredTrack: CsvContext['requiredTrack'] = null;
    if (track.requiresTrackId) {
      const required = await manager.findOneBy(Track, { id: track.requiresTrackId });
      const completed = userIds.length
        ? await manager.findBy(Enrollment, {
            trackId: track.requiresTrackId,
            studentId: In(userIds),
            status: EnrollmentStatus.COMPLETED,
          })
        : [];
      requiredTrack = {
        title: required?.title ?? 'the required track',
        completedUserIds: new Set(completed.map((e) => e.studentId)),
      };
    }
    return {
      disciplines: await manager.find(Discipline),
      organisations: await this.organisationsByName(
        manager,
        rows.map((r) => r.organisation),
      ),
      users: new Map(users.map((u) => [u.email, u])),
      enrolledUserIds: new Set(enrolled.map((e) => e.studentId)),
      requiredTrack,
    };
  }
}
