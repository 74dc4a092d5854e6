import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserRowFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { CheckboxGroup, Dialog, ErrorAlert } from '../../lib/ui';
import { roleOptions } from './labels';
import { SetUserRolesDocument } from './users.documents';

export function RolesDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserRowFragment;
  onClose: () => void;
  onSaved: (user: UserRowFragment) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const save = useMutation({
    mutationFn: () => request(SetUserRolesDocument, { input: { userId: user.id, roles } }),
    onSuccess: (data) => onSaved(data.setUserRoles),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <Dialog title={t('users.rolesDialog.title', { name: user.name })} onClose={onClose}>
      <form onSubmit={submit} className="form">
        <CheckboxGroup
          legend={t('users.rolesDialog.legend')}
          hint={t('users.rolesDialog.hint')}
          options={roleOptions(t)}
          selected={roles}
          onChange={setRoles}
        />
        <ErrorAlert message={save.error ? errorText(save.error) : null} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('users.working') : t('users.rolesDialog.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
