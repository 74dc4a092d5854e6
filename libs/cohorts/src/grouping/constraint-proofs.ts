import type { DomainError } from '@imh/common';
import type { CliqueResult } from './apart-clique';
import type { IndexedPool, ResolvedBounds, ResolvedConstraints } from './grouping-input';
import { GroupingRefusal, listIds, refusal } from './grouping-refusals';

/**
 * The refusal that proves a split into k groups impossible, or null when none of these proofs
 * applies. Checked before any search, so that "cannot" is only ever said with a reason the admin
 * can check by hand. (Together-sets larger than a group, together students pinned to different
 * groups and pairs both together and apart are refused earlier, by `resolveConstraints`.)
 *
 * - a clique of apart pairs (students who must all be in different groups) larger than k; with
 *   free bounds k is then the most groups the bounds allow, as `chooseGroupCount` makes at least
 *   as many groups as the clique needs whenever it can;
 * - apart students that pins, directly or through together pairs, put in one group;
 * - pins that put more than the maximum in a group, or so many that the other groups cannot all
 *   reach the minimum (Σ_g max(pinned_g, minSize) > n). That sum grows with k, and with free
 *   bounds k is then the fewest groups the bounds, the pinned indices and the clique allow.
 */
export function refuteConstraints(
  pool: IndexedPool,
  constraints: ResolvedConstraints,
  bounds: ResolvedBounds,
  k: number,
  clique: CliqueResult,
): DomainError | null {
  const { units, unitOf } = constraints;
  const ids = pool.ids;
  const membersOf = (u: number) => units[u].members.map((m) => ids[m]);

  // The students that make the clique: every apart pair between two of its units.
  const cliqueStudentIds = () => {
    const inClique = new Set(clique.members);
    return constraints.apart
      .filter(([a, b]) => inClique.has(unitOf[a]) && inClique.has(unitOf[b]))
      .flat()
      .map((s) => ids[s]);
  };

  if (clique.members.length > k) {
    const students = cliqueStudentIds();
    const size = clique.members.length;
    const groups =
      bounds.groupCount === undefined
        ? `the pool makes at most ${k} group${k === 1 ? '' : 's'}`
        : `there ${k === 1 ? 'is 1 group' : `are ${k} groups`}`;
    const message =
      size === 2 && k === 1
        ? `Students ${students[0]} and ${students[1]} must be apart, but the pool makes only one group.`
        : `The "apart" pairs among students ${listIds([...new Set(students)].sort())} need ${size} ` +
          `different groups, but ${groups}.`;
    return refusal(message, ['apart'], GroupingRefusal.CONSTRAINTS_UNSATISFIABLE, students);
  }

  for (const [a, b] of constraints.apart) {
    const [ua, ub] = [units[unitOf[a]], units[unitOf[b]]];
    if (ua.pin < 0 || ua.pin !== ub.pin) continue;
    const direct = constraints.pinOf[a] >= 0 && constraints.pinOf[b] >= 0;
    const message = direct
      ? `Students ${ids[a]} and ${ids[b]} must be apart but are both pinned to group ${ua.pin}.`
      : `Students ${ids[a]} and ${ids[b]} must be apart, but pins and "together" pairs put both in group ${ua.pin}.`;
    const fields = direct ? ['pins', 'apart'] : ['pins', 'together', 'apart'];
    return refusal(message, fields, GroupingRefusal.CONSTRAINTS_UNSATISFIABLE, [
      ...membersOf(unitOf[a]),
      ...membersOf(unitOf[b]),
    ]);
  }

  const pinned = new Int32Array(k);
  const pinnedUnits: number[][] = Array.from({ length: k }, () => []);
  units.forEach((unit, u) => {
    if (unit.pin < 0) return;
    pinned[unit.pin] += unit.members.length;
    pinnedUnits[unit.pin].push(u);
  });
  const studentsIn = (g: number) => pinnedUnits[g].flatMap(membersOf);
  for (let g = 0; g < k; g++) {
    if (pinned[g] <= bounds.maxSize) continue;
    const message = `Pins put more than ${bounds.maxSize} students (the maximum group size) in group ${g}.`;
    return refusal(message, ['pins'], GroupingRefusal.GROUP_OVER_CAPACITY, studentsIn(g));
  }
  let reserved = 0;
  for (let g = 0; g < k; g++) reserved += Math.max(pinned[g], bounds.minSize);
  if (reserved > pool.n) {
    const crowded: number[] = [];
    for (let g = 0; g < k; g++) if (pinned[g] > bounds.minSize) crowded.push(g);
    const where = crowded.length === 1 ? `group ${crowded[0]}` : `groups ${crowded.join(', ')}`;
    const students = crowded.flatMap(studentsIn);
    let message =
      `Pins put so many students in ${where} that the other groups cannot reach ` + `${bounds.minSize} students.`;
    // With free bounds fewer groups would leave more room, unless apart pairs need these k.
    const fewest = Math.max(Math.ceil(pool.n / bounds.maxSize), constraints.highestPin + 1);
    const apartNeedK = bounds.groupCount === undefined && k > fewest;
    if (apartNeedK) {
      const cliqueStudents = cliqueStudentIds();
      students.push(...cliqueStudents);
      message +=
        ` Fewer groups will not do: the "apart" pairs among students ` +
        `${listIds([...new Set(cliqueStudents)].sort())} need ${k}.`;
    }
    const fields = apartNeedK ? ['pins', 'apart'] : ['pins'];
    return refusal(message, fields, GroupingRefusal.GROUP_OVER_CAPACITY, students);
  }
  return null;
}
