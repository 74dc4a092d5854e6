import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { Locale, TrackCode } from '../../gql/graphql';
import { isLanguage } from '../../i18n';
import { isApiError, request } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { ErrorAlert, Page, SelectField, StatusMessage, TextField } from '../../lib/ui';
import { fieldMessages, useCatalogueErrorMessage } from '../catalogue/errors';
import { TextAreaField } from '../catalogue/fields';
import { TRACK_CODES } from '../catalogue/TracksPage';
import { PUBLIC_CATALOGUE_PATH, usePublicCatalogue } from './PublicCataloguePage';
import { SubmitIntakeRequestDocument } from './public.documents';

interface IntakeForm {
  name: string;
  email: string;
  phone: string;
  organisation: string;
  discipline: string;
  trackInterest: string;
  message: string;
}

type FieldName = keyof IntakeForm;

const isTrackCode = (value: string | null): value is TrackCode => TRACK_CODES.includes(value as TrackCode);

/** A light check before sending, so every missing field is marked at once; the API checks again. */
function checkForm(form: IntakeForm): FieldName[] {
  const missing: FieldName[] = [];
  if (!form.name.trim()) missing.push('name');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) missing.push('email');
  if (form.phone.trim() && !/^[+0-9 ()-]{6,40}$/.test(form.phone.trim())) missing.push('phone');
  if (!form.organisation.trim()) missing.push('organisation');
  if (!form.discipline.trim()) missing.push('discipline');
  return missing;
}

/** /aanmelden — a signed-out visitor asks for an intake; a confirmation e-mail follows. */
export function IntakePage() {
  const { t, i18n } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const [params] = useSearchParams();
  const catalogue = usePublicCatalogue();
  const route = params.get('route');
  const [form, setForm] = useState<IntakeForm>({
    name: '',
    email: '',
    phone: '',
    organisation: '',
    discipline: '',
    trackInterest: isTrackCode(route) ? route : '',
    message: '',
  });
  const [invalid, setInvalid] = useState<FieldName[]>([]);
  const set = (key: FieldName) => (value: string) => setForm({ ...form, [key]: value });

  const submitRequest = useMutation({
    mutationFn: () =>
      request(SubmitIntakeRequestDocument, {
        input: {
          name: form.name,
          email: form.email,
          phone: form.phone.trim() || null,
          organisation: form.organisation,
          discipline: form.discipline,
          trackInterest: isTrackCode(form.trackInterest) ? form.trackInterest : null,
          message: form.message,
          locale: (isLanguage(i18n.language) ? i18n.language : 'nl') as Locale,
        },
      }),
  });

  const messages: Record<FieldName, string> = {
    name: t('intakeForm.errors.name'),
    email: t('intakeForm.errors.email'),
    phone: t('intakeForm.errors.phone'),
    organisation: t('intakeForm.errors.organisation'),
    discipline: t('intakeForm.errors.discipline'),
    trackInterest: t('intakeForm.errors.trackInterest'),
    message: t('intakeForm.errors.message'),
  };
  const fields: Partial<Record<string, string>> = {
    ...fieldMessages(t, submitRequest.error, messages),
    ...Object.fromEntries(invalid.map((field) => [field, messages[field]])),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkForm(form);
    setInvalid(missing);
    if (missing.length) {
      submitRequest.reset();
      // Start the correction at the first field that needs it.
      document.querySelector<HTMLElement>(`[name="${missing[0]}"]`)?.focus();
      return;
    }
    submitRequest.mutate();
  }

  const done = submitRequest.isSuccess;
  // The confirmation replaces the form; its heading takes focus so it is read first.
  useEffect(() => {
    if (done) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [done]);

  if (done) {
    return (
      <Page title={t('intakeForm.doneTitle')}>
        <StatusMessage message={t('intakeForm.done', { name: form.name.trim(), email: form.email.trim() })} />
        <p>{t('intakeForm.doneNext')}</p>
        <p>
          <Link to={PUBLIC_CATALOGUE_PATH}>{t('intakeForm.backToCatalogue')}</Link>
        </p>
      </Page>
    );
  }

  /** A limited request says what the limit is about; the general sentence speaks of failed logins. */
  function intakeErrorText(error: unknown): string {
    if (isApiError(error) && error.code === 'RATE_LIMITED' && error.retryAfterSeconds) {
      const at = new Date(Date.now() + error.retryAfterSeconds * 1000);
      return t('intakeForm.rateLimited', {
        count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)),
        time: formatTime(at, i18n.language),
      });
    }
    return errorText(error);
  }

  const tracks = catalogue.data?.publicCatalogue ?? [];
  return (
    <Page title={t('intakeForm.title')}>
      <p>{t('intakeForm.intro')}</p>
      <ErrorAlert
        message={
          invalid.length
            ? t('intakeForm.checkFields', { count: invalid.length })
            : submitRequest.error
              ? intakeErrorText(submitRequest.error)
              : null
        }
      />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t('intakeForm.name')}
          name="name"
          autoComplete="name"
          required
          value={form.name}
          onChange={set('name')}
          error={fields.name}
        />
        <TextField
          label={t('intakeForm.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={fields.email}
        />
        <TextField
          label={t('intakeForm.phoneOptional')}
          name="phone"
          autoComplete="tel"
          value={form.phone}
          onChange={set('phone')}
          error={fields.phone}
        />
        <TextField
          label={t('intakeForm.organisation')}
          name="organisation"
          autoComplete="organization"
          required
          value={form.organisation}
          onChange={set('organisation')}
          error={fields.organisation}
        />
        <TextField
          label={t('intakeForm.discipline')}
          hint={t('intakeForm.disciplineHint')}
          name="discipline"
          required
          value={form.discipline}
          onChange={set('discipline')}
          error={fields.discipline}
        />
        <SelectField
          label={t('intakeForm.trackInterest')}
          name="trackInterest"
          value={form.trackInterest}
          onChange={set('trackInterest')}
          error={fields.trackInterest}
        >
          <option value="">{t('intakeForm.noPreference')}</option>
          {(tracks.length ? tracks.map((track) => track.code) : TRACK_CODES).map((code) => (
            <option key={code} value={code}>
              {tracks.find((track) => track.code === code)?.title ?? t(`trackCodes.${code}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('intakeForm.message')}
          hint={t('intakeForm.messageHint')}
          name="message"
          rows={5}
          value={form.message}
          onChange={set('message')}
          error={fields.message}
        />
        <p className="hint">{t('intakeForm.privacy')}</p>
        <div className="button-row">
          <button type="submit" className="button" disabled={submitRequest.isPending}>
            {submitRequest.isPending ? t('intakeForm.submitting') : t('intakeForm.submit')}
          </button>
        </div>
      </form>
      <p className="form-footer">
        <Link to={PUBLIC_CATALOGUE_PATH}>{t('intakeForm.backToCatalogue')}</Link>
      </p>
    </Page>
  );
}
