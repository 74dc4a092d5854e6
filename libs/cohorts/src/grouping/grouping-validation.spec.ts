import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '@imh/common';
import { GroupingRefusal, refusalStudentIds } from './grouping-refusals';
import type { GroupingConstraints, GroupingInput, GroupingStudent, StudentPair } from './grouping.types';
import { generatePool } from './pool.factory';
import { proposeGroups } from './propose-groups';
import { assertValidAssignment, validateAssignment } from './validate-assignment';

const pool: GroupingStudent[] = generatePool(
  { students: 40, disciplineWeights: [3, 2, 1], organisationWeights: [1, 1, 1, 1] },
  17,
);
const id = (i: number) => pool[i].id;
const base: GroupingInput = { pool, bounds: { minSize: 8, maxSize: 12 }, mode: 'OPEN' };

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

/**
 * `field` is an input path the refusal names (`minSize`, `pins.1.groupIndex`) or the list it is
 * in (`pins`); `params`, when given, is exactly what it names for the portal.
 */
function expectBadInput(
  input: GroupingInput,
  reason: string,
  message: RegExp,
  field: string,
  params?: Record<string, unknown>,
): DomainError {
  const error = caught(() => proposeGroups(input, { seed: 1 }));
  expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
  expect(error.options.reason).toBe(reason);
  expect(error.message).toMatch(message);
  const paths = Object.keys(error.options.fields ?? {});
  expect(
    paths.some((path) => path === field || path.startsWith(`${field}.`)),
    `${field} in ${paths}`,
  ).toBe(true);
  if (params) expect(error.options.params).toEqual(params);
  return error;
}

/** Every pair of the given students: a clique of "apart" pairs. */
const pairwiseApart = (indices: number[]): StudentPair[] =>
  indices.flatMap((a, i) => indices.slice(i + 1).map((b): StudentPair => [id(a), id(b)]));
/** An odd cycle of "apart" pairs: no clique of three, but two groups cannot hold it. */
const apartCycle = (indices: number[]): StudentPair[] =>
  indices.map((a, i): StudentPair => [id(a), id(indices[(i + 1) % indices.length])]);
const ids = (indices: number[]) => indices.map(id).sort();

const withConstraints = (constraints: GroupingConstraints): GroupingInput => ({ ...base, constraints });

