import { DomainError } from '@imh/common';
import { AssignmentRefusal } from './assignment-refusal';
import { PassRule } from './entities/assignment.entity';
import type { CriterionScore } from './entities/grade.entity';
import { CriterionKind } from './entities/rubric-criterion.entity';

/** What the grading rules need of a criterion. */
export interface CriterionRule {
  id: string;
  title: string;
  kind: CriterionKind;
  maxPoints: number;
}

export interface PassRuleSpec {
  passRule: PassRule;
  passMinPoints: number | null;
}

export interface ScoredRubric {
  scores: CriterionScore[];
  totalPoints: number;
  /** Null while not every criterion has a score. */
  passed: boolean | null;
}

/**
 * Checks scores against the rubric and computes the total and verdict. Every score must
 * belong to a criterion of this rubric, once, within 0..maxPoints; a draft may leave
 * criteria open (then there is no verdict yet). Errors name each bad score.
 */
export function scoreRubric(
  criteria: readonly CriterionRule[],
  rule: PassRuleSpec,
  input: CriterionScore[],
): ScoredRubric {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const fields: Record<string, string> = {};
  let first: { criterion: string; maxPoints: number } | undefined;
  const seen = new Set<string>();
  input.forEach((score, i) => {
    const criterion = byId.get(score.criterionId);
    if (!criterion) fields[`scores.${i}.criterionId`] = 'Not a criterion of this rubric.';
    else if (seen.has(score.criterionId)) fields[`scores.${i}.criterionId`] = 'Scored twice.';
    else if (!Number.isInteger(score.points) || score.points < 0 || score.points > criterion.maxPoints) {
      fields[`scores.${i}.points`] = `“${criterion.title}” takes 0 to ${criterion.maxPoints} points.`;
      first ??= { criterion: criterion.title, maxPoints: criterion.maxPoints };
    }
    seen.add(score.criterionId);
  });
  if (Object.keys(fields).length) {
    throw DomainError.badInput(Object.values(fields)[0], fields, AssignmentRefusal.SCORE_OUT_OF_RANGE, first);
  }
  // Stored in rubric order, whatever order the client sent.
  const points = new Map(input.map((s) => [s.criterionId, s.points]));
  const scores = criteria
    .filter((c) => points.has(c.id))
    .map((c) => ({ criterionId: c.id, points: points.get(c.id)! }));
  const totalPoints = scores.reduce((sum, s) => sum + s.points, 0);
  if (scores.length < criteria.length) return { scores, totalPoints, passed: null };
  const passFailPassed = criteria
    .filter((c) => c.kind === CriterionKind.PASS_FAIL)
    .every((c) => points.get(c.id) === 1);
  const passed =
    rule.passRule === PassRule.ALL_CRITERIA_PASSED
      ? passFailPassed
      : passFailPassed && totalPoints >= (rule.passMinPoints ?? 0);
  return { scores, totalPoints, passed };
}

/** Double marking: two marks agree when their verdicts match and their totals are at most `threshold` apart. */
export function marksAgree(
  a: { passed: boolean | null; totalPoints: number },
  b: { passed: boolean | null; totalPoints: number },
  threshold: number,
): boolean {
  return a.passed === b.passed && Math.abs(a.totalPoints - b.totalPoints) <= threshold;
}

/** The name a docent sees for an anonymously graded submission: stable per assignment and student. */
export function pseudonym(assignmentId: string, studentId: string): string {
  let hash = 0x811c9dc5;
  for (const ch of `${assignmentId}:${studentId}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `Cursist ${hash.toString(16).toUpperCase().padStart(8, '0').slice(0, 6)}`;
}
