import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CsvAccountField, EnrollmentImportResult, PreviewEnrollmentCsvQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Page, StatusMessage } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { disciplineName, sortRoles } from '../users/labels';
import { invalidateLearning } from '../learning/queries';
import {
  ImportEnrollmentCsvDocument,
  PreviewEnrollmentCsvDocument,
  TrackEnrollmentsDocument,
} from './catalogue.documents';
import { enrollmentsKey } from './EnrollmentsPage';
import { useCatalogueErrorMessage } from './errors';
import { TextAreaField } from './fields';
import { CATALOGUE_PATH, enrollmentsPath, trackPath } from './paths';

type Preview = PreviewEnrollmentCsvQuery['previewEnrollmentCsv'];
type Row = Preview['rows'][number];
type Problem = Row['problems'][number];
type Change = Row['changes'][number];

/** One confirmed change: the row's e-mail and the field. */
const changeKey = (email: string, field: CsvAccountField) => `${email}\u0000${field}`;

/** The rows that will be enrolled: a staff account only when adding the student role is confirmed. */
function rowsToEnrol(preview: Preview, confirmed: ReadonlySet<string>): number {
  return preview.rows.filter(
    (row) =>
      row.action !== 'NONE' &&
      row.changes.every((c) => c.field !== 'STUDENT_ROLE' || confirmed.has(changeKey(row.email, c.field))),
  ).length;
}

/** A CSV file is text; anything much larger than a thousand rows is not an enrolment list. */
const MAX_CSV_BYTES = 1024 * 1024;

/**
 * /admin/catalogue/tracks/:trackId/enrollments/import — paste or choose a CSV, see every row
 * and its problems, and import only a file without any.
 */
export function EnrollmentImportPage() {
  const { trackId } = useParams();
  return <EnrollmentImport key={trackId} trackId={trackId!} />;
}

function EnrollmentImport({ trackId }: { trackId: string }) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [csv, setCsv] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ csv: string; preview: Preview } | null>(null);
  // Changes to existing accounts the admin ticked; none by default, cleared with every new check.
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<EnrollmentImportResult | null>(null);
  const track = useQuery({
    queryKey: [...enrollmentsKey(trackId), 1],
    queryFn: () => request(TrackEnrollmentsDocument, { trackId, page: { offset: 0, limit: 20 } }),
  }).data?.track;

  const previewRequest = useMutation({
    mutationFn: (text: string) => request(PreviewEnrollmentCsvDocument, { input: { trackId, csv: text } }),
    onMutate: () => {
      setResult(null);
      setChecked(null);
      setConfirmed(new Set());
    },
    onSuccess: (data, text) => setChecked({ csv: text, preview: data.previewEnrollmentCsv }),
  });

  const importRequest = useMutation({
    mutationFn: (vars: { csv: string; preview: Preview; confirmed: ReadonlySet<string> }) =>
      request(ImportEnrollmentCsvDocument, {
        input: {
          trackId,
          csv: vars.csv,
          previewHash: vars.preview.previewHash,
          confirmedChanges: vars.preview.rows.flatMap((row) =>
            row.changes
              .filter((c) => vars.confirmed.has(changeKey(row.email, c.field)))
              .map((c) => ({ email: row.email, field: c.field })),
          ),
        },
      }),
    onSuccess: async (data) => {
      setResult(data.importEnrollmentCsv);
      setChecked(null);
      setConfirmed(new Set());
      setCsv('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: enrollmentsKey(trackId) }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        invalidateLearning(queryClient),
      ]);
    },
  });

  async function chooseFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setFileError(t('csvImport.fileTooLarge'));
      return;
    }
    const text = await file.text();
    setCsv(text);
    previewRequest.mutate(text);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (csv.trim()) previewRequest.mutate(csv);
  }

  // Any change to the text makes the preview stale: it no longer shows what would be imported.
  const preview = checked && checked.csv === csv ? checked.preview : null;
  const title = track ? t('csvImport.titleFor', { title: track.title }) : t('csvImport.title');

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(track ? [{ label: track.title, to: trackPath(track.id) }] : []),
          { label: t('enrollments.title'), to: enrollmentsPath(trackId) },
          { label: t('csvImport.crumb') },
        ]}
      />
      <Page title={title}>
        <p>{t('csvImport.intro')}</p>
        <pre className="csv-example" aria-label={t('csvImport.exampleLabel')}>
          {t('csvImport.example')}
        </pre>
        <StatusMessage message={result ? importSummary(t, result) : null} />
        {result && (
          <p>
            <Link to={enrollmentsPath(trackId)}>{t('csvImport.toEnrollments')}</Link>
          </p>
        )}

        <form onSubmit={submit} className="form form-wide" noValidate>
          <div className="field">
            <label htmlFor={fileId}>{t('csvImport.file')}</label>
            <p className="hint" id={`${fileId}-hint`}>
              {t('csvImport.fileHint')}
            </p>
            <div role="alert" className="live-region" id={`${fileId}-error`}>
              {fileError && <p className="field-error">{fileError}</p>}
            </div>
            <input
              id={fileId}
              type="file"
              name="csvFile"
              accept=".csv,text/csv,text/plain"
              aria-describedby={`${fileId}-hint ${fileId}-error`}
              onChange={(e) => void chooseFile(e.target.files?.[0])}
            />
          </div>
          <TextAreaField
            label={t('csvImport.paste')}
            hint={t('csvImport.pasteHint')}
            name="csv"
            rows={8}
            className="markdown-input"
            value={csv}
            onChange={(value) => {
              setCsv(value);
              setResult(null);
            }}
          />
          <div className="button-row">
            <button
              type="submit"
              className="button button-secondary"
              disabled={!csv.trim() || previewRequest.isPending}
            >
              {previewRequest.isPending ? t('csvImport.checking') : t('csvImport.check')}
            </button>
          </div>
        </form>
        <ErrorAlert message={previewRequest.error ? errorText(previewRequest.error) : null} />

        {checked && !preview && <p className="notice">{t('csvImport.stale')}</p>}
        {preview && (
          <PreviewResult
            preview={preview}
            confirmed={confirmed}
            onConfirm={(key, yes) =>
              setConfirmed((current) => {
                const next = new Set(current);
                if (yes) next.add(key);
                else next.delete(key);
                return next;
              })
            }
            importing={importRequest.isPending}
            importError={importRequest.error ? errorText(importRequest.error) : null}
            onImport={() => importRequest.mutate({ csv: checked!.csv, preview, confirmed })}
          />
        )}
      </Page>
    </>
  );
}

