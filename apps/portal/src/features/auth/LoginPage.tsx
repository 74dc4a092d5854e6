import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { request } from '../../lib/api';
import { fieldErrors, useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Page, StatusMessage, TextField } from '../../lib/ui';
import { startSession, useMeQuery } from '../session/session';
import { RECEIPT_PATH } from '../confidential/paths';
import { LoginDocument } from './auth.documents';

export interface LoginState {
  from?: string;
  loggedOut?: boolean;
  expired?: boolean;
  /** The session could not open confidential messages; signing in again unwraps the key. */
  keysMissing?: boolean;
}

export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const me = useMeQuery().data;
  const state = (useLocation().state ?? {}) as LoginState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => request(LoginDocument, { input: { email, password } }),
    onSuccess: (data) => startSession(queryClient, data.login.user),
  });

  // Signed in (already, or just now): go where the visitor was heading.
  if (me) return <Navigate to={state.from ?? '/'} replace />;

  const fields = fieldErrors(t, login.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate();
  }

  return (
    <Page title={t('auth.login.title')}>
      <p>{t('auth.login.intro')}</p>
      <StatusMessage
        message={
          state.loggedOut
            ? t('auth.login.loggedOut')
            : state.keysMissing
              ? t('auth.login.keysMissing')
              : state.expired
                ? t('auth.login.sessionEnded')
                : state.from
                  ? t('auth.login.signInToContinue')
                  : undefined
        }
      />
      <ErrorAlert message={login.error ? errorText(login.error) : null} />
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
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={fields.password}
        />
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
      </form>
      <p className="form-footer">
        <Link to="/forgot-password">{t('auth.login.forgot')}</Link>
      </p>
      <p>
        <Link to={RECEIPT_PATH}>{t('confidential.receiptPage.loginLink')}</Link>
      </p>
      <p>
        {t('publicCatalogue.notYetStudent')} <Link to="/catalogus">{t('publicCatalogue.loginLink')}</Link>
      </p>
    </Page>
  );
}
