import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Track } from '@imh/catalogue';
import { Actor, assertSignedIn, CommonRefusal, DomainError } from '@imh/common';
import { Outbox } from '@imh/notifications';
import { CohortAccess, CohortPermission } from './cohort.access';
import { cohortsAssigned, type CohortAssignment } from './cohort-notifications';
import { CohortRefusal } from './cohort-refusal';
import { assertAllInPool, loadPool, poolFingerprint, type PoolScope } from './cohort-pool';
import {
  assertDocents,
  assertModeOrganisation,
  idsAt,
  lockTrackMemberships,
  meetingRow,
  translatePlacementConflict,
} from './cohort-writes';
import { CommitCohortProposalInput } from './dto/commit-cohort-proposal.input';
import { MoveProposalStudentInput } from './dto/move-proposal-student.input';
import { ProposeCohortsInput } from './dto/propose-cohorts.input';
import { CohortDocent } from './entities/cohort-docent.entity';
import { CohortMeeting } from './entities/cohort-meeting.entity';
import { CohortMember } from './entities/cohort-member.entity';
import { CohortProposal, CohortProposalStatus, type ProposalInput } from './entities/cohort-proposal.entity';
import { Cohort, CohortMode } from './entities/cohort.entity';
import { assertValidAssignment, proposeGroups } from './grouping';
import { byName, groupingInputOf, poolDisciplineCounts, toProposalView } from './proposal-view';
import type { CohortPerson } from './views/cohort-person.types';
import {
  type CohortPoolView,
  type CohortProposalSummary,
  type CohortProposalView,
  OPEN_PROPOSALS_MAX,
  type OpenCohortProposals,
} from './views/cohort-proposal.types';

/** A seed from the track id, so the same pool and bounds give the same proposal every time. */
export function defaultSeed(trackId: string): number {
  return parseInt(trackId.replace(/-/g, '').slice(0, 8), 16) & 0x7fffffff;
}

export interface CommittedProposal {
  proposal: CohortProposalView;
  /** In group order. */
  cohorts: Cohort[];
}

/**
 * Forming cohorts: the pool, a proposal from the grouping algorithm, moves by hand, and the
 * commit that turns every group into a cohort in one transaction. Admins only.
 *
 * Moves are saved even when they break the bounds or the constraints: a swap takes two moves,
 * and the group in between is one too large. The proposal then lists its `problems` (from
 * `validateAssignment`) so the admin sees why, and a commit is refused until there are none.
 */
