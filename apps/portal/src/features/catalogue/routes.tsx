import type { RouteObject } from 'react-router-dom';
import { LessonPage } from '../learning/LessonPage';
import { ModulePage } from '../learning/ModulePage';
import { MyLearningPage } from '../learning/MyLearningPage';
import { EnrollmentImportPage } from './EnrollmentImportPage';
import { EnrollmentsPage } from './EnrollmentsPage';
import { IntakeRequestsPage } from './IntakeRequestsPage';
import { LessonEditorPage, NewLessonPage } from './LessonPages';
import { ModuleEditorPage, NewModulePage } from './ModulePages';
import { LessonPreviewPage, ModulePreviewPage } from './PreviewPages';
import { TrackPage } from './TrackPage';
import { EditTrackPage, NewTrackPage } from './TrackFormPage';
import { TracksPage } from './TracksPage';

/** Under the student's section (/track). */
export const learningRoutes: RouteObject[] = [
  { index: true, element: <MyLearningPage /> },
  { path: 'modules/:moduleId', element: <ModulePage /> },
  { path: 'lessons/:lessonId', element: <LessonPage /> },
];

/** Under the admin's catalogue section (/admin/catalogue). */
export const catalogueRoutes: RouteObject[] = [
  { index: true, element: <TracksPage /> },
  { path: 'tracks/new', element: <NewTrackPage /> },
  { path: 'tracks/:trackId', element: <TrackPage /> },
  { path: 'tracks/:trackId/edit', element: <EditTrackPage /> },
  { path: 'tracks/:trackId/modules/new', element: <NewModulePage /> },
  { path: 'tracks/:trackId/enrollments', element: <EnrollmentsPage /> },
  { path: 'tracks/:trackId/enrollments/import', element: <EnrollmentImportPage /> },
  { path: 'modules/:moduleId', element: <ModuleEditorPage /> },
  { path: 'modules/:moduleId/preview', element: <ModulePreviewPage /> },
  { path: 'modules/:moduleId/lessons/new', element: <NewLessonPage /> },
  { path: 'lessons/:lessonId', element: <LessonEditorPage /> },
  { path: 'lessons/:lessonId/preview', element: <LessonPreviewPage /> },
];

/** Under the admin's intake section (/admin/intake). */
export const intakeRoutes: RouteObject[] = [{ index: true, element: <IntakeRequestsPage /> }];
