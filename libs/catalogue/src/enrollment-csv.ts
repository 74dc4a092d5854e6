import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import { Role } from '@imh/common';
import type { Discipline, Organisation, User } from '@imh/identity';
import { UserStatus } from '@imh/identity';
import {
  CsvAccountChange,
  CsvAccountField,
  CsvFileProblem,
  CsvFileProblemCode,
  CsvProblem,
  CsvProblemCode,
  CsvRowAction,
  EnrollmentCsvRow,
} from './views/enrollment-csv.types';

export const MAX_CSV_ROWS = 1000;

export interface CsvInputRow {
  line: number;
  email: string;
  name: string;
  discipline: string;
  organisation: string;
}

const HEADERS: Record<keyof Omit<CsvInputRow, 'line'>, string[]> = {
  email: ['email', 'e-mail', 'emailadres', 'e-mailadres', 'mail'],
  name: ['name', 'naam', 'volledige naam', 'full name'],
  discipline: ['discipline', 'beroep', 'beroepsgroep'],
  organisation: ['organisation', 'organization', 'organisatie', 'werkgever', 'employer'],
};

/** Dutch spreadsheets save CSV with `;`; pick whichever separator the header row uses more. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const fileProblem = (
  code: CsvFileProblemCode,
  message: string,
  extra: Partial<Pick<CsvFileProblem, 'line' | 'rowCount' | 'maxRows'>> = {},
): CsvFileProblem => ({ code, message, line: null, rowCount: null, maxRows: null, ...extra });

/** Reads the CSV text into rows (with file line numbers), or says why the file as a whole is unusable. */
export function parseEnrollmentCsv(text: string): { rows: CsvInputRow[]; fileProblems: CsvFileProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return {
      rows: [],
      fileProblems: [
        fileProblem(CsvFileProblemCode.UNREADABLE, `The file could not be read as CSV: ${(error as Error).message}`, {
          line: typeof line === 'number' ? line : null,
        }),
      ],
    };
  }
  if (records.length === 0)
    return { rows: [], fileProblems: [fileProblem(CsvFileProblemCode.EMPTY, 'The file is empty.')] };
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const column = Object.fromEntries(
    Object.entries(HEADERS).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))]),
  ) as Record<keyof typeof HEADERS, number>;
  const fileProblems: CsvFileProblem[] = [];
  if (column.email < 0) {
    fileProblems.push(
      fileProblem(CsvFileProblemCode.NO_EMAIL_COLUMN, 'The header row has no e-mail column (email or e-mail).'),
    );
  }
  if (column.name < 0) {
    fileProblems.push(
      fileProblem(CsvFileProblemCode.NO_NAME_COLUMN, 'The header row has no name column (name or naam).'),
    );
  }
  const data = records.slice(1);
  if (data.length === 0) {
    fileProblems.push(fileProblem(CsvFileProblemCode.NO_ROWS, 'The file has a header row but no students.'));
  }
  if (data.length > MAX_CSV_ROWS) {
    fileProblems.push(
      fileProblem(
        CsvFileProblemCode.TOO_MANY_ROWS,
        `The file has ${data.length} rows; import at most ${MAX_CSV_ROWS} at once.`,
        { rowCount: data.length, maxRows: MAX_CSV_ROWS },
      ),
    );
  }
  if (fileProblems.length) return { rows: [], fileProblems };
  const cell = (record: string[], index: number) => (index >= 0 ? (record[index] ?? '').trim() : '');
  return {
    fileProblems,
    rows: data.map(({ record, info }) => ({
      line: info.lines,
      email: cell(record, column.email).toLowerCase(),
      name: cell(record, column.name),
      discipline: cell(record, column.discipline),
      organisation: cell(record, column.organisation),
    })),
  };
}

/** What the database says about the people and names in the file; loaded in a fixed number of queries. */
export interface CsvContext {
  disciplines: Discipline[];
  /** Keyed by lower-cased name. */
  organisations: Map<string, Organisation>;
  /** Keyed by e-mail (stored lower-cased); with their organisation loaded, to show what would change. */
  users: Map<string, User>;
  /** Users with an ACTIVE or COMPLETED enrolment in the track. */
  enrolledUserIds: Set<string>;
  /** When the track requires another: who has completed that one. */
  requiredTrack: { title: string; completedUserIds: Set<string> } | null;
}

export function findDiscipline(disciplines: Discipline[], value: string): Discipline | undefined {
  const v = value.trim().toLowerCase();
  return disciplines.find((d) => [d.code, d.nameNl, d.nameEn].some((n) => n.toLowerCase() === v));
}

/**
 * Every problem of every row, so the admin can fix the whole file at once.
 *
 * Decisions: an unknown organisation is not an error; it is created on import (in-company
 * groups often bring a new employer) and the preview flags the row with `createsOrganisation`
 * so the admin sees it before confirming. An unknown discipline is an error, because the
 * discipline list is fixed and drives the multidisciplinary grouping. The discipline may be
 * left empty only for people who already have an account; names are required on every row.
 */
