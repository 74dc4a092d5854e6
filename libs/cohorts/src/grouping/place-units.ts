import type { ConstrainedUnit } from './grouping-input';
import { SeededRandom } from './seeded-random';

/**
 * Places constrained units (together-blocks, pinned and apart students) into k groups when the
 * quick greedy placement of `proposeGroups` got stuck: pins hold, no two apart units share a group,
 * no group exceeds `maxSize`, and Σ_g max(load_g, minSize) ≤ n, so the unconstrained students can
 * fill every group to the minimum (balanceSizes then needs nothing else).
 *
 * 1. Backtracking, DSATUR order: the unit with the fewest groups left (most groups holding an
 *    apart partner), larger units first on ties; groups in order of load; a group that is still
 *    empty is tried once only, as all empty groups are alike (pinned units go first). Forward
 *    checking drops a branch as soon as some unit has no group left. When this runs to the end
 *    without a split, none exists, and the result says so (`exhausted`).
 * 2. If it stops at its limit instead, a tabu search repairs the deepest partial placement: moves
 *    and swaps of unpinned units that lower (apart pairs sharing a group) + (students over the
 *    maximum) + (students the minimum cannot spare), with recently left groups tabu.
 *
 * Both phases are bounded by counts scaled to the problem, never by a clock, and draw only from
 * the seeded random, so the result is deterministic.
 */
export interface PlacementInput {
  readonly units: readonly ConstrainedUnit[];
  readonly k: number;
  readonly n: number;
  readonly minSize: number;
  readonly maxSize: number;
  readonly seed: number;
  /** Caps on the two phases (default: scaled to the problem); tests lower them to reach phase 2. */
  readonly limits?: { readonly backtrackSteps?: number; readonly repairIterations?: number };
}

export type PlacementResult =
  | {
      readonly placed: true;
      /** Group per unit. */
      readonly unitGroup: Int32Array;
      /** Which phase found it. */
      readonly phase: 'backtrack' | 'repair';
    }
  | {
      readonly placed: false;
      /** The backtracking tried every placement: no split exists with this number of groups. */
      readonly exhausted: boolean;
      /** Apart units that share a group in the best placement found (unit index pairs). */
      readonly clashes: [number, number][];
      /** Units hardest to place: in a clash, in a group over capacity, or most often stuck. */
      readonly hardest: number[];
    };

/** Work (unit or group visits) each phase may spend; about 50–100 ms of arithmetic at most. */
const BACKTRACK_WORK = 6_000_000;
const REPAIR_WORK = 12_000_000;
/** Units in trouble whose moves and swaps one repair step weighs (a random sample when more). */
const HOT_SAMPLE = 12;

export function placeUnits(input: PlacementInput): PlacementResult {
  return new UnitPlacer(input).run();
}

class UnitPlacer {
  private readonly U: number;
  private readonly k: number;
  private readonly size: Int32Array;
  private readonly pin: Int32Array;
  private readonly neighbours: Int32Array[];
  private readonly random: SeededRandom;
  private readonly group: Int32Array;
  private readonly load: Int32Array;
  /** Apart partners of unit u in group g: cell u·k + g. */
  private readonly partnersIn: Int32Array;
  /** Σ_g max(load_g, minSize). */
  private reserved: number;

  constructor(private readonly input: PlacementInput) {
    const { units, k } = input;
    this.U = units.length;
    this.k = k;
    this.size = Int32Array.from(units, (u) => u.members.length);
    this.pin = Int32Array.from(units, (u) => u.pin);
    this.neighbours = units.map((u) => Int32Array.from(u.apart));
    this.random = new SeededRandom(input.seed);
    this.group = new Int32Array(this.U).fill(-1);
    this.load = new Int32Array(k);
    this.partnersIn = new Int32Array(this.U * k);
    this.reserved = k * input.minSize;
  }

  run(): PlacementResult {
    const search = this.backtrack();
    if (search.placed) return { placed: true, unitGroup: this.group.slice(), phase: 'backtrack' };
    if (search.exhausted) {
      return { placed: false, exhausted: true, clashes: [], hardest: this.mostStuck(search.stuck) };
    }
    return this.repair(search.deepest, search.stuck);
  }

