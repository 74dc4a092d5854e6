import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ModuleRequirementRef } from './views/learning.types';

/** What one extra requirement says about one module for one student. */
export interface RequirementOutcome {
  met: boolean;
  /** What it is, as data (kind, subject, title): the portal names it in the student's language. */
  requirement: ModuleRequirementRef;
  /** When it was first met, where the requirement knows (a passing grade's release). */
  metAt?: Date | null;
}

/**
 * An extra condition for completing a module, beyond its lessons. The assignments context
 * registers one ("all assignments of the module passed") with `ModuleCompletionRule.register`
 * at start-up; no caller of the rule changes when it does.
 *
 * `evaluate` answers for many students and modules at once and must run a fixed number of
 * statements whatever their numbers, so the student dashboard, the eligibility overview and the
 * registers' exports stay constant in SQL. It answers per student, then per module.
 */
export interface ModuleRequirement {
  readonly key: string;
  evaluate(
    manager: EntityManager,
    studentIds: readonly string[],
    moduleIds: readonly string[],
  ): Promise<Map<string, Map<string, RequirementOutcome[]>>>;
}

export interface ModuleLessonState {
  moduleId: string;
  lessonIds: readonly string[];
  completedLessonIds: ReadonlySet<string>;
}

export interface ModuleCompletion {
  moduleId: string;
  complete: boolean;
  lessonsTotal: number;
  lessonsCompleted: number;
  /** The extra requirements not met yet. */
  unmetRequirements: ModuleRequirementRef[];
  /** When the last of the met requirements was met (null when none tells a date). */
  requirementsMetAt: Date | null;
}

/** The rule itself, without I/O: a module with no lessons is never complete (there is nothing to finish). */
export function decideModuleCompletion(
  state: ModuleLessonState,
  outcomes: readonly RequirementOutcome[],
): ModuleCompletion {
  const lessonsCompleted = state.lessonIds.filter((id) => state.completedLessonIds.has(id)).length;
  const unmetRequirements = outcomes.filter((o) => !o.met).map((o) => o.requirement);
  const metTimes = outcomes.filter((o) => o.met && o.metAt).map((o) => new Date(o.metAt!).getTime());
  return {
    requirementsMetAt: metTimes.length ? new Date(Math.max(...metTimes)) : null,
    moduleId: state.moduleId,
    lessonsTotal: state.lessonIds.length,
    lessonsCompleted,
    unmetRequirements,
    complete:
      state.lessonIds.length > 0 && lessonsCompleted === state.lessonIds.length && unmetRequirements.length === 0,
  };
}

/**
 * "Is this module complete for this student?": all lessons done and every registered
 * requirement met. The one place that decides it, for the dashboard, locking and track completion.
 */
@Injectable()
export class ModuleCompletionRule {
  private readonly requirements: ModuleRequirement[] = [];

  register(requirement: ModuleRequirement): void {
    if (this.requirements.some((r) => r.key === requirement.key)) {
      throw new Error(`Module requirement ${requirement.key} is already registered.`);
    }
    this.requirements.push(requirement);
  }

  async evaluate(
    manager: EntityManager,
    studentId: string,
    modules: readonly ModuleLessonState[],
  ): Promise<Map<string, ModuleCompletion>> {
    return (await this.evaluateMany(manager, new Map([[studentId, modules]]))).get(studentId)!;
  }

  /**
   * The same for many students at once (each with their own modules): every requirement is asked
   * once for all of them together, so the statements do not grow with the number of students.
   */
  async evaluateMany(
    manager: EntityManager,
    modulesByStudent: ReadonlyMap<string, readonly ModuleLessonState[]>,
  ): Promise<Map<string, Map<string, ModuleCompletion>>> {
    const studentIds = [...modulesByStudent.keys()];
    const moduleIds = [...new Set([...modulesByStudent.values()].flatMap((list) => list.map((m) => m.moduleId)))];
    const outcomes = new Map<string, Map<string, RequirementOutcome[]>>(studentIds.map((id) => [id, new Map()]));
    if (studentIds.length > 0 && moduleIds.length > 0) {
      // One after the other: they may share the caller's transaction (one connection).
      for (const requirement of this.requirements) {
        const result = await requirement.evaluate(manager, studentIds, moduleIds);
        for (const [studentId, byModule] of result) {
          const mine = outcomes.get(studentId);
          if (!mine) continue;
          for (const [moduleId, list] of byModule) mine.set(moduleId, [...(mine.get(moduleId) ?? []), ...list]);
        }
      }
    }
    return new Map(
      [...modulesByStudent].map(([studentId, modules]) => [
        studentId,
        new Map(
          modules.map((m) => [m.moduleId, decideModuleCompletion(m, outcomes.get(studentId)?.get(m.moduleId) ?? [])]),
        ),
      ]),
    );
  }
}
