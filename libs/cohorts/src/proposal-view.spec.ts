import { describe, expect, it } from 'vitest';
import { poolFingerprint } from './cohort-pool';
import { defaultCohortName, defaultSeed } from './cohort-proposal.service';
import { CohortProposal, CohortProposalStatus, type ProposalInput } from './entities/cohort-proposal.entity';
import { groupingBounds, poolDisciplineCounts, toProposalView } from './proposal-view';

const pool = [
  { id: 'a', disciplineId: 'logo', organisationId: 'o1' },
  { id: 'b', disciplineId: 'psy', organisationId: 'o1' },
  { id: 'c', disciplineId: 'logo', organisationId: null },
  { id: 'd', disciplineId: null, organisationId: 'o2' },
];

function proposal(groups: string[][], status = CohortProposalStatus.PROPOSED, input: Partial<ProposalInput> = {}) {
  return Object.assign(new CohortProposal(), {
    id: 'p1',
    trackId: 't1',
    status,
    groups,
    createdAt: new Date('2026-11-01T10:00:00Z'),
    committedAt: null,
    input: {
      studentIds: null,
      pool,
      bounds: { minSize: 2, maxSize: 2 },
      constraints: { pins: [], together: [], apart: [['a', 'c']] },
      seed: 7,
      mode: 'OPEN',
      organisationId: null,
      ...input,
    },
  } satisfies Partial<CohortProposal>);
}

const people = new Map([
  ['a', { name: 'Zoë', email: 'a@x.test' }],
  ['b', { name: 'Aart', email: 'b@x.test' }],
  ['c', { name: 'Mees', email: 'c@x.test' }],
  ['d', { name: 'Bo', email: 'd@x.test' }],
]);

describe(toProposalView.name, () => {
  it('re-scores the groups and shows members by name, students without a discipline under null', () => {
    const view = toProposalView(
      proposal([
        ['a', 'b'],
        ['c', 'd'],
      ]),
      people,
    );

    expect(view).toMatchObject({ poolSize: 4, minSize: 2, maxSize: 2, seed: 7, chosenPool: false, problems: [] });
    expect(view.groups[0].members.map((m) => m.name)).toEqual(['Aart', 'Zoë']);
    expect(view.groups[1].members.map((m) => [m.name, m.disciplineId, m.organisationId])).toEqual([
      ['Bo', null, 'o2'],
      ['Mees', 'logo', null],
    ]);
    expect(view.groups[1].disciplineCounts).toEqual(
      expect.arrayContaining([
        { disciplineId: null, count: 1 },
        { disciplineId: 'logo', count: 1 },
      ]),
    );
    expect(view.groups[0].organisationDuplicates).toBe(2);
    expect(view.score).toBeLessThanOrEqual(view.bound);
    expect(view.apart).toEqual([{ a: 'a', b: 'c' }]);
  });

  it('lists the problems of an open proposal, and none once it is committed', () => {
    const broken = [['a', 'c', 'b'], ['d']];
    expect(toProposalView(proposal(broken), people).problems.map((p) => p.reason)).toEqual([
      'GROUP_TOO_LARGE',
      'GROUP_TOO_SMALL',
      'APART_VIOLATED',
    ]);
    expect(toProposalView(proposal(broken, CohortProposalStatus.COMMITTED), people).problems).toEqual([]);
  });

  it('fills in the size limits of a proposal asked for by number of groups', () => {
    const view = toProposalView(proposal([['a', 'b', 'c', 'd']], undefined, { bounds: { groupCount: 1 } }), people);
    expect(view).toMatchObject({ groupCount: 1, minSize: 1, maxSize: 4 });
    expect(groupingBounds({ groupCount: 3, maxSize: 5 })).toEqual({ groupCount: 3, minSize: undefined, maxSize: 5 });
  });

  it('counts the pool’s disciplines, most frequent first', () => {
    expect(poolDisciplineCounts(pool)).toEqual([
      { disciplineId: 'logo', count: 2 },
      { disciplineId: null, count: 1 },
      { disciplineId: 'psy', count: 1 },
    ]);
  });
});

describe('proposal defaults', () => {
  it('derive a deterministic seed from the track that fits a GraphQL Int', () => {
    const seed = defaultSeed('f3a1c2d4-0000-4000-8000-000000000000');
    expect(seed).toBe(defaultSeed('f3a1c2d4-0000-4000-8000-000000000000'));
    expect(seed).toBe(0xf3a1c2d4 & 0x7fffffff);
    expect(defaultSeed('00000001-0000-4000-8000-000000000000')).toBe(1);
  });

  it('name a cohort after the track, the start month and the group', () => {
    expect(defaultCohortName('IMH-kerncursus', '2027-03-01', 1)).toBe('IMH-kerncursus 2027-03 – groep 2');
    expect(defaultCohortName('x'.repeat(200), '2027-03-01', 0).length).toBeLessThanOrEqual(120);
  });
});

describe(poolFingerprint.name, () => {
  it('depends on who is in the pool, not on their order', () => {
    expect(poolFingerprint(['b', 'a'])).toBe(poolFingerprint(['a', 'b']));
    expect(poolFingerprint(['a', 'b'])).not.toBe(poolFingerprint(['a', 'b', 'c']));
    expect(poolFingerprint([])).toMatch(/^[0-9a-f]{64}$/);
  });
});
