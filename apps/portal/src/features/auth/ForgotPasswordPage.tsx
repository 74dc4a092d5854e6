import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { request } from '../../lib/api';
import { fieldErrors, useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Page, StatusMessage, TextField } from '../../lib/ui';
import { RequestPasswordResetDocument } from './auth.documents';

/** Always the same confirmation, so the page does not tell who has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (address: string) => request(RequestPasswordResetDocument, { input: { email: address } }),
    onSuccess: (_data, address) => setSentTo(address),
  });
  const fields = fieldErrors(t, send.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate(email.trim());
  }

  return (
    <Page title={t('auth.forgot.title')}>
      <StatusMessage message={sentTo ? t('auth.forgot.sent', { email: sentTo }) : null} />
      {!sentTo && (
        <>
          <p>{t('auth.forgot.intro')}</p>
          <p className="notice notice-locked">{t('auth.forgot.confidentialWarning')}</p>
          <ErrorAlert message={send.error ? errorText(send.error) : null} />
          <form onSubmit={submit} noValidate className="form">
            <TextField
              label={t('auth.email')}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={setEmail}
              error={fields.email}
            />
            <button type="submit" className="button" disabled={send.isPending}>
              {send.isPending ? t('auth.forgot.submitting') : t('auth.forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p className="form-footer">
        <Link to="/login">{t('auth.backToLogin')}</Link>
      </p>
    </Page>
  );
}
