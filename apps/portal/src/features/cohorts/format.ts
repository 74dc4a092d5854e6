import { TIME_ZONE } from '../../lib/format';

const localeTag = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/**
 * A calendar day as the API sends it (YYYY-MM-DD, already an Amsterdam day). Formatted in UTC,
 * so no time zone can shift it to the day before.
 */
export function formatDay(day: string, language: string, style: 'medium' | 'full' = 'medium'): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(localeTag(language), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatPeriod(startsOn: string, endsOn: string, language: string): string {
  return `${formatDay(startsOn, language)} – ${formatDay(endsOn, language)}`;
}

/** "di 3 mrt 2026" for a meeting's day, in Amsterdam. */
export function formatMeetingDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** "09:30" in Amsterdam. */
export function formatClock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** Amsterdam wall-clock parts of an instant. */
function amsterdamParts(ms: number) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function amsterdamOffset(ms: number): number {
  const p = amsterdamParts(ms);
  return (Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000) / 60_000;
}

/**
 * An Amsterdam date and time ("2026-10-25", "09:30") as an ISO instant, whatever the browser's
 * zone. The offset is read twice because the first guess may fall on the other side of a
 * daylight-saving change.
 */
export function amsterdamToIso(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const first = amsterdamOffset(wall - amsterdamOffset(wall) * 60_000);
  return new Date(wall - first * 60_000).toISOString();
}

/** The Amsterdam day and time of an instant, for date and time inputs. */
export function isoToAmsterdam(iso: string): { day: string; time: string } {
  const p = amsterdamParts(new Date(iso).getTime());
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: `${p.y}-${pad(p.m)}-${pad(p.d)}`, time: `${pad(p.h)}:${pad(p.mi)}` };
}

/** A score out of 100 with one decimal ("87,4"). */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(localeTag(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    score,
  );
}

/** A share (0–1) as a whole percentage ("25%"). */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(localeTag(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The gap to the bound (0–1) as a percentage with one decimal ("0,3%"). */
export function formatGap(gap: number, language: string): string {
  return new Intl.NumberFormat(localeTag(language), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.max(0, gap));
}
