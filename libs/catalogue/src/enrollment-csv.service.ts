import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError, Raw } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, DomainError, Role } from '@imh/common';
import { Discipline, InvitationService, Locale, Organisation, User } from '@imh/identity';
import { CatalogueRefusal } from './catalogue-refusal';
import { CatalogueAccess } from './catalogue.access';
import { ImportEnrollmentCsvInput, PreviewEnrollmentCsvInput } from './dto/enrollment-csv.input';
import { Enrollment, EnrollmentStatus } from './entities/enrollment.entity';
import { Track } from './entities/track.entity';
import {
  analyseEnrollmentRows,
  changeKey,
  CsvContext,
  CsvInputRow,
  findDiscipline,
  parseEnrollmentCsv,
  previewHash,
} from './enrollment-csv';
import { EnrollmentService } from './enrollment.service';
import {
  CsvAccountField,
  CsvRowAction,
  EnrollmentCsvPreview,
  EnrollmentCsvRow,
  EnrollmentImportResult,
} from './views/enrollment-csv.types';

const ENTERED = [EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED];

/** One lock for every CSV import, so two imports never interleave (they are rare and short). */
const IMPORT_LOCK = 0x1c5f_0001;

const outdated = (message: string) =>
  DomainError.badInput(message, { previewHash: 'mismatch' }, CatalogueRefusal.PREVIEW_OUTDATED);

/** A unique index refused a row: someone else made the same account or enrolment meanwhile. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/**
 * Enrolment by CSV: a preview that shows every row's problems and every change to an existing
 * account, then an import that applies only what the admin confirmed.
 */
