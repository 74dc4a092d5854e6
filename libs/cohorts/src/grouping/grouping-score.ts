import { CohortRefusal } from '../cohort-refusal';
import { groupingRefusal, indexPool, type IndexedPool } from './grouping-input';
import type {
  DisciplineCount,
  GroupingMode,
  GroupingScore,
  GroupingStudent,
  GroupReport,
  ScoreOptions,
} from './grouping.types';

/*
 * # Score
 *
 * Pool of n students; c_d students of discipline d; group g has s_g students, x_gd of them of
 * discipline d. The group's proportional share of d is e_gd = c_d·s_g/n.
 *
 *   D_g = Σ_d |x_gd − e_gd|        discipline deviation, over all disciplines of the pool (absent
 *                                   ones count with e_gd); 0 ≤ D_g ≤ 2·s_g, and D_g/2 is the number of
 *                                   students who would have to change discipline for the group to
 *                                   mirror the pool.
 *   E_g = Σ_o max(0, a_go − 1)     organisation excess: colleagues beyond the first of each
 *                                   organisation o (a_go students of o in g; no organisation: not
 *                                   counted). Always 0 in IN_COMPANY mode, where colleagues are the point.
 *
 *   score_g = 100 · (1 − (D_g + E_g) / (2·s_g))          (100 for an empty group)
 *   score   = Σ_g s_g·score_g / n = 100 · (1 − Σ_g (D_g + E_g) / (2n))
 *
 * A student in the wrong discipline (one over-represented where another is missing) costs 100/n
 * points overall, an extra colleague half that: the mix comes first, spreading colleagues second.
 * A group that mirrors the pool without colleagues scores 100; score_g > −50 always.
 *
 * The arithmetic is done in integers: P_g = n·(D_g + E_g) = Σ_d |n·x_gd − c_d·s_g| + n·E_g, and
 * score = 100·(1 − ΣP_g / (2n²)). Proposal and bound go through this one expression.
 *
 * # Upper bound
 *
 * For groups of given sizes (k_σ groups of size σ, for every size σ that occurs), no split scores above
 *
 *   bound = 100 · (1 − (M + Σ_o max(0, m_o − k')) / (2n))
 *
 * with m_o the pool's students of organisation o and k' the number of non-empty groups (that term only
 * in OPEN mode), and M the least discipline deviation of a relaxation that keeps the discipline
 * totals and the total size of each size class, but forgets which group of a class holds whom, the
 * organisations and the constraints:
 *
 *   M = min Σ_{σ,d} φ_σd(y_σd)   over integers y_σd ≥ 0 with Σ_σ y_σd = c_d and Σ_d y_σd = k_σ·σ,
 *
 * where φ_σd(y) is the least Σ|x_g − e_σd| over k_σ integers x_g summing to y (e_σd = c_d·σ/n):
 * the cost of the even spread, u groups at j + 1 and k_σ − u at j for y = k_σ·j + u, 0 ≤ u < k_σ.
 *
 * Proof. (1) Within a class every group has the same convex cost |x − e_σd|; when two counts differ
 * by 2 or more, moving one from the larger to the smaller never increases the sum, so the even spread
 * is a minimum and φ_σd is what it claims. (2) A split into groups of these sizes gives
 * y_σd = Σ_{g of size σ} x_gd, which meets both sum constraints, and
 * Σ_g D_g = Σ_{σ,d} Σ_{g of size σ} |x_gd − e_σd| ≥ Σ_{σ,d} φ_σd(y_σd) ≥ M.
 * (3) Σ_g E_g = Σ_o (m_o − groups holding o) ≥ Σ_o max(0, m_o − k'), as o fills at most min(m_o, k')
 * groups. So Σ_g (D_g + E_g) is at least the bound's sum, and score ≤ bound for every split into
 * groups of these sizes: proposals and hand-edited splits alike.
 *
 * Computing M: with e_σd = q + ρ (q integer, 0 ≤ ρ < 1), φ_σd is convex and piecewise linear in y,
 * slope −1 up to k_σ·q, then 1 − 2ρ for k_σ more, then +1. So M is a min-cost flow from disciplines
 * (supply c_d) to size classes (demand k_σ·σ) with those three arcs per pair, and network flows have
 * integral optima, so the flow minimum is the integer minimum. It runs in integers scaled by n
 * (slopes −n, n − 2r, +n with r = c_d·σ mod n), and score and bound pass through the same monotone
 * expression, so score ≤ bound holds in floating point too.
 *
 * M is attained: within each class, the column totals y_σd can be spread evenly with every group
 * summing to σ (a 0/1 matrix with equal row sums and given column sums exists by Gale–Ryser). So the
 * bound is the best score possible with these sizes when colleagues can be spread and constraints
 * are set aside; a gap is the algorithm's, the colleagues' or the constraints' doing, not slack.
 *
 * gap = (bound − score) / bound; in degenerate pools where the bound falls below 1 point the
 * difference is divided by 1 instead, so the gap stays finite.
 */

