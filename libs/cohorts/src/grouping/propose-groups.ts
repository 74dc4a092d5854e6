import { DomainError } from '@imh/common';
import { largestClique } from './apart-clique';
import { refuteConstraints } from './constraint-proofs';
import {
  chooseGroupCount,
  indexPool,
  mostGroupsForPins,
  resolveBounds,
  resolveConstraints,
  type ConstrainedUnit,
  type IndexedPool,
  type ResolvedConstraints,
} from './grouping-input';
import { GroupingRefusal, listIds, refusal } from './grouping-refusals';
import { evaluateGroups } from './grouping-score';
import type { GroupingInput, GroupingOptions, GroupingProposal } from './grouping.types';
import { placeUnits, type PlacementResult } from './place-units';
import { SeededRandom } from './seeded-random';

const DEFAULT_PASSES = 12;
/** Partner groups a student looks at per local-search pass; all of them when there are fewer. */
const PARTNER_GROUPS = 64;
/** Above this many (group, organisation) cells, organisation counts live in a Map instead of an array. */
const DENSE_ORGANISATION_CELLS = 1 << 22;
/** With free bounds, how many more groups to try after the search proved a count impossible. */
const EXTRA_GROUP_COUNTS = 4;

type PlacementFailure = Extract<PlacementResult, { placed: false }>;

/**
 * Splits a pool into groups whose discipline mix mirrors the pool's, spreading colleagues of one
 * organisation (OPEN mode) and honouring pins and together/apart pairs. Deterministic for the
 * same input and seed, whatever the order of the input arrays. Throws BAD_USER_INPUT naming the
 * problem when the bounds or constraints cannot be met.
 *
 * How: (0) constrained students (together-components, pinned or apart students) are placed first,
 * as blocks: greedily, and when that gets stuck by a search that backtracks, then repairs
 * (place-units.ts); a refusal says "impossible" only with a proof (constraint-proofs.ts), else it
 * is NO_SPLIT_FOUND; (1) group sizes are balanced around them; (2) a target count per group and
 * discipline is fixed by rounding every discipline's proportional share e_gd up or down (the
 * "ups" dealt Ryser-style to the groups that still need the most students, so rows and columns add
 * up); (3) students fill those slots, largest organisations first, each into a group without a
 * colleague where one is left; (4) a bounded local search swaps unconstrained students between
 * groups while that lowers the penalty of `scoreGroups`. Everything is linear-ish in the pool size:
 * 5,000 students take well under a second.
 */
export function proposeGroups(input: GroupingInput, options: GroupingOptions): GroupingProposal {
  if (!Number.isInteger(options.seed)) {
    const message = 'The seed must be a whole number.';
    throw DomainError.badInput(message, { seed: message }, 'SEED_INVALID');
  }
  const pool = indexPool(input.pool);
  const bounds = resolveBounds(input.bounds, pool.n);
  const constraints = resolveConstraints(pool, input.constraints, bounds.maxSize);
  // Students pairwise apart need a group each: with free bounds, make at least that many groups.
  const clique = largestClique(constraints.units.map((u) => u.apart));
  const leastCount = Math.max(constraints.highestPin + 1, clique.members.length);
  let k = chooseGroupCount(pool.n, bounds, leastCount, mostGroupsForPins(constraints, bounds.minSize, pool.n));
  if (constraints.highestPin >= k) {
    const student = constraints.pinOf.findIndex((g) => g === constraints.highestPin);
    const message =
      `Student ${pool.ids[student]} is pinned to group index ${constraints.highestPin}, ` +
      (bounds.groupCount === undefined
        ? `but the pool makes at most ${k} group${k === 1 ? '' : 's'} (indices 0–${k - 1}).`
        : `but there ${k === 1 ? 'is 1 group' : `are ${k} groups`} (indices 0–${k - 1}).`);
    throw DomainError.badInput(message, { pins: message }, 'PIN_OUT_OF_RANGE');
  }
  const proof = refuteConstraints(pool, constraints, bounds, k, clique);
  if (proof) throw proof;

  const build = (count: number) =>
    new GroupBuilder(pool, count, bounds.minSize, bounds.maxSize, input.mode === 'OPEN', options.seed);
  let builder = build(k);
  for (let extra = 0; ; extra++) {
    const failure = builder.placeUnits(constraints);
    if (!failure) break;
    // The search proved k groups impossible; when the bounds leave the count free, try more
    // groups (unless a proof refutes that count too: then k's refusal stands).
    const more = k + 1;
    const canGrow =
      failure.exhausted &&
      bounds.groupCount === undefined &&
      extra < EXTRA_GROUP_COUNTS &&
      more * bounds.minSize <= pool.n &&
      !refuteConstraints(pool, constraints, bounds, more, clique);
    if (!canGrow) throw noSplitFound(pool, constraints, input, k, failure);
    k = more;
    builder = build(k);
  }
  builder.balanceSizes();
  builder.fillSlots(constraints);
  builder.improve(constraints, options.maxPasses ?? DEFAULT_PASSES);
  const result = evaluateGroups(pool, builder.groups(), input.mode);
  return { ...result, seed: options.seed, minSize: bounds.minSize, maxSize: bounds.maxSize };
}