@Injectable()
export class EnrollmentCsvService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enrollments: EnrollmentService,
    private readonly invitations: InvitationService,
    private readonly audit: AuditService,
    private readonly access: CatalogueAccess,
  ) {}

  /** Every row with every problem and every account change it would make; nothing is written. */
  async preview(actor: Actor | null, input: PreviewEnrollmentCsvInput): Promise<EnrollmentCsvPreview> {
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
      previewHash: previewHash(track.id, input.csv, analysed),
    };
  }

  /**
   * Imports a previewed file in one transaction: all rows or none. Re-analyses every row inside
   * the transaction and refuses when the fingerprint differs from the preview's (the file, an
   * action or an offered change is not what the admin saw) or when any row has a problem.
   * Changes to existing accounts are applied only when confirmed; a row whose account lacks
   * the student role is enrolled only when adding it was confirmed. Invitation e-mails are outbox
   * facts in the same transaction: they go out once it commits.
   */
  async import(actor: Actor | null, input: ImportEnrollmentCsvInput): Promise<EnrollmentImportResult> {
    this.access.requireAdmin(actor);
    try {
      return await this.dataSource.transaction((manager) => this.importIn(manager, actor, input));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw outdated('Some of these accounts or enrolments were made meanwhile. Preview the file again.');
      }
      throw error;
    }
  }

  private async importIn(
    manager: EntityManager,
    actor: Actor,
    input: ImportEnrollmentCsvInput,
  ): Promise<EnrollmentImportResult> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const track = await this.enrollments.publishedTrack(manager, input.trackId);
    const { rows, fileProblems } = parseEnrollmentCsv(input.csv);
    if (fileProblems.length) {
      throw DomainError.badInput(
        fileProblems.map((p) => p.message).join(' '),
        { csv: 'file' },
        CatalogueRefusal.CSV_FILE_INVALID,
        { problems: fileProblems.map((p) => p.code) },
      );
    }
    const ctx = await this.csvContext(manager, track, rows);
    const analysed = analyseEnrollmentRows(rows, ctx);
    if (previewHash(track.id, input.csv, analysed) !== input.previewHash) {
      throw outdated('This is not the file or the accounts you previewed. Preview it again before importing.');
    }
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
        CatalogueRefusal.CSV_HAS_PROBLEMS,
        { lines: bad.map((r) => String(r.line)) },
      );
    }
    const confirmed = this.confirmedChanges(analysed, input);

    const enrolled = analysed.filter(
      (r) =>
        r.action === CsvRowAction.INVITE ||
        r.changes.every((c) => c.field !== CsvAccountField.STUDENT_ROLE || confirmed.has(changeKey(r.email, c.field))),
    );
    // Organisations are made for the people invited and for confirmed moves only.
    const wantedOrganisations = enrolled.flatMap((r) =>
      r.action === CsvRowAction.INVITE
        ? r.organisation
          ? [r.organisation]
          : []
        : r.changes
            .filter((c) => c.field === CsvAccountField.ORGANISATION && confirmed.has(changeKey(r.email, c.field)))
            .map((c) => c.to),
    );
    const newOrganisations = [
      ...new Map(
        wantedOrganisations.filter((n) => !ctx.organisations.has(n.toLowerCase())).map((n) => [n.toLowerCase(), n]),
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
    const organisations = await this.organisationsByName(manager, wantedOrganisations);

    let invited = 0;
    let changesApplied = 0;
    for (const row of enrolled) {
      const discipline = row.discipline ? findDiscipline(ctx.disciplines, row.discipline) : undefined;
      let user = ctx.users.get(row.email);
      if (row.action === CsvRowAction.INVITE || !user) {
        user = await this.invitations.createInvitation(manager, actor.userId, {
          email: row.email,
          name: row.name,
          roles: [Role.STUDENT],
          disciplineId: discipline?.id ?? null,
          organisationId: row.organisation ? (organisations.get(row.organisation.toLowerCase())?.id ?? null) : null,
          locale: Locale.nl,
        });
        invited++;
      } else {
        changesApplied += await this.applyConfirmed(manager, actor, user, row, confirmed, discipline, organisations);
      }
      await this.enrollments.enrol(manager, actor, track, user, { checked: true });
    }
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'enrollment.csv_imported',
      subjectType: 'track',
      subjectId: track.id,
      data: {
        rows: analysed.length,
        enrolled: enrolled.length,
        invited,
        changesApplied,
        skipped: analysed.length - enrolled.length,
        organisationsCreated: newOrganisations.length,
      },
    });
    return {
      enrolledCount: enrolled.length,
      invitedCount: invited,
      organisationsCreated: newOrganisations.length,
      changesApplied,
      skippedCount: analysed.length - enrolled.length,
    };
  }

  /**
   * The confirmations as keys, each checked against what the rows offer: confirming a change
   * the preview did not offer is refused, naming the entry.
   */
  private confirmedChanges(rows: EnrollmentCsvRow[], input: ImportEnrollmentCsvInput): Set<string> {
    const offered = new Set(rows.flatMap((r) => r.changes.map((c) => changeKey(r.email, c.field))));
    const fields: Record<string, string> = {};
    const unknown: string[] = [];
    input.confirmedChanges.forEach((c, index) => {
      if (!offered.has(changeKey(c.email, c.field))) {
        fields[`confirmedChanges.${index}`] = `No ${c.field} change was offered for ${c.email.slice(0, 80)}.`;
        unknown.push(c.email.slice(0, 254));
      }
    });
    if (unknown.length) {
      throw DomainError.badInput(Object.values(fields)[0], fields, CatalogueRefusal.CSV_CHANGE_NOT_OFFERED, {
        emails: [...new Set(unknown)],
      });
    }
    return new Set(input.confirmedChanges.map((c) => changeKey(c.email, c.field)));
  }

  /** Applies the row's confirmed changes to an existing account, each audited; returns how many. */
  private async applyConfirmed(
    manager: EntityManager,
    actor: Actor,
    user: User,
    row: EnrollmentCsvRow,
    confirmed: Set<string>,
    discipline: Discipline | undefined,
    organisations: Map<string, Organisation>,
  ): Promise<number> {
    const changes = row.changes.filter((c) => confirmed.has(changeKey(row.email, c.field)));
    const update: Partial<Pick<User, 'disciplineId' | 'organisationId'>> = {};
    for (const change of changes) {
      if (change.field === CsvAccountField.DISCIPLINE && discipline) update.disciplineId = discipline.id;
      if (change.field === CsvAccountField.ORGANISATION) {
        const organisation = organisations.get(change.to.toLowerCase());
        if (organisation) update.organisationId = organisation.id;
      }
    }
    if (Object.keys(update).length) {
      await manager.update(User, user.id, update);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.profile_changed',
        subjectType: 'user',
        subjectId: user.id,
        data: {
          before: { disciplineId: user.disciplineId, organisationId: user.organisationId },
          after: update,
          reason: 'csv_import_confirmed',
        },
      });
    }
    if (changes.some((c) => c.field === CsvAccountField.STUDENT_ROLE)) {
      await this.enrollments.addStudentRole(manager, actor, user);
    }
    return changes.length;
  }

  private async organisationsByName(manager: EntityManager, names: string[]): Promise<Map<string, Organisation>> {
    const wanted = [...new Set(names.filter(Boolean).map((n) => n.toLowerCase()))];
    if (!wanted.length) return new Map();
    const found = await manager.find(Organisation, {
      where: { name: Raw((alias) => `lower(${alias}) = ANY(:names)`, { names: wanted }) },
    });
    return new Map(found.map((o) => [o.name.toLowerCase(), o]));
  }

  /** What the database says about the file's people and names: a fixed number of queries. */
  private async csvContext(manager: EntityManager, track: Track, rows: CsvInputRow[]): Promise<CsvContext> {
    const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
    const users = emails.length
      ? await manager.find(User, { where: { email: In(emails) }, relations: { organisation: true } })
      : [];
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
      disciplines: await manager.find(Discipline, { order: { code: 'ASC' } }),
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
