import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AttachmentFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, FileUploadField, Loading, Page, StatusMessage, TextField } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { demoteHeadings, formatBytes } from '../learning/format';
import { useFlashFromLocation, type FlashState } from '../learning/queries';
import {
  ArchiveLessonDocument,
  AttachFileToLessonDocument,
  CreateLessonDocument,
  DeleteLessonDocument,
  DetachFileFromLessonDocument,
  UnarchiveLessonDocument,
  UpdateLessonDocument,
} from './catalogue.documents';
import { ConfirmDialog } from './dialogs';
import { fieldMessages, useCatalogueErrorMessage } from './errors';
import { TextAreaField } from './fields';
import { CATALOGUE_PATH, lessonEditorPath, lessonPreviewPath, moduleEditorPath, trackPath } from './paths';
import { invalidateCatalogue, useCatalogueLesson, useCatalogueModule } from './queries';
import { acceptFor, precheckUpload, uploadFile, useUploadLimits } from './upload';

/** The purpose lesson attachments are uploaded with (the catalogue's file access rule). */
const LESSON_ATTACHMENT = 'LESSON_ATTACHMENT';

interface LessonFormValues {
  title: string;
  body: string;
  videoUrl: string;
}

/** Title, markdown text and video link; creates a lesson in `moduleId` or saves `lessonId`. */
function LessonForm({
  moduleId,
  lessonId,
  initial,
  onSaved,
  cancel,
}: {
  moduleId: string;
  lessonId?: string;
  initial: LessonFormValues;
  onSaved: (saved: { id: string; title?: string }) => void | Promise<void>;
  cancel?: ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(initial);
  const set = (key: keyof LessonFormValues) => (value: string) => setForm({ ...form, [key]: value });

  const save = useMutation({
    mutationFn: async () => {
      const input = { title: form.title, body: form.body, videoUrl: form.videoUrl.trim() || null };
      if (lessonId) return (await request(UpdateLessonDocument, { input: { id: lessonId, ...input } })).updateLesson;
      return (await request(CreateLessonDocument, { input: { moduleId, ...input } })).createLesson;
    },
    onSuccess: async (saved) => {
      await invalidateCatalogue(queryClient);
      await onSaved(saved);
    },
  });
  const fields = fieldMessages(t, save.error, {
    title: t('catalogueErrors.field.title'),
    body: t('catalogueErrors.field.body'),
    videoUrl: t('catalogueErrors.field.videoUrl'),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate className="form form-wide">
      <ErrorAlert message={save.error ? errorText(save.error) : null} />
      <TextField
        label={t('catalogue.lessonForm.title')}
        name="title"
        required
        value={form.title}
        onChange={set('title')}
        error={fields.title}
      />
      <TextAreaField
        label={t('catalogue.lessonForm.body')}
        hint={t('catalogue.lessonForm.bodyHint')}
        name="body"
        rows={16}
        className="markdown-input"
        value={form.body}
        onChange={set('body')}
        error={fields.body}
      />
      <TextField
        label={t('catalogue.lessonForm.videoUrl')}
        hint={t('catalogue.lessonForm.videoUrlHint')}
        name="videoUrl"
        autoComplete="off"
        value={form.videoUrl}
        onChange={set('videoUrl')}
        error={fields.videoUrl}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending
            ? t('catalogue.saving')
            : lessonId
              ? t('catalogue.lessonForm.save')
              : t('catalogue.lessonForm.create')}
        </button>
        {cancel}
      </div>
    </form>
  );
}

/** /admin/catalogue/modules/:moduleId/lessons/new */
export function NewLessonPage() {
  const { t } = useTranslation();
  const { moduleId } = useParams();
  const navigate = useNavigate();
  const module = useCatalogueModule(moduleId!);
  const data = module.data?.module;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(data
            ? [
                { label: data.track.title, to: trackPath(data.track.id) },
                { label: data.title, to: moduleEditorPath(data.id) },
              ]
            : []),
          { label: t('catalogue.lessonForm.newTitle') },
        ]}
      />
      <Page title={t('catalogue.lessonForm.newTitle')}>
        <p>{t('catalogue.lessonForm.newIntro')}</p>
        <LessonForm
          moduleId={moduleId!}
          initial={{ title: '', body: '', videoUrl: '' }}
          onSaved={async (saved) => {
            const state: FlashState = { flash: t('catalogue.lessonForm.created') };
            await navigate(lessonEditorPath(saved.id), { state });
          }}
          cancel={
            <Link to={moduleEditorPath(moduleId!)} className="button button-secondary">
              {t('catalogue.cancel')}
            </Link>
          }
        />
      </Page>
    </>
  );
}