export function analyseEnrollmentRows(rows: CsvInputRow[], ctx: CsvContext): EnrollmentCsvRow[] {
  const linesByEmail = new Map<string, number[]>();
  for (const r of rows) if (r.email) linesByEmail.set(r.email, [...(linesByEmail.get(r.email) ?? []), r.line]);

  return rows.map((r) => {
    const problems: CsvProblem[] = [];
    const problem = (code: CsvProblemCode, field: string, message: string) => problems.push({ code, field, message });
    const user = ctx.users.get(r.email);

    if (!r.email) problem(CsvProblemCode.MISSING_EMAIL, 'email', 'The e-mail address is missing.');
    else if (r.email.length > 254 || !isEmail(r.email)) {
      problem(CsvProblemCode.INVALID_EMAIL, 'email', `"${r.email.slice(0, 80)}" is not a valid e-mail address.`);
    }
    const others = (linesByEmail.get(r.email) ?? []).filter((l) => l !== r.line);
    if (r.email && others.length) {
      problem(CsvProblemCode.DUPLICATE_EMAIL, 'email', `This e-mail address is also on line ${others.join(', ')}.`);
    }
    if (!r.name) problem(CsvProblemCode.MISSING_NAME, 'name', 'The name is missing.');
    else if (r.name.length > 200)
      problem(CsvProblemCode.VALUE_TOO_LONG, 'name', 'The name is longer than 200 characters.');
    if (r.discipline && !findDiscipline(ctx.disciplines, r.discipline)) {
      problem(CsvProblemCode.UNKNOWN_DISCIPLINE, 'discipline', `Unknown discipline "${r.discipline.slice(0, 80)}".`);
    } else if (!r.discipline && !user) {
      problem(CsvProblemCode.MISSING_DISCIPLINE, 'discipline', 'A new student needs a discipline.');
    }
    if (r.organisation.length > 200) {
      problem(CsvProblemCode.VALUE_TOO_LONG, 'organisation', 'The organisation is longer than 200 characters.');
    }
    if (user?.status === UserStatus.DEACTIVATED) {
      problem(CsvProblemCode.ACCOUNT_DEACTIVATED, 'email', 'This account is deactivated; reactivate it first.');
    }
    if (user && ctx.enrolledUserIds.has(user.id)) {
      problem(CsvProblemCode.ALREADY_ENROLLED, 'email', 'Already enrolled in this track.');
    }
    if (ctx.requiredTrack && !(user && ctx.requiredTrack.completedUserIds.has(user.id))) {
      problem(
        CsvProblemCode.REQUIRED_TRACK_NOT_COMPLETED,
        'email',
        `Has not completed ${ctx.requiredTrack.title}, which this track requires.`,
      );
    }
    const action = problems.length ? CsvRowAction.NONE : user ? CsvRowAction.ENROLL_EXISTING : CsvRowAction.INVITE;
    return {
      ...r,
      action,
      createsOrganisation: !!r.organisation && !ctx.organisations.has(r.organisation.toLowerCase()),
      problems,
      changes: action === CsvRowAction.ENROLL_EXISTING && user ? accountChanges(r, user, ctx) : [],
    };
  });
}

/**
 * What the row would change about an existing account: a discipline or organisation other than
 * the account's (an empty cell changes nothing), and the student role for an account without it.
 * Each is applied only when the admin confirms it.
 */
export function accountChanges(row: CsvInputRow, user: User, ctx: CsvContext): CsvAccountChange[] {
  const changes: CsvAccountChange[] = [];
  const none = { fromDiscipline: null, toDiscipline: null, currentRoles: [] };
  const discipline = row.discipline ? findDiscipline(ctx.disciplines, row.discipline) : undefined;
  if (discipline && discipline.id !== user.disciplineId) {
    const current = ctx.disciplines.find((d) => d.id === user.disciplineId) ?? null;
    changes.push({
      ...none,
      field: CsvAccountField.DISCIPLINE,
      from: current?.code ?? null,
      to: discipline.code,
      fromDiscipline: current,
      toDiscipline: discipline,
    });
  }
  if (row.organisation) {
    const named = ctx.organisations.get(row.organisation.toLowerCase());
    if (!named || named.id !== user.organisationId) {
      changes.push({
        ...none,
        field: CsvAccountField.ORGANISATION,
        from: user.organisation?.name ?? null,
        to: named?.name ?? row.organisation,
      });
    }
  }
  if (!user.roles.includes(Role.STUDENT)) {
    changes.push({
      ...none,
      field: CsvAccountField.STUDENT_ROLE,
      from: null,
      to: Role.STUDENT,
      currentRoles: [...user.roles].sort(),
    });
  }
  return changes;
}

/**
 * Binds an import to the track, the exact file and what the preview showed: each row's action
 * and the account changes offered for confirmation (with their current values). Whatever changes
 * in between (the file, an account, a new account under one of the addresses) changes the hash,
 * so the admin confirms only what they saw.
 */
export function previewHash(trackId: string, csv: string, rows: readonly EnrollmentCsvRow[]): string {
  const shown = rows.map((r) => [r.line, r.action, r.changes.map((c) => [c.field, c.from, c.to])]);
  return createHash('sha256')
    .update(trackId)
    .update('\0')
    .update(csv)
    .update('\0')
    .update(JSON.stringify(shown))
    .digest('hex');
}

/** The key of a confirmed change: one per e-mail and field. */
export const changeKey = (email: string, field: CsvAccountField) => `${email}\0${field}`;