describe('proposeGroups rejects bad input with BAD_USER_INPUT naming the problem', () => {
  it('min > max', () => {
    expectBadInput(
      { ...base, bounds: { minSize: 16, maxSize: 12 } },
      'MIN_GREATER_THAN_MAX',
      /minimum group size \(16\) is larger than the maximum \(12\)/,
      'minSize',
      { min: 16, max: 12 },
    );
  });

  it('a minimum group size below 1', () => {
    expectBadInput({ ...base, bounds: { minSize: 0, maxSize: 12 } }, 'MIN_SIZE_TOO_SMALL', /at least 1/, 'minSize');
  });

  it('a pool smaller than the minimum group size', () => {
    expectBadInput(
      { ...base, pool: pool.slice(0, 5) },
      'POOL_TOO_SMALL',
      /pool has 5 students, fewer than the minimum group size \(8\)/,
      'pool',
      { size: 5, min: 8 },
    );
    expectBadInput({ ...base, pool: [] }, 'POOL_TOO_SMALL', /pool is empty/, 'pool');
  });

  it('no feasible number of groups', () => {
    expectBadInput(
      { ...base, pool: pool.slice(0, 25), bounds: { minSize: 12, maxSize: 12 } },
      'NO_FEASIBLE_GROUP_COUNT',
      /No number of groups splits 25 students into groups of 12–12/,
      'minSize',
    );
    expectBadInput(
      { ...base, bounds: { groupCount: 3, minSize: 8, maxSize: 12 }, pool: pool.slice(0, 37) },
      'NO_FEASIBLE_GROUP_COUNT',
      /3 groups of 8–12 students cannot hold a pool of 37/,
      'groupCount',
      { size: 37, min: 8, max: 12, groupCount: 3 },
    );
    expectBadInput({ ...base, bounds: { groupCount: 0 } }, 'GROUP_COUNT_INVALID', /number of groups/, 'groupCount');
  });

  it('a student pinned into two groups', () => {
    expectBadInput(
      withConstraints({
        pins: [
          { studentId: id(3), groupIndex: 0 },
          { studentId: id(3), groupIndex: 2 },
        ],
      }),
      'PINNED_TWICE',
      new RegExp(`${id(3)} is pinned into two groups \\(0 and 2\\)`),
      'pins.1.groupIndex',
      { students: [id(3)], group: 0, otherGroup: 2 },
    );
  });

  it('"together" and "apart" on the same pair, directly or through other together pairs', () => {
    expectBadInput(
      withConstraints({ together: [[id(1), id(2)]], apart: [[id(2), id(1)]] }),
      'TOGETHER_AND_APART',
      new RegExp(`${id(1)} and ${id(2)} are marked both "together" and "apart"`),
      'apart.0',
      { students: [id(1), id(2)] },
    );
    expectBadInput(
      withConstraints({
        together: [
          [id(1), id(2)],
          [id(2), id(3)],
        ],
        apart: [[id(3), id(1)]],
      }),
      'TOGETHER_AND_APART',
      new RegExp(`${id(1)} and ${id(3)} must be apart, but "together" pairs put them in one group`),
      'together.1',
      { students: [id(1), id(3)] },
    );
    expectBadInput(
      withConstraints({ apart: [[id(4), id(4)]] }),
      'TOGETHER_AND_APART',
      /cannot be kept apart from themselves/,
      'apart',
    );
  });

  it.each([
    [
      'pins.1.studentId',
      {
        pins: [
          { studentId: id(1), groupIndex: 0 },
          { studentId: 'ghost', groupIndex: 0 },
        ],
      },
    ],
    ['together.0', { together: [[id(0), 'ghost']] }],
    ['apart.0', { apart: [['ghost', id(0)]] }],
  ] as const)('a student at %s who is not in the pool', (field, constraints) => {
    const input = withConstraints(constraints);
    expectBadInput(input, 'NOT_IN_POOL', /Student ghost is not in the pool/, field, { students: ['ghost'] });
  });

  it('names every missing student', () => {
    expectBadInput(
      withConstraints({ together: [['ghost-1', 'ghost-2']], pins: [{ studentId: 'ghost-3', groupIndex: 0 }] }),
      'NOT_IN_POOL',
      /Students ghost-1, ghost-2, ghost-3 are not in the pool/,
      'together.0',
      { students: ['ghost-1', 'ghost-2', 'ghost-3'] },
    );
  });

  it('a pin index out of range', () => {
    expectBadInput(
      withConstraints({ pins: [{ studentId: id(0), groupIndex: -1 }] }),
      'PIN_OUT_OF_RANGE',
      /pinned to group index -1, which does not exist/,
      'pins.0.groupIndex',
      { students: [id(0)], group: -1 },
    );
    // 40 students in groups of 8–12 make at most 5 groups.
    expectBadInput(
      withConstraints({ pins: [{ studentId: id(0), groupIndex: 5 }] }),
      'PIN_OUT_OF_RANGE',
      /pinned to group index 5, but the pool makes at most 5 groups \(indices 0–4\)/,
      'pins',
    );
    expectBadInput(
      { ...base, bounds: { groupCount: 4 }, constraints: { pins: [{ studentId: id(0), groupIndex: 4 }] } },
      'PIN_OUT_OF_RANGE',
      /pinned to group index 4, but there are 4 groups \(indices 0–3\)/,
      'pins',
    );
  });

  it('a together-component larger than the maximum group size', () => {
    const chain = Array.from({ length: 12 }, (_, i): [string, string] => [id(i), id(i + 1)]);
    const error = expectBadInput(
      withConstraints({ together: chain }),
      'TOGETHER_TOO_LARGE',
      /"together" pairs join 13 students .* more than the maximum group size \(12\)/,
      'together.11',
      { students: Array.from({ length: 13 }, (_, i) => id(i)).sort(), size: 13, max: 12 },
    );
    expect(refusalStudentIds(error)).toEqual(ids(Array.from({ length: 13 }, (_, i) => i)));
  });

  it('together students pinned to different groups', () => {
    const error = expectBadInput(
      withConstraints({
        together: [[id(0), id(1)]],
        pins: [
          { studentId: id(0), groupIndex: 0 },
          { studentId: id(1), groupIndex: 1 },
        ],
      }),
      'TOGETHER_PINNED_APART',
      /must be together but are pinned to groups 0 and 1/,
      'pins.1.groupIndex',
      { students: [id(0), id(1)], group: 0, otherGroup: 1 },
    );
    expect(refusalStudentIds(error)).toEqual(ids([0, 1]));
  });

  it('apart students pinned to the same group, directly or through together pairs', () => {
    const direct = expectBadInput(
      withConstraints({
        apart: [[id(0), id(1)]],
        pins: [
          { studentId: id(0), groupIndex: 1 },
          { studentId: id(1), groupIndex: 1 },
        ],
      }),
      'CONSTRAINTS_UNSATISFIABLE',
      /must be apart but are both pinned to group 1/,
      'apart',
    );
    expect(refusalStudentIds(direct)).toEqual(ids([0, 1]));
    const through = expectBadInput(
      withConstraints({
        apart: [[id(0), id(1)]],
        together: [
          [id(0), id(2)],
          [id(1), id(3)],
        ],
        pins: [
          { studentId: id(2), groupIndex: 1 },
          { studentId: id(3), groupIndex: 1 },
        ],
      }),
      'CONSTRAINTS_UNSATISFIABLE',
      new RegExp(`${id(0)} and ${id(1)} must be apart, but pins and "together" pairs put both in group 1`),
      'together',
    );
    expect(refusalStudentIds(through)).toEqual(ids([0, 1, 2, 3]));
  });

  it('more pinned students than a group can hold', () => {
    const pins = Array.from({ length: 13 }, (_, i) => ({ studentId: id(i), groupIndex: 0 }));
    const error = expectBadInput(
      withConstraints({ pins }),
      'GROUP_OVER_CAPACITY',
      /more than 12 students .* in group 0/,
      'pins',
    );
    expect(refusalStudentIds(error)).toEqual(ids(Array.from({ length: 13 }, (_, i) => i)));
  });

  const pinRange = (from: number, to: number, groupIndex: number) =>
    Array.from({ length: to - from }, (_, i) => ({ studentId: id(from + i), groupIndex }));

  it('pins that leave the other groups too few students to reach the minimum', () => {
    // 4 groups of 8–12 for 40 students: 3 full groups leave 4 for the fourth.
    const error = expectBadInput(
      {
        ...base,
        bounds: { groupCount: 4, minSize: 8, maxSize: 12 },
        constraints: { pins: [...pinRange(0, 12, 0), ...pinRange(12, 24, 1), ...pinRange(24, 36, 2)] },
      },
      GroupingRefusal.GROUP_OVER_CAPACITY,
      /Pins put so many students in groups 0, 1, 2 that the other groups cannot reach 8 students\.$/,
      'pins',
    );
    expect(refusalStudentIds(error)).toEqual(ids(Array.from({ length: 36 }, (_, i) => i)));
    // With free bounds too, as 40 students need at least 4 groups of at most 12.
    expectBadInput(
      withConstraints({ pins: [...pinRange(0, 12, 0), ...pinRange(12, 24, 1), ...pinRange(24, 36, 2)] }),
      GroupingRefusal.GROUP_OVER_CAPACITY,
      /groups 0, 1, 2 that the other groups cannot reach 8 students\.$/,
      'pins',
    );
    // 20 pinned to group 0 leave room for 3 groups of 8–20, but 4 students are pairwise apart.
    const withClique = expectBadInput(
      {
        ...base,
        bounds: { minSize: 8, maxSize: 20 },
        constraints: { pins: pinRange(0, 20, 0), apart: pairwiseApart([30, 31, 32, 33]) },
      },
      GroupingRefusal.GROUP_OVER_CAPACITY,
      /in group 0 that the other groups cannot reach 8 students\. Fewer groups will not do: .* need 4\./,
      'apart',
    );
    expect(refusalStudentIds(withClique)).toEqual(ids([...Array.from({ length: 20 }, (_, i) => i), 30, 31, 32, 33]));
  });

  it('apart pairs that cannot be honoured', () => {
    expectBadInput(
      { ...base, bounds: { groupCount: 1 }, constraints: { apart: [[id(0), id(1)]] } },
      'CONSTRAINTS_UNSATISFIABLE',
      /must be apart, but the pool makes only one group/,
      'apart',
    );
    // Three students pairwise apart need three groups.
    const triangle = expectBadInput(
      { ...base, bounds: { groupCount: 2 }, constraints: { apart: pairwiseApart([0, 1, 2]) } },
      'CONSTRAINTS_UNSATISFIABLE',
      /"apart" pairs among students .* need 3 different groups, but there are 2 groups/,
      'apart',
    );
    expect(refusalStudentIds(triangle)).toEqual(ids([0, 1, 2]));
    // Inside a larger web of apart pairs, the clique is found and only its students are named.
    const web = expectBadInput(
      {
        ...base,
        bounds: { groupCount: 3 },
        constraints: { apart: [...pairwiseApart([5, 9, 14, 20]), ...apartCycle([1, 2, 3, 4, 6, 7, 8])] },
      },
      'CONSTRAINTS_UNSATISFIABLE',
      /need 4 different groups, but there are 3 groups/,
      'apart',
    );
    expect(refusalStudentIds(web)).toEqual(ids([5, 9, 14, 20]));
    // 40 students in groups of 8–12 make at most 5 groups; 6 students pairwise apart need 6.
    expectBadInput(
      withConstraints({ apart: pairwiseApart([0, 1, 2, 3, 4, 5]) }),
      'CONSTRAINTS_UNSATISFIABLE',
      /need 6 different groups, but the pool makes at most 5 groups/,
      'apart',
    );
  });

  it('no split found, without a proof of impossibility, is NO_SPLIT_FOUND and names the students', () => {
    // An odd cycle has no clique of three, yet two groups cannot hold it.
    const error = expectBadInput(
      { ...base, bounds: { groupCount: 2 }, constraints: { apart: apartCycle([0, 1, 2, 3, 4]) } },
      GroupingRefusal.NO_SPLIT_FOUND,
      /No split into 2 groups honours these pins, "together" and "apart" pairs: every placement was tried\./,
      'apart',
    );
    expect(refusalStudentIds(error).length).toBeGreaterThan(0);
    expect(ids([0, 1, 2, 3, 4])).toEqual(expect.arrayContaining(refusalStudentIds(error)));
  });

  it('a student listed twice in the pool', () => {
    expectBadInput({ ...base, pool: [...pool, pool[0]] }, 'DUPLICATE_STUDENT', /appears twice in the pool/, 'pool');
  });
});

