import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Locale, Role } from '../../gql/graphql';
import { LANGUAGES } from '../../i18n';
import { request } from '../../lib/api';
import { fieldErrors, useErrorMessage } from '../../lib/errors';
import { CheckboxGroup, ErrorAlert, Loading, Page, SelectField, TextField } from '../../lib/ui';
import { disciplineName, roleOptions } from './labels';
import { InviteOptionsDocument, InviteUserDocument } from './users.documents';
import type { UsersPageState } from './UsersPage';

interface InviteForm {
  name: string;
  email: string;
  roles: Role[];
  disciplineId: string;
  organisationId: string;
  locale: Locale;
}

export function InviteUserPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useQuery({ queryKey: ['invite-options'], queryFn: () => request(InviteOptionsDocument) });
  const [form, setForm] = useState<InviteForm>({
    name: '',
    email: '',
    roles: [],
    disciplineId: '',
    organisationId: '',
    locale: 'nl',
  });
  const set =
    <K extends keyof InviteForm>(key: K) =>
    (value: InviteForm[K]) =>
      setForm({ ...form, [key]: value });

  const invite = useMutation({
    mutationFn: () =>
      request(InviteUserDocument, {
        input: {
          name: form.name,
          email: form.email,
          roles: form.roles,
          disciplineId: form.disciplineId || null,
          organisationId: form.organisationId || null,
          locale: form.locale,
        },
      }),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      const state: UsersPageState = { invited: { name: data.inviteUser.name, email: data.inviteUser.email } };
      await navigate('/admin/users', { state });
    },
  });
  const fields = fieldErrors(t, invite.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate();
  }

  const disciplines = [...(options.data?.disciplines ?? [])].sort((a, b) =>
    disciplineName(a, i18n.language).localeCompare(disciplineName(b, i18n.language), i18n.language),
  );

  return (
    <Page title={t('inviteUser.title')}>
      <p>{t('inviteUser.intro')}</p>
      <ErrorAlert message={invite.error ? errorText(invite.error) : options.error ? errorText(options.error) : null} />
      {options.isPending ? (
        <Loading label={t('inviteUser.loadingOptions')} />
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <TextField
            label={t('inviteUser.name')}
            name="name"
            autoComplete="off"
            required
            value={form.name}
            onChange={set('name')}
            error={fields.name}
          />
          <TextField
            label={t('inviteUser.email')}
            name="email"
            type="email"
            autoComplete="off"
            required
            value={form.email}
            onChange={set('email')}
            error={fields.email}
          />
          <CheckboxGroup
            legend={t('inviteUser.roles')}
            options={roleOptions(t)}
            selected={form.roles}
            onChange={set('roles')}
            error={fields.roles}
          />
          <SelectField
            label={t('inviteUser.discipline')}
            hint={t('inviteUser.disciplineHint')}
            name="discipline"
            value={form.disciplineId}
            onChange={set('disciplineId')}
            error={fields.disciplineId}
          >
            <option value="">{t('inviteUser.noDiscipline')}</option>
            {disciplines.map((discipline) => (
              <option key={discipline.id} value={discipline.id}>
                {disciplineName(discipline, i18n.language)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('inviteUser.organisation')}
            name="organisation"
            value={form.organisationId}
            onChange={set('organisationId')}
            error={fields.organisationId}
          >
            <option value="">{t('inviteUser.noOrganisation')}</option>
            {options.data?.organisations.items.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('inviteUser.locale')}
            name="locale"
            value={form.locale}
            onChange={(value) => set('locale')(value as Locale)}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </SelectField>
          <div className="button-row">
            <button type="submit" className="button" disabled={invite.isPending}>
              {invite.isPending ? t('inviteUser.submitting') : t('inviteUser.submit')}
            </button>
            <Link to="/admin/users" className="button button-secondary">
              {t('users.cancel')}
            </Link>
          </div>
        </form>
      )}
    </Page>
  );
}
