import { describe, expect, it } from 'vitest';
import { indexPool, resolveConstraints, type ConstrainedUnit } from './grouping-input';
import type { GroupingConstraints, StudentPair } from './grouping.types';
import { placeUnits, type PlacementInput } from './place-units';
import { plantedCase } from './planted-pool.factory';
import { generatePool } from './pool.factory';

/** The units of a planted 60-student case (4 groups of exactly 15). */
function plantedUnits(apartPairs: number, seed: number): PlacementInput {
  const { input } = plantedCase({ groupCount: 4, groupSize: 15, apartPairs, togetherSets: 4, pins: 4 }, seed);
  const pool = indexPool(input.pool);
  const { units } = resolveConstraints(pool, input.constraints, 15);
  return { units, k: 4, n: 60, minSize: 15, maxSize: 15, seed };
}

/** Units of a pool of n students with only these constraints (student i is `student-0i`). */
function unitsOf(n: number, constraints: GroupingConstraints): ConstrainedUnit[] {
  const pool = indexPool(generatePool({ students: n, disciplineWeights: [1], organisationWeights: [] }, 1));
  return resolveConstraints(pool, constraints, n).units;
}
const student = (i: number) => `student-${String(i).padStart(2, '0')}`;
const cycle = (length: number) =>
  Array.from({ length }, (_, i): StudentPair => [student(i), student((i + 1) % length)]);

/** Every rule a placement breaks, checked from scratch (none for a valid one). */
function placementProblems(input: PlacementInput, unitGroup: Int32Array): string[] {
  const problems: string[] = [];
  const load = new Array<number>(input.k).fill(0);
  input.units.forEach((unit, u) => {
    const g = unitGroup[u];
    if (!(g >= 0 && g < input.k)) problems.push(`unit ${u} in group ${g}`);
    if (unit.pin >= 0 && g !== unit.pin) problems.push(`unit ${u} pinned to ${unit.pin}, in ${g}`);
    for (const v of unit.apart) if (unitGroup[v] === g) problems.push(`units ${u} and ${v} share group ${g}`);
    load[g] += unit.members.length;
  });
  load.forEach((l, g) => {
    if (l > input.maxSize) problems.push(`group ${g} holds ${l}`);
  });
  const reserved = load.reduce((sum, l) => sum + Math.max(l, input.minSize), 0);
  if (reserved > input.n) problems.push(`the minimum needs ${reserved} students`);
  return problems;
}
const expectValidPlacement = (input: PlacementInput, unitGroup: Int32Array) =>
  expect(placementProblems(input, unitGroup)).toEqual([]);

describe('placeUnits', () => {
  it('places planted pools by backtracking, up to twice the apart pairs the tests ask for', () => {
    for (const apartPairs of [60, 120, 240]) {
      for (let seed = 1; seed <= 30; seed++) {
        const input = plantedUnits(apartPairs, seed);
        const result = placeUnits(input);
        expect(result).toMatchObject({ placed: true, phase: 'backtrack' });
        if (result.placed) expectValidPlacement(input, result.unitGroup);
      }
    }
  });

  it('repairs what the backtracking leaves when it stops at once', () => {
    let repaired = 0;
    for (const apartPairs of [60, 120]) {
      for (let seed = 1; seed <= 40; seed++) {
        const input = { ...plantedUnits(apartPairs, seed), limits: { backtrackSteps: 1 } };
        const result = placeUnits(input);
        expect(result.placed).toBe(true);
        if (!result.placed) continue;
        expectValidPlacement(input, result.unitGroup);
        if (result.phase === 'repair') repaired++;
      }
    }
    expect(repaired).toBeGreaterThan(70);
  });

  it('proves a placement impossible when the backtracking runs to the end', () => {
    // An odd cycle cannot be split over two groups; a triangle in three groups of 1 can.
    const units = unitsOf(10, { apart: cycle(5) });
    const result = placeUnits({ units, k: 2, n: 10, minSize: 1, maxSize: 9, seed: 1 });
    expect(result).toMatchObject({ placed: false, exhausted: true });
    if (!result.placed) expect(result.hardest.length).toBeGreaterThan(0);

    const triangle = unitsOf(10, { apart: cycle(3) });
    const tight = { units: triangle, k: 3, n: 3, minSize: 1, maxSize: 1, seed: 1 };
    const placed = placeUnits(tight);
    expect(placed.placed).toBe(true);
    if (placed.placed) expectValidPlacement(tight, placed.unitGroup);
  });

  it('honours capacity: together-blocks that fit only one way, and room for the minimum', () => {
    // Blocks of 3, 3, 2, 2, 2 into two groups of exactly 6: {3, 3} and {2, 2, 2}.
    const together: StudentPair[] = [
      [student(0), student(1)],
      [student(1), student(2)],
      [student(3), student(4)],
      [student(4), student(5)],
      [student(6), student(7)],
      [student(8), student(9)],
      [student(10), student(11)],
    ];
    const units = unitsOf(12, { together, apart: [[student(0), student(6)]] });
    const input = { units, k: 2, n: 12, minSize: 6, maxSize: 6, seed: 3 };
    const result = placeUnits(input);
    expect(result.placed).toBe(true);
    if (result.placed) expectValidPlacement(input, result.unitGroup);
    // The block of student 0 may not join the 2-blocks, and 3 + 2 + 2 would not fit anyway.
    const apartTooMuch = unitsOf(12, { together, apart: [[student(0), student(3)]] });
    expect(placeUnits({ ...input, units: apartTooMuch })).toMatchObject({ placed: false, exhausted: true });
  });

  it('reports the clashes of its best placement when it stops at its limit', () => {
    // Five students pairwise apart do not fit four groups; with tiny limits it cannot prove it.
    const five = [0, 1, 2, 3, 4];
    const apart = five.flatMap((a, i) => five.slice(i + 1).map((b): StudentPair => [student(a), student(b)]));
    const units = unitsOf(20, { apart });
    const result = placeUnits({
      units,
      k: 4,
      n: 20,
      minSize: 1,
      maxSize: 10,
      seed: 1,
      limits: { backtrackSteps: 3, repairIterations: 40 },
    });
    expect(result).toMatchObject({ placed: false, exhausted: false });
    if (result.placed) return;
    expect(result.clashes).toHaveLength(1);
    expect(result.hardest).toEqual(result.clashes[0]);
  });

  it('is deterministic for the same input and seed', () => {
    const input = { ...plantedUnits(120, 9), limits: { backtrackSteps: 1 } };
    expect(placeUnits(input)).toEqual(placeUnits(input));
  });
});
