import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type {
  LearningModuleCardFragment,
  LearningModuleDetailFragment,
  LessonContentFragment,
} from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { requirementSentence } from '../../lib/refusals';
import { demoteHeadings, formatBytes, formatHours, formatPoints, hostOf } from './format';

/** A labelled bar; screen readers hear the label and the value text, the bar is for the eye. */
export function ProgressBar({ value, label, valueText }: { value: number; label: string; valueText?: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={valueText ?? `${clamped}%`}
    >
      <div className="progress-fill" style={{ width: `${clamped}%` }} />
    </div>
  );
}

/** One line of facts: hours, points and anything else the caller adds. */
export function StudyFacts({ hours, points, extra }: { hours: number; points: number; extra?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="facts">
      <li>{formatHours(t, i18n.language, hours)}</li>
      <li>{formatPoints(t, points)}</li>
      {extra}
    </ul>
  );
}

export type ModuleState = 'preview' | 'completed' | 'locked' | 'inProgress' | 'notStarted';

export function moduleState(module: LearningModuleCardFragment): ModuleState {
  if (module.preview) return 'preview';
  if (module.completed) return 'completed';
  if (module.locked) return 'locked';
  return module.lessonsCompleted > 0 || module.unmetRequirements.length > 0 ? 'inProgress' : 'notStarted';
}

/** The status as a word and a colour; the word carries the meaning, the colour only helps. */
export function ModuleStatus({ module }: { module: LearningModuleCardFragment }) {
  const { t } = useTranslation();
  const state = moduleState(module);
  return (
    <span className={`state state-${state}`}>
      {state === 'inProgress'
        ? t('learning.state.inProgressPercent', { percent: module.progressPercent })
        : t(`learning.state.${state}`)}
    </span>
  );
}

/** "Opens after: …" with the modules still to do. */
export function UnlockedBy({ module }: { module: LearningModuleCardFragment }) {
  const { t } = useTranslation();
  if (!module.locked || module.unlockedBy.length === 0) return null;
  return (
    <p className="unlocked-by">
      {t('learning.unlockedBy', { modules: module.unlockedBy.map((m) => m.title).join(', ') })}
    </p>
  );
}

export function Breadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('learning.breadcrumbs')} className="breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {item.to ? <Link to={item.to}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The student's view of a module: facts, progress or what unlocks it, learning goals and its
 * lessons in order. Admins see the same view as a preview (`module.preview`).
 */
export function ModuleOverview({
  module,
  lessonPath,
}: {
  module: LearningModuleDetailFragment;
  lessonPath: (lessonId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const state = moduleState(module);
  const next = module.lessons.find((lesson) => lesson.id === module.nextLessonId);
  return (
    <>
      {module.summary && <p className="lead">{module.summary}</p>}
      <StudyFacts
        hours={module.studyHours}
        points={module.accreditationPoints}
        extra={<li>{t('learning.lessonCount', { count: module.lessonCount })}</li>}
      />
      {state === 'locked' ? (
        <div className="notice notice-locked">
          <p>
            <strong>{t('learning.moduleLocked')}</strong>
          </p>
          <UnlockedBy module={module} />
        </div>
      ) : state !== 'preview' ? (
        <div className="module-progress">
          <p className="progress-label">
            <ModuleStatus module={module} />{' '}
            <span>{t('learning.lessonsDone', { done: module.lessonsCompleted, total: module.lessonCount })}</span>
          </p>
          <ProgressBar
            value={module.progressPercent}
            label={t('learning.moduleProgress', { title: module.title })}
            valueText={t('learning.percentDone', { percent: module.progressPercent })}
          />
          {module.unmetRequirements.length > 0 && (
            <div className="notice">
              <p>{t('learning.unmetRequirements')}</p>
              <ul>
                {module.unmetRequirements.map((requirement) => (
                  <li key={`${requirement.reason}:${requirement.subjectId ?? requirement.subjectTitle}`}>
                    {requirementSentence(t, requirement)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {next && (
            <p>
              <Link to={lessonPath(next.id)} className="button">
                {module.lessonsCompleted === 0
                  ? t('learning.startWith', { title: next.title })
                  : t('learning.continueWith', { title: next.title })}
              </Link>
            </p>
          )}
        </div>
      ) : null}

      {module.learningGoals.length > 0 && (
        <section aria-labelledby="learning-goals" className="section">
          <h2 id="learning-goals">{t('learning.learningGoals')}</h2>
          <ul className="goals">
            {module.learningGoals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="lessons" className="section">
        <h2 id="lessons">{t('learning.lessons')}</h2>
        {module.lessons.length === 0 ? (
          <div className="empty-state">
            <p>{t('learning.noLessons')}</p>
          </div>
        ) : (
          <ol className="lesson-list">
            {module.lessons.map((lesson, index) => {
              const status = lesson.completed
                ? 'completed'
                : lesson.locked
                  ? 'locked'
                  : lesson.id === module.nextLessonId
                    ? 'next'
                    : 'open';
              return (
                <li key={lesson.id} className={`lesson-item lesson-${status}`}>
                  <span className="lesson-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="lesson-title">
                    {lesson.locked ? lesson.title : <Link to={lessonPath(lesson.id)}>{lesson.title}</Link>}
                  </span>
                  {!module.preview && (
                    <span className={`state state-lesson-${status}`}>
                      {status === 'completed' && lesson.completedAt
                        ? t('learning.lessonState.completedOn', {
                            date: formatDate(lesson.completedAt, i18n.language),
                          })
                        : t(`learning.lessonState.${status}`)}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}

/** The lesson text, its video link and attachments. */
export function LessonContent({ lesson }: { lesson: LessonContentFragment }) {
  const { t, i18n } = useTranslation();
  const html = useMemo(() => demoteHeadings(lesson.bodyHtml), [lesson.bodyHtml]);
  return (
    <>
      {lesson.videoUrl && (
        <p className="video-link">
          {/* A link, never an embed: the host is shown and the video opens on its own site. */}
          <a href={lesson.videoUrl} target="_blank" rel="noopener noreferrer">
            {t('learning.watchVideo')}
            <span className="muted"> ({t('learning.opensIn', { host: hostOf(lesson.videoUrl) })})</span>
          </a>
        </p>
      )}
      {html.trim() ? (
        // bodyHtml is sanitised by the API (no scripts, handlers or javascript: links); it is
        // the only server HTML the portal ever renders.
        <div className="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="muted">{t('learning.emptyLesson')}</p>
      )}
      {lesson.attachments.length > 0 && (
        <section aria-labelledby="attachments" className="section">
          <h2 id="attachments">{t('learning.attachments')}</h2>
          <ul className="attachment-list">
            {lesson.attachments.map((file) => (
              <li key={file.id}>
                <a href={file.downloadPath} download={file.originalName}>
                  {file.originalName}
                </a>{' '}
                <span className="muted small">({formatBytes(i18n.language, file.size)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
