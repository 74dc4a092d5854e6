import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CatalogueTrackQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { formatHours, formatPoints } from '../learning/format';
import { useFlashFromLocation } from '../learning/queries';
import {
  PublishModuleDocument,
  PublishTrackDocument,
  ReorderModulesDocument,
  UnpublishModuleDocument,
  UnpublishTrackDocument,
} from './catalogue.documents';
import { ConfirmDialog } from './dialogs';
import { useCatalogueErrorMessage } from './errors';
import {
  CATALOGUE_PATH,
  enrollmentsPath,
  moduleEditorPath,
  modulePreviewPath,
  newModulePath,
  trackEditPath,
} from './paths';
import { invalidateCatalogue, useCatalogueTrack } from './queries';
import { MoveButtons, useReorder } from './reorder';
import { PublicationBadge } from './TracksPage';

type TrackModule = CatalogueTrackQuery['track']['modules'][number];

/** /admin/catalogue/tracks/:trackId — a track's modules: order, publication, and where to edit them. */
export function TrackPage() {
  const { trackId } = useParams();
  return <TrackPageContent key={trackId} trackId={trackId!} />;
}

function TrackPageContent({ trackId }: { trackId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const track = useCatalogueTrack(trackId);
  const [flash, setFlash] = useFlashFromLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmUnpublish, setConfirmUnpublish] = useState(false);
  const captionId = useId();
  const data = track.data?.track;
  const modules = data?.modules ?? [];

  const start = () => {
    setFlash(null);
    setFailure(null);
  };

  const reorder = useReorder(
    modules,
    (orderedIds) => request(ReorderModulesDocument, { input: { parentId: trackId, orderedIds } }),
    {
      start,
      done: setFlash,
      fail: setFailure,
    },
  );

  const publication = useMutation({
    mutationFn: async ({ module, publish }: { module: TrackModule; publish: boolean }) => {
      if (publish) await request(PublishModuleDocument, { id: module.id });
      else await request(UnpublishModuleDocument, { id: module.id });
    },
    onMutate: start,
    onSuccess: async (_data, { module, publish }) => {
      await invalidateCatalogue(queryClient);
      setFlash(t(publish ? 'catalogue.module.published' : 'catalogue.module.unpublished', { title: module.title }));
    },
    onError: (error, { module, publish }) =>
      setFailure(
        t(publish ? 'catalogue.module.publishFailed' : 'catalogue.module.unpublishFailed', {
          title: module.title,
          reason: errorText(error),
        }),
      ),
  });

  const trackPublication = useMutation({
    mutationFn: async (publish: boolean) => {
      if (publish) await request(PublishTrackDocument, { id: trackId });
      else await request(UnpublishTrackDocument, { id: trackId });
    },
    onMutate: start,
    onSuccess: async (_data, publish) => {
      await invalidateCatalogue(queryClient);
      setFlash(t(publish ? 'catalogue.track.published' : 'catalogue.track.unpublished', { title: data?.title }));
    },
    onError: (error) => setFailure(errorText(error)),
  });

  const title = data?.title ?? t('catalogue.track.fallbackTitle');
  return (
    <>
      <Breadcrumbs items={[{ label: t('catalogue.title'), to: CATALOGUE_PATH }, { label: title }]} />
      <Page
        title={title}
        actions={
          data && (
            <>
              <Link to={enrollmentsPath(trackId)} className="button button-secondary">
                {t('catalogue.tracks.enrollments')}
              </Link>
              <Link to={trackEditPath(trackId)} className="button button-secondary">
                {t('catalogue.track.edit')}
              </Link>
              <button
                type="button"
                className="button button-secondary"
                disabled={trackPublication.isPending}
                // Unpublishing hides the whole route from its students: that gets a confirm step.
                onClick={() =>
                  data.status === 'PUBLISHED' ? setConfirmUnpublish(true) : trackPublication.mutate(true)
                }
              >
                {data.status === 'PUBLISHED' ? t('catalogue.track.unpublish') : t('catalogue.track.publish')}
              </button>
            </>
          )
        }
      >
        <StatusMessage message={flash} />
        <ErrorAlert message={failure} />
        {track.isPending ? (
          <Loading label={t('catalogue.track.loading')} />
        ) : track.isError ? (
          <ErrorAlert message={errorText(track.error)} />
        ) : data ? (
          <>
            <div className="track-summary">
              <p>
                <PublicationBadge status={data.status} /> <span className="muted">{t(`trackCodes.${data.code}`)}</span>
              </p>
              {data.description && <p>{data.description}</p>}
              <dl className="details">
                <dt>{t('catalogue.track.targetAudience')}</dt>
                <dd>{data.targetAudience || t('catalogue.none')}</dd>
                <dt>{t('catalogue.track.requires')}</dt>
                <dd>{data.requiresTrack?.title ?? t('catalogue.none')}</dd>
                <dt>{t('catalogue.track.validity')}</dt>
                <dd>
                  {data.certificateValidityMonths
                    ? t('catalogue.track.months', { count: data.certificateValidityMonths })
                    : t('catalogue.track.noExpiry')}
                </dd>
              </dl>
            </div>

            <section className="section" aria-labelledby={captionId}>
              <div className="section-header">
                <h2 id={captionId}>{t('catalogue.modules.title')}</h2>
                <Link to={newModulePath(trackId)} className="button">
                  {t('catalogue.modules.new')}
                </Link>
              </div>
              {modules.length === 0 ? (
                <div className="empty-state">
                  <p>{t('catalogue.modules.empty')}</p>
                </div>
              ) : (
                <ol className="editor-list" aria-busy={reorder.isPending || track.isFetching}>
                  {modules.map((module, index) => (
                    <li key={module.id} className="editor-item">
                      <div className="editor-item-main">
                        <span className="module-number" aria-hidden="true">
                          {index + 1}
                        </span>
                        <div>
                          <h3 className="editor-item-title">
                            <Link to={moduleEditorPath(module.id)}>{module.title}</Link>
                          </h3>
                          <ul className="facts">
                            <li>
                              <PublicationBadge status={module.status} archived={!!module.archivedAt} />
                            </li>
                            <li className={module.lessons.length === 0 ? 'warning-text' : undefined}>
                              {t('catalogue.modules.lessonCount', { count: module.lessons.length })}
                            </li>
                            <li>{formatHours(t, i18n.language, module.studyHours)}</li>
                            <li>{formatPoints(t, module.accreditationPoints)}</li>
                          </ul>
                          {module.prerequisites.length > 0 && (
                            <p className="small muted">
                              {t('catalogue.modules.requires', {
                                modules: module.prerequisites.map((p) => p.title).join(', '),
                              })}
                            </p>
                          )}
                        </div>
                      </div>
                      <div className="editor-item-actions">
                        <MoveButtons
                          id={module.id}
                          title={module.title}
                          index={index}
                          count={modules.length}
                          busy={reorder.isPending}
                          onMove={(delta) => reorder.mutate({ item: module, index, delta })}
                        />
                        {!module.archivedAt && (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            disabled={publication.isPending}
                            aria-label={t(
                              module.status === 'PUBLISHED'
                                ? 'catalogue.module.unpublishFor'
                                : 'catalogue.module.publishFor',
                              { title: module.title },
                            )}
                            onClick={() => publication.mutate({ module, publish: module.status !== 'PUBLISHED' })}
                          >
                            {module.status === 'PUBLISHED'
                              ? t('catalogue.module.unpublish')
                              : t('catalogue.module.publish')}
                          </button>
                        )}
                        <Link
                          to={modulePreviewPath(module.id)}
                          className="button button-small button-secondary"
                          aria-label={t('catalogue.module.previewFor', { title: module.title })}
                        >
                          {t('catalogue.module.preview')}
                        </Link>
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </>
        ) : null}
        {confirmUnpublish && data && (
          <ConfirmDialog
            danger
            title={t('catalogue.track.unpublishTitle', { title: data.title })}
            body={t('catalogue.track.unpublishBody')}
            confirmLabel={t('catalogue.track.unpublishConfirm')}
            onConfirm={async () => {
              await request(UnpublishTrackDocument, { id: trackId });
              setConfirmUnpublish(false);
              setFailure(null);
              await invalidateCatalogue(queryClient);
              setFlash(t('catalogue.track.unpublished', { title: data.title }));
            }}
            onClose={() => setConfirmUnpublish(false)}
          />
        )}
      </Page>
    </>
  );
}
