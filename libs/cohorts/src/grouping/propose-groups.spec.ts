import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '@imh/common';
import type {
  GroupingBounds,
  GroupingConstraints,
  GroupingInput,
  GroupingMode,
  GroupingProposal,
  GroupingStudent,
  StudentPair,
} from './grouping.types';
import { scoreGroups } from './grouping-score';
import { generatePool, zipfWeights } from './pool.factory';
import { proposeGroups } from './propose-groups';
import { SeededRandom } from './seeded-random';
import { validateAssignment } from './validate-assignment';

/** Every invariant a proposal must satisfy, whatever the pool. */
function expectValidProposal(input: GroupingInput, proposal: GroupingProposal) {
  const groups = proposal.groups.map((g) => g.studentIds);
  // Sizes within bounds, every student exactly once, pins/together/apart respected.
  expect(validateAssignment(input, groups)).toEqual([]);
  expect(groups.flat().sort()).toEqual(input.pool.map((s) => s.id).sort());
  for (const group of proposal.groups) {
    expect(group.size).toBeGreaterThanOrEqual(proposal.minSize);
    expect(group.size).toBeLessThanOrEqual(proposal.maxSize);
  }
  expect(proposal.score).toBeLessThanOrEqual(proposal.bound);
  expect(proposal.gap).toBeGreaterThanOrEqual(0);
  // The reported figures are exactly what re-scoring the same split gives.
  const rescored = scoreGroups(input.pool, groups, { mode: input.mode });
  expect(rescored.score).toBe(proposal.score);
  expect(rescored.bound).toBe(proposal.bound);
}

function feasible(n: number, bounds: { minSize: number; maxSize: number }) {
  return n >= bounds.minSize && Math.ceil(n / bounds.maxSize) <= Math.floor(n / bounds.minSize);
}

/** Constraints read off a hidden split into k balanced groups, so a solution always exists. */
function satisfiableConstraints(pool: GroupingStudent[], k: number, random: SeededRandom): GroupingConstraints {
  const order = random.shuffle(pool.map((s) => s.id));
  const hidden = new Map(order.map((id, i) => [id, i % k]));
  const pick = () => order[random.int(order.length)];
  const pins = Array.from({ length: random.int(4) }, () => {
    const id = pick();
    return { studentId: id, groupIndex: hidden.get(id)! };
  });
  const together: StudentPair[] = [];
  const apart: StudentPair[] = [];
  for (let tries = 0; tries < 40 && (together.length < 4 || apart.length < 4); tries++) {
    const [a, b] = [pick(), pick()];
    if (a === b) continue;
    if (hidden.get(a) === hidden.get(b)) {
      if (together.length < 4) together.push([a, b]);
    } else if (apart.length < 4) apart.push([a, b]);
  }
  return { pins, together, apart };
}

interface Case {
  input: GroupingInput;
  seed: number;
}

/** Random pools: 1–300 students, 1–12 disciplines, 0–30 organisations, random bounds and mode. */
function randomCases(count: number, seed: number): Case[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: count }, (_, c) => {
    const n = 1 + random.int(300);
    const pool = generatePool(
      {
        students: n,
        disciplineWeights: zipfWeights(1 + random.int(12), random.next() * 1.5),
        organisationWeights: zipfWeights(random.int(31), random.next() * 1.5),
        unaffiliated: random.next() * 0.5,
      },
      seed * 1000 + c,
    );
    const minSize = 1 + random.int(8);
    const bounds = { minSize, maxSize: minSize + random.int(7) };
    const mode: GroupingMode = random.next() < 0.75 ? 'OPEN' : 'IN_COMPANY';
    return { input: { pool, bounds, mode }, seed: random.int(1_000_000) };
  });
}

function shuffled(input: GroupingInput, random: SeededRandom): GroupingInput {
  const c = input.constraints ?? {};
  const flip = (pairs: readonly StudentPair[] = []) =>
    random.shuffle(pairs.map(([a, b]): StudentPair => (random.next() < 0.5 ? [b, a] : [a, b])));
  return {
    ...input,
    pool: random.shuffle([...input.pool]),
    constraints: { pins: random.shuffle([...(c.pins ?? [])]), together: flip(c.together), apart: flip(c.apart) },
  };
}

