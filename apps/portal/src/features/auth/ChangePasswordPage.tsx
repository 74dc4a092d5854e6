import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../lib/api';
import { fieldErrors, useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Page, StatusMessage, TextField } from '../../lib/ui';
import { ChangePasswordDocument } from './auth.documents';

const MIN_LENGTH = 10;

/**
 * /account/password — a new password for a signed-in user who still knows the old one. Unlike a
 * reset, the confidential key moves along: their confidential messages stay readable.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [clientErrors, setClientErrors] = useState<{ current?: string; password?: string; confirm?: string }>({});
  const save = useMutation({
    mutationFn: () => request(ChangePasswordDocument, { input: { currentPassword: current, newPassword: password } }),
    onSuccess: () => {
      setCurrent('');
      setPassword('');
      setConfirm('');
    },
  });

  // The same checks the API makes, here so the person does not wait for a round trip.
  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = {
      current: current ? undefined : t('auth.changePassword.currentRequired'),
      password: password.length < MIN_LENGTH ? t('errors.field.newPassword') : undefined,
      confirm: confirm !== password ? t('errors.field.passwordMismatch') : undefined,
    };
    setClientErrors(errors);
    if (!errors.current && !errors.password && !errors.confirm) save.mutate();
  }

  const wrongCurrent = isApiError(save.error) && save.error.reason === 'INVALID_CREDENTIALS';
  const serverFields = fieldErrors(t, save.error);
  const fieldShown = wrongCurrent || Boolean(serverFields.newPassword || serverFields.currentPassword);

  return (
    <Page title={t('auth.changePassword.title')}>
      <p>{t('auth.changePassword.intro')}</p>
      <StatusMessage message={save.isSuccess ? t('auth.changePassword.done') : null} />
      <ErrorAlert message={save.error && !fieldShown ? errorText(save.error) : null} />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t('auth.changePassword.current')}
          name="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={setCurrent}
          error={
            clientErrors.current ??
            (wrongCurrent ? t('auth.changePassword.wrongCurrent') : undefined) ??
            serverFields.currentPassword
          }
        />
        <TextField
          label={t('auth.newPassword')}
          hint={t('auth.newPasswordHint')}
          name="new-password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={setPassword}
          error={clientErrors.password ?? serverFields.newPassword}
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
          {save.isPending ? t('auth.saving') : t('auth.changePassword.submit')}
        </button>
      </form>
    </Page>
  );
}
