import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MyLearningQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { useCatalogueErrorMessage } from '../catalogue/errors';
import { ModuleStatus, ProgressBar, StudyFacts, UnlockedBy } from './components';
import { EnrollInTrackDocument } from './learning.documents';
import { lessonPath, modulePath } from './paths';
import { invalidateLearning, useFlashFromLocation, useMyLearning } from './queries';

type LearningEnrollment = MyLearningQuery['myLearning']['enrollments'][number];
type TrackOffer = MyLearningQuery['myLearning']['otherTracks'][number];

/** The student's tracks with progress, where to continue, and the tracks they could enter next. */
export function MyLearningPage() {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const learning = useMyLearning();
  const [flash, setFlash] = useFlashFromLocation();

  const enrol = useMutation({
    mutationFn: (offer: TrackOffer) => request(EnrollInTrackDocument, { trackId: offer.track.id }),
    onMutate: () => setFlash(null),
    onSuccess: async (_data, offer) => {
      await invalidateLearning(queryClient);
      setFlash(t('learning.enrolled', { title: offer.track.title }));
    },
  });

  const data = learning.data?.myLearning;
  return (
    <Page title={t('learning.title')}>
      <StatusMessage message={flash} />
      <ErrorAlert message={enrol.error ? errorText(enrol.error) : null} />
      {learning.isPending ? (
        <Loading label={t('learning.loading')} />
      ) : learning.isError ? (
        <ErrorAlert message={errorText(learning.error)} />
      ) : data ? (
        <>
          {data.continueLesson && (
            <section className="card continue-card" aria-labelledby="continue-heading">
              <h2 id="continue-heading">{t('learning.continue.title')}</h2>
              <p>
                {t('learning.continue.where', {
                  module: data.continueLesson.moduleTitle,
                  lesson: data.continueLesson.lessonTitle,
                })}
              </p>
              <Link to={lessonPath(data.continueLesson.lessonId)} className="button">
                {t('learning.continue.button')}
              </Link>
            </section>
          )}

          {data.enrollments.length === 0 ? (
            <div className="empty-state">
              <p>{t('learning.noEnrollments')}</p>
            </div>
          ) : (
            data.enrollments.map((enrollment) => <TrackProgress key={enrollment.track.id} enrollment={enrollment} />)
          )}

          {data.otherTracks.length > 0 && (
            <section className="section" aria-labelledby="other-tracks">
              <h2 id="other-tracks">{t('learning.otherTracks.title')}</h2>
              <ul className="card-grid offers">
                {data.otherTracks.map((offer) => (
                  <li key={offer.track.id} className="card offer-card">
                    <h3>{offer.track.title}</h3>
                    {offer.track.description && <p>{offer.track.description}</p>}
                    {offer.canEnroll ? (
                      <button
                        type="button"
                        className="button"
                        disabled={enrol.isPending}
                        aria-label={t('learning.otherTracks.enrolIn', { title: offer.track.title })}
                        onClick={() => enrol.mutate(offer)}
                      >
                        {enrol.isPending && enrol.variables?.track.id === offer.track.id
                          ? t('learning.working')
                          : t('learning.otherTracks.enrol')}
                      </button>
                    ) : (
                      <p className="notice notice-locked">
                        {offer.blockedReason === 'REQUIRED_TRACK_NOT_COMPLETED' && offer.requiresTrack
                          ? t('learning.otherTracks.requiresTrack', { title: offer.requiresTrack.title })
                          : offer.blockedReason === 'NOT_A_STUDENT'
                            ? t('learning.otherTracks.notAStudent')
                            : t('learning.otherTracks.unavailable')}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      ) : null}
    </Page>
  );
}

function TrackProgress({ enrollment }: { enrollment: LearningEnrollment }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { track, modules } = enrollment;
  const hours = modules.reduce((sum, m) => sum + m.studyHours, 0);
  const points = modules.reduce((sum, m) => sum + m.accreditationPoints, 0);
  const completedAt = enrollment.enrollment.completedAt;
  return (
    <section className="card track-card" aria-labelledby={headingId}>
      <div className="track-header">
        <h2 id={headingId}>{track.title}</h2>
        {enrollment.enrollment.status === 'COMPLETED' && (
          <span className="state state-completed">
            {completedAt
              ? t('learning.trackCompletedOn', { date: formatDate(completedAt, i18n.language) })
              : t('learning.state.completed')}
          </span>
        )}
      </div>
      <p className="progress-label">
        {t('learning.modulesDone', { done: enrollment.completedModules, total: enrollment.totalModules })}
        <span className="muted"> · {t('learning.percentDone', { percent: enrollment.progressPercent })}</span>
      </p>
      <ProgressBar
        value={enrollment.progressPercent}
        label={t('learning.trackProgress', { title: track.title })}
        valueText={t('learning.percentDone', { percent: enrollment.progressPercent })}
      />
      <StudyFacts hours={hours} points={points} />

      <h3 className="visually-hidden">{t('learning.modulesOf', { title: track.title })}</h3>
      <ol className="module-list">
        {modules.map((module, index) => (
          <li key={module.id} className={`module-item${module.locked ? ' module-locked' : ''}`}>
            <div className="module-head">
              <span className="module-number" aria-hidden="true">
                {index + 1}
              </span>
              <h4 className="module-title">
                {module.locked ? module.title : <Link to={modulePath(module.id)}>{module.title}</Link>}
              </h4>
              <ModuleStatus module={module} />
            </div>
            <StudyFacts
              hours={module.studyHours}
              points={module.accreditationPoints}
              extra={<li>{t('learning.lessonsDone', { done: module.lessonsCompleted, total: module.lessonCount })}</li>}
            />
            {!module.locked && !module.completed && (
              <ProgressBar
                value={module.progressPercent}
                label={t('learning.moduleProgress', { title: module.title })}
                valueText={t('learning.percentDone', { percent: module.progressPercent })}
              />
            )}
            <UnlockedBy module={module} />
          </li>
        ))}
      </ol>
    </section>
  );
}
