import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TrackCode } from '../../gql/graphql';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { useFlashFromLocation } from '../learning/queries';
import { useCatalogueErrorMessage } from './errors';
import { enrollmentsPath, newTrackPath, trackPath } from './paths';
import { useCatalogueTracks } from './queries';

export const TRACK_CODES: TrackCode[] = ['CORE', 'GENERALIST', 'SPECIALIST'];

/** /admin/catalogue — the tracks, each leading to its modules and enrolments. */
export function TracksPage() {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const tracks = useCatalogueTracks();
  const [flash] = useFlashFromLocation();
  const captionId = useId();
  const list = tracks.data?.tracks;
  const freeCodes = TRACK_CODES.filter((code) => !list?.some((track) => track.code === code));

  return (
    <Page
      title={t('catalogue.title')}
      actions={
        list &&
        freeCodes.length > 0 && (
          <Link to={newTrackPath()} className="button">
            {t('catalogue.tracks.new')}
          </Link>
        )
      }
    >
      <p className="lead">{t('catalogue.tracks.intro')}</p>
      <StatusMessage message={flash} />
      {tracks.isPending ? (
        <Loading label={t('catalogue.tracks.loading')} />
      ) : tracks.isError ? (
        <ErrorAlert message={errorText(tracks.error)} />
      ) : list && list.length === 0 ? (
        <div className="empty-state">
          <p>{t('catalogue.tracks.empty')}</p>
        </div>
      ) : list ? (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table">
            <caption id={captionId}>{t('catalogue.tracks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.tracks.columns.title')}</th>
                <th scope="col">{t('catalogue.tracks.columns.status')}</th>
                <th scope="col">{t('catalogue.tracks.columns.modules')}</th>
                <th scope="col">{t('catalogue.tracks.columns.requires')}</th>
                <th scope="col">{t('catalogue.tracks.columns.enrollments')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((track) => (
                <tr key={track.id}>
                  <th scope="row">
                    <Link to={trackPath(track.id)}>{track.title}</Link>
                    <span className="muted small"> · {t(`trackCodes.${track.code}`)}</span>
                  </th>
                  <td>
                    <PublicationBadge status={track.status} />
                  </td>
                  <td>
                    {t('catalogue.tracks.moduleCount', {
                      published: track.modules.filter((m) => m.status === 'PUBLISHED').length,
                      count: track.modules.length,
                    })}
                  </td>
                  <td>{track.requiresTrack?.title ?? t('catalogue.none')}</td>
                  <td>
                    <Link
                      to={enrollmentsPath(track.id)}
                      aria-label={t('catalogue.tracks.enrollmentsOf', { title: track.title })}
                    >
                      {t('catalogue.tracks.enrollments')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}

/** Published or draft; an archived module (always a draft) shows as archived. */
export function PublicationBadge({ status, archived }: { status: 'DRAFT' | 'PUBLISHED'; archived?: boolean }) {
  const { t } = useTranslation();
  const shown = archived ? 'ARCHIVED' : status;
  return <span className={`state state-${shown.toLowerCase()}`}>{t(`catalogue.status.${shown}`)}</span>;
}