/** 100·(1 − penalty / (2n²)): the one expression both scores and bounds go through. */
export function scoreFromPenalty(penalty: number, n: number): number {
  return n === 0 ? 100 : 100 * (1 - penalty / (2 * n * n));
}

export function gapOf(score: number, bound: number): number {
  return (bound - score) / Math.max(bound, 1);
}

/**
 * Min-cost flow by successive shortest paths (Bellman–Ford queue), for the small transportation
 * problem behind the bound: a few dozen disciplines to a handful of size classes.
 */
class MinCostFlow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];

  constructor(private readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  addArc(from: number, to: number, capacity: number, cost: number): void {
    for (const [u, v, c, w] of [
      [from, to, capacity, cost],
      [to, from, 0, -cost],
    ]) {
      this.to.push(v);
      this.capacity.push(c);
      this.cost.push(w);
      this.next.push(this.head[u]);
      this.head[u] = this.to.length - 1;
    }
  }

  /** Sends `amount` from source to sink at least cost and returns that cost. */
  run(source: number, sink: number, amount: number): number {
    let total = 0;
    const distance = new Array<number>(this.nodes);
    const via = new Array<number>(this.nodes);
    const queued = new Uint8Array(this.nodes);
    while (amount > 0) {
      distance.fill(Infinity);
      distance[source] = 0;
      const queue = [source];
      queued[source] = 1;
      while (queue.length) {
        const u = queue.shift()!;
        queued[u] = 0;
        for (let e = this.head[u]; e >= 0; e = this.next[e]) {
          if (this.capacity[e] > 0 && distance[u] + this.cost[e] < distance[this.to[e]]) {
            distance[this.to[e]] = distance[u] + this.cost[e];
            via[this.to[e]] = e;
            if (!queued[this.to[e]]) {
              queued[this.to[e]] = 1;
              queue.push(this.to[e]);
            }
          }
        }
      }
      if (distance[sink] === Infinity) throw new Error('Bound flow is infeasible: supplies and demands differ.');
      let push = amount;
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) push = Math.min(push, this.capacity[via[v]]);
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) {
        this.capacity[via[v]] -= push;
        this.capacity[via[v] ^ 1] += push;
      }
      total += push * distance[sink];
      amount -= push;
    }
    return total;
  }
}

/** The least total penalty (n·Σ(D_g + E_g)) any split of the pool into groups of these sizes can have. */
export function penaltyBound(pool: IndexedPool, sizes: ArrayLike<number>, mode: GroupingMode): number {
  const n = pool.n;
  if (n === 0) return 0;
  const classCounts = new Map<number, number>();
  for (let g = 0; g < sizes.length; g++) {
    if (sizes[g] > 0) classCounts.set(sizes[g], (classCounts.get(sizes[g]) ?? 0) + 1);
  }
  const classes = [...classCounts.entries()].sort((a, b) => a[0] - b[0]);
  const D = pool.disciplineTotals.length;
  // Nodes: source, disciplines, size classes, sink.
  const source = 0;
  const sink = D + classes.length + 1;
  const flow = new MinCostFlow(sink + 1);
  for (let d = 0; d < D; d++) {
    const c = pool.disciplineTotals[d];
    flow.addArc(source, 1 + d, c, 0);
    classes.forEach(([size, groups], j) => {
      const q = Math.floor((c * size) / n);
      const r = (c * size) % n;
      const node = 1 + D + j;
      flow.addArc(1 + d, node, Math.min(c, groups * q), -n);
      flow.addArc(1 + d, node, groups, n - 2 * r);
      flow.addArc(1 + d, node, c, n);
    });
  }
  classes.forEach(([size, groups], j) => flow.addArc(1 + D + j, sink, groups * size, 0));
  // φ(0)·n summed over all pairs is Σ_d Σ_σ k_σ·c_d·σ = n², the cost of placing nobody.
  let penalty = n * n + flow.run(source, sink, n);
  if (mode === 'OPEN') {
    const nonEmpty = classes.reduce((sum, [, groups]) => sum + groups, 0);
    for (const m of pool.organisationTotals) penalty += n * Math.max(0, m - nonEmpty);
  }
  return penalty;
}