  private assign(u: number, g: number): void {
    const { minSize } = this.input;
    this.reserved += Math.max(this.load[g] + this.size[u], minSize) - Math.max(this.load[g], minSize);
    this.load[g] += this.size[u];
    this.group[u] = g;
    for (const v of this.neighbours[u]) this.partnersIn[v * this.k + g]++;
  }

  private unassign(u: number): void {
    const { minSize } = this.input;
    const g = this.group[u];
    this.reserved += Math.max(this.load[g] - this.size[u], minSize) - Math.max(this.load[g], minSize);
    this.load[g] -= this.size[u];
    this.group[u] = -1;
    for (const v of this.neighbours[u]) this.partnersIn[v * this.k + g]--;
  }

  private fits(u: number, g: number): boolean {
    const { minSize, maxSize, n } = this.input;
    const load = this.load[g];
    if (load + this.size[u] > maxSize) return false;
    return this.reserved - Math.max(load, minSize) + Math.max(load + this.size[u], minSize) <= n;
  }

  /** Phase 1. */
  private backtrack(): { placed: boolean; exhausted: boolean; deepest: Int32Array; stuck: Int32Array } {
    const { U, k, size, pin, neighbours, group, partnersIn } = this;
    const stuck = new Int32Array(U);
    // Pins first, forced; `proposeGroups` has already refused pins that clash or overfill a group.
    for (let u = 0; u < U; u++) {
      if (pin[u] < 0) continue;
      if (!this.fits(u, pin[u]) || partnersIn[u * k + pin[u]] > 0) {
        return { placed: false, exhausted: true, deepest: group.slice(), stuck };
      }
      this.assign(u, pin[u]);
    }
    // Groups blocked for u by an apart partner: the saturation DSATUR orders by.
    const blocked = new Int32Array(U);
    for (let u = 0; u < U; u++) {
      for (let g = 0; g < k; g++) if (partnersIn[u * k + g] > 0) blocked[u]++;
    }
    const free: number[] = [];
    for (let u = 0; u < U; u++) if (group[u] < 0) free.push(u);
    const rank = this.random.permutation(U);
    const groupRank = this.random.permutation(k);
    const F = free.length;
    let deepest = group.slice();
    let deepestDepth = 0;
    if (F === 0) return { placed: true, exhausted: false, deepest, stuck };

    // Unplaced units live in free[depth..F−1]; the unit placed at depth d sits at free[d].
    const candidates = new Int32Array(F * k);
    const candidateCount = new Int32Array(F);
    const next = new Int32Array(F);
    const placeAt = (u: number, g: number): boolean => {
      this.assign(u, g);
      let wiped = false;
      for (const v of neighbours[u]) {
        if (group[v] >= 0) continue;
        if (partnersIn[v * k + g] === 1 && ++blocked[v] === k) wiped = true;
      }
      return !wiped;
    };
    const takeBack = (u: number): void => {
      const g = group[u];
      this.unassign(u);
      for (const v of neighbours[u]) if (group[v] < 0 && partnersIn[v * k + g] === 0) blocked[v]--;
    };
    /** Picks the next unit into free[depth] and lists its groups; false when it has none. */
    const open = (depth: number): boolean => {
      let pick = depth;
      for (let i = depth + 1; i < F; i++) {
        const [a, b] = [free[i], free[pick]];
        if (
          blocked[a] > blocked[b] ||
          (blocked[a] === blocked[b] &&
            (size[a] > size[b] ||
              (size[a] === size[b] &&
                (neighbours[a].length > neighbours[b].length ||
                  (neighbours[a].length === neighbours[b].length && rank[a] < rank[b])))))
        ) {
          pick = i;
        }
      }
      [free[depth], free[pick]] = [free[pick], free[depth]];
      const u = free[depth];
      const base = depth * k;
      let count = 0;
      let emptyTried = false;
      for (let t = 0; t < k; t++) {
        const g = groupRank[t];
        if (partnersIn[u * k + g] > 0 || !this.fits(u, g)) continue;
        if (this.load[g] === 0) {
          if (emptyTried) continue;
          emptyTried = true;
        }
        candidates[base + count++] = g;
      }
      // Least loaded first (insertion sort: k is small next to the work per step).
      for (let i = 1; i < count; i++) {
        const g = candidates[base + i];
        let j = i - 1;
        while (j >= 0 && this.load[candidates[base + j]] > this.load[g]) {
          candidates[base + j + 1] = candidates[base + j];
          j--;
        }
        candidates[base + j + 1] = g;
      }
      candidateCount[depth] = count;
      next[depth] = 0;
      if (count === 0) stuck[u]++;
      return count > 0;
    };

    const stepLimit = this.input.limits?.backtrackSteps ?? Math.max(2_000, Math.floor(BACKTRACK_WORK / (F + k)));
    let steps = 0;
    let depth = 0;
    open(0);
    for (;;) {
      if (next[depth] < candidateCount[depth]) {
        if (++steps > stepLimit) return { placed: false, exhausted: false, deepest, stuck };
        const u = free[depth];
        const g = candidates[depth * k + next[depth]++];
        if (!placeAt(u, g)) {
          takeBack(u);
          stuck[u]++;
          continue;
        }
        if (depth + 1 > deepestDepth) {
          deepestDepth = depth + 1;
          deepest = group.slice();
        }
        if (depth + 1 === F) return { placed: true, exhausted: false, deepest, stuck };
        depth++;
        if (!open(depth)) {
          depth--;
          takeBack(free[depth]);
        }
        continue;
      }
      // Every group tried at this depth: undo the choice above it.
      if (depth === 0) return { placed: false, exhausted: true, deepest, stuck };
      depth--;
      takeBack(free[depth]);
    }
  }

