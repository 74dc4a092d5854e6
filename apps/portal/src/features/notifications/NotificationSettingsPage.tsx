import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailMode, NotificationKind } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { SetDigestHourDocument, SetNotificationPreferenceDocument } from './notifications.documents';
import { NOTIFICATIONS_KEY, useNotificationSettings } from './queries';

const MODES: EmailMode[] = ['IMMEDIATE', 'DIGEST', 'OFF'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** /notifications/settings — per kind: e-mail at once, in the daily digest, or not at all. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const settings = useNotificationSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const hourId = useId();

  const onSaved = async () => {
    setSaved(t('notifications.settings.saved'));
    await queryClient.invalidateQueries({ queryKey: [...NOTIFICATIONS_KEY, 'settings'] });
  };
  const setPreference = useMutation({
    mutationFn: (vars: { kind: NotificationKind; email: EmailMode }) =>
      request(SetNotificationPreferenceDocument, vars),
    onMutate: () => setSaved(null),
    onSuccess: onSaved,
  });
  const setHour = useMutation({
    mutationFn: (hour: number) => request(SetDigestHourDocument, { hour }),
    onMutate: () => setSaved(null),
    onSuccess: onSaved,
  });

  const data = settings.data?.myNotificationSettings;
  const error = setPreference.error ?? setHour.error ?? settings.error;

  return (
    <Page title={t('notifications.settings.title')}>
      <p className="lead">{t('notifications.settings.intro')}</p>
      <StatusMessage message={saved} />
      <ErrorAlert message={error ? errorText(error) : null} />
      {!data ? (
        <Loading />
      ) : (
        <>
          <div className="field">
            <label htmlFor={hourId}>{t('notifications.settings.digestHour')}</label>
            <select id={hourId} value={data.digestHour} onChange={(e) => setHour.mutate(Number(e.target.value))}>
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {String(hour).padStart(2, '0')}:00
                </option>
              ))}
            </select>
          </div>
          {data.preferences.map((preference) => (
            <fieldset key={preference.kind} className="fieldset preference">
              <legend>{t(`notifications.kindLabels.${preference.kind}`)}</legend>
              {MODES.map((mode) => (
                <label key={mode} className="radio">
                  <input
                    type="radio"
                    name={`pref-${preference.kind}`}
                    value={mode}
                    checked={preference.email === mode}
                    onChange={() => setPreference.mutate({ kind: preference.kind, email: mode })}
                  />{' '}
                  {t(`notifications.modes.${mode}`)}
                </label>
              ))}
            </fieldset>
          ))}
          <p className="muted">{t('notifications.settings.inAppAlways')}</p>
        </>
      )}
    </Page>
  );
}
