import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatBytes } from '../features/learning/format';
import { en } from './en';
import nl from './nl.json';

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

export const i18nReady = i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes already
});

// `{{maxBytes, bytes}}`: a size the API sends in bytes, as people read it ("4,9 MB").
i18n.services.formatter?.add('bytes', (value: unknown, language: string | undefined) =>
  formatBytes(language ?? 'nl', Number(value)),
);

export default i18n;
