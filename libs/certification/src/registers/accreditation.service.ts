import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ModuleCompletionRule } from '@imh/catalogue';
import { type Actor, assertSignedIn, DomainError } from '@imh/common';
import { CertificationAccess, CertificationPermission } from '../certification.access';
import { csvDocument } from './accreditation-csv';
import { AccreditationRefusal } from './accreditation-refusal';
import {
  AccreditationExport,
  AccreditationProfile,
  AccreditationYear,
  MissingRegistration,
  PeOnlineEdition,
  Register,
  RegisterPoints,
} from './accreditation.types';
import { normaliseRegistrationNumber, registerDefinition, RegisterCode, REGISTERS } from './registers';

/** Points a register booked: one module completed by one student. */
export interface EarnedPoints {
  studentId: string;
  moduleId: string;
  moduleTitle: string;
  trackId: string;
  register: RegisterCode;
  points: number;
  earnedAt: Date;
  /** The calendar day in Europe/Amsterdam, YYYY-MM-DD. */
  earnedOn: string;
}

const DAY_IN_AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
export const amsterdamDay = (date: Date) => DAY_IN_AMSTERDAM.format(date);

const ORDER = new Map(REGISTERS.map((r, i) => [r.code, i]));
const byRegisterOrder = (a: RegisterCode, b: RegisterCode) => ORDER.get(a)! - ORDER.get(b)!;
const CSV_HEADER = ['registratienummer', 'naam', 'module', 'datum', 'punten'];
/** The longest period one export covers. */
const MAX_EXPORT_YEARS = 5;

export function registerView(code: RegisterCode): Register {
  const { name, format, example } = registerDefinition(code);
  return { code, name, format, example };
}

function repeated(registers: RegisterCode[]): void {
  const seen = new Set<RegisterCode>();
  for (const register of registers) {
    if (seen.has(register)) {
      throw DomainError.badInput(
        `${register} is named twice.`,
        { register: 'repeated' },
        AccreditationRefusal.REGISTER_REPEATED,
        { register },
      );
    }
    seen.add(register);
  }
}

/**
 * Accreditation points per professional register. A module's points in a register are earned when
 * the module becomes complete by the catalogue's module completion rule (every lesson done and every
 * registered requirement met, such as passed assignments); the date is when the last of those
 * happened: the last lesson's completion or the release of the grade that passed the last assignment.
 * Nothing is booked in advance, so a completion the rule later takes back (an archived lesson added
 * to the module) is never reported. Students record their number per register; the admin's export
 * lists, per register and period, the booked points and who has no number.
 */
