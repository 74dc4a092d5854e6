import { describe, expect, it } from 'vitest';
import { DomainError } from '@imh/common';
import { PassRule } from './entities/assignment.entity';
import { CriterionKind } from './entities/rubric-criterion.entity';
import { marksAgree, pseudonym, scoreRubric } from './rubric';

const criteria = [
  { id: 'a', title: 'Observeren', kind: CriterionKind.POINTS, maxPoints: 4 },
  { id: 'b', title: 'Reflectie', kind: CriterionKind.POINTS, maxPoints: 2 },
  { id: 'c', title: 'Privacy', kind: CriterionKind.PASS_FAIL, maxPoints: 1 },
];
const minPoints = { passRule: PassRule.MIN_TOTAL_POINTS, passMinPoints: 4 };

describe(scoreRubric.name, () => {
  it('totals the scores in rubric order and passes at the minimum with every pass/fail criterion passed', () => {
    const result = scoreRubric(criteria, minPoints, [
      { criterionId: 'c', points: 1 },
      { criterionId: 'a', points: 2 },
      { criterionId: 'b', points: 2 },
    ]);
    expect(result).toEqual({
      scores: [
        { criterionId: 'a', points: 2 },
        { criterionId: 'b', points: 2 },
        { criterionId: 'c', points: 1 },
      ],
      totalPoints: 5,
      passed: true,
    });
  });

  it('fails on a failed pass/fail criterion whatever the total, and has no verdict while criteria are open', () => {
    const failed = scoreRubric(criteria, minPoints, [
      { criterionId: 'a', points: 4 },
      { criterionId: 'b', points: 2 },
      { criterionId: 'c', points: 0 },
    ]);
    expect(failed.passed).toBe(false);
    expect(scoreRubric(criteria, minPoints, [{ criterionId: 'a', points: 4 }]).passed).toBeNull();
  });

  it('refuses scores out of range, unknown criteria and doubles, naming each', () => {
    try {
      scoreRubric(criteria, minPoints, [
        { criterionId: 'a', points: 5 },
        { criterionId: 'x', points: 1 },
        { criterionId: 'b', points: -1 },
        { criterionId: 'b', points: 1 },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).options.fields).toEqual({
        'scores.0.points': '“Observeren” takes 0 to 4 points.',
        'scores.1.criterionId': 'Not a criterion of this rubric.',
        'scores.2.points': '“Reflectie” takes 0 to 2 points.',
        'scores.3.criterionId': 'Scored twice.',
      });
    }
  });

  it('ALL_CRITERIA_PASSED: every pass/fail criterion passed', () => {
    const passFail = criteria.filter((c) => c.kind === CriterionKind.PASS_FAIL);
    const rule = { passRule: PassRule.ALL_CRITERIA_PASSED, passMinPoints: null };
    expect(scoreRubric(passFail, rule, [{ criterionId: 'c', points: 1 }]).passed).toBe(true);
    expect(scoreRubric(passFail, rule, [{ criterionId: 'c', points: 0 }]).passed).toBe(false);
  });
});

describe(marksAgree.name, () => {
  it('agrees on the same verdict within the threshold only', () => {
    expect(marksAgree({ passed: true, totalPoints: 7 }, { passed: true, totalPoints: 6 }, 1)).toBe(true);
    expect(marksAgree({ passed: true, totalPoints: 7 }, { passed: true, totalPoints: 5 }, 1)).toBe(false);
    expect(marksAgree({ passed: true, totalPoints: 4 }, { passed: false, totalPoints: 4 }, 3)).toBe(false);
  });
});

describe(pseudonym.name, () => {
  it('is stable per assignment and student, and differs between students', () => {
    expect(pseudonym('a1', 's1')).toBe(pseudonym('a1', 's1'));
    expect(pseudonym('a1', 's1')).not.toBe(pseudonym('a1', 's2'));
    expect(pseudonym('a1', 's1')).toMatch(/^Cursist [0-9A-F]{6}$/);
  });
});