describe('validateAssignment', () => {
  const input: GroupingInput = {
    pool,
    bounds: { minSize: 8, maxSize: 12 },
    mode: 'OPEN',
    constraints: {
      pins: [{ studentId: id(0), groupIndex: 0 }],
      together: [[id(1), id(2)]],
      apart: [[id(3), id(4)]],
    },
  };
  const proposal = proposeGroups(input, { seed: 2 });
  const split = () => proposal.groups.map((g) => [...g.studentIds]);
  const move = (groups: string[][], student: string, to: number) => {
    for (const g of groups) if (g.includes(student)) g.splice(g.indexOf(student), 1);
    groups[to].push(student);
    return groups;
  };
  const groupOf = (student: string) => proposal.groups.findIndex((g) => g.studentIds.includes(student));

  it('accepts the proposal itself', () => {
    expect(validateAssignment(input, split())).toEqual([]);
    expect(() => assertValidAssignment(input, split())).not.toThrow();
  });

  it('reports a moved pinned student, a split together pair and a joined apart pair', () => {
    const groups = split();
    move(groups, id(0), 1);
    move(groups, id(1), (groupOf(id(2)) + 1) % groups.length);
    move(groups, id(3), groupOf(id(4)));
    const reasons = validateAssignment(input, groups).map((p) => p.reason);
    expect(reasons).toEqual(expect.arrayContaining(['PIN_VIOLATED', 'TOGETHER_VIOLATED', 'APART_VIOLATED']));
  });

  it('reports sizes out of bounds, the wrong number of groups and students not placed exactly once', () => {
    const groups = split();
    const tooSmall = groups[0].splice(0, 5);
    groups[1].push(...tooSmall.slice(0, 3));
    groups[1].push('ghost', groups[2][0]);
    const problems = validateAssignment({ ...input, bounds: { groupCount: 5, minSize: 8, maxSize: 12 } }, groups);
    expect(problems.map((p) => p.reason)).toEqual(
      expect.arrayContaining([
        'GROUP_TOO_SMALL',
        'GROUP_TOO_LARGE',
        'GROUP_COUNT',
        'NOT_IN_POOL',
        'PLACED_TWICE',
        'NOT_PLACED',
      ]),
    );
    expect(problems.find((p) => p.reason === 'NOT_PLACED')!.studentIds).toEqual(tooSmall.slice(3).sort());
  });

  it('throws BAD_USER_INPUT on commit when the split has problems', () => {
    const groups = move(split(), id(0), 1);
    const error = caught(() => assertValidAssignment(input, groups));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.options.reason).toBe('PIN_VIOLATED');
    expect(error.message).toMatch(new RegExp(`${id(0)} is pinned to group 0 but placed in group 1`));
    expect(error.options.params).toMatchObject({ students: [id(0)], group: 0 });
    expect(error.options.fields).toBeUndefined();
  });
});
