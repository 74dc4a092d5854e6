import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import {
  decideModuleCompletion,
  ModuleCompletionRule,
  type ModuleRequirement,
  type RequirementOutcome,
} from './module-completion.rule';
import { ModuleRequirementKind } from './views/learning.types';

const assignment = (title: string) => ({ kind: ModuleRequirementKind.ASSIGNMENT_PASSED, subjectId: title, title });

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
      { met: true, requirement: assignment('Opdracht 1') },
      { met: false, requirement: assignment('Opdracht 2') },
    ]);
    expect(result.complete).toBe(false);
    expect(result.unmetRequirements).toEqual([assignment('Opdracht 2')]);
  });

  it('tells when the last of the met requirements was met (when points per register are earned)', () => {
    const result = decideModuleCompletion(state('m', ['a'], ['a']), [
      { met: true, requirement: assignment('Opdracht 1'), metAt: new Date('2025-03-01T10:00:00Z') },
      { met: true, requirement: assignment('Opdracht 2'), metAt: new Date('2025-04-01T10:00:00Z') },
      { met: true, requirement: assignment('Opdracht 3') },
    ]);
    expect(result).toMatchObject({ complete: true, requirementsMetAt: new Date('2025-04-01T10:00:00Z') });
    expect(decideModuleCompletion(state('m', ['a'], ['a']), []).requirementsMetAt).toBeNull();
  });
});

describe(ModuleCompletionRule.name, () => {
  it('asks every registered requirement once for all modules together', async () => {
    const sut = new ModuleCompletionRule();
    const calls: string[][] = [];
    const assignments: ModuleRequirement = {
      key: 'assignments',
      async evaluate(_m, studentIds, moduleIds) {
        calls.push([...studentIds, ...moduleIds]);
        return new Map([
          ['student', new Map([['m2', [{ met: false, requirement: assignment('Observatieverslag') }]]])],
        ]);
      },
    };
    sut.register(assignments);
    const result = await sut.evaluate(manager, 'student', [state('m1', ['a'], ['a']), state('m2', ['b'], ['b'])]);
    expect(calls).toEqual([['student', 'm1', 'm2']]);
    expect(result.get('m1')?.complete).toBe(true);
    expect(result.get('m2')).toMatchObject({
      complete: false,
      unmetRequirements: [assignment('Observatieverslag')],
    });
  });

  it('asks every requirement once for many students, and decides each student on their own modules', async () => {
    const sut = new ModuleCompletionRule();
    const calls: string[][] = [];
    sut.register({
      key: 'assignments',
      async evaluate(_m, studentIds, moduleIds) {
        calls.push([...studentIds], [...moduleIds]);
        return new Map<string, Map<string, RequirementOutcome[]>>([
          ['ann', new Map([['m1', [{ met: true, requirement: assignment('Casus') }]]])],
          ['bob', new Map([['m1', [{ met: false, requirement: assignment('Casus') }]]])],
        ]);
      },
    });
    const result = await sut.evaluateMany(
      manager,
      new Map([
        ['ann', [state('m1', ['a'], ['a'])]],
        ['bob', [state('m1', ['a'], ['a']), state('m2', ['b'], [])]],
      ]),
    );
    expect(calls).toEqual([
      ['ann', 'bob'],
      ['m1', 'm2'],
    ]);
    expect(result.get('ann')?.get('m1')?.complete).toBe(true);
    expect(result.get('ann')?.has('m2')).toBe(false);
    expect(result.get('bob')?.get('m1')).toMatchObject({ complete: false, unmetRequirements: [assignment('Casus')] });
    expect(result.get('bob')?.get('m2')).toMatchObject({ complete: false, lessonsCompleted: 0 });
  });

  it('refuses registering the same requirement twice', () => {
    const sut = new ModuleCompletionRule();
    const requirement: ModuleRequirement = { key: 'x', evaluate: async () => new Map() };
    sut.register(requirement);
    expect(() => sut.register(requirement)).toThrow(/already registered/);
  });
});
