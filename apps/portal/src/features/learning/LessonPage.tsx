import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { LearningModuleDetailFragment, LessonQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { useCatalogueErrorMessage } from '../catalogue/errors';
import { Breadcrumbs, LessonContent } from './components';
import { CompleteLessonDocument } from './learning.documents';
import { lessonPath, modulePath } from './paths';
import {
  invalidateLearning,
  learningModuleKey,
  lessonKey,
  useFlashFromLocation,
  useLearningModule,
  useLesson,
  type FlashState,
} from './queries';

/** /track/lessons/:lessonId — read a lesson, mark it done, go on to the next. */
export function LessonPage() {
  const { lessonId } = useParams();
  // A fresh page per lesson: its announcements and button state never carry over.
  return <LessonPageContent key={lessonId} lessonId={lessonId!} />;
}

function LessonPageContent({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const lesson = useLesson(lessonId);
  const data = lesson.data?.lesson;
  const module = useLearningModule(data?.moduleId);
  const moduleData = module.data?.learningModule;
  const [flash, setFlash] = useFlashFromLocation();

  const complete = useMutation({
    mutationFn: () => request(CompleteLessonDocument, { lessonId }),
    onMutate: () => setFlash(null),
    onSuccess: async ({ completeLesson }) => {
      const updated = completeLesson.module;
      // The answer already holds the new state of the module: show it at once, refetch the rest.
      queryClient.setQueryData(learningModuleKey(updated.id), { learningModule: updated });
      queryClient.setQueryData<LessonQuery>(lessonKey(lessonId), (old) =>
        old ? { lesson: { ...old.lesson, completed: true } } : old,
      );
      void invalidateLearning(queryClient);
      const title = data?.title ?? '';
      const state: FlashState = updated.nextLessonId
        ? { flash: t('learning.lessonCompletedNext', { title }) }
        : {
            flash: updated.completed
              ? t('learning.moduleCompleted', { title: updated.title })
              : t('learning.lessonCompleted', { title }),
          };
      await navigate(updated.nextLessonId ? lessonPath(updated.nextLessonId) : modulePath(updated.id), { state });
    },
  });

  const title = data?.title ?? t('learning.lesson');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('learning.title'), to: '/track' },
          ...(moduleData ? [{ label: moduleData.title, to: modulePath(moduleData.id) }] : []),
          { label: title },
        ]}
      />
      <Page title={title}>
        <StatusMessage message={flash} />
        {lesson.isPending ? (
          <Loading label={t('learning.loadingLesson')} />
        ) : lesson.isError ? (
          <>
            <ErrorAlert message={errorText(lesson.error)} />
            <p>
              <Link to="/track">{t('learning.backToRoute')}</Link>
            </p>
          </>
        ) : data ? (
          <div className="lesson-layout">
            <article className="lesson-main">
              {moduleData && (
                <p className="muted">
                  {t('learning.lessonOf', {
                    position: moduleData.lessons.findIndex((l) => l.id === data.id) + 1,
                    total: moduleData.lessons.length,
                    module: moduleData.title,
                  })}
                </p>
              )}
              <LessonContent lesson={data} />
              <div className="complete-box">
                <ErrorAlert message={complete.error ? errorText(complete.error) : null} />
                {data.completed ? (
                  <p className="state state-completed">{t('learning.lessonDone')}</p>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={complete.isPending}
                    onClick={() => complete.mutate()}
                  >
                    {complete.isPending ? t('learning.working') : t('learning.markDone')}
                  </button>
                )}
              </div>
              {moduleData && <LessonPager module={moduleData} lessonId={data.id} />}
            </article>
            {moduleData && <LessonsAside module={moduleData} lessonId={data.id} />}
          </div>
        ) : null}
      </Page>
    </>
  );
}

function LessonPager({ module, lessonId }: { module: LearningModuleDetailFragment; lessonId: string }) {
  const { t } = useTranslation();
  const index = module.lessons.findIndex((l) => l.id === lessonId);
  const previous = index > 0 ? module.lessons[index - 1] : undefined;
  const next = index >= 0 ? module.lessons[index + 1] : undefined;
  return (
    <nav className="pager" aria-label={t('learning.pager')}>
      {previous ? (
        <Link to={lessonPath(previous.id)} rel="prev">
          ← {t('learning.previousLesson', { title: previous.title })}
        </Link>
      ) : (
        <Link to={modulePath(module.id)}>← {t('learning.backToModule')}</Link>
      )}
      {next && !next.locked ? (
        <Link to={lessonPath(next.id)} rel="next">
          {t('learning.nextLesson', { title: next.title })} →
        </Link>
      ) : !next ? (
        <Link to={modulePath(module.id)}>{t('learning.backToModule')} →</Link>
      ) : null}
    </nav>
  );
}

function LessonsAside({ module, lessonId }: { module: LearningModuleDetailFragment; lessonId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="lesson-aside" aria-label={t('learning.lessonsInModule')}>
      <p className="aside-title">{module.title}</p>
      <ol>
        {module.lessons.map((lesson) => (
          <li key={lesson.id} className={lesson.completed ? 'done' : undefined}>
            {lesson.id === lessonId ? (
              <span aria-current="page">{lesson.title}</span>
            ) : lesson.locked ? (
              <span className="muted">{lesson.title}</span>
            ) : (
              <Link to={lessonPath(lesson.id)}>{lesson.title}</Link>
            )}
            <span className="visually-hidden">
              {' '}
              (
              {lesson.completed
                ? t('learning.lessonState.completed')
                : lesson.locked
                  ? t('learning.lessonState.locked')
                  : t('learning.lessonState.open')}
              )
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