/** /admin/catalogue/lessons/:lessonId — text, video link, attachments, and the saved text as students see it. */
export function LessonEditorPage() {
  const { lessonId } = useParams();
  return <LessonEditor key={lessonId} lessonId={lessonId!} />;
}

function LessonEditor({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const lesson = useCatalogueLesson(lessonId);
  const [flash, setFlash] = useFlashFromLocation();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const data = lesson.data?.lesson;
  const contentId = useId();
  const previewId = useId();
  const previewHtml = useMemo(() => demoteHeadings(data?.bodyHtml ?? ''), [data?.bodyHtml]);

  // Archiving keeps students' progress and can be undone here, so it needs no confirm step.
  const archival = useMutation({
    mutationFn: async (archive: boolean) => {
      if (archive) await request(ArchiveLessonDocument, { id: lessonId });
      else await request(UnarchiveLessonDocument, { id: lessonId });
    },
    onMutate: () => {
      setFlash(null);
      setFailure(null);
    },
    onSuccess: async (_data, archive) => {
      await invalidateCatalogue(queryClient);
      setFlash(t(archive ? 'catalogue.lessonForm.archived' : 'catalogue.lessonForm.unarchived'));
    },
    onError: (error) => setFailure(errorText(error)),
  });

  const title = data?.title ?? t('catalogue.lessonForm.fallbackTitle');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(data
            ? [
                { label: data.module.track.title, to: trackPath(data.module.track.id) },
                { label: data.module.title, to: moduleEditorPath(data.module.id) },
              ]
            : []),
          { label: title },
        ]}
      />
      <Page
        title={title}
        actions={
          data && (
            <>
              <Link to={moduleEditorPath(data.moduleId)} className="button button-secondary">
                {t('catalogue.lessonForm.backToModule')}
              </Link>
              <Link to={lessonPreviewPath(lessonId)} className="button button-secondary">
                {t('catalogue.module.preview')}
              </Link>
              <button
                type="button"
                className="button button-secondary"
                disabled={archival.isPending}
                onClick={() => archival.mutate(!data.archivedAt)}
              >
                {data.archivedAt ? t('catalogue.lessonForm.unarchive') : t('catalogue.lessonForm.archive')}
              </button>
              <button type="button" className="button button-danger-outline" onClick={() => setConfirmDelete(true)}>
                {t('catalogue.lessonForm.delete')}
              </button>
            </>
          )
        }
      >
        <StatusMessage message={flash} />
        <ErrorAlert message={failure} />
        {lesson.isPending ? (
          <Loading label={t('catalogue.lessonForm.loading')} />
        ) : lesson.isError ? (
          <ErrorAlert message={errorText(lesson.error)} />
        ) : data ? (
          <>
            {data.archivedAt && (
              <p className="status-line">
                <span className="state state-archived">{t('catalogue.status.ARCHIVED')}</span>{' '}
                <span className="muted">{t('catalogue.lessonForm.archivedHint')}</span>
              </p>
            )}
            <div className="editor-grid">
              <section className="card" aria-labelledby={contentId}>
                <h2 id={contentId}>{t('catalogue.lessonForm.content')}</h2>
                <LessonForm
                  key={data.updatedAt}
                  moduleId={data.moduleId}
                  lessonId={data.id}
                  initial={{ title: data.title, body: data.body, videoUrl: data.videoUrl ?? '' }}
                  onSaved={() => setFlash(t('catalogue.lessonForm.saved'))}
                />
              </section>
              <section className="card preview-card" aria-labelledby={previewId}>
                <h2 id={previewId}>{t('catalogue.lessonForm.previewTitle')}</h2>
                <p className="hint">{t('catalogue.lessonForm.previewHint')}</p>
                {previewHtml.trim() ? (
                  // Sanitised by the API; the same HTML students get.
                  <div className="lesson-body" dangerouslySetInnerHTML={{ __html: previewHtml }} />
                ) : (
                  <p className="muted">{t('learning.emptyLesson')}</p>
                )}
              </section>
            </div>
            <Attachments lessonId={data.id} attachments={data.attachments} onMessage={setFlash} />
          </>
        ) : null}
        {confirmDelete && data && (
          <ConfirmDialog
            danger
            title={t('catalogue.lessonForm.deleteTitle', { title: data.title })}
            body={t('catalogue.lessonForm.deleteBody')}
            confirmLabel={t('catalogue.lessonForm.deleteConfirm')}
            onConfirm={async () => {
              await request(DeleteLessonDocument, { id: data.id });
              await invalidateCatalogue(queryClient);
              const state: FlashState = { flash: t('catalogue.lessonForm.deleted', { title: data.title }) };
              await navigate(moduleEditorPath(data.moduleId), { state });
            }}
            onClose={() => setConfirmDelete(false)}
          />
        )}
      </Page>
    </>
  );
}

