import type { ReminderTemplateParams } from './reminder-emails';

/** The e-mails the worker knows how to render. A new template adds its params here. */
export interface EmailTemplateParams extends ReminderTemplateParams {
  /** The daily digest: each held e-mail's subject and link, in the recipient's language. */
  digest: { name: string; items: { subject: string; link: string | null }[] };
  invitation: { name: string; invitedBy: string; link: string; expiresAt: string };
  'password-reset': { name: string; link: string; expiresAt: string };
  /** Sent to a signed-out visitor after an intake request; trackTitle is the track they asked about, if any. */
  'intake-confirmation': { name: string; trackTitle: string | null };
  /**
   * Sent to each student and docent placed in a cohort. Dates are `YYYY-MM-DD`; the first
   * meeting says whether it is (also) online but never carries the link.
   */
  'cohort-assigned': {
    name: string;
    role: 'STUDENT' | 'DOCENT';
    cohortName: string;
    trackTitle: string;
    startsOn: string;
    endsOn: string;
    firstMeeting: { startsAt: string; place: string | null; online: boolean } | null;
    link: string;
  };
  /**
   * Assignments: titles and a link only, never the submission text or the feedback. The
   * docent's e-mail does not name the student either (grading may be anonymous).
   */
  'submission-received': {
    name: string;
    assignmentTitle: string;
    moduleTitle: string;
    cohortName: string;
    link: string;
  };
  'grade-released': { name: string; assignmentTitle: string; moduleTitle: string; link: string };
  'revision-requested': { name: string; assignmentTitle: string; moduleTitle: string; link: string };
  /** A released grade was changed (the docent gave a reason); what changed is read in the portal. */
  'grade-changed': { name: string; assignmentTitle: string; moduleTitle: string; link: string };
  /**
   * The confidential channel: only that there is a message, and a link. Never a subject, a body
   * or who wrote. `new`/`reminder`/`overdue`/`reply` go to confidants, `answer` to the writer.
   */
  'confidential-message': {
    name: string;
    occasion: 'new' | 'reply' | 'reminder' | 'overdue' | 'answer';
    link: string;
  };
  /** 90 and 30 days before a certificate expires, to its holder; `expiresAt` is ISO. */
  'certificate-expiring': {
    name: string;
    number: string;
    trackTitle: string;
    expiresAt: string;
    days: number;
    link: string;
  };
}
export type EmailTemplate = keyof EmailTemplateParams;

/**
 * Params only the send may know (`DeliverySender.registerParams`: an account e-mail's fresh link
 * and its expiry): never planned, never stored in the ledger.
 */
export interface SendTimeParams {
  invitation: 'link' | 'expiresAt';
  'password-reset': 'link' | 'expiresAt';
}

/** What a plan gives of a template's params: all but the recipient's name and the send-time ones. */
export type PlannedParams<T extends EmailTemplate> = Omit<
  EmailTemplateParams[T],
  'name' | (T extends keyof SendTimeParams ? SendTimeParams[T] : never)
>;

/** A planned e-mail: one template and its planned params (a union over `T`'s templates). */
export type PlannedEmail<T extends EmailTemplate = EmailTemplate> = {
  [K in T]: { template: K; params: PlannedParams<K> };
}[T];

export type EmailJob = {
  [T in EmailTemplate]: {
    template: T;
    to: string;
    locale: 'nl' | 'en';
    params: EmailTemplateParams[T];
  };
}[EmailTemplate];

/**
 * BullMQ job ids must not contain ':'; ids are derived from what the job is about so a
 * retry or a duplicate enqueue never sends twice.
 */
export function jobId(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^a-zA-Z0-9_.-]/g, '_')).join('__');
}

/**
 * A delivery from the ledger (libs/notifications): the job carries only its key; the e-mail
 * itself is read from Postgres when it is sent, so a queue payload never holds more.
 */
export interface DeliveryJob {
  deliveryKey: string;
}

/** The job name of a `DeliveryJob` (one key): queued before batches, still sent as a batch of one. */
export const DELIVERY_JOB = 'delivery';

/** The job name of a `DeliveryBatchJob`. */
export const DELIVERIES_JOB = 'deliveries';

/**
 * Deliveries from the ledger sent together (claimed, checked and marked in one statement each):
 * their keys only, all due at the same time. The job id is derived from the keys, so the same
 * batch queued twice is one job.
 */
export interface DeliveryBatchJob {
  deliveryKeys: string[];
}
