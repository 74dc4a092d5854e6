import { describe, expect, it } from 'vitest';
import type { EmailJob, EmailTemplateParams } from '@imh/queue';
import { renderEmail } from './templates';

const params = (overrides: Partial<EmailTemplateParams['cohort-assigned']> = {}) => ({
  name: 'Lotte Jansen',
  role: 'STUDENT' as const,
  cohortName: 'Kerncursus – lesgroep A',
  trackTitle: 'IMH-kerncursus',
  startsOn: '2027-03-01',
  endsOn: '2027-07-15',
  // 08:30 UTC is 09:30 in Amsterdam in March (winter time).
  firstMeeting: { startsAt: '2027-03-01T08:30:00.000Z', place: 'Utrecht', online: false },
  link: 'http://portal.example/',
  ...overrides,
});

const mail = (locale: 'nl' | 'en', overrides?: Partial<EmailTemplateParams['cohort-assigned']>): EmailJob => ({
  template: 'cohort-assigned',
  to: 'lotte@example.org',
  locale,
  params: params(overrides),
});

describe('cohort-assigned e-mail', () => {
  it('tells a student in Dutch which group, track, period and first meeting', () => {
    const { subject, text, html } = renderEmail(mail('nl'));
    expect(subject).toBe('Je lesgroep voor IMH-kerncursus');
    expect(text).toContain('Beste Lotte Jansen,');
    expect(text).toContain('Je bent ingedeeld in lesgroep Kerncursus – lesgroep A van IMH-kerncursus.');
    expect(text).toContain('De lesgroep loopt van 1 maart 2027 tot en met 15 juli 2027.');
    expect(text).toMatch(/De eerste bijeenkomst is op 1 maart 2027.*09:30, in Utrecht\./);
    expect(text).toContain('Naar IMH Academy: http://portal.example/');
    expect(html).toContain('<html lang="nl">');
  });

  it('tells a docent in English, and says a meeting is online without giving the link', () => {
    const { subject, text } = renderEmail(
      mail('en', { role: 'DOCENT', firstMeeting: { startsAt: '2027-07-01T07:00:00.000Z', place: null, online: true } }),
    );
    expect(subject).toBe('You are teaching Kerncursus – lesgroep A');
    expect(text).toContain('You are a docent of the class group Kerncursus – lesgroep A of IMH-kerncursus.');
    expect(text).toContain('The group runs from 1 March 2027 to 15 July 2027.');
    // 07:00 UTC is 09:00 in Amsterdam in July (summer time).
    expect(text).toMatch(/The first meeting is on 1 July 2027.*09:00, online\./);
  });

  it('says the dates follow when there is no meeting yet, and escapes names in HTML', () => {
    const { text, html } = renderEmail(mail('nl', { firstMeeting: null, name: '<b>Jo</b>' }));
    expect(text).toContain('De data van de bijeenkomsten vind je binnenkort in IMH Academy.');
    expect(html).toContain('&lt;b&gt;Jo&lt;/b&gt;');
    const both = renderEmail(
      mail('nl', { firstMeeting: { startsAt: '2027-03-01T08:30:00.000Z', place: 'Zwolle', online: true } }),
    );
    expect(both.text).toContain(', in Zwolle en online.');
  });
});
