import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ModuleCompletionRule,
  type ModuleRequirement,
  ModuleRequirementKind,
  type RequirementOutcome,
} from '@imh/catalogue';

/**
 * Extends the catalogue's module completion: every assignment of the module must be passed
 * (a released grade with a pass verdict on one of the student's attempts; met when the first such grade was released). An unmet one is
 * named by ASSIGNMENT_NOT_PASSED and the assignment, which the portal puts in the reader's
 * language. One statement for any number of students and modules.
 */
@Injectable()
export class AssignmentsPassedRequirement implements ModuleRequirement, OnModuleInit {
  readonly key = 'assignments-passed';

  constructor(private readonly rule: ModuleCompletionRule) {}

  onModuleInit() {
    this.rule.register(this);
  }

  async evaluate(
    manager: EntityManager,
    studentIds: readonly string[],
    moduleIds: readonly string[],
  ): Promise<Map<string, Map<string, RequirementOutcome[]>>> {
    const rows: { student_id: string; id: string; module_id: string; title: string; passed_at: Date | null }[] =
      await manager.query(
        `SELECT st.student_id, a.id, a.module_id, a.title, (
                  SELECT min(COALESCE(g.released_at, g.updated_at)) FROM submission s
                    JOIN grade g ON g.submission_id = s.id AND g.status = 'RELEASED' AND g.passed
                   WHERE s.assignment_id = a.id AND s.student_id = st.student_id) AS passed_at
           FROM assignment a
          CROSS JOIN unnest($1::uuid[]) AS st(student_id)
          WHERE a.module_id = ANY($2::uuid[])
          ORDER BY a.created_at, a.id`,
        [[...studentIds], [...moduleIds]],
      );
    const outcomes = new Map<string, Map<string, RequirementOutcome[]>>();
    for (const row of rows) {
      const byModule = outcomes.get(row.student_id) ?? new Map<string, RequirementOutcome[]>();
      outcomes.set(row.student_id, byModule);
      byModule.set(row.module_id, [
        ...(byModule.get(row.module_id) ?? []),
        {
          met: row.passed_at !== null,
          metAt: row.passed_at,
          requirement: { kind: ModuleRequirementKind.ASSIGNMENT_PASSED, subjectId: row.id, title: row.title },
        },
      ]);
    }
    return outcomes;
  }
}
