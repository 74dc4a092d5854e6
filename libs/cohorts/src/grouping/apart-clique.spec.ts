import { describe, expect, it } from 'vitest';
import { largestClique } from './apart-clique';
import { SeededRandom } from './seeded-random';

function randomGraph(n: number, density: number, random: SeededRandom): number[][] {
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (random.next() < density) {
        adjacency[a].push(b);
        adjacency[b].push(a);
      }
    }
  }
  return adjacency;
}

function isClique(adjacency: number[][], members: number[]): boolean {
  return members.every((a, i) => members.slice(i + 1).every((b) => adjacency[a].includes(b)));
}

/** The clique number by trying every subset (n ≤ 12). */
function cliqueNumber(adjacency: number[][]): number {
  const n = adjacency.length;
  let best = 0;
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = Array.from({ length: n }, (_, v) => v).filter((v) => mask & (1 << v));
    if (members.length > best && isClique(adjacency, members)) best = members.length;
  }
  return best;
}

describe('largestClique', () => {
  it('finds a largest clique of small random graphs of every density, as exhaustive search does', () => {
    const random = new SeededRandom(21);
    for (let c = 0; c < 120; c++) {
      const adjacency = randomGraph(1 + random.int(12), random.next(), random);
      const result = largestClique(adjacency);
      expect(isClique(adjacency, result.members)).toBe(true);
      expect(result.members.length).toBe(cliqueNumber(adjacency));
      expect(result.exact).toBe(true);
      expect(result.members).toEqual([...result.members].sort((a, b) => a - b));
    }
  });

  it('finds a planted clique in a large sparse graph', () => {
    const random = new SeededRandom(5);
    const adjacency = randomGraph(2000, 0.002, random);
    const planted = [17, 230, 731, 1204, 1999];
    for (const a of planted) {
      for (const b of planted) if (a !== b && !adjacency[a].includes(b)) adjacency[a].push(b);
    }
    const result = largestClique(adjacency);
    expect(result.members).toEqual(planted);
    expect(result.exact).toBe(true);
  });

  it('still returns a clique when the budget runs out, and says it may not be the largest', () => {
    const adjacency = randomGraph(60, 0.7, new SeededRandom(8));
    const result = largestClique(adjacency, 3);
    expect(result.exact).toBe(false);
    expect(result.members.length).toBeGreaterThanOrEqual(1);
    expect(isClique(adjacency, result.members)).toBe(true);
  });

  it('is one vertex for a graph without edges and empty for no vertices', () => {
    expect(largestClique([[], [], []])).toEqual({ members: [0], exact: true });
    expect(largestClique([])).toEqual({ members: [], exact: true });
  });
});
