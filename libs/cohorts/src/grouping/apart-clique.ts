/**
 * A largest clique of the apart-graph (units that are pairwise apart, so each needs a group of its
 * own): Bron–Kerbosch with Tomita pivoting, started from every vertex in a degeneracy order with
 * only its later neighbours as candidates, so sparse graphs (the usual case) stay cheap. Bounded
 * by `budget` expansions; `exact` says whether the search ran to the end, i.e. whether no larger
 * clique exists. The result is always a clique, so it can be quoted as a proof.
 */
export interface CliqueResult {
  /** Vertex indices, ascending. */
  readonly members: number[];
  readonly exact: boolean;
}

/** `adjacency[v]` lists v's neighbours (symmetric, no self-loops, no duplicates). */
export function largestClique(adjacency: readonly (readonly number[])[], budget = 50_000): CliqueResult {
  const n = adjacency.length;
  let best: number[] = [];
  let calls = 0;
  let exhausted = false;
  if (n === 0) return { members: [], exact: true };

  const neighbours = adjacency.map((list) => new Set(list));
  const order = degeneracyOrder(adjacency);
  const position = new Int32Array(n);
  order.forEach((v, i) => (position[v] = i));

  const expand = (clique: number[], candidates: number[], excluded: number[]): void => {
    if (++calls > budget) {
      exhausted = true;
      return;
    }
    if (candidates.length === 0) {
      if (excluded.length === 0 && clique.length > best.length) best = clique.slice();
      return;
    }
    if (clique.length + candidates.length <= best.length) return;
    // The pivot covers the most candidates; only candidates outside its neighbourhood branch.
    let pivot = -1;
    let covered = -1;
    for (const list of [candidates, excluded]) {
      for (const u of list) {
        let c = 0;
        for (const w of candidates) if (neighbours[u].has(w)) c++;
        if (c > covered) {
          covered = c;
          pivot = u;
        }
      }
    }
    const branches = candidates.filter((v) => !neighbours[pivot].has(v));
    let open = candidates.slice();
    let closed = excluded.slice();
    for (const v of branches) {
      if (exhausted) return;
      const around = neighbours[v];
      clique.push(v);
      expand(
        clique,
        open.filter((w) => around.has(w)),
        closed.filter((w) => around.has(w)),
      );
      clique.pop();
      open = open.filter((w) => w !== v);
      closed = [...closed, v];
    }
  };

  for (const v of order) {
    if (exhausted) break;
    const later = adjacency[v].filter((w) => position[w] > position[v]);
    if (later.length + 1 <= best.length) continue;
    const earlier = adjacency[v].filter((w) => position[w] < position[v]);
    expand([v], later, earlier);
  }
  if (best.length === 0) best = [order[0]];
  return { members: best.sort((a, b) => a - b), exact: !exhausted };
}

/** Vertices by repeatedly removing one of least remaining degree (Matula–Beck, bucket queue). */
function degeneracyOrder(adjacency: readonly (readonly number[])[]): number[] {
  const n = adjacency.length;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = adjacency[v].length;
    maxDegree = Math.max(maxDegree, degree[v]);
  }
  const buckets: number[][] = Array.from({ length: maxDegree + 1 }, () => []);
  for (let v = n - 1; v >= 0; v--) buckets[degree[v]].push(v);
  const removed = new Uint8Array(n);
  const order: number[] = [];
  let d = 0;
  while (order.length < n) {
    d = Math.max(0, d - 1);
    while (buckets[d].length === 0) d++;
    const v = buckets[d].pop()!;
    // Stale entries: the vertex moved to a lower bucket or was already removed.
    if (removed[v] || degree[v] !== d) continue;
    removed[v] = 1;
    order.push(v);
    for (const w of adjacency[v]) {
      if (removed[w]) continue;
      degree[w]--;
      buckets[degree[w]].push(w);
    }
  }
  return order;
}
