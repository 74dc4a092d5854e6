import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@imh/common';
import type { GroupingMode, GroupingStudent } from './grouping.types';
import { scoreGroups } from './grouping-score';
import { generatePool } from './pool.factory';
import { proposeGroups } from './propose-groups';
import { SeededRandom } from './seeded-random';

const student = (id: string, disciplineId: string, organisationId: string | null = null): GroupingStudent => ({
  id,
  disciplineId,
  organisationId,
});

/** Every split of `pool` into groups of exactly these sizes (group order matters; fine for a maximum). */
function* allSplits(pool: GroupingStudent[], sizes: number[]): Generator<string[][]> {
  const groups: string[][] = sizes.map(() => []);
  function* place(i: number): Generator<string[][]> {
    if (i === pool.length) {
      yield groups.map((g) => [...g]);
      return;
    }
    for (let g = 0; g < sizes.length; g++) {
      if (groups[g].length === sizes[g]) continue;
      groups[g].push(pool[i].id);
      yield* place(i + 1);
      groups[g].pop();
      // Empty groups of equal size are interchangeable: trying the first is enough.
      if (groups[g].length === 0 && sizes.slice(g + 1).includes(sizes[g])) break;
    }
  }
  yield* place(0);
}

describe('scoreGroups', () => {
  const pool = [student('a1', 'A', 'o1'), student('a2', 'A', 'o2'), student('b1', 'B', 'o1'), student('b2', 'B', 'o2')];

  it('gives 100 to groups that mirror the pool without colleagues', () => {
    const result = scoreGroups(
      pool,
      [
        ['a1', 'b2'],
        ['a2', 'b1'],
      ],
      { mode: 'OPEN' },
    );
    expect(result).toMatchObject({ score: 100, bound: 100, gap: 0 });
    expect(result.groups.map((g) => g.score)).toEqual([100, 100]);
  });

  it('follows the documented formula: 100·(1 − (D_g + E_g) / (2·s_g)) per group, size-weighted overall', () => {
    // One discipline per group: D_g = |2 − 1| + |0 − 1| = 2, so 100·(1 − 2/4) = 50.
    const unmixed = scoreGroups(
      pool,
      [
        ['a1', 'a2'],
        ['b1', 'b2'],
      ],
      { mode: 'OPEN' },
    );
    expect(unmixed.groups.map((g) => g.score)).toEqual([50, 50]);
    expect(unmixed.score).toBe(50);
    expect(unmixed.gap).toBe(0.5);
    // Mixed but colleagues together: E_g = 1, so 100·(1 − 1/4) = 75; in-company colleagues are free.
    const colleagues = scoreGroups(
      pool,
      [
        ['a1', 'b1'],
        ['a2', 'b2'],
      ],
      { mode: 'OPEN' },
    );
    expect(colleagues.groups.map((g) => g.score)).toEqual([75, 75]);
    expect(colleagues.groups.map((g) => g.organisationDuplicates)).toEqual([2, 2]);
    expect(
      scoreGroups(
        pool,
        [
          ['a1', 'b1'],
          ['a2', 'b2'],
        ],
        { mode: 'IN_COMPANY' },
      ).score,
    ).toBe(100);
  });

  it('reports the discipline mix of each group for the chart', () => {
    const result = scoreGroups(pool, [['a1', 'a2', 'b1'], ['b2']], { mode: 'OPEN' });
    expect(result.groups[0]).toMatchObject({
      size: 3,
      distinctDisciplines: 2,
      largestDisciplineShare: 2 / 3,
      disciplineCounts: [
        { disciplineId: 'A', count: 2 },
        { disciplineId: 'B', count: 1 },
      ],
    });
    expect(result.score).toBeLessThanOrEqual(result.bound);
  });

  it('re-scores a proposal after a student is moved by hand, with the bound for the new sizes', () => {
    const generated = generatePool(
      { students: 60, disciplineWeights: [4, 3, 2, 1], organisationWeights: [3, 2, 1, 1, 1] },
      21,
    );
    const proposal = proposeGroups(
      { pool: generated, bounds: { minSize: 10, maxSize: 14 }, mode: 'OPEN' },
      { seed: 4 },
    );
    const groups = proposal.groups.map((g) => [...g.studentIds]);
    const moved = groups[0].pop()!;
    groups[1].push(moved);
    const rescored = scoreGroups(generated, groups, { mode: 'OPEN' });
    expect(rescored.groups[0].size).toBe(proposal.groups[0].size - 1);
    expect(rescored.groups[1].studentIds).toContain(moved);
    expect(rescored.score).toBeLessThanOrEqual(rescored.bound);
    expect(rescored.score).toBeLessThanOrEqual(proposal.score);
  });

  it.each([
    [
      [
        ['a1', 'b1', 'x'],
        ['a2', 'b2'],
      ],
      'NOT_IN_POOL',
      /x is not in the pool/,
    ],
    [
      [
        ['a1', 'b1', 'a2'],
        ['a2', 'b2'],
      ],
      'PLACED_TWICE',
      /a2 is placed in groups 0 and 1/,
    ],
    [[['a1', 'b1'], ['b2']], 'NOT_PLACED', /a2 is not placed/],
  ])('rejects a split that does not place every pool student exactly once (%j)', (groups, reason, message) => {
    expect(() => scoreGroups(pool, groups, { mode: 'OPEN' })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, message: expect.stringMatching(message) }),
    );
    expect(() => scoreGroups(pool, groups, { mode: 'OPEN' })).toThrow(
      expect.objectContaining({ options: expect.objectContaining({ reason }) }),
    );
  });
});

describe('the bound', () => {
  const random = new SeededRandom(99);
  const tinyPools = Array.from({ length: 12 }, (_, i) => {
    const n = 6 + (i % 4);
    return generatePool(
      {
        students: n,
        disciplineWeights: Array.from({ length: 2 + random.int(3) }, () => 1 + random.int(4)),
        organisationWeights: Array.from({ length: 1 + random.int(3) }, () => 1),
        unaffiliated: 0.2,
      },
      500 + i,
    );
  });
  const sizesFor = (n: number) => (n === 6 ? [2, 4] : n === 7 ? [2, 2, 3] : n === 8 ? [3, 5] : [2, 3, 4]);

  it.each<GroupingMode>(['OPEN', 'IN_COMPANY'])(
    'is at least the score of every split of tiny %s pools into groups of the same sizes',
    (mode) => {
      for (const pool of tinyPools) {
        const sizes = sizesFor(pool.length);
        let best = -Infinity;
        let bound = NaN;
        for (const split of allSplits(pool, sizes)) {
          const result = scoreGroups(pool, split, { mode });
          best = Math.max(best, result.score);
          bound = result.bound;
        }
        expect(best).toBeLessThanOrEqual(bound);
        // Without organisations in play the discipline part of the bound is attained (Gale–Ryser).
        if (mode === 'IN_COMPANY') expect(best).toBeCloseTo(bound, 10);
      }
    },
  );

  it('is attained by the proposal on tiny pools where the relaxation is exact', () => {
    for (const pool of tinyPools) {
      const proposal = proposeGroups({ pool, bounds: { groupCount: 2 }, mode: 'IN_COMPANY' }, { seed: 1 });
      expect(proposal.score).toBeCloseTo(proposal.bound, 10);
    }
  });
});
