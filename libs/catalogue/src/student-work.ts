import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Student work another context keeps per module, which must outlive the module: the assignments
 * context registers its submissions (drafts included) with `StudentWork.register` at start-up.
 * `countByModule` answers for many modules in one statement.
 */
export interface ModuleStudentWork {
  /** The name of the count in a refusal's params, e.g. `submissions`. */
  readonly key: string;
  countByModule(manager: EntityManager, moduleIds: readonly string[]): Promise<Map<string, number>>;
}

/** How much student work hangs on one module or lesson, by kind: `progress` and each registered key. */
export type StudentWorkCounts = Record<string, number>;

/**
 * "Does student work hang on this?": the check that makes a module or lesson archived instead of
 * deleted. Lesson progress is the catalogue's own; other contexts register theirs. The database
 * refuses such deletes too (RESTRICT foreign keys); this names the counts first.
 */
@Injectable()
export class StudentWork {
  private readonly kinds: ModuleStudentWork[] = [];

  register(kind: ModuleStudentWork): void {
    if (this.kinds.some((k) => k.key === kind.key) || kind.key === 'progress') {
      throw new Error(`Student work ${kind.key} is already registered.`);
    }
    this.kinds.push(kind);
  }

  /** Per module: students' completed lessons in it and each registered kind of work. */
  async forModule(manager: EntityManager, moduleId: string): Promise<StudentWorkCounts> {
    const [{ count }]: { count: string }[] = await manager.query(
      `SELECT count(*) FROM lesson_progress lp JOIN lesson l ON l.id = lp.lesson_id WHERE l.module_id = $1`,
      [moduleId],
    );
    const counts: StudentWorkCounts = { progress: Number(count) };
    // One after the other: they share the caller's transaction (one connection).
    for (const kind of this.kinds) {
      counts[kind.key] = (await kind.countByModule(manager, [moduleId])).get(moduleId) ?? 0;
    }
    return counts;
  }

  /** Per lesson: students who completed it (lessons hold no other work). */
  async forLesson(manager: EntityManager, lessonId: string): Promise<StudentWorkCounts> {
    const [{ count }]: { count: string }[] = await manager.query(
      'SELECT count(*) FROM lesson_progress WHERE lesson_id = $1',
      [lessonId],
    );
    return { progress: Number(count) };
  }
}

export const hasStudentWork = (counts: StudentWorkCounts) => Object.values(counts).some((n) => n > 0);
