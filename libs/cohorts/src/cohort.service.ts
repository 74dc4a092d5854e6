import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Track } from '@imh/catalogue';
import { Actor, assertSignedIn, clampPage, CommonRefusal, DomainError, Page, PageRequest } from '@imh/common';
import { Outbox } from '@imh/notifications';
import { CohortAccess, CohortPermission } from './cohort.access';
import { cohortsAssigned, type CohortAssignment } from './cohort-notifications';
import { CohortRefusal } from './cohort-refusal';
import { assertAllInPool, loadPool } from './cohort-pool';
import {
  assertDocents,
  assertModeOrganisation,
  idsAt,
  type IdAt,
  lockTrackMemberships,
  meetingRow,
  translatePlacementConflict,
} from './cohort-writes';
import { AddCohortMeetingInput, UpdateCohortMeetingInput } from './dto/cohort-meeting.input';
import { CohortMembershipInput } from './dto/cohort-membership.input';
import { CohortsFilterInput } from './dto/cohorts-filter.input';
import { CreateCohortInput } from './dto/create-cohort.input';
import { UpdateCohortInput } from './dto/update-cohort.input';
import { CohortDocent } from './entities/cohort-docent.entity';
import { CohortMeeting } from './entities/cohort-meeting.entity';
import { CohortMember } from './entities/cohort-member.entity';
import { Cohort, CohortMode } from './entities/cohort.entity';
import { byName } from './proposal-view';
import type { CohortPeople, CohortPerson } from './views/cohort-person.types';

interface PersonRow {
  cohortId: string;
  id: string;
  name: string;
  email: string;
  disciplineId: string | null;
  organisationId: string | null;
}

/**
 * Cohorts outside proposals: reading them (admins every cohort, docents those they teach,
 * students their own), editing them by hand, and the batch reads behind the API's DataLoaders.
 * A student is in at most one cohort per track; adding them to a second is a CONFLICT.
 */
