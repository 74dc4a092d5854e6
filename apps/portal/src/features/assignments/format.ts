import { TIME_ZONE } from '../../lib/format';

const localeTag = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A date with its time, in the training's time zone ("12 mrt 2026, 23:59"). */
export function formatDateTime(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** Whole megabytes where possible ("10 MB"), else one decimal. */
export function formatMegabytes(language: string, bytes: number): string {
  const value = new Intl.NumberFormat(localeTag(language), { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
  return `${value} MB`;
}

/** The extension of a file name, lower case, without the dot ("" when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The wall-clock time in the training's time zone of an instant, as if it were UTC (for offset arithmetic). */
function wallClock(ms: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
}

/**
 * `<input type="datetime-local">` speaks wall-clock time without a zone; due dates are
 * Amsterdam times whatever the browser's zone. "2026-03-12T23:59" → the ISO instant it is in
 * Amsterdam (summer time included), or null when the value is incomplete.
 */
export function amsterdamLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const target = Date.UTC(y, mo - 1, d, h, mi);
  let guess = target;
  // Two rounds settle the offset, also on the days the clocks change.
  for (let round = 0; round < 2; round++) guess = target - (wallClock(guess) - guess);
  return new Date(guess).toISOString();
}

/** An instant as the value of a datetime-local input, in Amsterdam time. */
export function isoToAmsterdamLocal(iso: string): string {
  return new Date(wallClock(Date.parse(iso))).toISOString().slice(0, 16);
}
