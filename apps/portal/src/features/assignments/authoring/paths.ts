import { CATALOGUE_PATH, moduleEditorPath } from '../../catalogue/paths';

/** Assignment authoring lives in the admin's catalogue section. */
export const newAssignmentPath = (moduleId: string) => `${moduleEditorPath(moduleId)}/assignments/new`;
export const assignmentEditorPath = (assignmentId: string) => `${CATALOGUE_PATH}/assignments/${assignmentId}`;