/**
 * The refusal when no proof of impossibility applies but no split was found either: the search
 * limit was reached, or (`exhausted`) every placement was tried. Names the hardest constraints:
 * the apart pairs still sharing a group in the best placement found, else the hardest units.
 */
function noSplitFound(
  pool: IndexedPool,
  constraints: ResolvedConstraints,
  input: GroupingInput,
  k: number,
  failure: PlacementFailure,
): DomainError {
  const { units, unitOf } = constraints;
  const ids = pool.ids;
  const students: string[] = [];
  const pairs: string[] = [];
  const clashing = new Set(failure.clashes.map(([u, v]) => u * units.length + v));
  for (const [a, b] of constraints.apart) {
    const [u, v] = [unitOf[a], unitOf[b]].sort((x, y) => x - y);
    if (!clashing.delete(u * units.length + v)) continue;
    students.push(ids[a], ids[b]);
    pairs.push(`${ids[a]} and ${ids[b]}`);
  }
  const hardest = failure.hardest.flatMap((u) => units[u].members.map((m) => ids[m]));
  if (students.length === 0) students.push(...hardest);
  const groups = `${k} group${k === 1 ? '' : 's'}`;
  const named =
    pairs.length > 0
      ? ` The hardest to honour were the "apart" pairs ${pairs.slice(0, 5).join(', ')}` +
        (pairs.length > 5 ? ` and ${pairs.length - 5} more.` : '.')
      : hardest.length > 0
        ? ` The hardest to place were ${listIds([...new Set(hardest)].sort())}.`
        : '';
  const message = failure.exhausted
    ? `No split into ${groups} honours these pins, "together" and "apart" pairs: every placement was tried.${named}`
    : `No split into ${groups} was found within the search limit.${named}`;
  const c = input.constraints ?? {};
  const fields = (['pins', 'together', 'apart'] as const).filter((f) => (c[f]?.length ?? 0) > 0);
  return refusal(message, fields, GroupingRefusal.NO_SPLIT_FOUND, students);
}

/** Counts of students per (group, organisation): dense when small enough, sparse otherwise. */
class OrganisationCounts {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();

  constructor(
    groups: number,
    private readonly organisations: number,
  ) {
    this.dense = groups * organisations <= DENSE_ORGANISATION_CELLS ? new Int32Array(groups * organisations) : null;
  }

  get(g: number, o: number): number {
    const cell = g * this.organisations + o;
    return this.dense ? this.dense[cell] : (this.sparse.get(cell) ?? 0);
  }

  add(g: number, o: number, delta: number): void {
    const cell = g * this.organisations + o;
    if (this.dense) this.dense[cell] += delta;
    else this.sparse.set(cell, (this.sparse.get(cell) ?? 0) + delta);
  }
}