function importSummary(t: TFunction, result: EnrollmentImportResult): string {
  return [
    t('csvImport.result.enrolled', { count: result.enrolledCount }),
    result.invitedCount > 0 ? t('csvImport.result.invited', { count: result.invitedCount }) : null,
    result.organisationsCreated > 0
      ? t('csvImport.result.organisations', { count: result.organisationsCreated })
      : null,
    result.changesApplied > 0 ? t('csvImport.result.changes', { count: result.changesApplied }) : null,
    result.skippedCount > 0 ? t('csvImport.result.skipped', { count: result.skippedCount }) : null,
  ]
    .filter(Boolean)
    .join(' ');
}

function PreviewResult({
  preview,
  confirmed,
  onConfirm,
  importing,
  importError,
  onImport,
}: {
  preview: Preview;
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, confirmed: boolean) => void;
  importing: boolean;
  importError: string | null;
  onImport: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const whyId = useId();
  const total = preview.rows.length;
  const changeCount = preview.rows.reduce((sum, row) => sum + row.changes.length, 0);
  const enrolCount = rowsToEnrol(preview, confirmed);
  const blocked = !preview.canImport ? 'cannotImport' : enrolCount === 0 ? 'nobodyToEnrol' : null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('csvImport.preview.title')}</h2>
      <div role="status" className="live-region">
        <p className={preview.canImport ? 'message message-success' : 'message message-error'}>
          {preview.canImport
            ? t('csvImport.preview.allGood', { count: total })
            : total === 0
              ? t('csvImport.preview.noRows')
              : t('csvImport.preview.summary', { count: preview.invalidRowCount, total })}
        </p>
      </div>
      {preview.canImport && changeCount > 0 && (
        <p className="notice">{t('csvImport.changes.notice', { count: changeCount })}</p>
      )}
      {preview.fileProblems.length > 0 && (
        <div className="notice notice-error">
          <p>{t('csvImport.preview.fileProblems')}</p>
          <ul>
            {preview.fileProblems.map((problem) => (
              <li key={problem.code}>
                {t(`csvImport.fileProblem.${problem.code}`, {
                  line: problem.line ?? '?',
                  count: problem.rowCount ?? 0,
                  max: problem.maxRows ?? 0,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {total > 0 && (
        <div className="table-wrap" role="region" aria-label={t('csvImport.preview.tableLabel')} tabIndex={0}>
          <table className="table csv-table">
            <caption className="visually-hidden">{t('csvImport.preview.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('csvImport.columns.line')}</th>
                <th scope="col">{t('csvImport.columns.email')}</th>
                <th scope="col">{t('csvImport.columns.name')}</th>
                <th scope="col">{t('csvImport.columns.discipline')}</th>
                <th scope="col">{t('csvImport.columns.organisation')}</th>
                <th scope="col">{t('csvImport.columns.result')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line} className={row.problems.length ? 'row-invalid' : undefined}>
                  <th scope="row">{row.line}</th>
                  <td>{row.email || <span className="muted">{t('catalogue.none')}</span>}</td>
                  <td>{row.name || <span className="muted">{t('catalogue.none')}</span>}</td>
                  <td>{row.discipline || <span className="muted">{t('catalogue.none')}</span>}</td>
                  <td>
                    {row.organisation || <span className="muted">{t('catalogue.none')}</span>}
                    {row.createsOrganisation && (
                      <span className="muted small"> ({t('csvImport.preview.newOrganisation')})</span>
                    )}
                  </td>
                  <td>
                    {row.problems.length ? (
                      <ul className="problems">
                        {row.problems.map((problem) => (
                          <li key={`${problem.code}-${problem.field}`}>{problemText(t, problem, row, preview.rows)}</li>
                        ))}
                      </ul>
                    ) : (
                      <>
                        <span className="state state-completed">{t(`csvImport.action.${row.action}`)}</span>
                        {row.changes.length > 0 && (
                          <fieldset className="csv-changes">
                            <legend>{t('csvImport.changes.legend')}</legend>
                            {row.changes.map((change) => {
                              const key = changeKey(row.email, change.field);
                              return (
                                <label key={change.field} className="checkbox">
                                  <input
                                    type="checkbox"
                                    checked={confirmed.has(key)}
                                    onChange={(e) => onConfirm(key, e.target.checked)}
                                  />
                                  <span>{changeText(t, i18n.language, change)}</span>
                                </label>
                              );
                            })}
                          </fieldset>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorAlert message={importError} />
      <div className="button-row import-row">
        <button
          type="button"
          className="button"
          disabled={!!blocked || importing}
          aria-describedby={blocked ? whyId : undefined}
          onClick={onImport}
        >
          {importing ? t('csvImport.importing') : t('csvImport.import', { count: enrolCount })}
        </button>
        {blocked && (
          <p id={whyId} className="hint">
            {t(`csvImport.${blocked}`)}
          </p>
        )}
      </div>
    </section>
  );
}

/** A change to an existing account, old → new, in the reader's language. */
function changeText(t: TFunction, language: string, change: Change): string {
  const none = t('csvImport.changes.none');
  switch (change.field) {
    case 'DISCIPLINE':
      return t('csvImport.changes.DISCIPLINE', {
        from: change.fromDiscipline ? disciplineName(change.fromDiscipline, language) : none,
        to: change.toDiscipline ? disciplineName(change.toDiscipline, language) : change.to,
      });
    case 'ORGANISATION':
      return t('csvImport.changes.ORGANISATION', { from: change.from ?? none, to: change.to });
    case 'STUDENT_ROLE':
      return t('csvImport.changes.STUDENT_ROLE', {
        roles: new Intl.ListFormat(language, { type: 'conjunction' }).format(
          sortRoles(change.currentRoles).map((role) => t(`roles.${role}`)),
        ),
      });
  }
}

/** The problem in the reader's language, from its code and the row (the API's text is English). */
function problemText(t: TFunction, problem: Problem, row: Row, rows: Row[]): string {
  switch (problem.code) {
    case 'DUPLICATE_EMAIL':
      return t('csvImport.problem.DUPLICATE_EMAIL', {
        lines: rows
          .filter((other) => other.line !== row.line && other.email === row.email)
          .map((other) => other.line)
          .join(', '),
      });
    case 'INVALID_EMAIL':
      return t('csvImport.problem.INVALID_EMAIL', { value: row.email });
    case 'UNKNOWN_DISCIPLINE':
      return t('csvImport.problem.UNKNOWN_DISCIPLINE', { value: row.discipline });
    case 'VALUE_TOO_LONG':
      return t('csvImport.problem.VALUE_TOO_LONG', {
        column: problem.field === 'organisation' ? t('csvImport.columns.organisation') : t('csvImport.columns.name'),
      });
    default:
      return t(`csvImport.problem.${problem.code}`);
  }
}
