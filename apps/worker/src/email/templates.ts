import type { EmailJob, EmailTemplateParams } from '@imh/queue';
import { REMINDER_TEMPLATES } from '../reminders/reminder-templates';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

type Locale = 'nl' | 'en';
type Renderer<T extends keyof EmailTemplateParams> = (
  p: EmailTemplateParams[T],
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

/** A calendar day (`YYYY-MM-DD`) as it reads, without shifting it through a time zone. */
const formatDayFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};
const formatDay = (day: string, locale: Locale) => formatDayFormats[locale].format(new Date(`${day}T00:00:00Z`));

function firstMeetingLine(p: EmailTemplateParams['cohort-assigned'], locale: Locale): string {
  const meeting = p.firstMeeting;
  if (!meeting) {
    return locale === 'nl'
      ? 'De data van de bijeenkomsten vind je binnenkort in IMH Academy.'
      : 'You will find the meeting dates in IMH Academy soon.';
  }
  const when = formatDate(meeting.startsAt, locale);
  if (locale === 'nl') {
    const where = meeting.place ? (meeting.online ? `in ${meeting.place} en online` : `in ${meeting.place}`) : 'online';
    return `De eerste bijeenkomst is op ${when}, ${where}.`;
  }
  const where = meeting.place ? (meeting.online ? `at ${meeting.place} and online` : `at ${meeting.place}`) : 'online';
  return `The first meeting is on ${when}, ${where}.`;
}

const digestLine = (item: { subject: string; link: string | null }) =>
  item.link ? `• ${item.subject}: ${item.link}` : `• ${item.subject}`;

