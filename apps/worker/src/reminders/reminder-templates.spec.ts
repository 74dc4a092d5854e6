import { describe, expect, it } from 'vitest';
import type { EmailJob } from '@imh/queue';
import { renderEmail } from '../email/templates';

// 16:00 UTC on 8 December is 17:00 in Amsterdam (winter time).
const DUE = '2026-12-08T16:00:00.000Z';
const LINK = 'https://portal.example/assignments/a1';
const job = (job: Omit<EmailJob, 'to'>) => renderEmail({ ...job, to: 'sanne@example.org' } as EmailJob);

describe('reminder e-mails', () => {
  it('remind of a due date in Dutch and English, in Amsterdam time', () => {
    const params = { name: 'Sanne', assignmentTitle: 'Casus', moduleTitle: 'Hechting', dueAt: DUE, link: LINK };
    const nl = job({ template: 'assignment-due-soon', locale: 'nl', params });
    const en = job({ template: 'assignment-due-soon', locale: 'en', params });
    expect(nl.subject).toBe('Herinnering: Casus inleveren');
    expect(nl.text).toContain('uiterlijk 8 december 2026 om 17:00 zijn ingeleverd');
    expect(nl.text).toContain(`Naar de opdracht: ${LINK}`);
    expect(en.subject).toBe('Reminder: hand in Casus');
    expect(en.text).toContain('is due by 8 December 2026 at 17:00');
    expect(en.html).toContain('<html lang="en">');
  });

  it('say once that a due date has passed, and that a late hand-in is still possible', () => {
    const params = { name: 'Sanne', assignmentTitle: 'Casus', moduleTitle: 'Hechting', dueAt: DUE, link: LINK };
    expect(job({ template: 'assignment-overdue', locale: 'nl', params }).text).toContain('als te laat gemarkeerd');
    expect(job({ template: 'assignment-overdue', locale: 'en', params }).subject).toBe(
      'The due date of Casus has passed',
    );
  });

  it('count the grading backlog, one or many', () => {
    const params = { name: 'Docent', days: 7, oldestSubmittedAt: DUE, link: 'https://portal.example/grading' };
    expect(job({ template: 'grading-backlog', locale: 'nl', params: { ...params, count: 1 } }).subject).toBe(
      '1 inzending wacht op je beoordeling',
    );
    const many = job({ template: 'grading-backlog', locale: 'en', params: { ...params, count: 3 } });
    expect(many.subject).toBe('3 submissions are waiting for your grade');
    expect(many.text).toContain('longer than 7 days');
  });

  it('announce tomorrow’s meeting with its place, never its online link', () => {
    const params = {
      name: 'Sanne',
      cohortName: 'Lesgroep A',
      topic: 'Hechting',
      startsAt: DUE,
      endsAt: '2026-12-08T19:00:00.000Z',
      place: 'Utrecht',
      online: true,
      link: 'https://portal.example/my-cohort',
    };
    const nl = job({ template: 'meeting-tomorrow', locale: 'nl', params });
    expect(nl.subject).toBe('Morgen: bijeenkomst van Lesgroep A');
    expect(nl.text).toContain('tot 20:00');
    expect(nl.text).toContain('in Utrecht en online');
    const en = job({ template: 'meeting-tomorrow', locale: 'en', params: { ...params, place: null } });
    expect(en.text).toContain('meets online');
    expect(en.text).toContain('Topic: Hechting.');
  });
});
