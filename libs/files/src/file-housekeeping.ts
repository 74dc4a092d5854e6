import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FileStorage } from './file-storage';

/** An upload nobody attached is kept this long (the uploader may still be filling in the form). */
export const UNATTACHED_FILE_TTL_MS = 24 * 3600_000;

/** Files removed per transaction, so one run never holds many row locks at once. */
const BATCH = 200;

interface FileReference {
  /** The referencing table, as Postgres names it (quoted where needed). */
  table: string;
  /** The referencing column, quoted. */
  column: string;
}

/**
 * Removes uploads that were never attached to anything: the row and the stored object.
 *
 * "Attached" means referenced: every table that points at a stored file does so with a foreign
 * key to `stored_file(id)` (lesson attachments, submission files, and whatever a context adds),
 * and those keys are read from the database's own catalogue on every run, so a new kind of
 * reference is honoured without touching this code. A file with any reference is never
 * removed, however old.
 *
 * Safe beside uploads and attachments in progress: candidates are locked FOR UPDATE SKIP LOCKED
 * (an attachment being written holds the row's key-share lock, so its file is skipped), and the
 * delete checks the references again after the lock, in a fresh snapshot. Objects are deleted
 * from storage only after the rows are gone and committed: the worst a crash leaves is an
 * object without a row, which nobody can reach.
 */
@Injectable()
export class FileHousekeeping {
  private readonly logger = new Logger(FileHousekeeping.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /** Every single-column foreign key that references stored_file(id). */
  async references(manager: EntityManager = this.dataSource.manager): Promise<FileReference[]> {
    return manager.query(
      `SELECT c.conrelid::regclass::text AS "table", quote_ident(a.attname) AS "column"
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'stored_file'::regclass AND cardinality(c.conkey) = 1
        ORDER BY 1, 2`,
    );
  }

  /** Removes unreferenced files created before `before`; returns how many went. */
  async removeUnattached(before: Date = new Date(Date.now() - UNATTACHED_FILE_TTL_MS)): Promise<number> {
    let removed = 0;
    for (;;) {
      const keys = await this.dataSource.transaction(async (manager) => {
        const unreferenced = (await this.references(manager))
          .map((r) => `NOT EXISTS (SELECT 1 FROM ${r.table} ref WHERE ref.${r.column} = f.id)`)
          .join(' AND ');
        const where = unreferenced ? `AND ${unreferenced}` : '';
        const candidates: { id: string }[] = await manager.query(
          `SELECT f.id FROM stored_file f
            WHERE f.created_at < $1 ${where}
            ORDER BY f.created_at, f.id
            LIMIT $2
            FOR UPDATE SKIP LOCKED`,
          [before, BATCH],
        );
        if (!candidates.length) return { keys: [] as string[], more: false };
        // A new statement sees whatever was committed while we waited for the locks.
        const [rows]: [{ key: string }[], number] = await manager.query(
          `DELETE FROM stored_file f WHERE f.id = ANY($1::uuid[]) ${where} RETURNING f.key`,
          [candidates.map((c) => c.id)],
        );
        return { keys: rows.map((r) => r.key), more: candidates.length === BATCH };
      });
      for (const key of keys.keys) {
        await this.storage.delete(key).catch((error: Error) => {
          this.logger.error(`could not delete stored object of a removed file: ${error.name}`);
        });
      }
      removed += keys.keys.length;
      if (!keys.more) return removed;
    }
  }
}
