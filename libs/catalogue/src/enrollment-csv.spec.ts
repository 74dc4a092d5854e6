import { describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import type { Discipline, Organisation, User } from '@imh/identity';
import { UserStatus } from '@imh/identity';
import {
  analyseEnrollmentRows,
  type CsvContext,
  MAX_CSV_ROWS,
  parseEnrollmentCsv,
  previewHash,
} from './enrollment-csv';
import {
  CsvAccountField,
  CsvFileProblemCode,
  CsvProblemCode,
  CsvRowAction,
  type EnrollmentCsvRow,
} from './views/enrollment-csv.types';

const disciplines = [
  { id: 'd1', code: 'logopedie', nameNl: 'Logopedie', nameEn: 'Speech therapy' },
  { id: 'd2', code: 'kraamzorg', nameNl: 'Kraamzorg', nameEn: 'Maternity care' },
] as Discipline[];

const context = (over: Partial<CsvContext> = {}): CsvContext => ({
  disciplines,
  organisations: new Map([['wijkteam noord', { id: 'o1', name: 'Wijkteam Noord' } as Organisation]]),
  users: new Map(),
  enrolledUserIds: new Set(),
  requiredTrack: null,
  ...over,
});

const student = (over: Partial<User>) =>
  ({ status: UserStatus.ACTIVE, roles: [Role.STUDENT], disciplineId: null, organisationId: null, ...over }) as User;

const codes = (row: { problems: { code: CsvProblemCode }[] }) => row.problems.map((p) => p.code);

describe('parseEnrollmentCsv', () => {
  it('reads comma separated files with Dutch headers and quoted fields', () => {
    const { rows, fileProblems } = parseEnrollmentCsv(
      'E-mail,Naam,Discipline,Organisatie\n' +
        'a@x.nl,"Bakker, Sanne",logopedie,Wijkteam Noord\n\n' +
        'B@X.NL ,Jan,Kraamzorg,\n',
    );
    expect(fileProblems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, email: 'a@x.nl', name: 'Bakker, Sanne', discipline: 'logopedie', organisation: 'Wijkteam Noord' },
      { line: 4, email: 'b@x.nl', name: 'Jan', discipline: 'Kraamzorg', organisation: '' },
    ]);
  });

  it('reads semicolon separated files (as Dutch spreadsheets save them) with a BOM', () => {
    const { rows } = parseEnrollmentCsv(
      '\uFEFFemail;name;discipline;organisation\r\na@x.nl;Sanne;logopedie;Org, BV\r\n',
    );
    expect(rows[0]).toMatchObject({ email: 'a@x.nl', name: 'Sanne', organisation: 'Org, BV' });
  });

  it('reports a missing column or an unreadable file as a file problem', () => {
    const codes = (csv: string) => parseEnrollmentCsv(csv).fileProblems.map((p) => p.code);
    expect(codes('naam,discipline\nSanne,logopedie\n')).toEqual([CsvFileProblemCode.NO_EMAIL_COLUMN]);
    expect(codes('mail,discipline\na@x.nl,logopedie\n')).toEqual([CsvFileProblemCode.NO_NAME_COLUMN]);
    expect(parseEnrollmentCsv('email,name\n"a@x.nl,Sanne\n').fileProblems).toEqual([
      expect.objectContaining({ code: CsvFileProblemCode.UNREADABLE, line: 2 }),
    ]);
    expect(parseEnrollmentCsv('email,name\n"a@x.nl,Sanne\n').fileProblems[0].message).toMatch(/could not be read/);
    expect(codes('email,name\n')).toEqual([CsvFileProblemCode.NO_ROWS]);
    expect(codes('\n\n')).toEqual([CsvFileProblemCode.EMPTY]);
    const tooMany = `email,name\n${'a@x.nl,A\n'.repeat(MAX_CSV_ROWS + 1)}`;
    expect(parseEnrollmentCsv(tooMany).fileProblems).toEqual([
      expect.objectContaining({
        code: CsvFileProblemCode.TOO_MANY_ROWS,
        rowCount: MAX_CSV_ROWS + 1,
        maxRows: MAX_CSV_ROWS,
      }),
    ]);
  });
});

