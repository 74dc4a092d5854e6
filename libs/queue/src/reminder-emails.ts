/**
 * The reminders' e-mails (see libs/notifications ReminderScan): titles, times and a link only,
 * never submission text, feedback or who wrote what. Times are ISO instants.
 */
export interface ReminderTemplateParams {
  /** Before the student's effective due date (their extension, else their cohort's). */
  'assignment-due-soon': {
    name: string;
    assignmentTitle: string;
    moduleTitle: string;
    dueAt: string;
    link: string;
  };
  /** Once, after the effective due date has passed without a hand-in. */
  'assignment-overdue': { name: string; assignmentTitle: string; moduleTitle: string; dueAt: string; link: string };
  /** A docent's daily count of handed-in work that has waited longer than `days` days. */
  'grading-backlog': { name: string; count: number; days: number; oldestSubmittedAt: string; link: string };
  /** A cohort meeting tomorrow, to its students and docents; whether it is online, never its link. */
  'meeting-tomorrow': {
    name: string;
    cohortName: string;
    topic: string;
    startsAt: string;
    endsAt: string;
    place: string | null;
    online: boolean;
    link: string;
  };
}
