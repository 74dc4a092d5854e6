import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ConfidentialFiguresQuery } from '../../gql/graphql';
import { TIME_ZONE } from '../../lib/format';
import { ErrorAlert, Loading, Page, SelectField } from '../../lib/ui';
import { useConfidentialErrorMessage } from './errors';
import { WORKSPACE_PATH } from './paths';
import { useFigures } from './queries';

type Figures = ConfidentialFiguresQuery['confidentialFigures'];
type Count = Figures['byMonth'][number];

const YEARS_SHOWN = 10;

const thisYear = () =>
  Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: TIME_ZONE }).format(new Date()));

/** A CSV field, quoted when it must be. */
const field = (value: string | number) => {
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Turns an in-memory text into a file the browser saves. */
function download(name: string, text: string) {
  // The byte order mark makes spreadsheet programs read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** /confidential/figures — counts for the annual report, per month, status and kind of writer. */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > current - YEARS_SHOWN && asked <= current ? asked : current;
  const [choice, setChoice] = useState(String(year));
  const figures = useFigures(year);
  const data = figures.data?.confidentialFigures;

  const monthName = (key: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, Number(key) - 1, 1)),
    );
  const statusName = (key: string) =>
    ['OPEN', 'IN_PROGRESS', 'CLOSED'].includes(key) ? t(`confidential.status.${key as 'OPEN'}`) : key;
  const writerName = (key: string) =>
    ['STUDENT', 'DOCENT', 'ANONYMOUS'].includes(key) ? t(`confidential.writerKind.${key as 'STUDENT'}`) : key;

  function show(event: FormEvent) {
    event.preventDefault();
    setParams(Number(choice) === current ? {} : { year: choice });
  }

  function csv(figures: Figures): string {
    const csvText = t('confidential.figures.csv', { returnObjects: true });
    const rows: (string | number)[][] = [[csvText.section, csvText.key, csvText.count]];
    for (const m of figures.byMonth) rows.push([csvText.month, monthName(m.key), m.count]);
    for (const s of figures.byStatus) rows.push([csvText.status, statusName(s.key), s.count]);
    for (const w of figures.byWriterKind) rows.push([csvText.writer, writerName(w.key), w.count]);
    rows.push([csvText.median, '', figures.medianHoursToFirstAnswer ?? '']);
    return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
  }

  return (
    <Page title={t('confidential.figures.title')}>
      <p>
        <Link to={WORKSPACE_PATH}>{t('confidential.recovery.back')}</Link>
      </p>
      <p className="lead">{t('confidential.figures.intro')}</p>
      <form className="inline-form" onSubmit={show}>
        <SelectField label={t('confidential.figures.year')} name="year" value={choice} onChange={setChoice}>
          {Array.from({ length: YEARS_SHOWN }, (_, i) => current - i).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-secondary">
          {t('confidential.figures.show')}
        </button>
      </form>
      {figures.isPending ? (
        <Loading label={t('confidential.figures.loading')} />
      ) : figures.isError || !data ? (
        <ErrorAlert message={errorText(figures.error)} />
      ) : (
        <div aria-busy={figures.isFetching}>
          <div className="button-row section">
            <button
              type="button"
              className="button"
              onClick={() => download(t('confidential.figures.fileName', { year: data.year }), csv(data))}
            >
              {t('confidential.figures.download')}
            </button>
          </div>
          <dl className="details">
            <dt>{t('confidential.figures.median')}</dt>
            <dd>
              {data.medianHoursToFirstAnswer === null || data.medianHoursToFirstAnswer === undefined
                ? t('confidential.figures.medianNone')
                : t('confidential.figures.medianHours', {
                    hours: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
                      data.medianHoursToFirstAnswer,
                    ),
                  })}
            </dd>
          </dl>
          <CountTable
            caption={`${t('confidential.figures.byMonth')} ${data.year}`}
            column={t('confidential.figures.month')}
            counts={data.byMonth}
            label={monthName}
          />
          <CountTable
            caption={`${t('confidential.figures.byStatus')} ${data.year}`}
            column={t('confidential.figures.statusColumn')}
            counts={data.byStatus}
            label={statusName}
          />
          <CountTable
            caption={`${t('confidential.figures.byWriterKind')} ${data.year}`}
            column={t('confidential.figures.writerColumn')}
            counts={data.byWriterKind}
            label={writerName}
          />
        </div>
      )}
    </Page>
  );
}

function CountTable({
  caption,
  column,
  counts,
  label,
}: {
  caption: string;
  column: string;
  counts: Count[];
  label: (key: string) => string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <div className="table-wrap section" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col">{t('confidential.figures.count')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.key}>
              <th scope="row">{label(c.key)}</th>
              <td>{c.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('confidential.figures.total')}</th>
            <td>{total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