@Injectable()
export class CohortService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly access: CohortAccess,
  ) {}

  // ---- reads ---------------------------------------------------------------------------

  /**
   * Every cohort, newest period first; admins only. One statement (the total as a window count
   * beside the page; a page past the end counts apart), each cohort with its `track` (for the
   * API's track loader); people and meetings come batched.
   */
  async list(actor: Actor | null, filter: CohortsFilterInput = {}, page?: PageRequest): Promise<Page<Cohort>> {
    this.access.requireManager(actor);
    const { offset, limit } = clampPage(page);
    const repository = this.dataSource.getRepository(Cohort);
    const where = {
      ...(filter.trackId ? { trackId: filter.trackId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    };
    const { raw, entities: items } = await repository
      .createQueryBuilder('c')
      .setFindOptions({ where })
      .innerJoinAndSelect('c.track', 't')
      .addSelect('count(*) OVER ()', 'total')
      .orderBy('c.starts_on', 'DESC')
      .addOrderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getRawAndEntities<{ total: string }>();
    const totalCount = raw.length ? Number(raw[0].total) : offset > 0 ? await repository.countBy(where) : 0;
    return { items, totalCount, offset, limit };
  }

  /** One cohort, for an admin, one of its docents or one of its students. */
  async get(actor: Actor | null, id: string): Promise<Cohort> {
    assertSignedIn(actor);
    const cohort = await this.dataSource.getRepository(Cohort).findOneBy({ id });
    if (!cohort) throw DomainError.notFound('Cohort');
    await this.access.require({ actor, permission: CohortPermission.COHORT_VIEW, ids: [id] });
    return cohort;
  }

  /** The cohorts the actor teaches (as a docent) or follows (as a student); newest period first. One query. */
  async mine(actor: Actor | null): Promise<Cohort[]> {
    assertSignedIn(actor);
    const qb = this.dataSource.getRepository(Cohort).createQueryBuilder('c');
    return this.access
      .whereRelated(qb, 'c', actor)
      .orderBy('c.starts_on', 'DESC')
      .addOrderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /**
   * Docents and students of many cohorts, each as the actor may see them (see
   * `CohortAccess.seesContactDetails`): the actor's relations in one query, the people in one
   * more. Cohorts the actor may not see come back empty.
   */
  async peopleByCohortIds(
    actor: Actor | null,
    cohortIds: readonly string[],
    roles: readonly (keyof CohortPeople)[] = ['docents', 'students'],
  ): Promise<Map<string, CohortPeople>> {
    const result = new Map<string, CohortPeople>();
    if (!actor || !cohortIds.length) return result;
    for (const id of cohortIds) result.set(id, { docents: [], students: [] });
    const relations = await this.access.relations(actor, cohortIds);
    if (!relations.size) return result;
    const visible = [...relations.keys()];
    const person = (qb: SelectQueryBuilder<CohortDocent | CohortMember>, link: string, alias: string) =>
      qb
        .innerJoin(`${link}.${alias}`, 'u')
        .select(`${link}.cohortId`, 'cohortId')
        .addSelect(['u.id AS id', 'u.name AS name', 'u.email AS email'])
        .addSelect('u.disciplineId', 'disciplineId')
        .addSelect('u.organisationId', 'organisationId')
        .where(`${link}.cohortId IN (:...visible)`, { visible })
        .getRawMany<PersonRow>();
    const [docents, students] = await Promise.all([
      roles.includes('docents')
        ? person(this.dataSource.getRepository(CohortDocent).createQueryBuilder('d'), 'd', 'docent')
        : [],
      roles.includes('students')
        ? person(this.dataSource.getRepository(CohortMember).createQueryBuilder('m'), 'm', 'student')
        : [],
    ]);
    const add = (rows: PersonRow[], role: keyof CohortPeople) => {
      for (const row of rows) {
        const full = CohortAccess.seesContactDetails(relations.get(row.cohortId)!);
        result.get(row.cohortId)![role].push({
          id: row.id,
          name: row.name,
          email: full ? row.email : null,
          disciplineId: row.disciplineId,
          organisationId: full ? row.organisationId : null,
        } satisfies CohortPerson);
      }
    };
    add(docents, 'docents');
    add(students, 'students');
    for (const people of result.values()) {
      people.docents.sort(byName);
      people.students.sort(byName);
    }
    return result;
  }

  /**
   * How many students each cohort has, counted in SQL (one statement for any number of cohorts);
   * cohorts the actor may not see come back without a count.
   */
  async studentCountsByCohortIds(actor: Actor | null, cohortIds: readonly string[]): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    if (!actor || !cohortIds.length) return result;
    const visible = [...(await this.access.relations(actor, cohortIds)).keys()];
    if (!visible.length) return result;
    for (const id of visible) result.set(id, 0);
    const rows: { cohortId: string; count: string }[] = await this.dataSource
      .getRepository(CohortMember)
      .createQueryBuilder('m')
      .select('m.cohortId', 'cohortId')
      .addSelect('count(*)', 'count')
      .where('m.cohortId IN (:...visible)', { visible })
      .groupBy('m.cohortId')
      .getRawMany();
    for (const row of rows) result.set(row.cohortId, Number(row.count));
    return result;
  }

  /** Meetings of many cohorts, in time order; cohorts the actor may not see come back empty. */
  async meetingsByCohortIds(actor: Actor | null, cohortIds: readonly string[]): Promise<Map<string, CohortMeeting[]>> {
    const result = new Map<string, CohortMeeting[]>();
    if (!actor || !cohortIds.length) return result;
    const visible = [...(await this.access.relations(actor, cohortIds)).keys()];
    if (!visible.length) return result;
    const meetings = await this.dataSource.getRepository(CohortMeeting).find({
      where: { cohortId: In(visible) },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    for (const meeting of meetings) {
      const list = result.get(meeting.cohortId) ?? [];
      list.push(meeting);
      result.set(meeting.cohortId, list);
    }
    return result;
  }

  // ---- writes (admins) -----------------------------------------------------------------

  async create(actor: Actor | null, input: CreateCohortInput): Promise<Cohort> {
    this.access.requireManager(actor);
    return translatePlacementConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const track = await manager.findOneBy(Track, { id: input.trackId });
        if (!track) throw DomainError.notFound('Track');
        await assertModeOrganisation(manager, input.mode, input.organisationId);
        const docentIds = [...new Set(input.docentIds)];
        const studentIds = [...new Set(input.studentIds)];
        await assertDocents(manager, idsAt('input.docentIds', input.docentIds));
        await lockTrackMemberships(manager, track.id);
        await this.assertPlaceable(
          manager,
          track.id,
          input.mode,
          input.organisationId ?? null,
          idsAt('input.studentIds', input.studentIds),
        );
        const cohort = await manager.save(
          manager.create(Cohort, {
            trackId: track.id,
            name: input.name,
            startsOn: input.period.startsOn,
            endsOn: input.period.endsOn,
            mode: input.mode,
            organisationId: input.mode === CohortMode.IN_COMPANY ? input.organisationId! : null,
            status: input.status,
            proposalId: null,
          }),
        );
        if (docentIds.length) {
          await manager.insert(
            CohortDocent,
            docentIds.map((docentId) => ({ cohortId: cohort.id, docentId })),
          );
        }
        if (studentIds.length) {
          await manager.insert(
            CohortMember,
            studentIds.map((studentId) => ({ cohortId: cohort.id, studentId, trackId: track.id })),
          );
        }
        await this.record(manager, actor, 'cohort.created', cohort.id, { trackId: track.id, docentIds, studentIds });
        const assignments: CohortAssignment[] = [
          ...docentIds.map((userId) => ({ cohortId: cohort.id, userId, role: 'DOCENT' as const })),
          ...studentIds.map((userId) => ({ cohortId: cohort.id, userId, role: 'STUDENT' as const })),
        ];
        await this.outbox.record(manager, [cohortsAssigned(assignments)]);
        return cohort;
      }),
    );
  }

  async update(actor: Actor | null, input: UpdateCohortInput): Promise<Cohort> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.COHORT_MANAGE, ids: [input.id] });
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, input.id);
      const before = { ...cohort };
      if (input.name !== undefined && input.name !== null) cohort.name = input.name;
      if (input.period) {
        cohort.startsOn = input.period.startsOn;
        cohort.endsOn = input.period.endsOn;
      }
      if (input.status) cohort.status = input.status;
      if (input.mode) cohort.mode = input.mode;
      if (input.organisationId !== undefined) cohort.organisationId = input.organisationId;
      if (input.mode === CohortMode.OPEN && input.organisationId === undefined) cohort.organisationId = null;
      if (input.mode !== undefined || input.organisationId !== undefined) {
        await assertModeOrganisation(manager, cohort.mode, cohort.organisationId);
      }
      await manager.save(cohort);
      const changed = (['name', 'startsOn', 'endsOn', 'status', 'mode', 'organisationId'] as const).filter(
        (key) => before[key] !== cohort[key],
      );
      await this.record(manager, actor, 'cohort.updated', cohort.id, { changed });
      return cohort;
    });
  }

  async addDocent(actor: Actor | null, input: CohortMembershipInput): Promise<Cohort> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.COHORT_MANAGE, ids: [input.cohortId] });
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, input.cohortId);
      await assertDocents(manager, [{ id: input.userId, path: 'input.userId' }]);
      // The cohort row is locked, so nobody adds the same docent in between.
      if (await manager.exists(CohortDocent, { where: { cohortId: cohort.id, docentId: input.userId } })) {
        return cohort;
      }
      await manager.insert(CohortDocent, { cohortId: cohort.id, docentId: input.userId });
      await this.record(manager, actor, 'cohort.docent_added', cohort.id, { docentId: input.userId });
      await this.outbox.record(manager, [
        cohortsAssigned([{ cohortId: cohort.id, userId: input.userId, role: 'DOCENT' }]),
      ]);
      return cohort;
    });
  }

  async removeDocent(actor: Actor | null, input: CohortMembershipInput): Promise<Cohort> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.COHORT_MANAGE, ids: [input.cohortId] });
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, input.cohortId);
      const { affected } = await manager.delete(CohortDocent, { cohortId: cohort.id, docentId: input.userId });
      if (affected) await this.record(manager, actor, 'cohort.docent_removed', cohort.id, { docentId: input.userId });
      return cohort;
    });
  }

  async addStudent(actor: Actor | null, input: CohortMembershipInput): Promise<Cohort> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.COHORT_MANAGE, ids: [input.cohortId] });
    return translatePlacementConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const cohort = await this.lock(manager, input.cohortId);
        await lockTrackMemberships(manager, cohort.trackId);
        const current = await manager.findOneBy(CohortMember, { studentId: input.userId, trackId: cohort.trackId });
        if (current?.cohortId === cohort.id) return cohort;
        if (current) {
          const other = await manager.findOneBy(Cohort, { id: current.cohortId });
          throw DomainError.conflict(
            `This student is already in cohort "${other?.name ?? current.cohortId}" of this track; remove them there first.`,
            CohortRefusal.ALREADY_IN_COHORT,
            { students: [input.userId], ...(other ? { cohort: other.name } : {}) },
          );
        }
        await this.assertPlaceable(manager, cohort.trackId, cohort.mode, cohort.organisationId, [
          { id: input.userId, path: 'input.userId' },
        ]);
        await manager.insert(CohortMember, { cohortId: cohort.id, studentId: input.userId, trackId: cohort.trackId });
        await this.record(manager, actor, 'cohort.student_added', cohort.id, { studentId: input.userId });
        await this.outbox.record(manager, [
          cohortsAssigned([{ cohortId: cohort.id, userId: input.userId, role: 'STUDENT' }]),
        ]);
        return cohort;
      }),
    );
  }

  /** The student goes back to the track's pool. */
  async removeStudent(actor: Actor | null, input: CohortMembershipInput): Promise<Cohort> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.COHORT_MANAGE, ids: [input.cohortId] });
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, input.cohortId);
      await lockTrackMemberships(manager, cohort.trackId);
      const { affected } = await manager.delete(CohortMember, { cohortId: cohort.id, studentId: input.userId });
      if (affected) await this.record(manager, actor, 'cohort.student_removed', cohort.id, { studentId: input.userId });
      return cohort;
    });
  }

  async addMeeting(actor: Actor | null, input: AddCohortMeetingInput): Promise<CohortMeeting> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.COHORT_MANAGE, ids: [input.cohortId] });
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, input.cohortId);
      return manager.save(manager.create(CohortMeeting, meetingRow(cohort.id, input)));
    });
  }

  async updateMeeting(actor: Actor | null, input: UpdateCohortMeetingInput): Promise<CohortMeeting> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.MEETING_MANAGE, ids: [input.id] });
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.findOne(CohortMeeting, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!meeting) throw DomainError.notFound('Meeting');
      if (input.startsAt) meeting.startsAt = input.startsAt;
      if (input.endsAt) meeting.endsAt = input.endsAt;
      if (input.place !== undefined) meeting.place = input.place;
      if (input.onlineUrl !== undefined) meeting.onlineUrl = input.onlineUrl;
      if (input.topic !== undefined && input.topic !== null) meeting.topic = input.topic;
      if (meeting.endsAt.getTime() <= meeting.startsAt.getTime()) {
        const message = 'The end must be after the start.';
        const field = input.endsAt ? 'input.endsAt' : 'input.startsAt';
        throw DomainError.badInput(message, { [field]: message }, CommonRefusal.VALIDATION_FAILED);
      }
      if (!meeting.place && !meeting.onlineUrl) {
        const message = 'Enter a place or an online link.';
        throw DomainError.badInput(message, { 'input.place': message }, CommonRefusal.VALIDATION_FAILED);
      }
      return manager.save(meeting);
    });
  }

  /** Removes a meeting and returns the cohort it belonged to. */
  async removeMeeting(actor: Actor | null, id: string): Promise<Cohort> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.MEETING_MANAGE, ids: [id] });
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.findOneBy(CohortMeeting, { id });
      if (!meeting) throw DomainError.notFound('Meeting');
      const cohort = await this.lock(manager, meeting.cohortId);
      await manager.delete(CohortMeeting, { id });
      return cohort;
    });
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** Students placed by hand must be in the track's pool, like those of a proposal. */
  private async assertPlaceable(
    manager: EntityManager,
    trackId: string,
    mode: CohortMode,
    organisationId: string | null,
    students: readonly IdAt[],
  ): Promise<void> {
    if (!students.length) return;
    const scope = {
      trackId,
      studentIds: [...new Set(students.map((s) => s.id))],
      organisationId: mode === CohortMode.IN_COMPANY ? organisationId : null,
    };
    await assertAllInPool(manager, scope, students, await loadPool(manager, scope));
  }

  private async lock(manager: EntityManager, id: string): Promise<Cohort> {
    const cohort = await manager.findOne(Cohort, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cohort) throw DomainError.notFound('Cohort');
    return cohort;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    cohortId: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(manager, {
      actorId: actor.userId,
      action,
      subjectType: 'cohort',
      subjectId: cohortId,
      data,
    });
  }
}