function Attachments({
  lessonId,
  attachments,
  onMessage,
}: {
  lessonId: string;
  attachments: AttachmentFieldsFragment[];
  onMessage: (message: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [detachError, setDetachError] = useState<string | null>(null);

  const limits = useUploadLimits(LESSON_ATTACHMENT).data;

  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const refused = limits && precheckUpload(chosen, limits);
      if (refused) throw refused;
      setProgress(0);
      const stored = await uploadFile(chosen, { purpose: LESSON_ATTACHMENT, onProgress: setProgress });
      return request(AttachFileToLessonDocument, { lessonId, fileId: stored.id });
    },
    onMutate: () => {
      onMessage(null);
      setDetachError(null);
    },
    onSuccess: async (_data, chosen) => {
      await invalidateCatalogue(queryClient);
      onMessage(t('catalogue.attachments.added', { name: chosen.name }));
      setFile(null);
      if (input.current) input.current.value = '';
    },
    onSettled: () => setProgress(null),
  });

  const detach = useMutation({
    mutationFn: (attachment: AttachmentFieldsFragment) =>
      request(DetachFileFromLessonDocument, { lessonId, fileId: attachment.id }),
    onMutate: () => {
      onMessage(null);
      setDetachError(null);
    },
    onSuccess: async (_data, attachment) => {
      await invalidateCatalogue(queryClient);
      onMessage(t('catalogue.attachments.detached', { name: attachment.originalName }));
    },
    onError: (error) => setDetachError(errorText(error)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) upload.mutate(file);
  }

  const uploadError = upload.error ? errorText(upload.error) : undefined;
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <section className="card section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('catalogue.attachments.title')}</h2>
      <ErrorAlert message={detachError} />
      {attachments.length === 0 ? (
        <p className="muted">{t('catalogue.attachments.empty')}</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={attachment.downloadPath} download={attachment.originalName}>
                {attachment.originalName}
              </a>{' '}
              <span className="muted small">({formatBytes(i18n.language, attachment.size)})</span>{' '}
              <button
                type="button"
                className="button button-small button-danger-outline"
                disabled={detach.isPending}
                aria-label={t('catalogue.attachments.detachFor', { name: attachment.originalName })}
                onClick={() => detach.mutate(attachment)}
              >
                {t('catalogue.attachments.detach')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="form upload-form" noValidate>
        <FileUploadField
          label={t('catalogue.attachments.choose')}
          hint={
            limits &&
            t('catalogue.attachments.hint', {
              types: limits.allowedTypes.join(', '),
              size: formatBytes(i18n.language, limits.maxBytes),
            })
          }
          error={uploadError}
          inputRef={input}
          accept={acceptFor(limits)}
          onFile={(chosen) => {
            upload.reset();
            setFile(chosen);
          }}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={!file || upload.isPending}>
            {upload.isPending ? t('catalogue.attachments.uploading') : t('catalogue.attachments.upload')}
          </button>
          {percent !== null && (
            <progress max={100} value={percent} aria-label={t('catalogue.attachments.progress')}>
              {percent}%
            </progress>
          )}
        </div>
        <div role="status" className="live-region">
          {upload.isPending && file && (
            <p className="small muted">{t('catalogue.attachments.uploadingName', { name: file.name })}</p>
          )}
        </div>
      </form>
    </section>
  );
}
