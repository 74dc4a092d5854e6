import type { TFunction } from 'i18next';

const localeTag = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** Study hours with at most one decimal, in the reader's notation ("7,5 uur"). */
export function formatHours(t: TFunction, language: string, hours: number): string {
  const value = new Intl.NumberFormat(localeTag(language), { maximumFractionDigits: 1 }).format(hours);
  return t('learning.hours', { count: hours, value });
}

export function formatPoints(t: TFunction, points: number): string {
  return t('learning.points', { count: points });
}

/** A file size the way people read it: bytes, kB or MB with one decimal. */
export function formatBytes(language: string, bytes: number): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(localeTag(language), { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** The host of a link, shown next to it so a reader knows where it leads before following it. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The lesson's sanitised HTML with its headings one level down: the lesson title is the page's
 * only h1, so a `#` heading in the markdown becomes an h2. DOMParser builds an inert document
 * (nothing in it runs or loads); only element names change, so the server's sanitising holds.
 */
export function demoteHeadings(html: string): string {
  if (!/<h[1-5][\s>]/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const heading of Array.from(doc.body.querySelectorAll('h1, h2, h3, h4, h5'))) {
    const level = Number(heading.tagName.slice(1));
    const replacement = doc.createElement(`h${level + 1}`);
    for (const attribute of Array.from(heading.attributes)) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
  return doc.body.innerHTML;
}
