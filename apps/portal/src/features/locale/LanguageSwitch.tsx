import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n';
import { request } from '../../lib/api';
import { SetMyLocaleDocument } from '../session/session.documents';
import { setSessionUser, useMeQuery } from '../session/session';

/**
 * Switches the portal's language. Signed in, the choice is saved on the account (it also
 * decides the language of e-mails); signed out, it is kept in this browser.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMeQuery().data;

  async function choose(language: Language) {
    if (language === i18n.language) return;
    await i18n.changeLanguage(language);
    if (!me) return;
    try {
      const { setMyLocale } = await request(SetMyLocaleDocument, { locale: language });
      setSessionUser(queryClient, setMyLocale);
    } catch {
      // The page already shows the chosen language; only the account default stays as it was.
    }
  }

  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void choose(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
