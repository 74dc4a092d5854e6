import type { ReminderTemplateParams } from '@imh/queue';

type Locale = 'nl' | 'en';
type Renderer<T extends keyof ReminderTemplateParams> = (
  p: ReminderTemplateParams[T],
  locale: Locale,
) => { subject: string; lines: string[]; action?: { label: string; url: string } };

/** Made once per locale: making an Intl.DateTimeFormat costs far more than formatting with one. */
const formatDateFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
};
const formatDate = (iso: string, locale: Locale) => formatDateFormats[locale].format(new Date(iso));

const formatTimeFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }),
};
const formatTime = (iso: string, locale: Locale) => formatTimeFormats[locale].format(new Date(iso));

function meetingPlace(p: ReminderTemplateParams['meeting-tomorrow'], locale: Locale): string {
  if (locale === 'nl') return p.place ? (p.online ? `in ${p.place} en online` : `in ${p.place}`) : 'online';
  return p.place ? (p.online ? `at ${p.place} and online` : `at ${p.place}`) : 'online';
}

/** The reminders' e-mails in Dutch and English; spread into the worker's TEMPLATES. */
export const REMINDER_TEMPLATES: { [T in keyof ReminderTemplateParams]: Renderer<T> } = {
  'assignment-due-soon': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Herinnering: ${p.assignmentTitle} inleveren`,
          lines: [
            `Beste ${p.name},`,
            `De opdracht ${p.assignmentTitle} (module ${p.moduleTitle}) moet uiterlijk ${formatDate(p.dueAt, locale)} zijn ingeleverd. We hebben nog geen inzending van je ontvangen.`,
          ],
          action: { label: 'Naar de opdracht', url: p.link },
        }
      : {
          subject: `Reminder: hand in ${p.assignmentTitle}`,
          lines: [
            `Dear ${p.name},`,
            `The assignment ${p.assignmentTitle} (module ${p.moduleTitle}) is due by ${formatDate(p.dueAt, locale)}. We have not received a submission from you yet.`,
          ],
          action: { label: 'Go to the assignment', url: p.link },
        },
  'assignment-overdue': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `De inleverdatum van ${p.assignmentTitle} is verstreken`,
          lines: [
            `Beste ${p.name},`,
            `De opdracht ${p.assignmentTitle} (module ${p.moduleTitle}) moest uiterlijk ${formatDate(p.dueAt, locale)} zijn ingeleverd. We hebben nog geen inzending van je ontvangen.`,
            'Je kunt nog inleveren; je inzending wordt dan als te laat gemarkeerd. Neem contact op met je docent als je uitstel nodig hebt.',
          ],
          action: { label: 'Naar de opdracht', url: p.link },
        }
      : {
          subject: `The due date of ${p.assignmentTitle} has passed`,
          lines: [
            `Dear ${p.name},`,
            `The assignment ${p.assignmentTitle} (module ${p.moduleTitle}) was due by ${formatDate(p.dueAt, locale)}. We have not received a submission from you yet.`,
            'You can still hand it in; it will then be marked late. Contact your docent if you need an extension.',
          ],
          action: { label: 'Go to the assignment', url: p.link },
        },
  'grading-backlog': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `${p.count} ${p.count === 1 ? 'inzending wacht' : 'inzendingen wachten'} op je beoordeling`,
          lines: [
            `Beste ${p.name},`,
            `${p.count === 1 ? 'Eén inzending wacht' : `${p.count} inzendingen wachten`} langer dan ${p.days} dagen op beoordeling; de oudste is ingeleverd op ${formatDate(p.oldestSubmittedAt, locale)}.`,
            'Je vindt ze in je beoordelingslijst in IMH Academy.',
          ],
          action: { label: 'Naar de beoordelingslijst', url: p.link },
        }
      : {
          subject: `${p.count} ${p.count === 1 ? 'submission is' : 'submissions are'} waiting for your grade`,
          lines: [
            `Dear ${p.name},`,
            `${p.count === 1 ? 'One submission has' : `${p.count} submissions have`} been waiting longer than ${p.days} days to be graded; the oldest was handed in on ${formatDate(p.oldestSubmittedAt, locale)}.`,
            'You will find them in your grading queue in IMH Academy.',
          ],
          action: { label: 'Go to the grading queue', url: p.link },
        },
  'meeting-tomorrow': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Morgen: bijeenkomst van ${p.cohortName}`,
          lines: [
            `Beste ${p.name},`,
            `Morgen, ${formatDate(p.startsAt, locale)} tot ${formatTime(p.endsAt, locale)}, is er een bijeenkomst van lesgroep ${p.cohortName}, ${meetingPlace(p, locale)}.`,
            ...(p.topic ? [`Onderwerp: ${p.topic}.`] : []),
            'Het rooster en de link voor online deelnemen vind je in IMH Academy.',
          ],
          action: { label: 'Naar het rooster', url: p.link },
        }
      : {
          subject: `Tomorrow: meeting of ${p.cohortName}`,
          lines: [
            `Dear ${p.name},`,
            `Tomorrow, ${formatDate(p.startsAt, locale)} to ${formatTime(p.endsAt, locale)}, the class group ${p.cohortName} meets ${meetingPlace(p, locale)}.`,
            ...(p.topic ? [`Topic: ${p.topic}.`] : []),
            'You will find the schedule and the link to join online in IMH Academy.',
          ],
          action: { label: 'Go to the schedule', url: p.link },
        },
};