describe('proposeGroups on generated pools', () => {
  const cases = randomCases(60, 7);

  it('keeps sizes within bounds, places every student once and scores no higher than the bound', () => {
    let proposed = 0;
    for (const { input, seed } of cases) {
      const bounds = input.bounds as { minSize: number; maxSize: number };
      if (!feasible(input.pool.length, bounds)) {
        // Exactly the infeasible bounds are refused.
        expect(() => proposeGroups(input, { seed })).toThrow(DomainError);
        continue;
      }
      expectValidProposal(input, proposeGroups(input, { seed }));
      proposed++;
    }
    expect(proposed).toBeGreaterThan(30);
  });

  it('honours pins, together and apart pairs', () => {
    const random = new SeededRandom(11);
    let constrained = 0;
    for (const { input, seed } of cases) {
      const bounds = input.bounds as { minSize: number; maxSize: number };
      if (!feasible(input.pool.length, bounds)) continue;
      const k = proposeGroups(input, { seed }).groups.length;
      if (k < 2) continue;
      const withConstraints = { ...input, constraints: satisfiableConstraints([...input.pool], k, random) };
      const proposal = proposeGroups(withConstraints, { seed });
      expectValidProposal(withConstraints, proposal);
      for (const pin of withConstraints.constraints.pins ?? []) {
        expect(proposal.groups[pin.groupIndex].studentIds).toContain(pin.studentId);
      }
      constrained++;
    }
    expect(constrained).toBeGreaterThan(20);
  });

  it('places a transitive together-component in one group', () => {
    const pool = generatePool({ students: 60, disciplineWeights: [1, 1, 1], organisationWeights: [1, 1] }, 3);
    const ids = pool.map((s) => s.id);
    const input: GroupingInput = {
      pool,
      bounds: { minSize: 8, maxSize: 12 },
      mode: 'OPEN',
      constraints: {
        together: [
          [ids[0], ids[1]],
          [ids[1], ids[2]],
          [ids[2], ids[3]],
        ],
        apart: [[ids[0], ids[4]]],
        pins: [{ studentId: ids[3], groupIndex: 2 }],
      },
    };
    const proposal = proposeGroups(input, { seed: 5 });
    const group = proposal.groups[2].studentIds;
    expect(group).toEqual(expect.arrayContaining(ids.slice(0, 4)));
    expect(group).not.toContain(ids[4]);
  });

  it('is deterministic: the same input and seed give the same proposal, whatever the input order', () => {
    const random = new SeededRandom(13);
    for (const { input, seed } of cases.slice(0, 25)) {
      const bounds = input.bounds as { minSize: number; maxSize: number };
      if (!feasible(input.pool.length, bounds)) continue;
      const k = proposeGroups(input, { seed }).groups.length;
      const constrained = k < 2 ? input : { ...input, constraints: satisfiableConstraints([...input.pool], k, random) };
      const first = proposeGroups(constrained, { seed });
      expect(proposeGroups(constrained, { seed })).toEqual(first);
      expect(proposeGroups(shuffled(constrained, random), { seed })).toEqual(first);
    }
  });

  it('uses the seed: different seeds may give different splits of the same quality class', () => {
    const pool = generatePool({ students: 120, disciplineWeights: [3, 2, 1], organisationWeights: [] }, 9);
    const input: GroupingInput = { pool, bounds: { minSize: 10, maxSize: 14 }, mode: 'OPEN' };
    const a = proposeGroups(input, { seed: 1 });
    const b = proposeGroups(input, { seed: 2 });
    expect(a.groups.map((g) => g.studentIds)).not.toEqual(b.groups.map((g) => g.studentIds));
    expect(a.gap).toBeLessThanOrEqual(0.02);
    expect(b.gap).toBeLessThanOrEqual(0.02);
  });

  it('never makes the split worse in the local search', () => {
    for (const { input, seed } of cases.slice(0, 30)) {
      const bounds = input.bounds as { minSize: number; maxSize: number };
      if (!feasible(input.pool.length, bounds)) continue;
      const greedy = proposeGroups(input, { seed, maxPasses: 0 });
      expect(proposeGroups(input, { seed }).score).toBeGreaterThanOrEqual(greedy.score);
    }
  });
});

