import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { ModuleAssignmentsSection } from '../assignments/authoring/ModuleAssignmentsSection';
import { Breadcrumbs } from '../learning/components';
import { useFlashFromLocation, type FlashState } from '../learning/queries';
import {
  ArchiveModuleDocument,
  DeleteModuleDocument,
  PublishModuleDocument,
  ReorderLessonsDocument,
  UnarchiveModuleDocument,
  UnpublishModuleDocument,
} from './catalogue.documents';
import { ConfirmDialog } from './dialogs';
import { useCatalogueErrorMessage } from './errors';
import { ModuleForm } from './ModuleForm';
import {
  CATALOGUE_PATH,
  lessonEditorPath,
  moduleEditorPath,
  modulePreviewPath,
  newLessonPath,
  trackPath,
} from './paths';
import { invalidateCatalogue, useCatalogueModule, useCatalogueTrack } from './queries';
import { MoveButtons, useReorder } from './reorder';
import { PublicationBadge } from './TracksPage';
import { ModuleRegisterPoints } from '../accreditation/ModuleRegisterPoints';

/** /admin/catalogue/tracks/:trackId/modules/new */
export function NewModulePage() {
  const { t } = useTranslation();
  const { trackId } = useParams();
  const navigate = useNavigate();
  const track = useCatalogueTrack(trackId!);
  const trackTitle = track.data?.track.title;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(trackTitle ? [{ label: trackTitle, to: trackPath(trackId!) }] : []),
          { label: t('catalogue.moduleForm.newTitle') },
        ]}
      />
      <Page title={t('catalogue.moduleForm.newTitle')}>
        <p>{t('catalogue.moduleForm.newIntro')}</p>
        <ModuleForm
          trackId={trackId!}
          onSaved={async (saved) => {
            const state: FlashState = { flash: t('catalogue.moduleForm.created', { title: saved.title }) };
            await navigate(moduleEditorPath(saved.id), { state });
          }}
          cancel={
            <Link to={trackPath(trackId!)} className="button button-secondary">
              {t('catalogue.cancel')}
            </Link>
          }
        />
      </Page>
    </>
  );
}

/** /admin/catalogue/modules/:moduleId — the module's details, its lessons, publication and preview. */
export function ModuleEditorPage() {
  const { moduleId } = useParams();
  return <ModuleEditor key={moduleId} moduleId={moduleId!} />;
}

