import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccreditationExportQuery, RegisterCode } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { formatDate, TIME_ZONE } from '../../lib/format';
import { ErrorAlert, Field, Loading, SelectField } from '../../lib/ui';
import { AccreditationExportDocument, AccreditationRegistersDocument } from './accreditation.documents';

type Export = AccreditationExportQuery['accreditationExport'];

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

/** A download link for text made in the browser (the export the API answered). */
function useFileUrl(text: string | null, type: string): string | null {
  const url = useMemo(() => (text === null ? null : URL.createObjectURL(new Blob([text], { type }))), [text, type]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

function EditionRow({ edition, register }: { edition: Export['editions'][number]; register: string }) {
  const { t, i18n } = useTranslation();
  const name = edition.cohortName
    ? `${edition.cohortName} (${edition.trackTitle})`
    : t('accreditation.admin.noCohort', { track: edition.trackTitle });
  const url = useFileUrl(`${edition.numbers}\n`, 'text/plain;charset=utf-8');
  const period =
    edition.startsOn && edition.endsOn
      ? `${formatDate(`${edition.startsOn}T12:00:00Z`, i18n.language)} – ${formatDate(`${edition.endsOn}T12:00:00Z`, i18n.language)}`
      : '';
  const file = `pe-online-${register.toLowerCase()}-${(edition.cohortName ?? 'zonder-lesgroep').replace(/[^A-Za-z0-9]+/g, '-')}.txt`;
  return (
    <tr>
      <td>
        {name}
        {period && (
          <>
            <br />
            <small>{period}</small>
          </>
        )}
      </td>
      <td>{edition.count}</td>
      <td>
        {url && (
          <a href={url} download={file}>
            {t('accreditation.admin.downloadList', { edition: name })}
          </a>
        )}
      </td>
    </tr>
  );
}

/**
 * On the admin's "Certificaten": per register and period, the points as CSV, the PE-online lists
 * per course edition, and the students who earned points without a registration number. The API
 * makes every file; this section only offers them for download.
 */
export function AccreditationExports() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const registers = useQuery({
    queryKey: ['accreditation-registers'],
    queryFn: () => request(AccreditationRegistersDocument),
  });
  const [register, setRegister] = useState<RegisterCode | ''>('');
  const [from, setFrom] = useState(() => `${today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const selected = register || registers.data?.registers[0]?.code || '';
  const run = useMutation({
    mutationFn: () => request(AccreditationExportDocument, { input: { register: selected as RegisterCode, from, to } }),
  });
  const result = run.data?.accreditationExport ?? null;
  const csvUrl = useFileUrl(result ? `\uFEFF${result.csv}` : null, 'text/csv;charset=utf-8');
  const fieldError = (field: string) =>
    run.isError && isApiError(run.error) && run.error.fields[field] ? errorText(run.error) : undefined;

  return (
    <section aria-labelledby="accreditation-exports-title">
      <h2 id="accreditation-exports-title">{t('accreditation.admin.title')}</h2>
      <p>{t('accreditation.admin.intro')}</p>
      {registers.isError && <ErrorAlert message={errorText(registers.error)} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          run.mutate();
        }}
      >
        <SelectField
          label={t('accreditation.admin.register')}
          name="accreditationRegister"
          value={selected}
          onChange={(value) => setRegister(value as RegisterCode)}
        >
          {registers.data?.registers.map((r) => (
            <option key={r.code} value={r.code}>
              {t(`accreditation.registers.${r.code}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t('accreditation.admin.from')} error={fieldError('from')} required>
          {(control) => (
            <input type="date" name="from" {...control} value={from} onChange={(e) => setFrom(e.target.value)} />
          )}
        </Field>
        <Field label={t('accreditation.admin.to')} error={fieldError('to')} required>
          {(control) => <input type="date" name="to" {...control} value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
        {run.isError && !fieldError('from') && !fieldError('to') && <ErrorAlert message={errorText(run.error)} />}
        <button type="submit" disabled={run.isPending || !selected}>
          {t('accreditation.admin.run')}
        </button>
      </form>
      {run.isPending && <Loading label={t('accreditation.admin.loading')} />}
      {result && (
        <div role="region" aria-label={t('accreditation.admin.result')}>
          {result.rowCount || result.missing.length ? (
            <>
              <p role="status">
                {t('accreditation.admin.summary', { rows: result.rowCount, points: result.totalPoints })}
              </p>
              {csvUrl && result.rowCount > 0 && (
                <p>
                  <a href={csvUrl} download={result.fileName}>
                    {t('accreditation.admin.downloadCsv', { file: result.fileName })}
                  </a>
                </p>
              )}
            </>
          ) : (
            <p role="status">{t('accreditation.admin.empty')}</p>
          )}

          {result.editions.length > 0 && (
            <>
              <h3>{t('accreditation.admin.editionsTitle')}</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('accreditation.admin.edition')}</th>
                    <th scope="col">{t('accreditation.admin.count')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('certification.admin.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.editions.map((edition) => (
                    <EditionRow
                      key={edition.cohortId ?? `track-${edition.trackTitle}`}
                      edition={edition}
                      register={result.register}
                    />
                  ))}
                </tbody>
              </table>
            </>
          )}

          <h3>{t('accreditation.admin.missingTitle')}</h3>
          {!result.missing.length ? (
            <p>{t('accreditation.admin.noMissing')}</p>
          ) : (
            <>
              <p>{t('accreditation.admin.missingIntro')}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('accreditation.admin.name')}</th>
                    <th scope="col">{t('accreditation.admin.email')}</th>
                    <th scope="col">{t('accreditation.admin.modules')}</th>
                    <th scope="col">{t('accreditation.admin.points')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.missing.map((m) => (
                    <tr key={m.studentId}>
                      <td>{m.name}</td>
                      <td>{m.email}</td>
                      <td>{m.modules.join(', ')}</td>
                      <td>{m.points}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
