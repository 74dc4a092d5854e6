import { describe, expect, it } from 'vitest';
import type { EmailJob } from '@imh/queue';
import { renderEmail } from './templates';

const LINK = 'https://portal.example/set-password?token=abc_DEF-123';
// 12:00 UTC on 1 March is 13:00 in Amsterdam (winter time).
const EXPIRES = '2026-03-01T12:00:00.000Z';

const invitation = (locale: 'nl' | 'en', name = 'Sanne Jansen'): EmailJob => ({
  template: 'invitation',
  to: 'sanne@example.org',
  locale,
  params: { name, invitedBy: 'Anna Admin', link: LINK, expiresAt: EXPIRES },
});

const reset = (locale: 'nl' | 'en'): EmailJob => ({
  template: 'password-reset',
  to: 'sanne@example.org',
  locale,
  params: { name: 'Sanne Jansen', link: LINK.replace('set-password', 'reset-password'), expiresAt: EXPIRES },
});

describe(renderEmail.name, () => {
  it('writes the invitation in Dutch, with the link and the expiry in Amsterdam time', () => {
    const mail = renderEmail(invitation('nl'));

    expect(mail.subject).toBe('Uitnodiging voor IMH Academy');
    expect(mail.text).toContain('Beste Sanne Jansen,');
    expect(mail.text).toContain('Anna Admin nodigt je uit voor IMH Academy');
    expect(mail.text).toContain('1 maart 2026');
    expect(mail.text).toContain('13:00');
    expect(mail.text).toContain(`Wachtwoord instellen: ${LINK}`);
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain(`<a href="${LINK}"`);
    expect(mail.html).toContain('>Wachtwoord instellen</a>');
  });

  it('writes the invitation in English', () => {
    const mail = renderEmail(invitation('en'));

    expect(mail.subject).toBe('Your invitation to IMH Academy');
    expect(mail.text).toContain('Dear Sanne Jansen,');
    expect(mail.text).toContain('Anna Admin invites you to IMH Academy');
    expect(mail.text).toContain('1 March 2026');
    expect(mail.text).toContain(`Set your password: ${LINK}`);
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).not.toMatch(/Beste|nodigt/);
  });

  it('writes the password reset in both languages', () => {
    const nl = renderEmail(reset('nl'));
    const en = renderEmail(reset('en'));

    expect(nl.subject).toBe('Nieuw wachtwoord instellen');
    expect(nl.text).toContain('Nieuw wachtwoord kiezen: https://portal.example/reset-password?token=abc_DEF-123');
    expect(en.subject).toBe('Set a new password');
    expect(en.text).toContain('Choose a new password: https://portal.example/reset-password?token=abc_DEF-123');
    expect(en.text).toContain('ignore this e-mail');
  });

  it('shows summer time in Amsterdam', () => {
    const mail = renderEmail({
      ...reset('nl'),
      params: { ...reset('nl').params, expiresAt: '2026-07-01T12:00:00Z' },
    } as EmailJob);
    expect(mail.text).toContain('1 juli 2026');
    expect(mail.text).toContain('14:00');
  });

  it('escapes HTML in names in the HTML part and leaves the text part as written', () => {
    const name = `<script>alert("hi")</script> O'Brien & Zn`;

    const mail = renderEmail(invitation('nl', name));

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Beste &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; O&#39;Brien &amp; Zn,');
    expect(mail.text).toContain(`Beste ${name},`);
  });

  it('escapes the link inside the href attribute', () => {
    const link = 'https://portal.example/set-password?token=a&b="><img src=x>';
    const mail = renderEmail({ ...invitation('en'), params: { ...invitation('en').params, link } } as EmailJob);
    expect(mail.html).toContain('href="https://portal.example/set-password?token=a&amp;b=&quot;&gt;&lt;img src=x&gt;"');
    expect(mail.html).not.toContain('<img');
  });
});
