import { DomainError, type RefusalParams } from '@imh/common';
import { CohortRefusal } from '../cohort-refusal';
import { listIds } from './grouping-refusals';
import type { GroupingBounds, GroupingConstraints, GroupingStudent } from './grouping.types';

/**
 * Validation and indexing shared by `proposeGroups`, `scoreGroups` and `validateAssignment`.
 * Everything is sorted by id first, so results never depend on the order of the input arrays.
 */

/**
 * A BAD_USER_INPUT refusal of the grouping: the message under each input path it names (relative to
 * the grouping input, with list indices: `minSize`, `pins.3.groupIndex`, `together.0`), and what it
 * names in `params` for the portal's sentence: `students` (ids), `group` (0-based index), limits.
 */
export function groupingRefusal(
  message: string,
  reason: CohortRefusal,
  params: RefusalParams,
  paths: readonly string[],
): DomainError {
  return DomainError.badInput(message, Object.fromEntries(paths.map((path) => [path, message])), reason, params);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The pool with dense indices: student i is `ids[i]` (sorted), disciplines and organisations likewise. */
export interface IndexedPool {
  readonly n: number;
  readonly ids: string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly discipline: Int32Array;
  /** Organisation index per student, −1 for none. */
  readonly organisation: Int32Array;
  readonly disciplineIds: string[];
  readonly organisationIds: string[];
  readonly disciplineTotals: Int32Array;
  readonly organisationTotals: Int32Array;
}

export function indexPool(pool: readonly GroupingStudent[]): IndexedPool {
  const students = [...pool].sort((a, b) => compareIds(a.id, b.id));
  for (let i = 1; i < students.length; i++) {
    if (students[i].id === students[i - 1].id) {
      const message = `Student ${students[i].id} appears twice in the pool.`;
      throw groupingRefusal(message, CohortRefusal.DUPLICATE_STUDENT, { students: [students[i].id] }, ['pool']);
    }
  }
  const disciplineIds = [...new Set(students.map((s) => s.disciplineId))].sort(compareIds);
  const organisationIds = [
    ...new Set(students.map((s) => s.organisationId).filter((o): o is string => o !== null)),
  ].sort(compareIds);
  const disciplineIndex = new Map(disciplineIds.map((id, i) => [id, i]));
  const organisationIndex = new Map(organisationIds.map((id, i) => [id, i]));
  const n = students.length;
  const discipline = new Int32Array(n);
  const organisation = new Int32Array(n);
  const disciplineTotals = new Int32Array(disciplineIds.length);
  const organisationTotals = new Int32Array(organisationIds.length);
  students.forEach((s, i) => {
    discipline[i] = disciplineIndex.get(s.disciplineId)!;
    organisation[i] = s.organisationId === null ? -1 : organisationIndex.get(s.organisationId)!;
    disciplineTotals[discipline[i]]++;
    if (organisation[i] >= 0) organisationTotals[organisation[i]]++;
  });
  return {
    n,
    ids: students.map((s) => s.id),
    indexOf: new Map(students.map((s, i) => [s.id, i])),
    discipline,
    organisation,
    disciplineIds,
    organisationIds,
    disciplineTotals,
    organisationTotals,
  };
}

export interface ResolvedBounds {
  readonly minSize: number;
  readonly maxSize: number;
  /** Set when the caller asked for a number of groups rather than letting the algorithm choose. */
  readonly groupCount?: number;
}

function wholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Checks the bounds on their own and against the pool size; fills in defaults for `CountBounds`. */
export function resolveBounds(bounds: GroupingBounds, n: number): ResolvedBounds {
  const byCount = bounds.groupCount !== undefined;
  if (byCount && (!wholeNumber(bounds.groupCount) || bounds.groupCount < 1)) {
    const message = 'The number of groups must be a whole number of at least 1.';
    throw groupingRefusal(message, CohortRefusal.GROUP_COUNT_INVALID, { least: 1 }, ['groupCount']);
  }
  const minSize = bounds.minSize ?? 1;
  const maxSize = bounds.maxSize ?? Math.max(n, minSize);
  if (!wholeNumber(minSize) || minSize < 1) {
    const message = 'The minimum group size must be a whole number of at least 1.';
    throw groupingRefusal(message, CohortRefusal.MIN_SIZE_TOO_SMALL, { least: 1 }, ['minSize']);
  }
  if (!wholeNumber(maxSize) || maxSize < 1) {
    const message = 'The maximum group size must be a whole number of at least 1.';
    throw groupingRefusal(message, CohortRefusal.MAX_SIZE_TOO_SMALL, { least: 1 }, ['maxSize']);
  }
  if (minSize > maxSize) {
    const message = `The minimum group size (${minSize}) is larger than the maximum (${maxSize}).`;
    throw groupingRefusal(message, CohortRefusal.MIN_GREATER_THAN_MAX, { min: minSize, max: maxSize }, [
      'minSize',
      'maxSize',
    ]);
  }
  if (n < minSize) {
    const message =
      n === 0
        ? 'The pool is empty.'
        : `The pool has ${n} student${n === 1 ? '' : 's'}, fewer than the minimum group size (${minSize}).`;
    throw groupingRefusal(message, CohortRefusal.POOL_TOO_SMALL, { size: n, min: minSize }, ['pool']);
  }
  if (byCount) {
    const k = bounds.groupCount;
    if (n < k * minSize || n > k * maxSize) {
      const message = `${k} group${k === 1 ? '' : 's'} of ${minSize}–${maxSize} students cannot hold a pool of ${n}.`;
      const params = { size: n, min: minSize, max: maxSize, groupCount: k };
      throw groupingRefusal(message, CohortRefusal.NO_FEASIBLE_GROUP_COUNT, params, ['groupCount']);
    }
    return { minSize, maxSize, groupCount: k };
  }
  if (Math.ceil(n / maxSize) > Math.floor(n / minSize)) {
    const message = `No number of groups splits ${n} students into groups of ${minSize}–${maxSize}.`;
    const params = { size: n, min: minSize, max: maxSize };
    throw groupingRefusal(message, CohortRefusal.NO_FEASIBLE_GROUP_COUNT, params, ['minSize', 'maxSize']);
  }
  return { minSize, maxSize };
}

/**
 * The number of groups: the requested count, or among the counts whose balanced sizes fit the
 * bounds, from `leastCount` (room for the highest pinned index, a group for each of a set of
 * students pairwise apart) to `mostCount` (what pins leave room for), the one whose mean size is
 * nearest the middle of [min, max]; ties go to fewer groups (fewer docents, fuller rooms). When no
 * count is in range it returns the one the refusal should be about: the most the bounds allow
 * when `leastCount` is above that, else the least the other limits allow.
 */
export function chooseGroupCount(n: number, bounds: ResolvedBounds, leastCount: number, mostCount = Infinity): number {
  if (bounds.groupCount !== undefined) return bounds.groupCount;
  const lo = Math.max(Math.ceil(n / bounds.maxSize), leastCount);
  const hi = Math.floor(n / bounds.minSize);
  if (lo > hi) return hi;
  const top = Math.min(hi, mostCount);
  if (lo > top) return lo;
  const middle = (bounds.minSize + bounds.maxSize) / 2;
  let best = lo;
  for (let k = lo + 1; k <= top; k++) {
    if (Math.abs(n / k - middle) < Math.abs(n / best - middle)) best = k;
  }
  return best;
}

/**
 * The most groups the pins leave room for: every group needs minSize students, and a pinned group
 * at least its pinned students, so k groups need Σ_{g<k} max(pinned_g, minSize) ≤ n.
 */
export function mostGroupsForPins(constraints: ResolvedConstraints, minSize: number, n: number): number {
  const groups = constraints.highestPin + 1;
  const pinned = new Int32Array(groups);
  for (const unit of constraints.units) if (unit.pin >= 0) pinned[unit.pin] += unit.members.length;
  let reserved = 0;
  for (let g = 0; g < groups; g++) reserved += Math.max(pinned[g], minSize);
  if (reserved > n) return groups - 1;
  return groups + Math.floor((n - reserved) / minSize);
}

/** Students that must be placed as one block: a together-component, a pinned or an apart student. */
export interface ConstrainedUnit {
  /** Student indices, ascending. */
  readonly members: number[];
  /** The group the unit is pinned to, −1 when it may go anywhere. */
  readonly pin: number;
  /** Indices of the units this one must not share a group with. */
  readonly apart: number[];
}

export interface ResolvedConstraints {
  readonly units: ConstrainedUnit[];
  /** Unit index per student, −1 for students without any constraint. */
  readonly unitOf: Int32Array;
  /** Pinned group per student, −1 when not pinned. */
  readonly pinOf: Int32Array;
  readonly highestPin: number;
  /** Normalised index pairs (smaller index first), sorted. */
  readonly together: [number, number][];
  readonly apart: [number, number][];
}

function pairKey(a: number, b: number): number {
  // Pools are far below 2^26 students, so the key is exact.
  return a < b ? a * 67_108_864 + b : b * 67_108_864 + a;
}

function sortedPairs(pairs: [number, number][]): [number, number][] {
  const normal = pairs.map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
  normal.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return normal.filter((p, i) => i === 0 || p[0] !== normal[i - 1][0] || p[1] !== normal[i - 1][1]);
}

/**
 * Validates pins and together/apart pairs that do not depend on the number of groups, and folds
 * them into units: together-components (union-find), plus every pinned or apart student.
 */
export function resolveConstraints(
  pool: IndexedPool,
  constraints: GroupingConstraints | undefined,
  maxSize: number,
): ResolvedConstraints {
  const pins = constraints?.pins ?? [];
  const togetherIds = constraints?.together ?? [];
  const apartIds = constraints?.apart ?? [];

  const unknown = new Set<string>();
  const unknownPaths: string[] = [];
  pins.forEach((pin, i) => {
    if (pool.indexOf.has(pin.studentId)) return;
    unknown.add(pin.studentId);
    unknownPaths.push(`pins.${i}.studentId`);
  });
  for (const [field, pairs] of [
    ['together', togetherIds],
    ['apart', apartIds],
  ] as const) {
    pairs.forEach((pair, i) => {
      const outside = pair.filter((id) => !pool.indexOf.has(id));
      outside.forEach((id) => unknown.add(id));
      if (outside.length) unknownPaths.push(`${field}.${i}`);
    });
  }
  const missing = [...unknown].sort(compareIds);
  if (missing.length) {
    const message =
      missing.length === 1
        ? `Student ${missing[0]} is not in the pool.`
        : `Students ${listIds(missing)} are not in the pool.`;
    throw groupingRefusal(message, CohortRefusal.NOT_IN_POOL, { students: missing }, unknownPaths);
  }

  const n = pool.n;
  const pinOf = new Int32Array(n).fill(-1);
  /** Where each student's pin is in the input, for the paths a refusal names. */
  const pinAt = new Map<number, number>();
  const sortedPins = pins
    .map((p, at) => ({ student: pool.indexOf.get(p.studentId)!, group: p.groupIndex, at }))
    .sort((a, b) => a.student - b.student || a.group - b.group || a.at - b.at);
  let highestPin = -1;
  for (const { student, group, at } of sortedPins) {
    const students = [pool.ids[student]];
    if (!wholeNumber(group) || group < 0) {
      const message = `Student ${pool.ids[student]} is pinned to group index ${group}, which does not exist.`;
      const params = { students, group };
      throw groupingRefusal(message, CohortRefusal.PIN_OUT_OF_RANGE, params, [`pins.${at}.groupIndex`]);
    }
    if (pinOf[student] >= 0 && pinOf[student] !== group) {
      const message = `Student ${pool.ids[student]} is pinned into two groups (${pinOf[student]} and ${group}).`;
      const params = { students, group: pinOf[student], otherGroup: group };
      throw groupingRefusal(message, CohortRefusal.PINNED_TWICE, params, [
        `pins.${pinAt.get(student)}.groupIndex`,
        `pins.${at}.groupIndex`,
      ]);
    }
    if (!pinAt.has(student)) pinAt.set(student, at);
    pinOf[student] = group;
    highestPin = Math.max(highestPin, group);
  }

  const together = sortedPairs(togetherIds.map(([a, b]) => [pool.indexOf.get(a)!, pool.indexOf.get(b)!]));
  const apart = sortedPairs(apartIds.map(([a, b]) => [pool.indexOf.get(a)!, pool.indexOf.get(b)!]));

  // Union-find; the root is always the smallest index, so components do not depend on pair order.
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const [a, b] of together) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** Paths of the input pairs of `field` (in input order) that hold `a` and `b`, in either order. */
  const pairPaths = (field: 'together' | 'apart', a: number, b: number) =>
    (field === 'together' ? togetherIds : apartIds).flatMap(([x, y], i) => {
      const [ix, iy] = [pool.indexOf.get(x), pool.indexOf.get(y)];
      return (ix === a && iy === b) || (ix === b && iy === a) ? [`${field}.${i}`] : [];
    });
  /** Paths of the input "together" pairs inside the together-component of `root`. */
  const componentPaths = (root: number) =>
    togetherIds.flatMap(([x], i) => (find(pool.indexOf.get(x)!) === root ? [`together.${i}`] : []));

  const directTogether = new Set(together.map(([a, b]) => pairKey(a, b)));
  for (const [a, b] of apart) {
    if (a === b) {
      const message = `Student ${pool.ids[a]} cannot be kept apart from themselves.`;
      const params = { students: [pool.ids[a]] };
      throw groupingRefusal(message, CohortRefusal.TOGETHER_AND_APART, params, pairPaths('apart', a, a));
    }
    if (find(a) === find(b)) {
      const [x, y] = [pool.ids[a], pool.ids[b]];
      const direct = directTogether.has(pairKey(a, b));
      const message = direct
        ? `Students ${x} and ${y} are marked both "together" and "apart".`
        : `Students ${x} and ${y} must be apart, but "together" pairs put them in one group.`;
      const paths = [...pairPaths('apart', a, b), ...(direct ? pairPaths('together', a, b) : componentPaths(find(a)))];
      throw groupingRefusal(message, CohortRefusal.TOGETHER_AND_APART, { students: [x, y] }, paths);
    }
  }

  const components = new Map<number, number[]>();
  for (const [a, b] of together) {
    for (const s of [a, b]) {
      const root = find(s);
      const members = components.get(root) ?? [];
      if (!members.includes(s)) members.push(s);
      components.set(root, members);
    }
  }
  for (const members of components.values()) {
    members.sort((x, y) => x - y);
    if (members.length > maxSize) {
      const students = members.map((m) => pool.ids[m]);
      const message =
        `The "together" pairs join ${members.length} students (${listIds(students)}), ` +
        `more than the maximum group size (${maxSize}).`;
      const params = { students, size: members.length, max: maxSize };
      throw groupingRefusal(message, CohortRefusal.TOGETHER_TOO_LARGE, params, componentPaths(find(members[0])));
    }
    const pinned = members.filter((m) => pinOf[m] >= 0);
    const differing = pinned.find((m) => pinOf[m] !== pinOf[pinned[0]]);
    if (differing !== undefined) {
      const [x, y] = [pinned[0], differing];
      const message =
        `Students ${pool.ids[x]} and ${pool.ids[y]} must be together ` +
        `but are pinned to groups ${pinOf[x]} and ${pinOf[y]}.`;
      const params = { students: [pool.ids[x], pool.ids[y]], group: pinOf[x], otherGroup: pinOf[y] };
      throw groupingRefusal(message, CohortRefusal.TOGETHER_PINNED_APART, params, [
        `pins.${pinAt.get(x)}.groupIndex`,
        `pins.${pinAt.get(y)}.groupIndex`,
      ]);
    }
  }

  // Units in order of their smallest member.
  const unitOf = new Int32Array(n).fill(-1);
  const units: { members: number[]; pin: number; apart: number[] }[] = [];
  const inApart = new Uint8Array(n);
  for (const [a, b] of apart) inApart[a] = inApart[b] = 1;
  for (let i = 0; i < n; i++) {
    if (unitOf[i] >= 0) continue;
    const root = find(i);
    const members = components.get(root);
    if (!members && pinOf[i] < 0 && !inApart[i]) continue;
    const unit = { members: members ?? [i], pin: -1, apart: [] as number[] };
    for (const m of unit.members) {
      unitOf[m] = units.length;
      if (pinOf[m] >= 0) unit.pin = pinOf[m];
    }
    units.push(unit);
  }
  for (const [a, b] of apart) {
    const [ua, ub] = [unitOf[a], unitOf[b]];
    if (!units[ua].apart.includes(ub)) units[ua].apart.push(ub);
    if (!units[ub].apart.includes(ua)) units[ub].apart.push(ua);
  }
  for (const unit of units) unit.apart.sort((x, y) => x - y);

  return { units, unitOf, pinOf, highestPin, together, apart };
}
