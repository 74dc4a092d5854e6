/** The writer's pages (students and docents); e-mails link to `/vertrouwenspersoon/:threadId`. */
export const WRITER_PATH = '/confidant';
export const writerNewPath = `${WRITER_PATH}/new`;
export const writerThreadPath = (threadId: string) => `${WRITER_PATH}/${threadId}`;

/** The confidant's workspace; e-mails link to `/vertrouwelijk/:threadId`. */
export const WORKSPACE_PATH = '/confidential';
export const confidantThreadPath = (threadId: string) => `${WORKSPACE_PATH}/${threadId}`;
export const FIGURES_PATH = `${WORKSPACE_PATH}/figures`;
export const RECOVERY_PATH = `${WORKSPACE_PATH}/recovery`;

/** Signed out or in: an anonymous thread, opened with its receipt (never in the URL). */
export const RECEIPT_PATH = '/vertrouwelijk/bon';

/** Anyone signed in: change the password (confidential messages stay readable). */
export const CHANGE_PASSWORD_PATH = '/account/password';
