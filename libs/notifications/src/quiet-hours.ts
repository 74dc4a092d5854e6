/** No e-mail between 22:00 and 07:00 in the Netherlands: held until 07:00. */
export const QUIET_FROM_HOUR = 22;
export const QUIET_UNTIL_HOUR = 7;
const ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock time in Amsterdam, as numbers. */
export function amsterdamTime(at: Date) {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour, minute: +p.minute, second: +p.second };
}

/** Minutes Amsterdam is ahead of UTC at that moment (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const t = amsterdamTime(at);
  return Math.round((Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - at.getTime()) / 60_000);
}

/** The instant of `hour`:00 in Amsterdam on the given Amsterdam calendar day. */
export function amsterdamInstant(year: number, month: number, day: number, hour: number): Date {
  const guess = new Date(Date.UTC(year, month - 1, day, hour));
  return new Date(guess.getTime() - offsetMinutes(guess) * 60_000);
}

/** When an e-mail due `at` may go out: at once, or at 07:00 when `at` falls in the quiet hours. */
export function quietUntil(at: Date): Date {
  const t = amsterdamTime(at);
  if (t.hour >= QUIET_UNTIL_HOUR && t.hour < QUIET_FROM_HOUR) return at;
  if (t.hour < QUIET_UNTIL_HOUR) return amsterdamInstant(t.year, t.month, t.day, QUIET_UNTIL_HOUR);
  // After 22:00: tomorrow morning. Noon UTC of "today" plus a day is safely "tomorrow" in Amsterdam.
  const tomorrow = amsterdamTime(new Date(Date.UTC(t.year, t.month - 1, t.day, 12) + 24 * 3600_000));
  return amsterdamInstant(tomorrow.year, tomorrow.month, tomorrow.day, QUIET_UNTIL_HOUR);
}