describe('analyseEnrollmentRows', () => {
  const parse = (csv: string) => parseEnrollmentCsv(`email,name,discipline,organisation\n${csv}`).rows;

  it('reports a duplicate e-mail, an unknown discipline and a missing name, each on its row', () => {
    const rows = analyseEnrollmentRows(
      parse('a@x.nl,Sanne,logopedie,\nb@x.nl,Jan,astrologie,\nc@x.nl,,kraamzorg,\na@x.nl,Sanne B,logopedie,\n'),
      context(),
    );
    expect(rows.map(codes)).toEqual([
      [CsvProblemCode.DUPLICATE_EMAIL],
      [CsvProblemCode.UNKNOWN_DISCIPLINE],
      [CsvProblemCode.MISSING_NAME],
      [CsvProblemCode.DUPLICATE_EMAIL],
    ]);
    expect(rows[0].problems[0].message).toContain('line 5');
    expect(rows.every((r) => r.action === CsvRowAction.NONE)).toBe(true);
  });

  it('matches disciplines by code or name, and invites new people', () => {
    const rows = analyseEnrollmentRows(
      parse('a@x.nl,Sanne,Speech therapy,Wijkteam noord\nb@x.nl,Jan,KRAAMZORG,Nieuw BV\n'),
      context(),
    );
    expect(rows.map(codes)).toEqual([[], []]);
    expect(rows.map((r) => r.action)).toEqual([CsvRowAction.INVITE, CsvRowAction.INVITE]);
    expect(rows.map((r) => r.createsOrganisation)).toEqual([false, true]);
  });

  it('refuses malformed e-mail, missing discipline for a new person, deactivated and enrolled accounts', () => {
    const users = new Map([
      ['old@x.nl', student({ id: 'u1', status: UserStatus.DEACTIVATED })],
      ['in@x.nl', student({ id: 'u2' })],
      ['known@x.nl', student({ id: 'u3' })],
    ]);
    const rows = analyseEnrollmentRows(
      parse('not-an-email,A,logopedie,\nnew@x.nl,B,,\nold@x.nl,C,,\nin@x.nl,D,,\nknown@x.nl,E,,\n'),
      context({ users, enrolledUserIds: new Set(['u2']) }),
    );
    expect(rows.map(codes)).toEqual([
      [CsvProblemCode.INVALID_EMAIL],
      [CsvProblemCode.MISSING_DISCIPLINE],
      [CsvProblemCode.ACCOUNT_DEACTIVATED],
      [CsvProblemCode.ALREADY_ENROLLED],
      [],
    ]);
    expect(rows[4].action).toBe(CsvRowAction.ENROLL_EXISTING);
  });

  it('refuses a route for whoever has not completed the required track', () => {
    const users = new Map([
      ['done@x.nl', student({ id: 'u1' })],
      ['busy@x.nl', student({ id: 'u2' })],
    ]);
    const rows = analyseEnrollmentRows(
      parse('done@x.nl,A,,\nbusy@x.nl,B,,\nnew@x.nl,C,logopedie,\n'),
      context({ users, requiredTrack: { title: 'IMH-kerncursus', completedUserIds: new Set(['u1']) } }),
    );
    expect(rows.map(codes)).toEqual([
      [],
      [CsvProblemCode.REQUIRED_TRACK_NOT_COMPLETED],
      [CsvProblemCode.REQUIRED_TRACK_NOT_COMPLETED],
    ]);
  });
});

