import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortProposalFieldsFragment } from '../../gql/graphql';
import { disciplineLabel } from './components';

/**
 * One colour per discipline, in the pool's order (most frequent first), so a discipline has the
 * same colour in every bar and in the legend. Neighbours differ in hue and lightness; the text
 * legend and the table carry the meaning for anyone who cannot tell colours apart.
 */
const PALETTE = [
  '#0f5e6e',
  '#e69f00',
  '#7b3fa0',
  '#56b4e9',
  '#c0392b',
  '#009e73',
  '#f0c420',
  '#1f3f8f',
  '#d55e00',
  '#cc79a7',
  '#5d6d1e',
  '#8c564b',
  '#2ca5a5',
  '#4d4d4d',
  '#b8860b',
  '#9a1f5b',
];
const NO_DISCIPLINE = '#b8c2cc';

type Proposal = CohortProposalFieldsFragment;
type Segment = { key: string; label: string; count: number; color: string };

/** The pool's disciplines in order, each with its colour and label. */
export function useDisciplinePalette(proposal: Proposal) {
  const { t, i18n } = useTranslation();
  return proposal.poolDisciplineCounts.map((entry, index) => ({
    key: entry.disciplineId ?? 'none',
    label: disciplineLabel(t, entry.discipline, i18n.language),
    poolCount: entry.count,
    color: entry.disciplineId ? PALETTE[index % PALETTE.length] : NO_DISCIPLINE,
  }));
}

/** A discipline's colour as a small square beside its name (decorative: the name is the meaning). */
export function Swatch({ color }: { color: string }) {
  return <span className="cohort-swatch" style={{ background: color }} aria-hidden="true" />;
}

function Bar({ label, size, segments }: { label: string; size: number; segments: Segment[] }) {
  const { t } = useTranslation();
  // Screen readers get the whole bar as one sentence; the segments are for the eye.
  const description = t('cohorts.chart.barLabel', {
    label,
    mix: segments.map((s) => t('cohorts.chart.segment', { count: s.count, discipline: s.label })).join(', '),
  });
  return (
    <div className="cohort-chart-row">
      <span className="cohort-chart-label" aria-hidden="true">
        {label} <span className="muted small">({size})</span>
      </span>
      <div className="cohort-chart-bar" role="img" aria-label={description}>
        {segments.map((segment) => (
          <span
            key={segment.key}
            className="cohort-chart-segment"
            style={{ width: `${(segment.count / size) * 100}%`, background: segment.color }}
            title={`${segment.label}: ${segment.count}`}
          />
        ))}
      </div>
    </div>
  );
}

/**
 * The discipline mix of the pool and of each group as stacked horizontal bars (each bar is the
 * group's whole, so mixes compare across sizes), a text legend, and the same numbers as a table.
 */
export function DisciplineMixChart({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const headingId = useId();
  const palette = useDisciplinePalette(proposal);
  const segmentsOf = (counts: { disciplineId?: string | null; count: number }[]): Segment[] =>
    palette
      .map((entry) => ({
        key: entry.key,
        label: entry.label,
        color: entry.color,
        count: counts.find((c) => (c.disciplineId ?? 'none') === entry.key)?.count ?? 0,
      }))
      .filter((segment) => segment.count > 0);
  const groupLabel = (index: number) => t('cohorts.proposal.groupName', { number: index + 1 });

  return (
    <section className="section cohort-chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cohorts.chart.title')}</h2>
      <p className="hint">{t('cohorts.chart.intro')}</p>
      <figure className="card cohort-chart-figure">
        <div className="cohort-chart-rows">
          <Bar
            label={t('cohorts.chart.pool')}
            size={proposal.poolSize}
            segments={segmentsOf(proposal.poolDisciplineCounts)}
          />
          {proposal.groups.map((group) => (
            <Bar
              key={group.index}
              label={groupLabel(group.index)}
              size={group.size}
              segments={segmentsOf(group.disciplineCounts)}
            />
          ))}
        </div>
        <figcaption>
          <h3 className="cohort-legend-title" id={`${headingId}-legend`}>
            {t('cohorts.chart.legend')}
          </h3>
          <ul className="cohort-legend" aria-labelledby={`${headingId}-legend`}>
            {palette.map((entry) => (
              <li key={entry.key}>
                <Swatch color={entry.color} />
                {entry.label}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <details className="cohort-chart-table">
        <summary>{t('cohorts.chart.asTable')}</summary>
        <div className="table-wrap" role="region" aria-label={t('cohorts.chart.tableCaption')} tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">{t('cohorts.chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohorts.columns.discipline')}</th>
                <th scope="col">{t('cohorts.chart.pool')}</th>
                {proposal.groups.map((group) => (
                  <th scope="col" key={group.index}>
                    {groupLabel(group.index)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {palette.map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">
                    <Swatch color={entry.color} />
                    {entry.label}
                  </th>
                  <td>{entry.poolCount}</td>
                  {proposal.groups.map((group) => (
                    <td key={group.index}>
                      {group.disciplineCounts.find((c) => (c.disciplineId ?? 'none') === entry.key)?.count ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
