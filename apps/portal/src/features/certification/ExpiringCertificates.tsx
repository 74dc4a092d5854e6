import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Field, Loading } from '../../lib/ui';
import { ExpiringCertificatesDocument } from './bulk.documents';
import { formatDate } from './format';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The instant a wall-clock time (`YYYY-MM-DD`, `HH:MM:SS`) is in Amsterdam, summer or winter. */
function amsterdam(date: string, time: string): string {
  const guess = new Date(`${date}T${time}Z`);
  const p = Object.fromEntries(WALL_CLOCK.formatToParts(guess).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return new Date(guess.getTime() - (wall - guess.getTime())).toISOString();
}

/** The valid certificates expiring in a chosen period (for recertification), soonest first, as the API lists them. */
export function ExpiringCertificates() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const titleId = useId();
  const [from, setFrom] = useState(day(0));
  const [until, setUntil] = useState(day(90));
  const valid = !!from && !!until;
  const expiring = useQuery({
    queryKey: ['expiring-certificates', from, until],
    queryFn: () =>
      request(ExpiringCertificatesDocument, {
        // Whole days in the training's time zone: from the start of the first to the end of the last.
        expiringFrom: amsterdam(from, '00:00:00'),
        expiringUntil: amsterdam(until, '23:59:59'),
        page: { limit: 100 },
      }),
    enabled: valid,
  });
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('certification.expiring.title')}</h2>
      <div className="field-row">
        <Field label={t('certification.expiring.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              name="expiringFrom"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('certification.expiring.until')}>
          {(control) => (
            <input
              {...control}
              type="date"
              name="expiringUntil"
              value={until}
              onChange={(e) => setUntil(e.target.value)}
            />
          )}
        </Field>
      </div>
      {!valid ? null : expiring.isPending ? (
        <Loading label={t('certification.admin.loading')} />
      ) : expiring.isError ? (
        <ErrorAlert message={errorText(expiring.error)} />
      ) : !expiring.data.certificates.items.length ? (
        <p>{t('certification.expiring.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('certification.expiring.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('certification.fields.number')}</th>
              <th scope="col">{t('certification.fields.holder')}</th>
              <th scope="col">{t('certification.fields.track')}</th>
              <th scope="col">{t('certification.fields.expiresAt')}</th>
            </tr>
          </thead>
          <tbody>
            {expiring.data.certificates.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={c.verifyUrl}>{c.number}</a>
                </td>
                <td>{c.holderName}</td>
                <td>{c.trackTitle}</td>
                <td>{c.expiresAt ? formatDate(c.expiresAt, i18n.language) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
