import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { Breadcrumbs, LessonContent, ModuleOverview } from '../learning/components';
import { useLearningModule, useLesson } from '../learning/queries';
import { useCatalogueErrorMessage } from './errors';
import { CATALOGUE_PATH, lessonEditorPath, lessonPreviewPath, moduleEditorPath, modulePreviewPath } from './paths';

function PreviewBanner({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-preview">
      <p>
        <strong>{t('catalogue.preview.banner')}</strong> {t('catalogue.preview.explanation')}
      </p>
      <p>
        <Link to={backTo}>{backLabel}</Link>
      </p>
    </div>
  );
}

/**
 * /admin/catalogue/modules/:moduleId/preview — "view as student": `learningModule` answers an
 * admin with the student view of the module (drafts included, nothing locked, no progress).
 */
export function ModulePreviewPage() {
  const { t } = useTranslation();
  const { moduleId } = useParams();
  const errorText = useCatalogueErrorMessage();
  const module = useLearningModule(moduleId);
  const data = module.data?.learningModule;
  const title = data?.title ?? t('learning.module');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          { label: title, to: moduleEditorPath(moduleId!) },
          { label: t('catalogue.preview.crumb') },
        ]}
      />
      <Page title={title}>
        <PreviewBanner backTo={moduleEditorPath(moduleId!)} backLabel={t('catalogue.preview.backToModule')} />
        {module.isPending ? (
          <Loading />
        ) : module.isError ? (
          <ErrorAlert message={errorText(module.error)} />
        ) : data ? (
          <ModuleOverview module={data} lessonPath={lessonPreviewPath} />
        ) : null}
      </Page>
    </>
  );
}

/** /admin/catalogue/lessons/:lessonId/preview — the lesson as a student reads it, without "mark done". */
export function LessonPreviewPage() {
  const { t } = useTranslation();
  const { lessonId } = useParams();
  const errorText = useCatalogueErrorMessage();
  const lesson = useLesson(lessonId!);
  const data = lesson.data?.lesson;
  const title = data?.title ?? t('learning.lesson');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(data ? [{ label: t('catalogue.preview.moduleCrumb'), to: modulePreviewPath(data.moduleId) }] : []),
          { label: title },
        ]}
      />
      <Page title={title}>
        <PreviewBanner backTo={lessonEditorPath(lessonId!)} backLabel={t('catalogue.preview.backToLesson')} />
        {lesson.isPending ? (
          <Loading />
        ) : lesson.isError ? (
          <ErrorAlert message={errorText(lesson.error)} />
        ) : data ? (
          <article className="lesson-main">
            <LessonContent lesson={data} />
          </article>
        ) : null}
      </Page>
    </>
  );
}
