import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CatalogueTrackQuery, TrackCode } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page, SelectField, TextField } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import type { FlashState } from '../learning/queries';
import { CreateTrackDocument, UpdateTrackDocument } from './catalogue.documents';
import { fieldMessages, useCatalogueErrorMessage } from './errors';
import { NumberField, parseNumber, TextAreaField } from './fields';
import { CATALOGUE_PATH, trackPath } from './paths';
import { useCatalogueTrack, useCatalogueTracks, invalidateCatalogue } from './queries';
import { TRACK_CODES } from './TracksPage';

/** /admin/catalogue/tracks/new */
export function NewTrackPage() {
  const { t } = useTranslation();
  const tracks = useCatalogueTracks();
  const errorText = useCatalogueErrorMessage();
  const list = tracks.data?.tracks;
  return (
    <>
      <Breadcrumbs
        items={[{ label: t('catalogue.title'), to: CATALOGUE_PATH }, { label: t('catalogue.trackForm.newTitle') }]}
      />
      <Page title={t('catalogue.trackForm.newTitle')}>
        {tracks.isPending ? (
          <Loading />
        ) : tracks.isError ? (
          <ErrorAlert message={errorText(tracks.error)} />
        ) : list ? (
          <TrackForm
            otherTracks={list}
            freeCodes={TRACK_CODES.filter((c) => !list.some((other) => other.code === c))}
          />
        ) : null}
      </Page>
    </>
  );
}

/** /admin/catalogue/tracks/:trackId/edit */
export function EditTrackPage() {
  const { t } = useTranslation();
  const { trackId } = useParams();
  const errorText = useCatalogueErrorMessage();
  const track = useCatalogueTrack(trackId!);
  const data = track.data;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(data ? [{ label: data.track.title, to: trackPath(data.track.id) }] : []),
          { label: t('catalogue.trackForm.editTitle') },
        ]}
      />
      <Page title={t('catalogue.trackForm.editTitle')}>
        {track.isPending ? (
          <Loading />
        ) : track.isError ? (
          <ErrorAlert message={errorText(track.error)} />
        ) : data ? (
          <TrackForm
            key={data.track.id}
            track={data.track}
            otherTracks={data.tracks.filter((other) => other.id !== data.track.id)}
          />
        ) : null}
      </Page>
    </>
  );
}

function TrackForm({
  track,
  otherTracks,
  freeCodes = [],
}: {
  track?: CatalogueTrackQuery['track'];
  otherTracks: { id: string; title: string }[];
  freeCodes?: TrackCode[];
}) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    code: freeCodes[0] ?? ('CORE' as TrackCode),
    title: track?.title ?? '',
    description: track?.description ?? '',
    targetAudience: track?.targetAudience ?? '',
    validity: track?.certificateValidityMonths?.toString() ?? '',
    requiresTrackId: track?.requiresTrackId ?? '',
  });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const save = useMutation({
    mutationFn: async () => {
      const validity = form.validity.trim() ? parseNumber(form.validity) : null;
      const common = {
        title: form.title,
        description: form.description,
        targetAudience: form.targetAudience,
        certificateValidityMonths: validity,
        requiresTrackId: form.requiresTrackId || null,
      };
      if (track) return (await request(UpdateTrackDocument, { input: { id: track.id, ...common } })).updateTrack;
      return (await request(CreateTrackDocument, { input: { code: form.code, ...common } })).createTrack;
    },
    onSuccess: async (saved) => {
      await invalidateCatalogue(queryClient);
      const state: FlashState = { flash: t('catalogue.trackForm.saved', { title: saved.title }) };
      await navigate(trackPath(saved.id), { state });
    },
  });
  const fields = {
    ...fieldMessages(t, save.error, {
      title: t('catalogueErrors.field.title'),
      certificateValidityMonths: t('catalogueErrors.field.validity'),
      requiresTrackId: t('catalogueErrors.field.requiresTrackId'),
      description: t('catalogueErrors.field.tooLong'),
      targetAudience: t('catalogueErrors.field.tooLong'),
    }),
    ...localErrors,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const validity = form.validity.trim() ? parseNumber(form.validity) : null;
    if (validity !== null && (!Number.isInteger(validity) || validity < 1)) {
      setLocalErrors({ certificateValidityMonths: t('catalogueErrors.field.validity') });
      return;
    }
    setLocalErrors({});
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorAlert
        message={
          Object.keys(localErrors).length ? t('errors.code.BAD_USER_INPUT') : save.error ? errorText(save.error) : null
        }
      />
      {!track && (
        <SelectField label={t('catalogue.trackForm.code')} name="code" value={form.code} onChange={set('code')}>
          {freeCodes.map((code) => (
            <option key={code} value={code}>
              {t(`trackCodes.${code}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label={t('catalogue.trackForm.title')}
        name="title"
        required
        value={form.title}
        onChange={set('title')}
        error={fields.title}
      />
      <TextAreaField
        label={t('catalogue.trackForm.description')}
        name="description"
        value={form.description}
        onChange={set('description')}
        error={fields.description}
      />
      <TextAreaField
        label={t('catalogue.trackForm.targetAudience')}
        name="targetAudience"
        value={form.targetAudience}
        onChange={set('targetAudience')}
        error={fields.targetAudience}
      />
      <NumberField
        label={t('catalogue.trackForm.validity')}
        hint={t('catalogue.trackForm.validityHint')}
        name="validity"
        value={form.validity}
        onChange={set('validity')}
        error={fields.certificateValidityMonths}
      />
      <SelectField
        label={t('catalogue.trackForm.requires')}
        hint={t('catalogue.trackForm.requiresHint')}
        name="requiresTrackId"
        value={form.requiresTrackId}
        onChange={set('requiresTrackId')}
        error={fields.requiresTrackId}
      >
        <option value="">{t('catalogue.trackForm.requiresNone')}</option>
        {otherTracks.map((other) => (
          <option key={other.id} value={other.id}>
            {other.title}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('catalogue.saving') : t('catalogue.save')}
        </button>
        <Link to={track ? trackPath(track.id) : CATALOGUE_PATH} className="button button-secondary">
          {t('catalogue.cancel')}
        </Link>
      </div>
    </form>
  );
}
