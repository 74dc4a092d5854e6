import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { isApiError, request } from '../../lib/api';
import { fieldErrors, useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Page, TextField } from '../../lib/ui';
import { startSession } from '../session/session';
import { AcceptInvitationDocument, ResetPasswordDocument } from './auth.documents';

const MIN_LENGTH = 10;

/**
 * The page behind the links in invitation and reset e-mails: choose a password, then land
 * signed in. Both links carry a single-use token in `?token=`.
 */
export function SetPasswordPage({ mode }: { mode: 'invitation' | 'reset' }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const token = useSearchParams()[0].get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [clientErrors, setClientErrors] = useState<{ password?: string; confirm?: string }>({});
  const save = useMutation({
    mutationFn: async () => {
      const input = { token, password };
      if (mode === 'invitation') return (await request(AcceptInvitationDocument, { input })).acceptInvitation.user;
      return (await request(ResetPasswordDocument, { input })).resetPassword.user;
    },
    onSuccess: (user) => startSession(queryClient, user),
  });
  const text = mode === 'invitation' ? 'setPassword' : 'reset';

  if (save.isSuccess) return <Navigate to="/" replace />;

  // The same checks the API makes, here so the person does not wait for a round trip.
  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = {
      password: password.length < MIN_LENGTH ? t('errors.field.newPassword') : undefined,
      confirm: confirm !== password ? t('errors.field.passwordMismatch') : undefined,
    };
    setClientErrors(errors);
    if (!errors.password && !errors.confirm) save.mutate();
  }

  const serverFields = fieldErrors(t, save.error, { password: 'newPassword' });
  const invalidLink = isApiError(save.error) && save.error.reason === 'INVALID_TOKEN';

  return (
    <Page title={t(`auth.${text}.title`)}>
      {!token ? (
        <ErrorAlert message={t(`auth.${text}.missingToken`)} />
      ) : (
        <>
          <p>{t(`auth.${text}.intro`)}</p>
          {mode === 'reset' && <p className="notice notice-locked">{t('auth.reset.confidentialWarning')}</p>}
          <ErrorAlert message={save.error ? errorText(save.error) : null} />
          {invalidLink && (
            <p>
              {mode === 'invitation' ? (
                t('auth.setPassword.invalidHelp')
              ) : (
                <Link to="/forgot-password">{t('auth.reset.requestNew')}</Link>
              )}
            </p>
          )}
          <form onSubmit={submit} noValidate className="form">
            <TextField
              label={t('auth.newPassword')}
              hint={t('auth.newPasswordHint')}
              name="new-password"
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={setPassword}
              error={clientErrors.password ?? serverFields.password}
            />
            <TextField
              label={t('auth.confirmPassword')}
              name="confirm-password"
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={setConfirm}
              error={clientErrors.confirm}
            />
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? t('auth.saving') : t(`auth.${text}.submit`)}
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
