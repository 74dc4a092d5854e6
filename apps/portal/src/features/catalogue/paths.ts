/** Where the admin's catalogue pages live. */
export const CATALOGUE_PATH = '/admin/catalogue';
export const newTrackPath = () => `${CATALOGUE_PATH}/tracks/new`;
export const trackPath = (trackId: string) => `${CATALOGUE_PATH}/tracks/${trackId}`;
export const trackEditPath = (trackId: string) => `${trackPath(trackId)}/edit`;
export const newModulePath = (trackId: string) => `${trackPath(trackId)}/modules/new`;
export const enrollmentsPath = (trackId: string) => `${trackPath(trackId)}/enrollments`;
export const importPath = (trackId: string) => `${enrollmentsPath(trackId)}/import`;
export const moduleEditorPath = (moduleId: string) => `${CATALOGUE_PATH}/modules/${moduleId}`;
export const modulePreviewPath = (moduleId: string) => `${moduleEditorPath(moduleId)}/preview`;
export const newLessonPath = (moduleId: string) => `${moduleEditorPath(moduleId)}/lessons/new`;
export const lessonEditorPath = (lessonId: string) => `${CATALOGUE_PATH}/lessons/${lessonId}`;
export const lessonPreviewPath = (lessonId: string) => `${lessonEditorPath(lessonId)}/preview`;