class GroupBuilder {
  private readonly n: number;
  private readonly disciplines: number;
  private readonly random: SeededRandom;
  /** Group per student, −1 until placed. */
  private readonly groupOf: Int32Array;
  /** Students per group so far, and the size each group will have once `balanceSizes` ran. */
  private readonly load: Int32Array;
  private readonly size: Int32Array;
  /** Students per (group, discipline): cell g·D + d. */
  private readonly count: Int32Array;
  private readonly colleagues: OrganisationCounts;

  constructor(
    private readonly pool: IndexedPool,
    private readonly k: number,
    private readonly minSize: number,
    private readonly maxSize: number,
    private readonly spreadOrganisations: boolean,
    private readonly seed: number,
  ) {
    this.n = pool.n;
    this.disciplines = pool.disciplineIds.length;
    this.random = new SeededRandom(seed);
    this.groupOf = new Int32Array(this.n).fill(-1);
    this.load = new Int32Array(k);
    this.size = new Int32Array(k);
    this.count = new Int32Array(k * this.disciplines);
    this.colleagues = new OrganisationCounts(spreadOrganisations ? k : 0, pool.organisationIds.length);
  }

  private put(student: number, g: number): void {
    this.groupOf[student] = g;
    this.load[g]++;
    this.count[g * this.disciplines + this.pool.discipline[student]]++;
    const o = this.pool.organisation[student];
    if (this.spreadOrganisations && o >= 0) this.colleagues.add(g, o, 1);
  }

  private take(student: number): void {
    const g = this.groupOf[student];
    this.groupOf[student] = -1;
    this.load[g]--;
    this.count[g * this.disciplines + this.pool.discipline[student]]--;
    const o = this.pool.organisation[student];
    if (this.spreadOrganisations && o >= 0) this.colleagues.add(g, o, -1);
  }

  /**
   * Step 0: constrained units, greedily; when that gets stuck, by the search of place-units.ts.
   * Returns null once every unit is placed, or the search's failure. Pins that clash or overfill
   * a group were refused before (constraint-proofs.ts).
   */
  placeUnits(constraints: ResolvedConstraints): PlacementFailure | null {
    if (this.placeGreedily(constraints)) return null;
    for (let i = 0; i < this.n; i++) if (this.groupOf[i] >= 0) this.take(i);
    const { units } = constraints;
    const result = placeUnits({
      units,
      k: this.k,
      n: this.n,
      minSize: this.minSize,
      maxSize: this.maxSize,
      seed: this.seed,
    });
    if (!result.placed) return result;
    units.forEach((unit, u) => {
      for (const m of unit.members) this.put(m, result.unitGroup[u]);
    });
    return null;
  }

  /**
   * Pinned units first, then those with the most apart partners and the largest. An unpinned unit
   * goes where it adds the least discipline overlap and load. A group may fill up to maxSize as
   * long as the other groups can still reach minSize. False when some unit finds no group.
   */
  private placeGreedily(constraints: ResolvedConstraints): boolean {
    const { units } = constraints;
    const { pool, k, minSize, maxSize } = this;
    const unitGroup = new Int32Array(units.length).fill(-1);
    const order = units.map((_, u) => u);
    order.sort((a, b) => {
      const [ua, ub] = [units[a], units[b]];
      return (
        Number(ub.pin >= 0) - Number(ua.pin >= 0) ||
        ub.apart.length - ua.apart.length ||
        ub.members.length - ua.members.length ||
        a - b
      );
    });
    const groupOrder = this.random.permutation(k);
    // Σ_g max(load_g, minSize) ≤ n keeps every group able to reach minSize.
    let reserved = k * minSize;
    const idealShare = (d: number) => Math.ceil(pool.disciplineTotals[d] / k);

    const blocked = (unit: ConstrainedUnit, g: number): boolean => {
      const z = unit.members.length;
      if (this.load[g] + z > maxSize) return true;
      if (reserved - Math.max(this.load[g], minSize) + Math.max(this.load[g] + z, minSize) > this.n) return true;
      return unit.apart.some((v) => unitGroup[v] === g);
    };

    for (const u of order) {
      const unit = units[u];
      let chosen = -1;
      if (unit.pin >= 0) {
        if (!blocked(unit, unit.pin)) chosen = unit.pin;
      } else {
        let bestKey = Infinity;
        for (let t = 0; t < k; t++) {
          const g = groupOrder[t];
          if (blocked(unit, g)) continue;
          let key = this.load[g];
          for (const m of unit.members) {
            const d = pool.discipline[m];
            key += 2 * Math.max(0, this.count[g * this.disciplines + d] + 1 - idealShare(d));
            const o = pool.organisation[m];
            if (this.spreadOrganisations && o >= 0) key += this.colleagues.get(g, o);
          }
          if (key < bestKey) {
            bestKey = key;
            chosen = g;
          }
        }
      }
      if (chosen < 0) return false;
      reserved += Math.max(this.load[chosen] + unit.members.length, minSize) - Math.max(this.load[chosen], minSize);
      unitGroup[u] = chosen;
      for (const m of unit.members) this.put(m, chosen);
    }
    return true;
  }

