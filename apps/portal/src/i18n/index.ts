import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatBytes } from '../features/learning/format';
import type nl from './nl.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'imh.locale';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** Keeps `<html lang>` and the signed-out preference in step with the language shown. */
function onLanguageChanged(language: string) {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts until the tab closes.
  }
}

i18n.on('languageChanged', onLanguageChanged);

/**
 * Each language's messages are a chunk of their own (about 100 kB each), fetched when the
 * language is first shown: the first download carries none of them, and a Dutch visitor never
 * loads the English ones. i18next waits for the chunk before it switches (`changeLanguage`).
 */
const MESSAGES: Record<Language, () => Promise<typeof nl>> = {
  nl: () => import('./nl.json').then((m) => m.default),
  en: () => import('./en').then((m) => m.en),
};

const messagesBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    MESSAGES[language]().then(
      (messages) => callback(null, messages as unknown as ResourceKey),
      (error: Error) => callback(error, null),
    );
  },
};

export const i18nReady = i18n
  .use(messagesBackend)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    // en.ts is typed `typeof nl`, so both hold every key: no fallback language to fetch as well.
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already
    react: { useSuspense: false },
  });

// `{{maxBytes, bytes}}` in a sentence: a size in bytes as people read it ("50 MB").
i18n.services.formatter?.add('bytes', (value: unknown, language: string | undefined) =>
  typeof value === 'number' ? formatBytes(language ?? 'nl', value) : '',
);

export default i18n;