/** Every e-mail in both languages. Text only from the payload; never confidential content. */
const TEMPLATES: { [T in keyof EmailTemplateParams]: Renderer<T> } = {
  ...REMINDER_TEMPLATES,
  digest: (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Je overzicht van IMH Academy (${p.items.length})`,
          lines: [`Beste ${p.name},`, 'Dit is er sinds je vorige overzicht gebeurd:', ...p.items.map(digestLine)],
        }
      : {
          subject: `Your IMH Academy digest (${p.items.length})`,
          lines: [`Dear ${p.name},`, 'This is what happened since your last digest:', ...p.items.map(digestLine)],
        },
  invitation: (p, locale) =>
    locale === 'nl'
      ? {
          subject: 'Uitnodiging voor IMH Academy',
          lines: [
            `Beste ${p.name},`,
            `${p.invitedBy} nodigt je uit voor IMH Academy, de leeromgeving van de Infant Mental Health-opleiding.`,
            `Kies via de knop hieronder een wachtwoord. De link werkt één keer en is geldig tot ${formatDate(p.expiresAt, locale)}.`,
          ],
          action: { label: 'Wachtwoord instellen', url: p.link },
        }
      : {
          subject: 'Your invitation to IMH Academy',
          lines: [
            `Dear ${p.name},`,
            `${p.invitedBy} invites you to IMH Academy, the learning environment of the Infant Mental Health training.`,
            `Choose a password with the button below. The link works once and is valid until ${formatDate(p.expiresAt, locale)}.`,
          ],
          action: { label: 'Set your password', url: p.link },
        },
  'password-reset': (p, locale) =>
    locale === 'nl'
      ? {
          subject: 'Nieuw wachtwoord instellen',
          lines: [
            `Beste ${p.name},`,
            'Je hebt gevraagd om een nieuw wachtwoord voor IMH Academy.',
            `De link werkt één keer en is geldig tot ${formatDate(p.expiresAt, locale)}. Heb je dit niet gevraagd? Dan kun je deze e-mail negeren.`,
          ],
          action: { label: 'Nieuw wachtwoord kiezen', url: p.link },
        }
      : {
          subject: 'Set a new password',
          lines: [
            `Dear ${p.name},`,
            'You asked for a new password for IMH Academy.',
            `The link works once and is valid until ${formatDate(p.expiresAt, locale)}. Did not ask for this? Then you can ignore this e-mail.`,
          ],
          action: { label: 'Choose a new password', url: p.link },
        },
  'intake-confirmation': (p, locale) =>
    locale === 'nl'
      ? {
          subject: 'We hebben je aanvraag ontvangen',
          lines: [
            `Beste ${p.name},`,
            p.trackTitle
              ? `Dank je wel voor je interesse in ${p.trackTitle} van IMH Academy. We hebben je aanvraag ontvangen.`
              : 'Dank je wel voor je interesse in de opleidingen van IMH Academy. We hebben je aanvraag ontvangen.',
            'Een medewerker van de opleiding neemt binnen vijf werkdagen contact met je op over de mogelijkheden, ook voor een in-company training.',
          ],
        }
      : {
          subject: 'We have received your request',
          lines: [
            `Dear ${p.name},`,
            p.trackTitle
              ? `Thank you for your interest in ${p.trackTitle} at IMH Academy. We have received your request.`
              : 'Thank you for your interest in the IMH Academy programmes. We have received your request.',
            'Someone from the training team will contact you within five working days about the options, including in-company training.',
          ],
        },
  'cohort-assigned': (p, locale) =>
    locale === 'nl'
      ? {
          subject: p.role === 'DOCENT' ? `Je geeft les aan ${p.cohortName}` : `Je lesgroep voor ${p.trackTitle}`,
          lines: [
            `Beste ${p.name},`,
            p.role === 'DOCENT'
              ? `Je bent docent van lesgroep ${p.cohortName} van ${p.trackTitle}.`
              : `Je bent ingedeeld in lesgroep ${p.cohortName} van ${p.trackTitle}.`,
            `De lesgroep loopt van ${formatDay(p.startsOn, locale)} tot en met ${formatDay(p.endsOn, locale)}.`,
            firstMeetingLine(p, locale),
            p.role === 'DOCENT'
              ? 'In IMH Academy zie je wie er in de groep zitten en het rooster.'
              : 'In IMH Academy zie je met wie je in de groep zit, je docenten en het rooster.',
          ],
          action: { label: 'Naar IMH Academy', url: p.link },
        }
      : {
          subject: p.role === 'DOCENT' ? `You are teaching ${p.cohortName}` : `Your class group for ${p.trackTitle}`,
          lines: [
            `Dear ${p.name},`,
            p.role === 'DOCENT'
              ? `You are a docent of the class group ${p.cohortName} of ${p.trackTitle}.`
              : `You have been placed in the class group ${p.cohortName} of ${p.trackTitle}.`,
            `The group runs from ${formatDay(p.startsOn, locale)} to ${formatDay(p.endsOn, locale)}.`,
            firstMeetingLine(p, locale),
            p.role === 'DOCENT'
              ? 'In IMH Academy you can see who is in the group and the schedule.'
              : 'In IMH Academy you can see who is in your group, your docents and the schedule.',
          ],
          action: { label: 'Go to IMH Academy', url: p.link },
        },
  'submission-received': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Nieuwe inzending: ${p.assignmentTitle}`,
          lines: [
            `Beste ${p.name},`,
            `Er is een inzending binnengekomen voor de opdracht ${p.assignmentTitle} (module ${p.moduleTitle}) van lesgroep ${p.cohortName}.`,
            'Je vindt haar in je beoordelingslijst in IMH Academy.',
          ],
          action: { label: 'Inzending bekijken', url: p.link },
        }
      : {
          subject: `New submission: ${p.assignmentTitle}`,
          lines: [
            `Dear ${p.name},`,
            `A submission has come in for the assignment ${p.assignmentTitle} (module ${p.moduleTitle}) of the class group ${p.cohortName}.`,
            'You will find it in your grading queue in IMH Academy.',
          ],
          action: { label: 'View the submission', url: p.link },
        },
  'grade-released': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Je beoordeling van ${p.assignmentTitle} staat klaar`,
          lines: [
            `Beste ${p.name},`,
            `Je docent heeft je inzending voor de opdracht ${p.assignmentTitle} (module ${p.moduleTitle}) beoordeeld.`,
            'De beoordeling en de feedback lees je in IMH Academy.',
          ],
          action: { label: 'Beoordeling lezen', url: p.link },
        }
      : {
          subject: `Your grade for ${p.assignmentTitle} is ready`,
          lines: [
            `Dear ${p.name},`,
            `Your docent has graded your submission for the assignment ${p.assignmentTitle} (module ${p.moduleTitle}).`,
            'You can read the grade and the feedback in IMH Academy.',
          ],
          action: { label: 'Read your grade', url: p.link },
        },
  'grade-changed': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Je beoordeling van ${p.assignmentTitle} is gewijzigd`,
          lines: [
            `Beste ${p.name},`,
            `Je docent heeft de beoordeling van je inzending voor de opdracht ${p.assignmentTitle} (module ${p.moduleTitle}) gewijzigd.`,
            'De nieuwe beoordeling lees je in IMH Academy.',
          ],
          action: { label: 'Beoordeling lezen', url: p.link },
        }
      : {
          subject: `Your grade for ${p.assignmentTitle} has changed`,
          lines: [
            `Dear ${p.name},`,
            `Your docent has changed the grade of your submission for the assignment ${p.assignmentTitle} (module ${p.moduleTitle}).`,
            'You can read the new grade in IMH Academy.',
          ],
          action: { label: 'Read the grade', url: p.link },
        },
  'revision-requested': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Herziening gevraagd: ${p.assignmentTitle}`,
          lines: [
            `Beste ${p.name},`,
            `Je docent vraagt je je inzending voor de opdracht ${p.assignmentTitle} (module ${p.moduleTitle}) te herzien.`,
            'In IMH Academy lees je wat er beter kan en lever je een nieuwe versie in.',
          ],
          action: { label: 'Naar de opdracht', url: p.link },
        }
      : {
          subject: `Revision requested: ${p.assignmentTitle}`,
          lines: [
            `Dear ${p.name},`,
            `Your docent asks you to revise your submission for the assignment ${p.assignmentTitle} (module ${p.moduleTitle}).`,
            'In IMH Academy you can read what to improve and hand in a new version.',
          ],
          action: { label: 'Go to the assignment', url: p.link },
        },
  'certificate-expiring': (p, locale) =>
    locale === 'nl'
      ? {
          subject: `Je certificaat ${p.trackTitle} verloopt over ${p.days} dagen`,
          lines: [
            `Beste ${p.name},`,
            `Je certificaat ${p.trackTitle} (${p.number}) is geldig tot ${formatDate(p.expiresAt, locale)}. Wil je gecertificeerd blijven, plan dan op tijd je herregistratie.`,
          ],
          action: { label: 'Naar mijn certificaten', url: p.link },
        }
      : {
          subject: `Your ${p.trackTitle} certificate expires in ${p.days} days`,
          lines: [
            `Dear ${p.name},`,
            `Your ${p.trackTitle} certificate (${p.number}) is valid until ${formatDate(p.expiresAt, locale)}. To stay certified, plan your recertification in time.`,
          ],
          action: { label: 'Go to my certificates', url: p.link },
        },
  'confidential-message': (p, locale) => {
    const nl: Record<typeof p.occasion, string> = {
      new: 'Er is een nieuw vertrouwelijk bericht voor je.',
      reply: 'Er is een nieuwe reactie in een vertrouwelijk gesprek.',
      reminder: 'Een vertrouwelijk bericht wacht al 48 uur op een antwoord.',
      overdue: 'Een vertrouwelijk bericht wacht al 7 dagen op een antwoord.',
      answer: 'De vertrouwenspersoon heeft op je bericht gereageerd.',
    };
    const en: Record<typeof p.occasion, string> = {
      new: 'There is a new confidential message for you.',
      reply: 'There is a new reply in a confidential conversation.',
      reminder: 'A confidential message has been waiting 48 hours for an answer.',
      overdue: 'A confidential message has been waiting 7 days for an answer.',
      answer: 'The confidant has replied to your message.',
    };
    // Only that there is a message: its subject, text and writer stay in IMH Academy.
    return locale === 'nl'
      ? {
          subject: 'Vertrouwelijk bericht in IMH Academy',
          lines: [`Beste ${p.name},`, nl[p.occasion], 'Log in om het te lezen.'],
          action: { label: 'Naar het bericht', url: p.link },
        }
      : {
          subject: 'Confidential message in IMH Academy',
          lines: [`Dear ${p.name},`, en[p.occasion], 'Sign in to read it.'],
          action: { label: 'Go to the message', url: p.link },
        };
  },
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderEmail(job: EmailJob): RenderedEmail {
  const render = TEMPLATES[job.template] as Renderer<typeof job.template>;
  const rendered = render(job.params as never, job.locale);
  const { subject, action } = rendered;
  // Every e-mail someone can switch off says how, with one click, for its kind.
  const unsubscribe = (job.params as { unsubscribeLink?: string }).unsubscribeLink;
  const lines = unsubscribe
    ? [
        ...rendered.lines,
        job.locale === 'nl'
          ? `Wil je deze e-mails niet meer ontvangen? Afmelden: ${unsubscribe}`
          : `Don't want these e-mails any more? Unsubscribe: ${unsubscribe}`,
      ]
    : rendered.lines;
  const text = [...lines, ...(action ? [`${action.label}: ${action.url}`] : []), '', 'IMH Academy'].join('\n\n');
  const html = `<!doctype html><html lang="${job.locale}"><body style="font-family:Arial,sans-serif;color:#1f2933;line-height:1.5">
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}" style="background:#1d4e89;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>` : ''}
<p style="color:#52606d">IMH Academy</p></body></html>`;
  return { subject, text, html };
}
