import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type ModuleStudentWork, StudentWork } from '@imh/catalogue';

/**
 * Tells the catalogue which modules hold submissions (drafts too: a student's work in progress is
 * theirs), so a module with them is archived instead of deleted. One statement for any number of modules.
 */
@Injectable()
export class SubmissionsStudentWork implements ModuleStudentWork, OnModuleInit {
  readonly key = 'submissions';

  constructor(private readonly studentWork: StudentWork) {}

  onModuleInit() {
    this.studentWork.register(this);
  }

  async countByModule(manager: EntityManager, moduleIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { module_id: string; count: string }[] = await manager.query(
      `SELECT a.module_id, count(*) FROM submission s JOIN assignment a ON a.id = s.assignment_id
        WHERE a.module_id = ANY($1::uuid[]) GROUP BY a.module_id`,
      [[...moduleIds]],
    );
    return new Map(rows.map((r) => [r.module_id, Number(r.count)]));
  }
}