/**
 * Scores groups given as student indices into `pool`. Assumes (callers check) that the groups
 * partition the pool.
 */
export function evaluateGroups(
  pool: IndexedPool,
  groups: readonly ArrayLike<number>[],
  mode: GroupingMode,
): GroupingScore {
  const n = pool.n;
  const disciplineCount = new Int32Array(pool.disciplineIds.length);
  const organisationCount = new Int32Array(pool.organisationIds.length);
  let total = 0;
  const reports: GroupReport[] = groups.map((members, index) => {
    const size = members.length;
    const present: number[] = [];
    const organisations: number[] = [];
    for (let i = 0; i < size; i++) {
      const d = pool.discipline[members[i]];
      if (disciplineCount[d]++ === 0) present.push(d);
      const o = pool.organisation[members[i]];
      if (o >= 0 && organisationCount[o]++ === 0) organisations.push(o);
    }
    let penalty = 0;
    let presentTotal = 0;
    let largest = 0;
    const disciplineCounts: DisciplineCount[] = [];
    for (const d of present) {
      const c = pool.disciplineTotals[d];
      penalty += Math.abs(n * disciplineCount[d] - c * size);
      presentTotal += c;
      largest = Math.max(largest, disciplineCount[d]);
      disciplineCounts.push({ disciplineId: pool.disciplineIds[d], count: disciplineCount[d] });
      disciplineCount[d] = 0;
    }
    // Disciplines absent from the group each miss their whole share c_d·s_g.
    penalty += size * (n - presentTotal);
    let duplicates = 0;
    let excess = 0;
    for (const o of organisations) {
      if (organisationCount[o] > 1) {
        duplicates += organisationCount[o];
        excess += organisationCount[o] - 1;
      }
      organisationCount[o] = 0;
    }
    if (mode === 'OPEN') penalty += n * excess;
    total += penalty;
    disciplineCounts.sort((a, b) => b.count - a.count || (a.disciplineId < b.disciplineId ? -1 : 1));
    const sorted = Array.from(members).sort((a, b) => a - b);
    return {
      index,
      studentIds: sorted.map((i) => pool.ids[i]),
      size,
      distinctDisciplines: present.length,
      largestDisciplineShare: size === 0 ? 0 : largest / size,
      organisationDuplicates: duplicates,
      score: size === 0 ? 100 : 100 * (1 - penalty / (2 * n * size)),
      disciplineCounts,
    };
  });
  const score = scoreFromPenalty(total, n);
  const bound = scoreFromPenalty(
    penaltyBound(
      pool,
      groups.map((g) => g.length),
      mode,
    ),
    n,
  );
  return { groups: reports, score, bound, gap: gapOf(score, bound) };
}

/**
 * Re-scores a split, e.g. after an admin moved a student by hand, without re-running the
 * algorithm. `groups` must place every pool student exactly once (BAD_USER_INPUT otherwise); the
 * score and bound are those defined above, for the sizes of these groups.
 */
export function scoreGroups(
  pool: readonly GroupingStudent[],
  groups: readonly (readonly string[])[],
  options: ScoreOptions,
): GroupingScore {
  const indexed = indexPool(pool);
  const placed = new Int32Array(indexed.n).fill(-1);
  const indices = groups.map((members, g) =>
    members.map((id) => {
      const i = indexed.indexOf.get(id);
      if (i === undefined) {
        const message = `Student ${id} is not in the pool.`;
        throw groupingRefusal(message, CohortRefusal.NOT_IN_POOL, { students: [id] }, [`groups.${g}`]);
      }
      if (placed[i] >= 0) {
        const message = `Student ${id} is placed in groups ${placed[i]} and ${g}.`;
        const params = { students: [id], group: placed[i], otherGroup: g };
        throw groupingRefusal(message, CohortRefusal.PLACED_TWICE, params, [`groups.${g}`]);
      }
      placed[i] = g;
      return i;
    }),
  );
  const unplaced = placed.findIndex((g) => g < 0);
  if (unplaced >= 0) {
    const message = `Student ${indexed.ids[unplaced]} is not placed in any group.`;
    throw groupingRefusal(message, CohortRefusal.NOT_PLACED, { students: [indexed.ids[unplaced]] }, ['groups']);
  }
  return evaluateGroups(indexed, indices, options.mode);
}