  /** Phase 2: tabu search from the deepest partial placement of phase 1. */
  private repair(start: Int32Array, stuck: Int32Array): PlacementResult {
    const { U, k, size, pin, neighbours, group, load, partnersIn, random } = this;
    const { minSize, maxSize, n } = this.input;
    for (let u = 0; u < U; u++) if (group[u] >= 0) this.unassign(u);
    for (let u = 0; u < U; u++) if (start[u] >= 0) this.assign(u, start[u]);

    const over = (l: number) => Math.max(0, l - maxSize);
    const floor = (l: number) => Math.max(l, minSize);
    const penaltyOf = (clashes: number) => clashes + this.capacityPenalty();

    // The rest of the units, largest first, each where it clashes and overflows least.
    const rest: number[] = [];
    for (let u = 0; u < U; u++) if (group[u] < 0) rest.push(u);
    rest.sort((a, b) => size[b] - size[a] || a - b);
    for (const u of rest) {
      let best = -1;
      let bestCost = Infinity;
      for (let g = 0; g < k; g++) {
        const cost = 4 * partnersIn[u * k + g] + over(load[g] + size[u]) - over(load[g]) + load[g] / (maxSize + 1);
        if (cost < bestCost) {
          bestCost = cost;
          best = g;
        }
      }
      this.assign(u, best);
    }

    let clashes = 0;
    for (let u = 0; u < U; u++) clashes += partnersIn[u * k + group[u]];
    clashes /= 2;
    let penalty = penaltyOf(clashes);
    let bestPenalty = penalty;
    let bestGroup = group.slice();

    const partnerSet = neighbours.map((list) => new Set(list));
    const tabuUntil = new Int32Array(U * k);
    const movable: number[] = [];
    for (let u = 0; u < U; u++) if (pin[u] < 0) movable.push(u);
    const hot: number[] = [];
    const iterationLimit =
      this.input.limits?.repairIterations ??
      Math.max(500, Math.floor(REPAIR_WORK / (HOT_SAMPLE * (movable.length + k))));

    /** Change of the capacity part when group g's load moves by dg and h's by dh. */
    const capacityDelta = (g: number, dg: number, h: number, dh: number): number => {
      const [lg, lh] = [load[g], load[h]];
      const reserved = this.reserved + floor(lg + dg) - floor(lg) + floor(lh + dh) - floor(lh);
      return (
        over(lg + dg) - over(lg) + over(lh + dh) - over(lh) + Math.max(0, reserved - n) - Math.max(0, this.reserved - n)
      );
    };

    for (let iteration = 0; iteration < iterationLimit && penalty > 0; iteration++) {
      // Units worth moving: those in a clash, and when capacity is broken those in groups above
      // the maximum (or above the minimum, when the minimum cannot be met).
      hot.length = 0;
      const reserveShort = this.reserved > n;
      for (const u of movable) {
        const l = load[group[u]];
        if (partnersIn[u * k + group[u]] > 0 || l > maxSize || (reserveShort && l > minSize)) hot.push(u);
      }
      if (hot.length === 0) break;
      const trouble = hot.length;
      if (hot.length > HOT_SAMPLE) {
        for (let i = 0; i < HOT_SAMPLE; i++) {
          const j = i + random.int(hot.length - i);
          [hot[i], hot[j]] = [hot[j], hot[i]];
        }
        hot.length = HOT_SAMPLE;
      }

      let bestDelta = Infinity;
      let ties = 0;
      let moveU = -1;
      let moveTo = -1;
      let swapWith = -1;
      const consider = (delta: number, tabu: boolean, u: number, h: number, v: number) => {
        if (tabu && penalty + delta >= bestPenalty) return;
        if (delta < bestDelta) {
          bestDelta = delta;
          ties = 1;
        } else if (delta === bestDelta) {
          if (random.int(++ties) !== 0) return;
        } else return;
        moveU = u;
        moveTo = h;
        swapWith = v;
      };
      for (const u of hot) {
        const g = group[u];
        const here = partnersIn[u * k + g];
        for (let h = 0; h < k; h++) {
          if (h === g) continue;
          const delta = partnersIn[u * k + h] - here + capacityDelta(g, -size[u], h, size[u]);
          consider(delta, tabuUntil[u * k + h] > iteration, u, h, -1);
        }
        for (const v of movable) {
          const h = group[v];
          if (h === g) continue;
          const linked = partnerSet[u].has(v) ? 1 : 0;
          const delta =
            partnersIn[u * k + h] -
            linked -
            here +
            partnersIn[v * k + g] -
            linked -
            partnersIn[v * k + h] +
            capacityDelta(g, size[v] - size[u], h, size[u] - size[v]);
          consider(delta, tabuUntil[u * k + h] > iteration || tabuUntil[v * k + g] > iteration, u, h, v);
        }
      }
      if (moveU < 0) continue;

      const from = group[moveU];
      const tenure = 5 + random.int(10) + Math.floor(0.6 * Math.min(trouble, 50));
      this.unassign(moveU);
      if (swapWith >= 0) {
        this.unassign(swapWith);
        this.assign(swapWith, from);
        tabuUntil[swapWith * k + moveTo] = iteration + tenure;
      }
      this.assign(moveU, moveTo);
      tabuUntil[moveU * k + from] = iteration + tenure;

      clashes = 0;
      for (let u = 0; u < U; u++) clashes += partnersIn[u * k + group[u]];
      clashes /= 2;
      penalty = penaltyOf(clashes);
      if (penalty < bestPenalty) {
        bestPenalty = penalty;
        bestGroup = group.slice();
      }
    }
    if (bestPenalty === 0) return { placed: true, unitGroup: bestGroup, phase: 'repair' };

    // Report from the best placement: its clashes, else the units in groups over capacity.
    const pairs: [number, number][] = [];
    for (let u = 0; u < U; u++) {
      for (const v of neighbours[u]) if (v > u && bestGroup[u] === bestGroup[v]) pairs.push([u, v]);
    }
    const hardest = new Set<number>(pairs.flat());
    if (hardest.size === 0) {
      const bestLoad = new Int32Array(k);
      for (let u = 0; u < U; u++) bestLoad[bestGroup[u]] += size[u];
      for (let u = 0; u < U; u++) if (bestLoad[bestGroup[u]] > maxSize) hardest.add(u);
    }
    if (hardest.size === 0) for (const u of this.mostStuck(stuck)) hardest.add(u);
    return { placed: false, exhausted: false, clashes: pairs, hardest: [...hardest].sort((a, b) => a - b) };
  }

  private capacityPenalty(): number {
    const { maxSize, n } = this.input;
    let over = 0;
    for (let g = 0; g < this.k; g++) over += Math.max(0, this.load[g] - maxSize);
    return over + Math.max(0, this.reserved - n);
  }

  /** The few units the backtracking most often found without a group. */
  private mostStuck(stuck: Int32Array): number[] {
    const units = Array.from({ length: this.U }, (_, u) => u).filter((u) => stuck[u] > 0);
    units.sort((a, b) => stuck[b] - stuck[a] || a - b);
    return units.slice(0, 6).sort((a, b) => a - b);
  }
}
