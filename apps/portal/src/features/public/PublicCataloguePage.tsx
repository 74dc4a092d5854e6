import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PublicCatalogueQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { useCatalogueErrorMessage } from '../catalogue/errors';
import { StudyFacts } from '../learning/components';
import { PublicCatalogueDocument } from './public.documents';

export const PUBLIC_CATALOGUE_PATH = '/catalogus';
export const INTAKE_PATH = '/aanmelden';

type PublicTrack = PublicCatalogueQuery['publicCatalogue'][number];

export function usePublicCatalogue() {
  return useQuery({ queryKey: ['public-catalogue'], queryFn: () => request(PublicCatalogueDocument) });
}

/** /catalogus — open to everyone: the published tracks with their modules, hours and points. */
export function PublicCataloguePage() {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const catalogue = usePublicCatalogue();
  const tracks = catalogue.data?.publicCatalogue;
  return (
    <Page
      title={t('publicCatalogue.title')}
      actions={
        <Link to={INTAKE_PATH} className="button">
          {t('publicCatalogue.intake')}
        </Link>
      }
    >
      <p className="lead">{t('publicCatalogue.intro')}</p>
      <p>
        {t('publicCatalogue.haveAccount')} <Link to="/login">{t('publicCatalogue.login')}</Link>
      </p>
      {catalogue.isPending ? (
        <Loading label={t('publicCatalogue.loading')} />
      ) : catalogue.isError ? (
        <ErrorAlert message={errorText(catalogue.error)} />
      ) : tracks && tracks.length === 0 ? (
        <div className="empty-state">
          <p>{t('publicCatalogue.empty')}</p>
        </div>
      ) : tracks ? (
        <div className="public-tracks">
          {tracks.map((track) => (
            <PublicTrackCard key={track.id} track={track} />
          ))}
        </div>
      ) : null}
    </Page>
  );
}

function PublicTrackCard({ track }: { track: PublicTrack }) {
  const { t } = useTranslation();
  const headingId = `track-${track.code}`;
  return (
    <section className="card track-card" aria-labelledby={headingId}>
      <div className="track-header">
        <h2 id={headingId}>{track.title}</h2>
        <span className="tag">{t(`trackCodes.${track.code}`)}</span>
      </div>
      {track.description && <p>{track.description}</p>}
      <dl className="details">
        {track.targetAudience && (
          <>
            <dt>{t('publicCatalogue.targetAudience')}</dt>
            <dd>{track.targetAudience}</dd>
          </>
        )}
        <dt>{t('publicCatalogue.entry')}</dt>
        <dd>
          {track.requiresTrackTitle
            ? t('publicCatalogue.requires', { title: track.requiresTrackTitle })
            : t('publicCatalogue.openEntry')}
        </dd>
        <dt>{t('publicCatalogue.certificate')}</dt>
        <dd>
          {!track.certificateValidityMonths
            ? t('publicCatalogue.noExpiry')
            : track.certificateValidityMonths % 12 === 0
              ? t('publicCatalogue.validityYears', { count: track.certificateValidityMonths / 12 })
              : t('publicCatalogue.validityMonths', { count: track.certificateValidityMonths })}
        </dd>
      </dl>
      <StudyFacts
        hours={track.totalStudyHours}
        points={track.totalAccreditationPoints}
        extra={<li>{t('publicCatalogue.moduleCount', { count: track.modules.length })}</li>}
      />
      <h3>{t('publicCatalogue.modules')}</h3>
      {track.modules.length === 0 ? (
        <p className="muted">{t('publicCatalogue.noModules')}</p>
      ) : (
        <ol className="module-list">
          {track.modules.map((module, index) => (
            <li key={module.id} className="module-item">
              <div className="module-head">
                <span className="module-number" aria-hidden="true">
                  {index + 1}
                </span>
                <h4 className="module-title">{module.title}</h4>
              </div>
              {module.summary && <p className="module-summary">{module.summary}</p>}
              <StudyFacts
                hours={module.studyHours}
                points={module.accreditationPoints}
                extra={<li>{t('learning.lessonCount', { count: module.lessonCount })}</li>}
              />
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link
          to={`${INTAKE_PATH}?route=${track.code}`}
          className="button button-secondary"
          aria-label={t('publicCatalogue.intakeFor', { title: track.title })}
        >
          {t('publicCatalogue.intakeTrack')}
        </Link>
      </p>
    </section>
  );
}