function ModuleEditor({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const module = useCatalogueModule(moduleId);
  const [flash, setFlash] = useFlashFromLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const data = module.data?.module;
  const lessons = data?.lessons ?? [];
  const detailsId = useId();
  const lessonsId = useId();

  const start = () => {
    setFlash(null);
    setFailure(null);
  };

  const publication = useMutation({
    mutationFn: async (publish: boolean) => {
      if (publish) await request(PublishModuleDocument, { id: moduleId });
      else await request(UnpublishModuleDocument, { id: moduleId });
    },
    onMutate: start,
    onSuccess: async (_data, publish) => {
      await invalidateCatalogue(queryClient);
      setFlash(t(publish ? 'catalogue.module.published' : 'catalogue.module.unpublished', { title: data?.title }));
    },
    onError: (error, publish) =>
      setFailure(
        t(publish ? 'catalogue.module.publishFailed' : 'catalogue.module.unpublishFailed', {
          title: data?.title,
          reason: errorText(error),
        }),
      ),
  });

  // Archiving asks first (below); restoring from the archive is harmless: it comes back as a draft.
  const unarchive = useMutation({
    mutationFn: () => request(UnarchiveModuleDocument, { id: moduleId }),
    onMutate: start,
    onSuccess: async () => {
      await invalidateCatalogue(queryClient);
      setFlash(t('catalogue.module.unarchived', { title: data?.title }));
    },
    onError: (error) =>
      setFailure(t('catalogue.module.unarchiveFailed', { title: data?.title, reason: errorText(error) })),
  });

  const reorder = useReorder(
    lessons,
    (orderedIds) => request(ReorderLessonsDocument, { input: { parentId: moduleId, orderedIds } }),
    {
      start,
      done: setFlash,
      fail: setFailure,
    },
  );

  const title = data?.title ?? t('catalogue.module.fallbackTitle');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(data ? [{ label: data.track.title, to: trackPath(data.track.id) }] : []),
          { label: title },
        ]}
      />
      <Page
        title={title}
        actions={
          data && (
            <>
              <Link to={modulePreviewPath(moduleId)} className="button button-secondary">
                {t('catalogue.module.preview')}
              </Link>
              {data.archivedAt ? (
                <button
                  type="button"
                  className="button"
                  disabled={unarchive.isPending}
                  onClick={() => unarchive.mutate()}
                >
                  {t('catalogue.module.unarchive')}
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    className="button"
                    disabled={publication.isPending}
                    onClick={() => publication.mutate(data.status !== 'PUBLISHED')}
                  >
                    {data.status === 'PUBLISHED' ? t('catalogue.module.unpublish') : t('catalogue.module.publish')}
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => setConfirmArchive(true)}>
                    {t('catalogue.module.archive')}
                  </button>
                </>
              )}
              {data.status === 'DRAFT' && (
                <button type="button" className="button button-danger-outline" onClick={() => setConfirmDelete(true)}>
                  {t('catalogue.module.delete')}
                </button>
              )}
            </>
          )
        }
      >
        <StatusMessage message={flash} />
        <ErrorAlert message={failure} />
        {module.isPending ? (
          <Loading label={t('catalogue.module.loading')} />
        ) : module.isError ? (
          <ErrorAlert message={errorText(module.error)} />
        ) : data ? (
          <>
            <p className="status-line">
              <PublicationBadge status={data.status} archived={!!data.archivedAt} />{' '}
              <span className="muted">
                {data.archivedAt
                  ? t('catalogue.module.archivedHint')
                  : data.status === 'PUBLISHED'
                    ? t('catalogue.module.publishedHint')
                    : t('catalogue.module.draftHint')}
              </span>
            </p>
            <div className="editor-grid">
              <section className="card" aria-labelledby={detailsId}>
                <h2 id={detailsId}>{t('catalogue.module.details')}</h2>
                <ModuleForm
                  key={data.id}
                  trackId={data.trackId}
                  module={data}
                  onSaved={(saved) => {
                    setFailure(null);
                    setFlash(t('catalogue.moduleForm.saved', { title: saved.title }));
                  }}
                />
              </section>
              <section className="card" aria-labelledby={lessonsId}>
                <div className="section-header">
                  <h2 id={lessonsId}>{t('catalogue.lessons.title')}</h2>
                  <Link to={newLessonPath(moduleId)} className="button button-small">
                    {t('catalogue.lessons.new')}
                  </Link>
                </div>
                {lessons.length === 0 ? (
                  <div className="empty-state">
                    <p>{t('catalogue.lessons.empty')}</p>
                  </div>
                ) : (
                  <ol className="editor-list" aria-busy={reorder.isPending || module.isFetching}>
                    {lessons.map((lesson, index) => (
                      <li key={lesson.id} className="editor-item">
                        <div className="editor-item-main">
                          <span className="module-number" aria-hidden="true">
                            {index + 1}
                          </span>
                          <div>
                            <h3 className="editor-item-title">
                              <Link to={lessonEditorPath(lesson.id)}>{lesson.title}</Link>
                            </h3>
                            <ul className="facts small">
                              {lesson.archivedAt && (
                                <li>
                                  <span className="state state-archived">{t('catalogue.status.ARCHIVED')}</span>
                                </li>
                              )}
                              {lesson.videoUrl && <li>{t('catalogue.lessons.hasVideo')}</li>}
                              <li>{t('catalogue.lessons.attachmentCount', { count: lesson.attachments.length })}</li>
                            </ul>
                          </div>
                        </div>
                        <div className="editor-item-actions">
                          <MoveButtons
                            id={lesson.id}
                            title={lesson.title}
                            index={index}
                            count={lessons.length}
                            busy={reorder.isPending}
                            onMove={(delta) => reorder.mutate({ item: lesson, index, delta })}
                          />
                        </div>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
              <ModuleAssignmentsSection moduleId={moduleId} />
              <ModuleRegisterPoints moduleId={moduleId} />
            </div>
          </>
        ) : null}
        {confirmArchive && data && (
          <ConfirmDialog
            title={t('catalogue.module.archiveTitle', { title: data.title })}
            body={t('catalogue.module.archiveBody')}
            confirmLabel={t('catalogue.module.archiveConfirm')}
            onConfirm={async () => {
              await request(ArchiveModuleDocument, { id: data.id });
              setConfirmArchive(false);
              setFailure(null);
              await invalidateCatalogue(queryClient);
              setFlash(t('catalogue.module.archived', { title: data.title }));
            }}
            onClose={() => setConfirmArchive(false)}
          />
        )}
        {confirmDelete && data && (
          <ConfirmDialog
            danger
            title={t('catalogue.module.deleteTitle', { title: data.title })}
            body={t('catalogue.module.deleteBody')}
            confirmLabel={t('catalogue.module.deleteConfirm')}
            onConfirm={async () => {
              await request(DeleteModuleDocument, { id: data.id });
              await invalidateCatalogue(queryClient);
              const state: FlashState = { flash: t('catalogue.module.deleted', { title: data.title }) };
              await navigate(trackPath(data.trackId), { state });
            }}
            onClose={() => setConfirmDelete(false)}
          />
        )}
      </Page>
    </>
  );
}
