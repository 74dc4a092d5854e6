import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UnmetRequirement } from './views/learning.types';

/**
 * What one extra requirement says about one module for one student. When not met, the portal
 * names it from `reason` (a refusal value, e.g. ASSIGNMENT_NOT_PASSED) and the subject's title,
 * in the reader's language.
 */
export interface RequirementOutcome extends UnmetRequirement {
  met: boolean;
}

/**
 * An extra condition for completing a module, beyond its lessons. The assignments context
 * registers one ("all assignments of the module passed") with `ModuleCompletionRule.register`
 * at start-up; no caller of the rule changes when it does.
 *
 * `evaluate` answers for many modules at once and must run a fixed number of statements
 * whatever the number of modules, so the student dashboard stays constant in SQL.
 */
export interface ModuleRequirement {
  readonly key: string;
  evaluate(
    manager: EntityManager,
    studentId: string,
    moduleIds: readonly string[],
  ): Promise<Map<string, RequirementOutcome[]>>;
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
  /** Extra requirements not met yet. */
  unmetRequirements: UnmetRequirement[];
}

/** The rule itself, without I/O: a module with no lessons is never complete (there is nothing to finish). */
export function decideModuleCompletion(
  state: ModuleLessonState,
  outcomes: readonly RequirementOutcome[],
): ModuleCompletion {
  const lessonsCompleted = state.lessonIds.filter((id) => state.completedLessonIds.has(id)).length;
  const unmetRequirements = outcomes
    .filter((o) => !o.met)
    .map(({ reason, subjectId, subjectTitle }) => ({ reason, subjectId, subjectTitle }));
  return {
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
    const ids = modules.map((m) => m.moduleId);
    const outcomes = new Map<string, RequirementOutcome[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) {
      // One after the other: they may share the caller's transaction (one connection).
      for (const requirement of this.requirements) {
        const result = await requirement.evaluate(manager, studentId, ids);
        for (const [moduleId, list] of result) outcomes.get(moduleId)?.push(...list);
      }
    }
    return new Map(modules.map((m) => [m.moduleId, decideModuleCompletion(m, outcomes.get(m.moduleId) ?? [])]));
  }
}