@Injectable()
export class CohortProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly access: CohortAccess,
  ) {}

  /** The proposals still open (PROPOSED), newest first: for the admin's dashboard. One statement. */
  async openProposals(actor: Actor | null): Promise<OpenCohortProposals> {
    this.access.requireManager(actor);
    const rows: (Omit<CohortProposalSummary, 'createdAt'> & { createdAt: Date; total: string })[] =
      await this.dataSource.query(
        `SELECT p.id, p.track_id AS "trackId", t.title AS "trackTitle",
                jsonb_array_length(p.groups)::int AS "groupCount",
                (SELECT coalesce(sum(jsonb_array_length(g)), 0) FROM jsonb_array_elements(p.groups) g)::int
                  AS "studentCount",
                p.created_at AS "createdAt", count(*) OVER () AS total
           FROM cohort_proposal p
           JOIN track t ON t.id = p.track_id
          WHERE p.status = $1
          ORDER BY p.created_at DESC, p.id
          LIMIT $2`,
        [CohortProposalStatus.PROPOSED, OPEN_PROPOSALS_MAX],
      );
    return {
      totalCount: rows.length ? Number(rows[0].total) : 0,
      items: rows.map(({ total: _total, ...row }) => ({ ...row, createdAt: new Date(row.createdAt) })),
    };
  }

  /** Who the next cohorts of a track can be formed from (for IN_COMPANY: one organisation's students). */
  async pool(actor: Actor | null, trackId: string, organisationId?: string | null): Promise<CohortPoolView> {
    this.access.requireManager(actor);
    if (organisationId != null && !isUUID(organisationId)) {
      throw DomainError.badInput('Not a valid id.', { organisationId: 'Not a valid id.' }, CommonRefusal.INVALID_ID);
    }
    const manager = this.dataSource.manager;
    await this.track(manager, trackId);
    const pool = await loadPool(manager, { trackId, studentIds: null, organisationId: organisationId ?? null });
    const people = await this.people(
      manager,
      pool.map((s) => s.id),
    );
    return {
      trackId,
      size: pool.length,
      students: pool
        .map((s): CohortPerson => ({
          ...s,
          name: people.get(s.id)?.name ?? '',
          email: people.get(s.id)?.email ?? null,
        }))
        .sort(byName),
      disciplineCounts: poolDisciplineCounts(pool),
    };
  }

  async propose(actor: Actor | null, input: ProposeCohortsInput): Promise<CohortProposalView> {
    this.access.requireManager(actor);
    const manager = this.dataSource.manager;
    const track = await this.track(manager, input.trackId);
    await assertModeOrganisation(manager, input.mode, input.organisationId);
    const studentIds = input.studentIds ? [...new Set(input.studentIds)] : null;
    const scope: PoolScope = {
      trackId: track.id,
      studentIds,
      organisationId: input.mode === CohortMode.IN_COMPANY ? input.organisationId! : null,
    };
    const pool = await loadPool(manager, scope);
    if (input.studentIds) await assertAllInPool(manager, scope, idsAt('input.studentIds', input.studentIds), pool);
    const seed = input.seed ?? defaultSeed(track.id);
    const stored: ProposalInput = {
      studentIds,
      pool,
      bounds: this.bounds(input),
      constraints: {
        pins: (input.pins ?? []).map((p) => ({ studentId: p.studentId, groupIndex: p.groupIndex })),
        together: (input.together ?? []).map((p): [string, string] => [p.a, p.b]),
        apart: (input.apart ?? []).map((p): [string, string] => [p.a, p.b]),
      },
      seed,
      mode: input.mode,
      organisationId: scope.organisationId,
    };
    // Throws BAD_USER_INPUT (min > max, pool too small, pinned twice, together and apart, …)
    // before anything is written.
    const result = atInputPaths(() => proposeGroups(groupingInputOf(stored), { seed }));
    const proposal = await manager.save(
      manager.create(CohortProposal, {
        trackId: track.id,
        createdById: actor.userId,
        input: stored,
        groups: result.groups.map((g) => g.studentIds),
        poolFingerprint: poolFingerprint(pool.map((s) => s.id)),
        status: CohortProposalStatus.PROPOSED,
        committedAt: null,
      }),
    );
    return this.view(manager, proposal);
  }

  async get(actor: Actor | null, id: string): Promise<CohortProposalView> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.PROPOSAL_MANAGE, ids: [id] });
    const manager = this.dataSource.manager;
    const proposal = await manager.findOneBy(CohortProposal, { id });
    if (!proposal) throw DomainError.notFound('Cohort proposal');
    return this.view(manager, proposal);
  }

  /** Moves one student to another group and returns the re-scored proposal with its problems, if any. */
  async moveStudent(actor: Actor | null, input: MoveProposalStudentInput): Promise<CohortProposalView> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.PROPOSAL_MANAGE, ids: [input.proposalId] });
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOpen(manager, input.proposalId);
      const from = proposal.groups.findIndex((g) => g.includes(input.studentId));
      if (from < 0) {
        const message = `Student ${input.studentId} is not in this proposal.`;
        throw DomainError.badInput(message, { 'input.studentId': message }, CohortRefusal.NOT_IN_PROPOSAL, {
          students: [input.studentId],
        });
      }
      const count = proposal.groups.length;
      if (input.toGroupIndex < 0 || input.toGroupIndex >= count) {
        const message = `There is no group ${input.toGroupIndex}: this proposal has groups 0–${count - 1}.`;
        throw DomainError.badInput(message, { 'input.toGroupIndex': message }, CohortRefusal.GROUP_OUT_OF_RANGE, {
          students: [input.studentId],
          group: input.toGroupIndex,
          groupCount: count,
        });
      }
      if (from !== input.toGroupIndex) {
        const groups = proposal.groups.map((g) => [...g]);
        groups[from] = groups[from].filter((id) => id !== input.studentId);
        groups[input.toGroupIndex] = [...groups[input.toGroupIndex], input.studentId].sort();
        proposal.groups = groups;
        await manager.update(CohortProposal, proposal.id, { groups });
      }
      return this.view(manager, proposal);
    });
  }

  async discard(actor: Actor | null, id: string): Promise<CohortProposalView> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.PROPOSAL_MANAGE, ids: [id] });
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOpen(manager, id);
      proposal.status = CohortProposalStatus.DISCARDED;
      await manager.update(CohortProposal, proposal.id, { status: proposal.status });
      return this.view(manager, proposal);
    });
  }

  /**
   * Turns every group into a cohort, with its students, docents and meetings, in one
   * transaction; marks the proposal committed and records it. Refused with CONFLICT when the
   * proposal is no longer open or the pool changed since it was made (nothing is written), with
   * BAD_USER_INPUT when moves left problems or a docent is not one. Students and docents are
   * told through the outbox, recorded in the same transaction.
   */
  async commit(actor: Actor | null, input: CommitCohortProposalInput): Promise<CommittedProposal> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CohortPermission.PROPOSAL_MANAGE, ids: [input.proposalId] });
    return translatePlacementConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const proposal = await this.lockOpen(manager, input.proposalId);
        await lockTrackMemberships(manager, proposal.trackId);
        const stored = proposal.input;
        const pool = await loadPool(manager, {
          trackId: proposal.trackId,
          studentIds: stored.studentIds,
          organisationId: stored.organisationId,
        });
        if (poolFingerprint(pool.map((s) => s.id)) !== proposal.poolFingerprint) {
          throw DomainError.conflict(
            'The pool has changed since this proposal was made: a student enrolled, withdrew or was placed in ' +
              'another cohort. Make a new proposal.',
            CohortRefusal.POOL_CHANGED,
          );
        }
        assertValidAssignment(groupingInputOf(stored), proposal.groups);
        const groups = input.groups ?? [];
        if (input.groups && groups.length !== proposal.groups.length) {
          const message = `The proposal has ${proposal.groups.length} groups; ${groups.length} were described.`;
          throw DomainError.badInput(message, { 'input.groups': message }, CohortRefusal.GROUP_COUNT_MISMATCH, {
            groupCount: proposal.groups.length,
            described: groups.length,
          });
        }
        await assertDocents(
          manager,
          groups.flatMap((g, i) => idsAt(`input.groups.${i}.docentIds`, g.docentIds)),
        );
        const track = await this.track(manager, proposal.trackId);

        const cohorts = await manager.save(
          Cohort,
          proposal.groups.map((_, i) =>
            manager.create(Cohort, {
              trackId: track.id,
              name: groups[i]?.name ?? defaultCohortName(track.title, input.period.startsOn, i),
              startsOn: input.period.startsOn,
              endsOn: input.period.endsOn,
              mode: stored.mode === 'IN_COMPANY' ? CohortMode.IN_COMPANY : CohortMode.OPEN,
              organisationId: stored.organisationId,
              status: input.status,
              proposalId: proposal.id,
            }),
          ),
        );
        const assignments: CohortAssignment[] = [];
        const members = proposal.groups.flatMap((ids, i) =>
          ids.map((studentId) => {
            assignments.push({ cohortId: cohorts[i].id, userId: studentId, role: 'STUDENT' });
            return { cohortId: cohorts[i].id, studentId, trackId: track.id };
          }),
        );
        const docents = groups.flatMap((g, i) =>
          [...new Set(g.docentIds)].map((docentId) => {
            assignments.push({ cohortId: cohorts[i].id, userId: docentId, role: 'DOCENT' });
            return { cohortId: cohorts[i].id, docentId };
          }),
        );
        const meetings = groups.flatMap((g, i) => g.meetings.map((m) => meetingRow(cohorts[i].id, m)));
        if (members.length) await manager.insert(CohortMember, members);
        if (docents.length) await manager.insert(CohortDocent, docents);
        if (meetings.length) await manager.insert(CohortMeeting, meetings);

        proposal.status = CohortProposalStatus.COMMITTED;
        proposal.committedAt = new Date();
        await manager.update(CohortProposal, proposal.id, {
          status: proposal.status,
          committedAt: proposal.committedAt,
        });
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'cohort.proposal_committed',
          subjectType: 'cohort_proposal',
          subjectId: proposal.id,
          data: {
            trackId: track.id,
            cohortIds: cohorts.map((c) => c.id),
            studentCount: members.length,
            docentIds: [...new Set(docents.map((d) => d.docentId))],
          },
        });
        await this.outbox.record(manager, [cohortsAssigned(assignments)]);
        return { proposal: await this.view(manager, proposal), cohorts };
      }),
    );
  }

  private bounds(input: ProposeCohortsInput): ProposalInput['bounds'] {
    if (input.groupCount != null) {
      return {
        groupCount: input.groupCount,
        ...(input.minSize != null ? { minSize: input.minSize } : {}),
        ...(input.maxSize != null ? { maxSize: input.maxSize } : {}),
      };
    }
    if (input.minSize == null || input.maxSize == null) {
      const message = 'Give a minimum and a maximum group size, or a number of groups.';
      const fields = Object.fromEntries(
        (['minSize', 'maxSize'] as const).filter((key) => input[key] == null).map((key) => [`input.${key}`, message]),
      );
      throw DomainError.badInput(message, fields, CohortRefusal.BOUNDS_MISSING);
    }
    return { minSize: input.minSize, maxSize: input.maxSize };
  }

  private async track(manager: EntityManager, id: string): Promise<Track> {
    const track = await manager.findOneBy(Track, { id });
    if (!track) throw DomainError.notFound('Track');
    return track;
  }

  private async lockOpen(manager: EntityManager, id: string): Promise<CohortProposal> {
    const proposal = await manager.findOne(CohortProposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw DomainError.notFound('Cohort proposal');
    if (proposal.status !== CohortProposalStatus.PROPOSED) {
      throw DomainError.conflict(
        `This proposal is ${proposal.status === CohortProposalStatus.COMMITTED ? 'already committed' : 'discarded'}.`,
        CohortRefusal.PROPOSAL_CLOSED,
        { status: proposal.status },
      );
    }
    return proposal;
  }

  /** Names and e-mails of many users in one query. */
  private async people(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<Map<string, { name: string; email: string }>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string; email: string }[] = await manager.query(
      'SELECT id, name, email FROM "user" WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async view(manager: EntityManager, proposal: CohortProposal): Promise<CohortProposalView> {
    return toProposalView(
      proposal,
      await this.people(
        manager,
        proposal.input.pool.map((s) => s.id),
      ),
    );
  }
}

/**
 * The grouping names paths in its own input (`minSize`, `pins.3.groupIndex`, `pool`); the client
 * sent them inside the mutation's `input`, where the pool is the chosen `studentIds`.
 */
function atInputPaths<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DomainError) || !error.options.fields) throw error;
    const fields = Object.fromEntries(
      Object.entries(error.options.fields).map(([path, message]) => [
        `input.${path === 'pool' ? 'studentIds' : path}`,
        message,
      ]),
    );
    throw new DomainError(error.code, error.message, { ...error.options, fields });
  }
}

/** e.g. "IMH-kerncursus 2026-09 – groep 1". */
export function defaultCohortName(trackTitle: string, startsOn: string, index: number): string {
  return `${trackTitle.slice(0, 90)} ${startsOn.slice(0, 7)} – groep ${index + 1}`;
}