describe('account changes', () => {
  const parse = (csv: string) => parseEnrollmentCsv(`email,name,discipline,organisation\n${csv}`).rows;
  const fields = (row: EnrollmentCsvRow) => row.changes.map((c) => [c.field, c.from, c.to]);

  it('lists a different discipline and organisation, and the student role for staff, old → new', () => {
    const users = new Map([
      [
        'sanne@x.nl',
        student({
          id: 'u1',
          disciplineId: 'd1',
          organisationId: 'o1',
          organisation: { id: 'o1', name: 'Wijkteam Noord' } as Organisation,
        }),
      ],
      ['docent@x.nl', student({ id: 'u2', roles: [Role.DOCENT, Role.ADMIN] })],
      ['same@x.nl', student({ id: 'u3', disciplineId: 'd2', organisationId: 'o1' })],
    ]);
    const rows = analyseEnrollmentRows(
      parse(
        'sanne@x.nl,Sanne,kraamzorg,Nieuw BV\ndocent@x.nl,Docent,logopedie,wijkteam noord\nsame@x.nl,Same,Kraamzorg,Wijkteam Noord\n',
      ),
      context({ users }),
    );
    expect(rows.map((r) => r.action)).toEqual([
      CsvRowAction.ENROLL_EXISTING,
      CsvRowAction.ENROLL_EXISTING,
      CsvRowAction.ENROLL_EXISTING,
    ]);
    expect(fields(rows[0])).toEqual([
      [CsvAccountField.DISCIPLINE, 'logopedie', 'kraamzorg'],
      [CsvAccountField.ORGANISATION, 'Wijkteam Noord', 'Nieuw BV'],
    ]);
    expect(rows[0].changes[0].fromDiscipline?.nameEn).toBe('Speech therapy');
    expect(rows[0].changes[0].toDiscipline?.nameNl).toBe('Kraamzorg');
    // An empty account field is filled only with confirmation too; the organisation keeps its stored spelling.
    expect(fields(rows[1])).toEqual([
      [CsvAccountField.DISCIPLINE, null, 'logopedie'],
      [CsvAccountField.ORGANISATION, null, 'Wijkteam Noord'],
      [CsvAccountField.STUDENT_ROLE, null, 'STUDENT'],
    ]);
    expect(rows[1].changes[2].currentRoles).toEqual([Role.ADMIN, Role.DOCENT]);
    expect(rows[2].changes).toEqual([]);
  });

  it('offers nothing for empty cells, new people or rows with problems', () => {
    const users = new Map([
      ['a@x.nl', student({ id: 'u1', disciplineId: 'd1' })],
      ['gone@x.nl', student({ id: 'u2', status: UserStatus.DEACTIVATED, roles: [Role.DOCENT] })],
    ]);
    const rows = analyseEnrollmentRows(
      parse('a@x.nl,A,,\nnew@x.nl,New,kraamzorg,Nieuw BV\ngone@x.nl,Gone,kraamzorg,\n'),
      context({ users }),
    );
    expect(rows.map((r) => r.changes)).toEqual([[], [], []]);
  });
});

describe('previewHash', () => {
  const rows = (over: Partial<EnrollmentCsvRow> = {}): EnrollmentCsvRow[] => [
    {
      line: 2,
      email: 'a@x.nl',
      name: 'A',
      discipline: '',
      organisation: '',
      action: CsvRowAction.ENROLL_EXISTING,
      createsOrganisation: false,
      problems: [],
      changes: [],
      ...over,
    },
  ];

  it('changes with the file, the track, the actions and the offered changes', () => {
    const base = previewHash('t1', 'a', rows());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(previewHash('t1', 'a', rows())).toBe(base);
    expect(previewHash('t1', 'b', rows())).not.toBe(base);
    expect(previewHash('t2', 'a', rows())).not.toBe(base);
    expect(previewHash('t1', 'a', rows({ action: CsvRowAction.INVITE }))).not.toBe(base);
    const change = {
      field: CsvAccountField.DISCIPLINE,
      from: 'logopedie',
      to: 'kraamzorg',
      fromDiscipline: null,
      toDiscipline: null,
      currentRoles: [],
    };
    const withChange = previewHash('t1', 'a', rows({ changes: [change] }));
    expect(withChange).not.toBe(base);
    expect(previewHash('t1', 'a', rows({ changes: [{ ...change, from: null }] }))).not.toBe(withChange);
  });
});
