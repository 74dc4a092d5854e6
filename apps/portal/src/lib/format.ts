/** Every time the portal shows is in the training's time zone, whatever the browser's. */
export const TIME_ZONE = 'Europe/Amsterdam';

const localeTag = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

export function formatDate(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

export function formatTime(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), { timeStyle: 'short', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}