@Injectable()
export class AccreditationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CertificationAccess,
    private readonly completionRule: ModuleCompletionRule,
  ) {}

  registers(actor: Actor | null): Register[] {
    assertSignedIn(actor);
    return REGISTERS.map((r) => registerView(r.code));
  }

  async disciplineRegisters(actor: Actor | null, disciplineId: string): Promise<Register[]> {
    assertSignedIn(actor);
    const rows: { register: RegisterCode }[] = await this.dataSource.query(
      `SELECT register FROM discipline_register WHERE discipline_id = $1`,
      [disciplineId],
    );
    return rows
      .map((r) => r.register)
      .sort(byRegisterOrder)
      .map(registerView);
  }

  // ---- the student's registrations and points -------------------------------------------------

  async profile(actor: Actor | null, studentId?: string | null): Promise<AccreditationProfile> {
    assertSignedIn(actor);
    const id = studentId ?? actor.userId;
    await this.access.require({ actor, permission: CertificationPermission.REGISTRATION, ids: [id] });
    return this.loadProfile(this.dataSource.manager, id);
  }

  async record(
    actor: Actor | null,
    input: { studentId?: string | null; register: RegisterCode; number: string },
  ): Promise<AccreditationProfile> {
    assertSignedIn(actor);
    const id = input.studentId ?? actor.userId;
    await this.access.require({ actor, permission: CertificationPermission.REGISTRATION, ids: [id] });
    const number = normaliseRegistrationNumber(input.register, input.number);
    const definition = registerDefinition(input.register);
    if (!number) {
      throw DomainError.badInput(
        `Not a valid ${definition.name} number: ${definition.format} (e.g. ${definition.example}).`,
        { number: 'invalid' },
        AccreditationRefusal.INVALID_REGISTRATION_NUMBER,
        { register: input.register, example: definition.example },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const [student]: { disciplineName: string | null; offered: boolean }[] = await manager.query(
        `SELECT d.name_nl AS "disciplineName",
                EXISTS (SELECT 1 FROM discipline_register dr
                         WHERE dr.discipline_id = u.discipline_id AND dr.register = $2) AS offered
           FROM "user" u LEFT JOIN discipline d ON d.id = u.discipline_id
          WHERE u.id = $1 FOR UPDATE OF u`,
        [id, input.register],
      );
      if (!student) throw DomainError.notFound('Student');
      if (!student.offered) {
        throw DomainError.badInput(
          `${definition.name} is not offered to ${student.disciplineName ?? 'students without a discipline'}.`,
          { register: 'notOffered' },
          AccreditationRefusal.REGISTER_NOT_OFFERED,
          { register: input.register, discipline: student.disciplineName ?? '' },
        );
      }
      await manager.query(
        `INSERT INTO registration (student_id, register, number) VALUES ($1, $2, $3)
         ON CONFLICT (student_id, register) DO UPDATE SET number = EXCLUDED.number, updated_at = now()`,
        [id, input.register, number],
      );
      return this.loadProfile(manager, id);
    });
  }

  async remove(
    actor: Actor | null,
    input: { studentId?: string | null; register: RegisterCode },
  ): Promise<AccreditationProfile> {
    assertSignedIn(actor);
    const id = input.studentId ?? actor.userId;
    await this.access.require({ actor, permission: CertificationPermission.REGISTRATION, ids: [id] });
    return this.dataSource.transaction(async (manager) => {
      const [{ deleted }]: { deleted: number }[] = await manager.query(
        `WITH d AS (DELETE FROM registration WHERE student_id = $1 AND register = $2 RETURNING id)
         SELECT count(*)::int AS deleted FROM d`,
        [id, input.register],
      );
      if (!deleted) throw DomainError.notFound('Registration');
      return this.loadProfile(manager, id);
    });
  }

  private async loadProfile(manager: EntityManager, studentId: string): Promise<AccreditationProfile> {
    const [student]: { disciplineName: string | null; offered: RegisterCode[] }[] = await manager.query(
      `SELECT d.name_nl AS "disciplineName",
              COALESCE((SELECT array_agg(dr.register::text) FROM discipline_register dr
                         WHERE dr.discipline_id = u.discipline_id), '{}') AS offered
         FROM "user" u LEFT JOIN discipline d ON d.id = u.discipline_id
        WHERE u.id = $1`,
      [studentId],
    );
    if (!student) throw DomainError.notFound('Student');
    const registrations: { register: RegisterCode; number: string; updatedAt: Date }[] = await manager.query(
      `SELECT register, number, updated_at AS "updatedAt" FROM registration WHERE student_id = $1`,
      [studentId],
    );
    const held = new Set(registrations.map((r) => r.register));
    const offered = [...new Set([...student.offered, ...held])].sort(byRegisterOrder);
    const earned = await this.earned(manager, { registers: offered, studentIds: [studentId] });
    const years = new Map<string, AccreditationYear>();
    for (const e of earned) {
      const year = Number(e.earnedOn.slice(0, 4));
      const key = `${year}:${e.register}`;
      const entry = years.get(key) ?? {
        year,
        register: e.register,
        points: 0,
        registered: held.has(e.register),
        modules: [],
      };
      entry.points += e.points;
      entry.modules.push({ moduleId: e.moduleId, moduleTitle: e.moduleTitle, earnedOn: e.earnedOn, points: e.points });
      years.set(key, entry);
    }
    for (const entry of years.values()) entry.modules.sort((a, b) => a.earnedOn.localeCompare(b.earnedOn));
    return {
      studentId,
      disciplineName: student.disciplineName,
      offeredRegisters: offered.map(registerView),
      registrations: registrations.sort((a, b) => byRegisterOrder(a.register, b.register)),
      points: [...years.values()].sort((a, b) => b.year - a.year || byRegisterOrder(a.register, b.register)),
    };
  }

  // ---- what admins configure --------------------------------------------------------------------

  async moduleRegisterPoints(actor: Actor | null, moduleId: string): Promise<RegisterPoints[]> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CertificationPermission.ACCREDITATION_ADMIN, ids: [moduleId] });
    return this.loadModulePoints(this.dataSource.manager, moduleId);
  }

  async setModuleRegisterPoints(
    actor: Actor | null,
    input: { moduleId: string; points: { register: RegisterCode; points: number }[] },
  ): Promise<RegisterPoints[]> {
    assertSignedIn(actor);
    await this.access.require({
      actor,
      permission: CertificationPermission.ACCREDITATION_ADMIN,
      ids: [input.moduleId],
    });
    repeated(input.points.map((p) => p.register));
    return this.dataSource.transaction(async (manager) => {
      const [module] = await manager.query(`SELECT id FROM module WHERE id = $1 FOR UPDATE`, [input.moduleId]);
      if (!module) throw DomainError.notFound('Module');
      await manager.query(`DELETE FROM module_register_points WHERE module_id = $1`, [input.moduleId]);
      if (input.points.length) {
        await manager.query(
          `INSERT INTO module_register_points (module_id, register, points)
           SELECT $1, r, p FROM unnest($2::varchar[], $3::int[]) AS t(r, p)`,
          [input.moduleId, input.points.map((p) => p.register), input.points.map((p) => p.points)],
        );
      }
      return this.loadModulePoints(manager, input.moduleId);
    });
  }

  private async loadModulePoints(manager: EntityManager, moduleId: string): Promise<RegisterPoints[]> {
    const rows: RegisterPoints[] = await manager.query(
      `SELECT register, points FROM module_register_points WHERE module_id = $1`,
      [moduleId],
    );
    return rows.sort((a, b) => byRegisterOrder(a.register, b.register));
  }

  async setDisciplineRegisters(
    actor: Actor | null,
    input: { disciplineId: string; registers: RegisterCode[] },
  ): Promise<Register[]> {
    assertSignedIn(actor);
    await this.access.require({
      actor,
      permission: CertificationPermission.ACCREDITATION_ADMIN,
      ids: [input.disciplineId],
    });
    repeated(input.registers);
    await this.dataSource.transaction(async (manager) => {
      const [discipline] = await manager.query(`SELECT id FROM discipline WHERE id = $1 FOR UPDATE`, [
        input.disciplineId,
      ]);
      if (!discipline) throw DomainError.notFound('Discipline');
      await manager.query(`DELETE FROM discipline_register WHERE discipline_id = $1`, [input.disciplineId]);
      if (input.registers.length) {
        await manager.query(
          `INSERT INTO discipline_register (discipline_id, register) SELECT $1, unnest($2::varchar[])`,
          [input.disciplineId, input.registers],
        );
      }
    });
    return [...input.registers].sort(byRegisterOrder).map(registerView);
  }

  // ---- the exports ------------------------------------------------------------------------------

  /**
   * Per register and period (calendar days in Europe/Amsterdam, inclusive): the CSV of booked points
   * (registration number, name, module, date, points), PE-online's numbers per course edition
   * (cohort) one per line, and every student who earned points but has no number in the register.
   */
  async export(
    actor: Actor | null,
    input: { register: RegisterCode; from: string; to: string },
  ): Promise<AccreditationExport> {
    assertSignedIn(actor);
    await this.access.require({
      actor,
      permission: CertificationPermission.ACCREDITATION_ADMIN,
      ids: [input.register],
    });
    const limit = `${Number(input.from.slice(0, 4)) + MAX_EXPORT_YEARS}${input.from.slice(4)}`;
    if (input.to < input.from || input.to >= limit) {
      throw DomainError.badInput(
        `The period must end on or after its first day, within ${MAX_EXPORT_YEARS} years.`,
        { to: 'invalidPeriod' },
        AccreditationRefusal.INVALID_EXPORT_PERIOD,
      );
    }
    const manager = this.dataSource.manager;
    const earned = (await this.earned(manager, { registers: [input.register], before: input.to })).filter(
      (e) => e.earnedOn >= input.from && e.earnedOn <= input.to,
    );
    const studentIds = [...new Set(earned.map((e) => e.studentId))];
    const trackIds = [...new Set(earned.map((e) => e.trackId))];
    const people: { id: string; name: string; email: string; number: string | null }[] = studentIds.length
      ? await manager.query(
          `SELECT u.id, u.name, u.email, r.number FROM "user" u
             LEFT JOIN registration r ON r.student_id = u.id AND r.register = $2
            WHERE u.id = ANY($1::uuid[])`,
          [studentIds, input.register],
        )
      : [];
    const person = new Map(people.map((p) => [p.id, p]));
    const tracks: { id: string; title: string }[] = trackIds.length
      ? await manager.query(`SELECT id, title FROM track WHERE id = ANY($1::uuid[])`, [trackIds])
      : [];
    const trackTitle = new Map(tracks.map((t) => [t.id, t.title]));
    const memberships: {
      studentId: string;
      cohortId: string;
      name: string;
      trackId: string;
      startsOn: string;
      endsOn: string;
    }[] = studentIds.length
      ? await manager.query(
          `SELECT cm.student_id AS "studentId", c.id AS "cohortId", c.name, c.track_id AS "trackId",
                  to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn"
             FROM cohort_member cm JOIN cohort c ON c.id = cm.cohort_id
            WHERE cm.student_id = ANY($1::uuid[]) AND c.track_id = ANY($2::uuid[])
            ORDER BY c.starts_on DESC, c.id`,
          [studentIds, trackIds],
        )
      : [];

    const collator = new Intl.Collator('nl');
    const rows: (string | number)[][] = [];
    const editions = new Map<string, PeOnlineEdition & { set: Set<string> }>();
    const missing = new Map<string, MissingRegistration>();
    const sorted = [...earned].sort(
      (a, b) =>
        a.earnedOn.localeCompare(b.earnedOn) ||
        collator.compare(person.get(a.studentId)!.name, person.get(b.studentId)!.name) ||
        collator.compare(a.moduleTitle, b.moduleTitle),
    );
    for (const e of sorted) {
      const p = person.get(e.studentId)!;
      if (!p.number) {
        const entry = missing.get(p.id) ?? { studentId: p.id, name: p.name, email: p.email, modules: [], points: 0 };
        entry.modules.push(e.moduleTitle);
        entry.points += e.points;
        missing.set(p.id, entry);
        continue;
      }
      rows.push([p.number, p.name, e.moduleTitle, e.earnedOn, e.points]);
      // The course edition: the student's cohort of the module's track, the one running on that day if any.
      const cohorts = memberships.filter((m) => m.studentId === e.studentId && m.trackId === e.trackId);
      const cohort = cohorts.find((c) => c.startsOn <= e.earnedOn && e.earnedOn <= c.endsOn) ?? cohorts[0] ?? null;
      const key = cohort ? cohort.cohortId : `track:${e.trackId}`;
      const edition = editions.get(key) ?? {
        cohortId: cohort?.cohortId ?? null,
        cohortName: cohort?.name ?? null,
        trackTitle: trackTitle.get(e.trackId) ?? '',
        startsOn: cohort?.startsOn ?? null,
        endsOn: cohort?.endsOn ?? null,
        numbers: '',
        count: 0,
        set: new Set<string>(),
      };
      edition.set.add(p.number);
      editions.set(key, edition);
    }
    return {
      register: input.register,
      from: input.from,
      to: input.to,
      fileName: `accreditatie-${input.register.toLowerCase()}-${input.from}-${input.to}.csv`,
      csv: csvDocument(CSV_HEADER, rows),
      rowCount: rows.length,
      totalPoints: rows.reduce((sum, r) => sum + Number(r[4]), 0),
      editions: [...editions.values()]
        .sort(
          (a, b) =>
            Number(a.cohortId === null) - Number(b.cohortId === null) ||
            (a.startsOn ?? '').localeCompare(b.startsOn ?? '') ||
            collator.compare(a.cohortName ?? a.trackTitle, b.cohortName ?? b.trackTitle),
        )
        .map(({ set, ...edition }) => {
          const numbers = [...set].sort();
          return { ...edition, numbers: numbers.join('\n'), count: numbers.length };
        }),
      missing: [...missing.values()].sort((a, b) => collator.compare(a.name, b.name)),
    };
  }

  /**
   * The points booked in these registers (optionally for some students, optionally only modules whose
   * last lesson was done by the day `before`): modules with points in a register whose every lesson the
   * student has done, confirmed by the module completion rule. Two statements, plus the rule's one
   * per registered requirement, whatever the number of students.
   */
  async earned(
    manager: EntityManager,
    filter: { registers: RegisterCode[]; studentIds?: string[]; before?: string },
  ): Promise<EarnedPoints[]> {
    if (!filter.registers.length) return [];
    const modulePoints: { moduleId: string; register: RegisterCode; points: number; title: string; trackId: string }[] =
      await manager.query(
        `SELECT mrp.module_id AS "moduleId", mrp.register, mrp.points, m.title, m.track_id AS "trackId"
           FROM module_register_points mrp JOIN module m ON m.id = mrp.module_id
          WHERE m.status = 'PUBLISHED' AND mrp.register = ANY($1::varchar[])`,
        [filter.registers],
      );
    if (!modulePoints.length) return [];
    const moduleIds = [...new Set(modulePoints.map((m) => m.moduleId))];
    const done: { studentId: string; moduleId: string; lastLessonAt: Date; lessonIds: string[] }[] =
      await manager.query(
        `SELECT lp.student_id AS "studentId", l.module_id AS "moduleId", max(lp.completed_at) AS "lastLessonAt",
                array_agg(l.id::text) AS "lessonIds"
           FROM lesson l JOIN lesson_progress lp ON lp.lesson_id = l.id
          WHERE l.module_id = ANY($1::uuid[]) AND l.archived_at IS NULL
            AND ($2::uuid[] IS NULL OR lp.student_id = ANY($2::uuid[]))
          GROUP BY lp.student_id, l.module_id
         HAVING count(*) = (SELECT count(*) FROM lesson l2 WHERE l2.module_id = l.module_id AND l2.archived_at IS NULL)
            AND ($3::date IS NULL OR max(lp.completed_at) < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))`,
        [moduleIds, filter.studentIds ?? null, filter.before ?? null],
      );
    const byStudent = new Map<string, typeof done>();
    for (const d of done) byStudent.set(d.studentId, [...(byStudent.get(d.studentId) ?? []), d]);
    const pointsOf = new Map<string, typeof modulePoints>();
    for (const m of modulePoints) pointsOf.set(m.moduleId, [...(pointsOf.get(m.moduleId) ?? []), m]);
    const completions = await this.completionRule.evaluateMany(
      manager,
      new Map(
        [...byStudent].map(([studentId, modules]) => [
          studentId,
          modules.map((m) => ({
            moduleId: m.moduleId,
            lessonIds: m.lessonIds,
            completedLessonIds: new Set(m.lessonIds),
          })),
        ]),
      ),
    );
    const earned: EarnedPoints[] = [];
    for (const [studentId, modules] of byStudent) {
      const completion = completions.get(studentId)!;
      for (const m of modules) {
        const c = completion.get(m.moduleId);
        if (!c?.complete) continue;
        const last = new Date(m.lastLessonAt);
        const earnedAt = c.requirementsMetAt && c.requirementsMetAt > last ? c.requirementsMetAt : last;
        for (const p of pointsOf.get(m.moduleId) ?? []) {
          earned.push({
            studentId,
            moduleId: m.moduleId,
            moduleTitle: p.title,
            trackId: p.trackId,
            register: p.register,
            points: p.points,
            earnedAt,
            earnedOn: amsterdamDay(earnedAt),
          });
        }
      }
    }
    return earned;
  }
}
