import type { EmailJob, EmailTemplateParams } from '@imh/queue';

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

const formatDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

/** Every e-mail in both languages. Text only from the payload; never confidential content. */
const TEMPLATES: { [T in keyof EmailTemplateParams]: Renderer<T> } = {
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
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderEmail(job: EmailJob): RenderedEmail {
  const render = TEMPLATES[job.template] as Renderer<typeof job.template>;
  const { subject, lines, action } = render(job.params as never, job.locale);
  const text = [...lines, ...(action ? [`${action.label}: ${action.url}`] : []), '', 'IMH Academy'].join('\n\n');
  const html = `<!doctype html><html lang="${job.locale}"><body style="font-family:Arial,sans-serif;color:#1f2933;line-height:1.5">
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}" style="background:#1d4e89;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>` : ''}
<p style="color:#52606d">IMH Academy</p></body></html>`;
  return { subject, text, html };
}