describe('proposeGroups choosing the number of groups', () => {
  const pool = generatePool({ students: 100, disciplineWeights: [1, 1], organisationWeights: [] }, 1);

  it.each<[GroupingBounds, number]>([
    [{ minSize: 12, maxSize: 16 }, 7], // 100/7 ≈ 14.3, nearest the middle 14
    [{ minSize: 10, maxSize: 10 }, 10],
    [{ minSize: 30, maxSize: 60 }, 2], // 100/2 = 50 is nearer the middle 45 than 100/3 ≈ 33
    [{ groupCount: 3 }, 3],
    [{ groupCount: 4, minSize: 20, maxSize: 30 }, 4],
  ])('%j makes %i groups with balanced sizes', (bounds, count) => {
    const proposal = proposeGroups({ pool, bounds, mode: 'OPEN' }, { seed: 1 });
    expect(proposal.groups).toHaveLength(count);
    const sizes = proposal.groups.map((g) => g.size);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('makes enough groups for the highest pinned index', () => {
    const input: GroupingInput = {
      pool,
      bounds: { minSize: 10, maxSize: 30 },
      mode: 'OPEN',
      constraints: { pins: [{ studentId: pool[0].id, groupIndex: 7 }] },
    };
    const proposal = proposeGroups(input, { seed: 1 });
    expect(proposal.groups.length).toBeGreaterThanOrEqual(8);
    expect(proposal.groups[7].studentIds).toContain(pool[0].id);
  });

  const id = (i: number) => pool[i].id;
  const constrained = (bounds: GroupingBounds, constraints: GroupingConstraints) => {
    const input: GroupingInput = { pool, bounds, mode: 'OPEN', constraints };
    const proposal = proposeGroups(input, { seed: 1 });
    expectValidProposal(input, proposal);
    return proposal;
  };

  it('makes a group for each of a set of students pairwise apart', () => {
    // 100 students in groups of 20–30: 4 groups of 25 sit nearest the middle, but 5 students
    // pairwise apart need 5.
    expect(
      proposeGroups({ pool, bounds: { minSize: 20, maxSize: 30 }, mode: 'OPEN' }, { seed: 1 }).groups,
    ).toHaveLength(4);
    const five = [0, 1, 2, 3, 4];
    const apart = five.flatMap((a, i) => five.slice(i + 1).map((b): StudentPair => [id(a), id(b)]));
    expect(constrained({ minSize: 20, maxSize: 30 }, { apart }).groups).toHaveLength(5);
  });

  it('makes fewer groups when pins leave no room for the preferred count', () => {
    // Groups of 20–34: 4 groups of 25 are preferred, but two full pinned groups leave 32
    // students, too few for two more groups of 20.
    const pins = Array.from({ length: 68 }, (_, i) => ({ studentId: id(i), groupIndex: i < 34 ? 0 : 1 }));
    const proposal = constrained({ minSize: 20, maxSize: 34 }, { pins });
    expect(proposal.groups.map((g) => g.size)).toEqual([34, 34, 32]);
  });

  it('makes more groups when the search proves the preferred count impossible', () => {
    // Groups of 25–60: 2 groups of 50 are preferred, but an odd cycle of apart pairs needs 3.
    const cycle = [0, 1, 2, 3, 4].map((a): StudentPair => [id(a), id((a + 1) % 5)]);
    expect(constrained({ minSize: 25, maxSize: 60 }, { apart: cycle }).groups).toHaveLength(3);
  });
});

describe('proposeGroups quality', () => {
  /** The most students of discipline d a group of size s has to take in the best rounding. */
  const ceilShare = (c: number, n: number, s: number) => Math.ceil((c * s) / n);

  it.each([
    [120, 12, 16, 'OPEN'],
    [250, 12, 16, 'OPEN'],
    [333, 8, 11, 'OPEN'],
    [500, 12, 16, 'IN_COMPANY'],
    [1000, 5, 9, 'OPEN'],
  ] as const)(
    'a pool of %i with one discipline at 60%%: no group takes more of any discipline than its rounded-up share',
    (n, minSize, maxSize, mode) => {
      const pool = generatePool(
        {
          students: n,
          disciplineWeights: [60, 12, 8, 6, 5, 4, 3, 2],
          organisationWeights: zipfWeights(Math.round(n / 15), 0.8),
          unaffiliated: 0.1,
        },
        n,
      );
      const input: GroupingInput = { pool, bounds: { minSize, maxSize }, mode };
      const proposal = proposeGroups(input, { seed: 42 });
      expectValidProposal(input, proposal);
      const totals = new Map<string, number>();
      for (const s of pool) totals.set(s.disciplineId, (totals.get(s.disciplineId) ?? 0) + 1);
      expect(totals.get('disc-0')).toBe(Math.round(n * 0.6));
      for (const group of proposal.groups) {
        for (const { disciplineId, count } of group.disciplineCounts) {
          expect(count).toBeLessThanOrEqual(ceilShare(totals.get(disciplineId)!, n, group.size));
        }
        expect(group.largestDisciplineShare).toBeLessThanOrEqual(
          ceilShare(Math.round(n * 0.6), n, group.size) / group.size,
        );
      }
      expect(proposal.gap).toBeLessThanOrEqual(0.02);
    },
  );

  it.each([
    [96, 6, 8, 12, 'OPEN'],
    [240, 8, 10, 14, 'OPEN'],
    [301, 7, 12, 16, 'OPEN'],
    [700, 10, 12, 16, 'IN_COMPANY'],
  ] as const)(
    'a uniform pool of %i over %i disciplines comes within 2%% of the bound',
    (n, d, minSize, maxSize, mode) => {
      const pool = generatePool(
        { students: n, disciplineWeights: Array(d).fill(1), organisationWeights: Array(Math.round(n / 12)).fill(1) },
        n + d,
      );
      const input: GroupingInput = { pool, bounds: { minSize, maxSize }, mode };
      const proposal = proposeGroups(input, { seed: 3 });
      expectValidProposal(input, proposal);
      expect(proposal.gap).toBeLessThanOrEqual(0.02);
    },
  );

  it('spreads colleagues in OPEN mode where the pool allows it', () => {
    // 20 organisations of 12: every organisation can have at most one student per group.
    const pool = generatePool(
      { students: 240, disciplineWeights: [5, 3, 2, 1], organisationWeights: Array(20).fill(1) },
      8,
    );
    const proposal = proposeGroups({ pool, bounds: { minSize: 12, maxSize: 12 }, mode: 'OPEN' }, { seed: 1 });
    const largestOrganisation = Math.max(
      ...[...new Set(pool.map((s) => s.organisationId))].map((o) => pool.filter((s) => s.organisationId === o).length),
    );
    // With 20 groups, an organisation of m ≤ 20 needs no duplicates.
    if (largestOrganisation <= 20) {
      expect(proposal.groups.every((g) => g.organisationDuplicates === 0)).toBe(true);
    }
    expect(proposal.gap).toBeLessThanOrEqual(0.02);
  });

  it('does not spread colleagues in IN_COMPANY mode, where all share one organisation', () => {
    const pool = generatePool({ students: 48, disciplineWeights: [2, 1, 1], organisationWeights: [1] }, 4);
    const proposal = proposeGroups({ pool, bounds: { minSize: 12, maxSize: 12 }, mode: 'IN_COMPANY' }, { seed: 1 });
    expect(proposal.groups.every((g) => g.organisationDuplicates === g.size)).toBe(true);
    // The organisation does not count against the score in-company.
    expect(proposal.bound).toBe(100);
    expect(proposal.score).toBe(100);
  });

  it('reports per group the size, distinct disciplines, largest share and colleague duplicates', () => {
    const pool: GroupingStudent[] = [
      { id: 'a', disciplineId: 'logopedie', organisationId: 'o1' },
      { id: 'b', disciplineId: 'logopedie', organisationId: 'o1' },
      { id: 'c', disciplineId: 'kraamzorg', organisationId: null },
      { id: 'd', disciplineId: 'kraamzorg', organisationId: null },
    ];
    const proposal = proposeGroups({ pool, bounds: { groupCount: 2 }, mode: 'OPEN' }, { seed: 1 });
    for (const group of proposal.groups) {
      expect(group.size).toBe(2);
      expect(group.distinctDisciplines).toBe(2);
      expect(group.largestDisciplineShare).toBe(0.5);
      expect(group.organisationDuplicates).toBe(0);
      expect(group.score).toBe(100);
    }
    expect(proposal).toMatchObject({ score: 100, bound: 100, gap: 0 });
  });
});

describe('proposeGroups input', () => {
  it('rejects a seed that is not a whole number', () => {
    const pool = generatePool({ students: 4, disciplineWeights: [1], organisationWeights: [] }, 1);
    expect(() => proposeGroups({ pool, bounds: { groupCount: 1 }, mode: 'OPEN' }, { seed: 1.5 })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, message: expect.stringMatching(/seed/) }),
    );
  });
});
