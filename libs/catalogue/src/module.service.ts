import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, DomainError } from '@imh/common';
import { CatalogueAccess } from './catalogue.access';
import { CreateModuleInput } from './dto/create-module.input';
import { ReorderInput } from './dto/reorder.input';
import { UpdateModuleInput } from './dto/update-module.input';
import { Lesson } from './entities/lesson.entity';
import { Module } from './entities/module.entity';
import { PublicationStatus, Track } from './entities/track.entity';
import { saveOrder } from './ordering';
import { CatalogueRefusal } from './catalogue-refusal';
import { findCycleThrough } from './prerequisite-graph';
import { hasStudentWork, StudentWork } from './student-work';

/**
 * Any fixed number: serialises prerequisite changes, so two admins cannot together make a cycle.
 * Taken before any module row lock in every transaction that takes both: writing a prerequisite
 * row key-share-locks the module it points at, so the opposite order deadlocks.
 */
const PREREQUISITE_LOCK = 7_316_001;

/** Admin authoring of modules: create, edit, prerequisites, order, publish, archive. */
@Injectable()
export class ModuleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly studentWork: StudentWork,
    private readonly access: CatalogueAccess,
  ) {}

  async get(actor: Actor | null, id: string): Promise<Module> {
    this.access.requireReadsAllContent(actor);
    const module = await this.dataSource.getRepository(Module).findOneBy({ id });
    if (!module) throw DomainError.notFound('Module');
    return module;
  }

  async create(actor: Actor | null, input: CreateModuleInput): Promise<Module> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      // The prerequisite lock before any row lock, as everywhere (see PREREQUISITE_LOCK).
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_LOCK]);
      // Locking the track serialises appends, so two new modules never share a position.
      const track = await manager.findOne(Track, { where: { id: input.trackId }, lock: { mode: 'pessimistic_write' } });
      if (!track) throw DomainError.notFound('Track');
      const { max } = await manager
        .createQueryBuilder(Module, 'm')
        .select('MAX(m.position)', 'max')
        .where('m.track_id = :id', { id: track.id })
        .getRawOne<{ max: number | null }>()
        .then((r) => r ?? { max: null });
      const module = await manager.save(
        manager.create(Module, {
          trackId: track.id,
          position: max === null ? 0 : Number(max) + 1,
          title: input.title,
          summary: input.summary ?? '',
          studyHours: input.studyHours ?? 0,
          accreditationPoints: input.accreditationPoints ?? 0,
          learningGoals: input.learningGoals ?? [],
          status: PublicationStatus.DRAFT,
        }),
      );
      await this.setPrerequisites(manager, module, input.prerequisiteIds ?? []);
      await this.record(manager, actor, 'module.created', module.id, { trackId: track.id });
      return module;
    });
  }

  async update(actor: Actor | null, input: UpdateModuleInput): Promise<Module> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      if (input.prerequisiteIds !== undefined) {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_LOCK]);
      }
      const module = await this.lock(manager, input.id);
      if (input.title !== undefined) module.title = input.title;
      if (input.summary !== undefined) module.summary = input.summary;
      if (input.studyHours !== undefined) module.studyHours = input.studyHours;
      if (input.accreditationPoints !== undefined) module.accreditationPoints = input.accreditationPoints;
      if (input.learningGoals !== undefined) module.learningGoals = input.learningGoals;
      await manager.save(module);
      if (input.prerequisiteIds !== undefined) await this.setPrerequisites(manager, module, input.prerequisiteIds);
      await this.record(manager, actor, 'module.updated', module.id);
      return module;
    });
  }

  /**
   * Publishing needs at least one lesson (an empty module could never be completed) and
   * published prerequisites (a student could never complete a draft one).
   */
  async publish(actor: Actor | null, id: string): Promise<Module> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      // With unpublishing a prerequisite at the same moment, one of the two must see the other.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_LOCK]);
      const module = await this.lock(manager, id);
      if (module.status === PublicationStatus.PUBLISHED) return module;
      if (module.archivedAt) {
        throw DomainError.conflict(
          'Restore the module from the archive before publishing it.',
          CatalogueRefusal.MODULE_ARCHIVED,
          {
            module: module.title,
          },
        );
      }
      if (!(await manager.exists(Lesson, { where: { moduleId: id, archivedAt: IsNull() } }))) {
        throw DomainError.badInput(
          'Add at least one lesson before publishing.',
          undefined,
          CatalogueRefusal.NO_LESSONS,
          {
            module: module.title,
          },
        );
      }
      const drafts: { title: string }[] = await manager.query(
        `SELECT p.title FROM module_prerequisite mp JOIN module p ON p.id = mp.prerequisite_id
          WHERE mp.module_id = $1 AND p.status <> 'PUBLISHED' ORDER BY p.title`,
        [id],
      );
      if (drafts.length) {
        const modules = drafts.map((d) => d.title);
        throw DomainError.badInput(
          `Publish its prerequisites first: ${modules.join(', ')}.`,
          undefined,
          CatalogueRefusal.DRAFT_PREREQUISITES,
          { module: module.title, modules },
        );
      }
      module.status = PublicationStatus.PUBLISHED;
      await manager.save(module);
      await this.record(manager, actor, 'module.published', module.id);
      return module;
    });
  }

  /** Refused while a published module requires this one: its students could never open it. */
  async unpublish(actor: Actor | null, id: string): Promise<Module> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_LOCK]);
      const module = await this.lock(manager, id);
      if (module.status === PublicationStatus.DRAFT) return module;
      await this.assertNotRequiredByPublished(manager, module);
      module.status = PublicationStatus.DRAFT;
      await manager.save(module);
      await this.record(manager, actor, 'module.unpublished', module.id);
      return module;
    });
  }

  /**
   * Takes the module out of every student's path, keeping its lessons, the students' progress
   * and their work: what a module that holds student work gets instead of deletion. Refused,
   * like unpublishing, while a published module requires it. An archived module is a draft.
   */
  async archive(actor: Actor | null, id: string): Promise<Module> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_LOCK]);
      const module = await this.lock(manager, id);
      if (module.archivedAt) return module;
      await this.assertNotRequiredByPublished(manager, module);
      module.status = PublicationStatus.DRAFT;
      module.archivedAt = new Date();
      await manager.save(module);
      await this.record(manager, actor, 'module.archived', module.id);
      return module;
    });
  }

  /** Brings an archived module back as a draft, with everything it held; publish it again to reopen it. */
  async unarchive(actor: Actor | null, id: string): Promise<Module> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lock(manager, id);
      if (!module.archivedAt) return module;
      module.archivedAt = null;
      await manager.save(module);
      await this.record(manager, actor, 'module.unarchived', module.id);
      return module;
    });
  }

  /**
   * Only drafts without student work can be deleted (with their lessons and assignments); a
   * module that holds progress or submissions is archived instead. The database refuses such a
   * delete too (RESTRICT foreign keys), whatever path tries it.
   */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_LOCK]);
      const module = await this.lock(manager, id);
      if (module.status === PublicationStatus.PUBLISHED) {
        throw DomainError.conflict('Unpublish the module before deleting it.', CatalogueRefusal.MODULE_PUBLISHED, {
          module: module.title,
        });
      }
      const work = await this.studentWork.forModule(manager, id);
      if (hasStudentWork(work)) {
        throw DomainError.conflict(
          'Students have work in this module; archive it instead of deleting it.',
          CatalogueRefusal.MODULE_HAS_STUDENT_WORK,
          { module: module.title, ...work },
        );
      }
      const dependants: { title: string }[] = await manager.query(
        `SELECT m.title FROM module_prerequisite mp JOIN module m ON m.id = mp.module_id
          WHERE mp.prerequisite_id = $1 ORDER BY m.title`,
        [id],
      );
      if (dependants.length) {
        const modules = dependants.map((d) => d.title);
        throw DomainError.conflict(
          `Other modules require this one: ${modules.join(', ')}.`,
          CatalogueRefusal.REQUIRED_BY_MODULE,
          { module: module.title, modules },
        );
      }
      await manager.delete(Module, { id });
      await this.renumber(manager, module.trackId);
      await this.record(manager, actor, 'module.deleted', id, { trackId: module.trackId });
      return true;
    });
  }

  async reorder(actor: Actor | null, input: ReorderInput): Promise<Module[]> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const track = await manager.findOne(Track, {
        where: { id: input.parentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!track) throw DomainError.notFound('Track');
      const current = await manager.find(Module, { where: { trackId: track.id }, select: { id: true } });
      await saveOrder(
        manager,
        Module,
        current.map((m) => m.id),
        input.orderedIds,
        'Give every module of the track exactly once.',
      );
      await this.record(manager, actor, 'module.reordered', track.id);
      return manager.find(Module, { where: { trackId: track.id }, order: { position: 'ASC' } });
    });
  }

  /**
   * Replaces the module's prerequisites. Refuses unknown modules, a draft prerequisite for a
   * published module, and any cycle (naming the modules in it).
   */
  private async setPrerequisites(manager: EntityManager, module: Module, prerequisiteIds: string[]): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_LOCK]);
    const found = prerequisiteIds.length ? await manager.findBy(Module, { id: In(prerequisiteIds) }) : [];
    if (found.length !== new Set(prerequisiteIds).size) {
      throw DomainError.badInput(
        'A prerequisite module does not exist.',
        { prerequisiteIds: 'A prerequisite module does not exist.' },
        CatalogueRefusal.UNKNOWN_PREREQUISITE,
      );
    }
    const edges: { module_id: string; prerequisite_id: string }[] = await manager.query(
      'SELECT module_id, prerequisite_id FROM module_prerequisite WHERE module_id <> $1',
      [module.id],
    );
    const graph = new Map<string, string[]>();
    for (const e of edges) graph.set(e.module_id, [...(graph.get(e.module_id) ?? []), e.prerequisite_id]);
    graph.set(module.id, prerequisiteIds);
    const cycle = findCycleThrough(graph, module.id);
    if (cycle) {
      const titles = new Map(
        (await manager.findBy(Module, { id: In([...new Set(cycle)]) })).map((m) => [m.id, m.title]),
      );
      const named = cycle.map((id) => titles.get(id) ?? id);
      const message = `These prerequisites would make a cycle: ${named.join(' → ')}.`;
      // The cycle's modules in order, each requiring the next (the last requires the first).
      throw DomainError.badInput(message, { prerequisiteIds: message }, CatalogueRefusal.PREREQUISITE_CYCLE, {
        cycle: named.slice(0, -1),
      });
    }
    if (module.status === PublicationStatus.PUBLISHED) {
      const drafts = found.filter((m) => m.status !== PublicationStatus.PUBLISHED).map((m) => m.title);
      if (drafts.length) {
        const message = `A published module can only require published modules: ${drafts.join(', ')}.`;
        throw DomainError.badInput(message, { prerequisiteIds: message }, CatalogueRefusal.DRAFT_PREREQUISITES, {
          module: module.title,
          modules: drafts.sort(),
        });
      }
    }
    await manager.query('DELETE FROM module_prerequisite WHERE module_id = $1', [module.id]);
    if (prerequisiteIds.length) {
      await manager.query(
        'INSERT INTO module_prerequisite (module_id, prerequisite_id) SELECT $1, unnest($2::uuid[])',
        [module.id, prerequisiteIds],
      );
    }
  }

  /** Students of a published module that requires this one could never open it. */
  private async assertNotRequiredByPublished(manager: EntityManager, module: Module): Promise<void> {
    const dependants: { title: string }[] = await manager.query(
      `SELECT m.title FROM module_prerequisite mp JOIN module m ON m.id = mp.module_id
        WHERE mp.prerequisite_id = $1 AND m.status = 'PUBLISHED' ORDER BY m.title`,
      [module.id],
    );
    if (dependants.length) {
      throw DomainError.conflict(
        `Published modules require this one: ${dependants.map((d) => d.title).join(', ')}.`,
        CatalogueRefusal.REQUIRED_BY_PUBLISHED_MODULE,
        { module: module.title, modules: dependants.map((d) => d.title) },
      );
    }
  }

  private async renumber(manager: EntityManager, trackId: string) {
    await manager.query(
      `UPDATE module m SET position = r.rn - 1
         FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS rn FROM module WHERE track_id = $1) r
        WHERE m.id = r.id`,
      [trackId],
    );
  }

  private async lock(manager: EntityManager, id: string): Promise<Module> {
    const module = await manager.findOne(Module, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!module) throw DomainError.notFound('Module');
    return module;
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    subjectId: string,
    data?: Record<string, unknown>,
  ) {
    await this.audit.record(manager, { actorId: actor.userId, action, subjectType: 'module', subjectId, data });
  }
}
