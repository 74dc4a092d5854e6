import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { decideModuleCompletion, ModuleCompletionRule, type ModuleRequirement } from './module-completion.rule';

const manager = {} as EntityManager;
const state = (moduleId: string, lessonIds: string[], done: string[]) => ({
  moduleId,
  lessonIds,
  completedLessonIds: new Set(done),
});

describe('decideModuleCompletion', () => {
  it('is complete only when every lesson is done', () => {
    expect(decideModuleCompletion(state('m', ['a', 'b'], ['a']), []).complete).toBe(false);
    const done = decideModuleCompletion(state('m', ['a', 'b'], ['b', 'a', 'x']), []);
    expect(done).toMatchObject({ complete: true, lessonsTotal: 2, lessonsCompleted: 2 });
  });

  it('never calls a module without lessons complete', () => {
    expect(decideModuleCompletion(state('m', [], []), []).complete).toBe(false);
  });

  it('is not complete while an extra requirement is unmet, and says which', () => {
    const result = decideModuleCompletion(state('m', ['a'], ['a']), [
      { met: true, reason: 'ASSIGNMENT_NOT_PASSED', subjectId: 'a1', subjectTitle: 'Opdracht 1' },
      { met: false, reason: 'ASSIGNMENT_NOT_PASSED', subjectId: 'a2', subjectTitle: 'Opdracht 2' },
    ]);
    expect(result.complete).toBe(false);
    expect(result.unmetRequirements).toEqual([
      { reason: 'ASSIGNMENT_NOT_PASSED', subjectId: 'a2', subjectTitle: 'Opdracht 2' },
    ]);
  });
});

describe(ModuleCompletionRule.name, () => {
  it('asks every registered requirement once for all modules together', async () => {
    const sut = new ModuleCompletionRule();
    const calls: string[][] = [];
    const assignments: ModuleRequirement = {
      key: 'assignments',
      async evaluate(_m, _student, moduleIds) {
        calls.push([...moduleIds]);
        return new Map([
          ['m2', [{ met: false, reason: 'ASSIGNMENT_NOT_PASSED', subjectId: 'a', subjectTitle: 'Observatieverslag' }]],
        ]);
      },
    };
    sut.register(assignments);
    const result = await sut.evaluate(manager, 'student', [state('m1', ['a'], ['a']), state('m2', ['b'], ['b'])]);
    expect(calls).toEqual([['m1', 'm2']]);
    expect(result.get('m1')?.complete).toBe(true);
    expect(result.get('m2')).toMatchObject({
      complete: false,
      unmetRequirements: [{ reason: 'ASSIGNMENT_NOT_PASSED', subjectTitle: 'Observatieverslag' }],
    });
  });

  it('refuses registering the same requirement twice', () => {
    const sut = new ModuleCompletionRule();
    const requirement: ModuleRequirement = { key: 'x', evaluate: async () => new Map() };
    sut.register(requirement);
    expect(() => sut.register(requirement)).toThrow(/already registered/);
  });
});
