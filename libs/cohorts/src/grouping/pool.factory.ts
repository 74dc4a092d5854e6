import type { GroupingStudent } from './grouping.types';
import { SeededRandom } from './seeded-random';

/**
 * Seeded pool generator for the property tests and the benchmark (not exported from the lib).
 * Discipline counts follow the weights exactly (largest remainder), so "60% one discipline" is
 * exactly 60%; organisations are drawn at random by weight.
 */
export interface PoolSpec {
  readonly students: number;
  /** Relative weight per discipline. */
  readonly disciplineWeights: readonly number[];
  /** Relative weight per organisation. */
  readonly organisationWeights: readonly number[];
  /** Share of students without an organisation (0..1). */
  readonly unaffiliated?: number;
}

/** Weights 1, 1/2^s, 1/3^s, …: a few large categories and a long tail. */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, i) => 1 / Math.pow(i + 1, exponent));
}

export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i]++;
  }
  return counts;
}

export function generatePool(spec: PoolSpec, seed: number): GroupingStudent[] {
  const random = new SeededRandom(seed);
  const disciplines: number[] = [];
  apportion(spec.students, spec.disciplineWeights).forEach((count, d) => {
    for (let i = 0; i < count; i++) disciplines.push(d);
  });
  random.shuffle(disciplines);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of spec.organisationWeights) cumulative.push((sum += w));
  const width = String(spec.students).length;
  return disciplines.map((d, i) => {
    let organisationId: string | null = null;
    if (cumulative.length && random.next() >= (spec.unaffiliated ?? 0)) {
      const x = random.next() * sum;
      let o = 0;
      while (cumulative[o] <= x && o < cumulative.length - 1) o++;
      organisationId = `org-${o}`;
    }
    return { id: `student-${String(i).padStart(width, '0')}`, disciplineId: `disc-${d}`, organisationId };
  });
}