  /**
   * Step 1: final sizes by water-filling: every group gets max(load, L) for the largest level L that
   * fits the pool, and the few students left over go one each to the first groups at that level.
   * This keeps sizes as equal as the placed units allow, and within bounds (placeUnits kept room).
   */
  balanceSizes(): void {
    const { k, n, load, size } = this;
    const filled = (level: number) => {
      let total = 0;
      for (let g = 0; g < k; g++) total += Math.max(load[g], level);
      return total;
    };
    let lo = this.minSize;
    let hi = this.maxSize;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (filled(mid) <= n) lo = mid;
      else hi = mid - 1;
    }
    let left = n - filled(lo);
    for (let g = 0; g < k; g++) {
      size[g] = Math.max(load[g], lo);
      if (left > 0 && load[g] <= lo && size[g] < this.maxSize) {
        size[g]++;
        left--;
      }
    }
  }

  /**
   * Steps 2 and 3: a target count per (group, discipline), then the unconstrained students into
   * those slots.
   */
  fillSlots(constraints: ResolvedConstraints): void {
    const { k, n, disciplines: D, pool, size, count } = this;
    const totals = pool.disciplineTotals;
    const target = new Int32Array(k * D);
    // Floors of the proportional shares, never below what the placed units already hold.
    for (let g = 0; g < k; g++) {
      for (let d = 0; d < D; d++) {
        const cell = g * D + d;
        target[cell] = Math.max(count[cell], Math.floor((totals[d] * size[g]) / n));
      }
    }
    // Where units pushed a count above its floor, the column or row may now add up to too much:
    // take back from the cells furthest above their share that units do not hold.
    const overshoot = (g: number, d: number) => n * target[g * D + d] - totals[d] * size[g];
    for (let d = 0; d < D; d++) {
      let excess = -totals[d];
      for (let g = 0; g < k; g++) excess += target[g * D + d];
      while (excess-- > 0) {
        let best = -1;
        for (let g = 0; g < k; g++) {
          if (target[g * D + d] > count[g * D + d] && (best < 0 || overshoot(g, d) > overshoot(best, d))) best = g;
        }
        target[best * D + d]--;
      }
    }
    const need = new Int32Array(k);
    for (let g = 0; g < k; g++) {
      let excess = -size[g];
      for (let d = 0; d < D; d++) excess += target[g * D + d];
      while (excess > 0) {
        let best = -1;
        for (let d = 0; d < D; d++) {
          if (target[g * D + d] > count[g * D + d] && (best < 0 || overshoot(g, d) > overshoot(g, best))) best = d;
        }
        target[g * D + best]--;
        excess--;
      }
      need[g] = -excess;
    }
    // The "ups": discipline d still has U_d students to place; deal them, at most one per cell per
    // round, to the groups that still need the most students (Ryser's rule, which keeps every row
    // and column completable), preferring the cells with the largest remaining share.
    const remaining = new Int32Array(D);
    for (let d = 0; d < D; d++) {
      remaining[d] = totals[d];
      for (let g = 0; g < k; g++) remaining[d] -= target[g * D + d];
    }
    const rank = this.random.permutation(k);
    const disciplineOrder = Array.from({ length: D }, (_, d) => d).sort((a, b) => remaining[b] - remaining[a] || a - b);
    const candidates: number[] = [];
    for (const d of disciplineOrder) {
      while (remaining[d] > 0) {
        candidates.length = 0;
        for (let g = 0; g < k; g++) if (need[g] > 0) candidates.push(g);
        candidates.sort((a, b) => need[b] - need[a] || overshoot(a, d) - overshoot(b, d) || rank[a] - rank[b]);
        const take = Math.min(remaining[d], candidates.length);
        for (let i = 0; i < take; i++) {
          target[candidates[i] * D + d]++;
          need[candidates[i]]--;
        }
        remaining[d] -= take;
      }
    }

    // Step 3: free slots per discipline, as lists of groups; students with the largest
    // organisations choose first, each taking a slot in a group without a colleague if one is left.
    const open = new Int32Array(k * D);
    const slotGroups: Int32Array[] = [];
    const slotLength = new Int32Array(D);
    for (let d = 0; d < D; d++) slotGroups.push(new Int32Array(k));
    for (let t = 0; t < k; t++) {
      const g = rank[t];
      for (let d = 0; d < D; d++) {
        open[g * D + d] = target[g * D + d] - count[g * D + d];
        if (open[g * D + d] > 0) slotGroups[d][slotLength[d]++] = g;
      }
    }
    const studentRank = this.random.permutation(n);
    const free: number[] = [];
    for (let i = 0; i < n; i++) if (constraints.unitOf[i] < 0) free.push(i);
    const organisationSize = (i: number) =>
      pool.organisation[i] < 0 ? -1 : pool.organisationTotals[pool.organisation[i]];
    free.sort(
      (a, b) =>
        organisationSize(b) - organisationSize(a) ||
        pool.organisation[a] - pool.organisation[b] ||
        studentRank[a] - studentRank[b],
    );
    for (const i of free) {
      const d = pool.discipline[i];
      const o = pool.organisation[i];
      const slots = slotGroups[d];
      let pick = 0;
      if (this.spreadOrganisations && o >= 0) {
        let fewest = Infinity;
        for (let p = 0; p < slotLength[d]; p++) {
          const present = this.colleagues.get(slots[p], o);
          if (present < fewest) {
            fewest = present;
            pick = p;
            if (present === 0) break;
          }
        }
      }
      const g = slots[pick];
      this.put(i, g);
      if (--open[g * D + d] === 0) slots[pick] = slots[--slotLength[d]];
    }
  }

  /**
   * Step 4: local search. A swap of two unconstrained students in different groups keeps every
   * size and constraint; take the best improving swap for each student that is over its
   * discipline's share or has a colleague in its group, looking at up to PARTNER_GROUPS groups
   * where it could help; stop after a pass without improvement or after `passes` passes. Bounded
   * by counts, never by a clock, so the result stays deterministic.
   */
  improve(constraints: ResolvedConstraints, passes: number): void {
    const { k, n, disciplines: D, pool, size, count, groupOf } = this;
    const totals = pool.disciplineTotals;
    const discipline = pool.discipline;
    const organisation = pool.organisation;
    const spread = this.spreadOrganisations;
    const colleagues = this.colleagues;

    // Members of group g sit at start[g] .. start[g] + size[g] − 1 of `members`.
    const start = new Int32Array(k + 1);
    for (let g = 0; g < k; g++) start[g + 1] = start[g] + size[g];
    const members = new Int32Array(n);
    const position = new Int32Array(n);
    const fill = start.slice(0, k);
    for (let i = 0; i < n; i++) {
      position[i] = fill[groupOf[i]]++;
      members[position[i]] = i;
    }
    const movable = new Uint8Array(n);
    const free: number[] = [];
    for (let i = 0; i < n; i++) {
      if (constraints.unitOf[i] < 0) {
        movable[i] = 1;
        free.push(i);
      }
    }

    const swap = (a: number, b: number) => {
      const g = groupOf[a];
      const h = groupOf[b];
      count[g * D + discipline[a]]--;
      count[g * D + discipline[b]]++;
      count[h * D + discipline[b]]--;
      count[h * D + discipline[a]]++;
      if (spread) {
        const [oa, ob] = [organisation[a], organisation[b]];
        if (oa >= 0) {
          colleagues.add(g, oa, -1);
          colleagues.add(h, oa, 1);
        }
        if (ob >= 0) {
          colleagues.add(h, ob, -1);
          colleagues.add(g, ob, 1);
        }
      }
      groupOf[a] = h;
      groupOf[b] = g;
      const [pa, pb] = [position[a], position[b]];
      members[pa] = b;
      members[pb] = a;
      position[a] = pb;
      position[b] = pa;
    };

    // The change of ΣP_g (see grouping-score.ts) when a (in g) and b (in h) trade places is a sum
    // of per-cell terms: a leaves g, a enters h, b leaves h, b enters g, for the discipline counts
    // and (OPEN) for the colleague counts. The a-side terms are hoisted out of the inner loop.
    const order = free.slice();
    for (let pass = 0; pass < passes; pass++) {
      let improved = false;
      this.random.shuffle(order);
      for (const a of order) {
        const g = groupOf[a];
        const da = discipline[a];
        const oa = organisation[a];
        const gA = n * count[g * D + da] - totals[da] * size[g];
        const affiliated = spread && oa >= 0;
        const crowded = affiliated && colleagues.get(g, oa) >= 2;
        if (gA <= 0 && !crowded) continue;
        const leaveA = Math.abs(gA - n) - Math.abs(gA);
        let best = 0;
        let partner = -1;
        const first = this.random.int(k);
        let examined = 0;
        for (let t = 0; t < k && examined < PARTNER_GROUPS; t++) {
          const h = first + t < k ? first + t : first + t - k;
          if (h === g) continue;
          const hA = n * count[h * D + da] - totals[da] * size[h];
          const disciplineA = leaveA + Math.abs(hA + n) - Math.abs(hA);
          const colleaguesThere = crowded ? colleagues.get(h, oa) : 0;
          // A swap improves only if one of its sides (a's or b's discipline or organisation terms)
          // does; skip groups where a's side cannot, as those swaps are found from b's side.
          if (disciplineA >= 0 && !(crowded && colleaguesThere === 0)) continue;
          examined++;
          const organisationA = affiliated
            ? (crowded ? -n : 0) + ((crowded ? colleaguesThere : colleagues.get(h, oa)) > 0 ? n : 0)
            : 0;
          for (let p = start[h]; p < start[h + 1]; p++) {
            const b = members[p];
            if (!movable[b]) continue;
            const db = discipline[b];
            const ob = organisation[b];
            let delta = 0;
            if (db !== da) {
              const gB = n * count[g * D + db] - totals[db] * size[g];
              const hB = n * count[h * D + db] - totals[db] * size[h];
              delta = disciplineA + Math.abs(gB + n) - Math.abs(gB) + Math.abs(hB - n) - Math.abs(hB);
            }
            if (spread && ob !== oa) {
              delta += organisationA;
              if (ob >= 0) {
                if (colleagues.get(h, ob) >= 2) delta -= n;
                if (colleagues.get(g, ob) > 0) delta += n;
              }
            }
            if (delta < best) {
              best = delta;
              partner = b;
            }
          }
        }
        if (partner >= 0) {
          swap(a, partner);
          improved = true;
        }
      }
      if (!improved) break;
    }
  }

  groups(): Int32Array[] {
    const result: number[][] = Array.from({ length: this.k }, () => []);
    for (let i = 0; i < this.n; i++) result[this.groupOf[i]].push(i);
    return result.map((g) => Int32Array.from(g));
  }
}
