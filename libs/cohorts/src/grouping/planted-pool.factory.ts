import type { GroupingInput, GroupPin, StudentPair } from './grouping.types';
import { generatePool, zipfWeights } from './pool.factory';
import { SeededRandom } from './seeded-random';

/**
 * Pools with a planted valid split, for the refusal-rate tests (not exported from the lib): the
 * students are dealt into `groupCount` hidden groups of exactly `groupSize`, and every constraint
 * is read off that split (apart pairs across hidden groups, together sets and pins inside them),
 * so a split that honours everything always exists and a refusal is the algorithm's failure.
 */
export interface PlantedSpec {
  readonly groupCount: number;
  readonly groupSize: number;
  readonly apartPairs: number;
  /** Together sets of 2–3 students, each inside one hidden group. */
  readonly togetherSets: number;
  readonly pins: number;
}

export interface PlantedCase {
  readonly input: GroupingInput;
  /** The hidden split: group index per student id. */
  readonly hidden: ReadonlyMap<string, number>;
}

export function plantedCase(spec: PlantedSpec, seed: number): PlantedCase {
  const random = new SeededRandom(seed);
  const n = spec.groupCount * spec.groupSize;
  const pool = generatePool(
    {
      students: n,
      disciplineWeights: zipfWeights(6, 0.8),
      organisationWeights: zipfWeights(8, 0.8),
      unaffiliated: 0.2,
    },
    seed,
  );
  const order = random.shuffle(pool.map((s) => s.id));
  const hidden = new Map(order.map((id, i) => [id, Math.floor(i / spec.groupSize)]));
  const members = Array.from({ length: spec.groupCount }, (_, g) =>
    order.slice(g * spec.groupSize, (g + 1) * spec.groupSize),
  );

  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const apartKeys = new Set<string>();
  const apart: StudentPair[] = [];
  // Distinct pairs across hidden groups; the cap on tries only matters for absurd counts.
  for (let tries = 0; apart.length < spec.apartPairs && tries < spec.apartPairs * 50; tries++) {
    const a = order[random.int(n)];
    const b = order[random.int(n)];
    if (hidden.get(a) === hidden.get(b) || apartKeys.has(key(a, b))) continue;
    apartKeys.add(key(a, b));
    apart.push([a, b]);
  }

  const together: StudentPair[] = [];
  for (let t = 0; t < spec.togetherSets; t++) {
    const group = members[random.int(spec.groupCount)];
    const size = 2 + random.int(2);
    const chosen = random.shuffle([...group]).slice(0, size);
    for (let i = 1; i < chosen.length; i++) together.push([chosen[i - 1], chosen[i]]);
  }

  const pins: GroupPin[] = Array.from({ length: spec.pins }, () => {
    const studentId = order[random.int(n)];
    return { studentId, groupIndex: hidden.get(studentId)! };
  });

  return {
    input: {
      pool,
      bounds: { groupCount: spec.groupCount, minSize: spec.groupSize, maxSize: spec.groupSize },
      mode: 'OPEN',
      constraints: { pins, together, apart },
    },
    hidden,
  };
}
