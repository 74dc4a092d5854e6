/** Where the student's pages live. */
export const lessonPath = (lessonId: string) => `/track/lessons/${lessonId}`;
export const modulePath = (moduleId: string) => `/track/modules/${moduleId}`;
