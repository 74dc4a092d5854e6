import { describe, expect, it } from 'vitest';
import { renderEmail } from './templates';

describe('intake-confirmation e-mail', () => {
  it('confirms in Dutch, naming the track asked about', () => {
    const mail = renderEmail({
      template: 'intake-confirmation',
      to: 'v@example.org',
      locale: 'nl',
      params: { name: 'Fatima', trackTitle: 'Route IMH generalist' },
    });
    expect(mail.subject).toBe('We hebben je aanvraag ontvangen');
    expect(mail.text).toContain('Beste Fatima,');
    expect(mail.text).toContain('Route IMH generalist');
  });

  it('confirms in English without a track, and escapes the name in HTML', () => {
    const mail = renderEmail({
      template: 'intake-confirmation',
      to: 'v@example.org',
      locale: 'en',
      params: { name: '<b>Jo</b>', trackTitle: null },
    });
    expect(mail.subject).toBe('We have received your request');
    expect(mail.text).toContain('the IMH Academy programmes');
    expect(mail.html).toContain('&lt;b&gt;Jo&lt;/b&gt;');
  });
});
