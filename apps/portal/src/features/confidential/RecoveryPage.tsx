import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError, request } from '../../lib/api';
import { ConfirmDialog } from '../../lib/confirm-dialog';
import { ErrorAlert, Page, StatusMessage, TextField } from '../../lib/ui';
import { SecretPanel, useFocusHeadingWhen } from './components';
import { CreateConfidentialRecoveryKeyDocument, RecoverConfidentialKeysDocument } from './confidential.documents';
import { useConfidentialErrorMessage } from './errors';
import { WORKSPACE_PATH } from './paths';
import { CONFIDENTIAL_KEY, useWorkspace } from './queries';

/**
 * /confidential/recovery — after a password reset, the recovery key brings the conversations
 * of the old keys back; and a new recovery key replaces a lost one.
 */
export function RecoveryPage() {
  const { t } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const queryClient = useQueryClient();
  const workspace = useWorkspace();
  const id = useId();
  const [key, setKey] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const recover = useMutation({
    mutationFn: () => request(RecoverConfidentialKeysDocument, { recoveryKey: key }),
    onSuccess: async (data) => {
      setKey('');
      setFlash(t('confidential.recovery.recovered', { count: data.recoverConfidentialKeys }));
      await queryClient.invalidateQueries({ queryKey: CONFIDENTIAL_KEY });
    },
  });

  useFocusHeadingWhen(created ?? flash);

  const title = t('confidential.recovery.title');
  if (created) {
    return (
      <Page title={title}>
        <SecretPanel
          title={t('confidential.setup.keyTitle')}
          label={t('confidential.setup.keyLabel')}
          value={created}
          warning={t('confidential.setup.warning')}
          storedLabel={t('confidential.setup.stored')}
          continueLabel={t('confidential.setup.continue')}
          onContinue={() => {
            setCreated(null);
            setFlash(t('confidential.setup.done'));
            void queryClient.invalidateQueries({ queryKey: CONFIDENTIAL_KEY });
          }}
        />
      </Page>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = !key.trim();
    setMissing(empty);
    if (!empty) recover.mutate();
  }

  const wrongKey = isApiError(recover.error) && recover.error.fieldPaths.includes('recoveryKey');
  const hasKey = workspace.data?.confidantWorkspace.hasRecoveryKey;

  return (
    <Page title={title}>
      <p>
        <Link to={WORKSPACE_PATH}>{t('confidential.recovery.back')}</Link>
      </p>
      <StatusMessage message={flash} />
      <section className="section" aria-labelledby={`${id}-recover`}>
        <h2 id={`${id}-recover`}>{t('confidential.recovery.recoverTitle')}</h2>
        <p>{t('confidential.recovery.recoverIntro')}</p>
        <ErrorAlert message={recover.error && !wrongKey ? errorText(recover.error) : null} />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('confidential.recovery.key')}
            hint={t('confidential.recovery.keyHint')}
            name="recovery-key"
            autoComplete="off"
            required
            value={key}
            onChange={setKey}
            error={missing ? t('confidential.recovery.keyRequired') : wrongKey ? errorText(recover.error) : undefined}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={recover.isPending}>
              {recover.isPending ? t('confidential.recovery.working') : t('confidential.recovery.submit')}
            </button>
          </div>
        </form>
      </section>
      <section className="section" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('confidential.recovery.newTitle')}</h2>
        <p>{hasKey === false ? t('confidential.recovery.newIntroNone') : t('confidential.recovery.newIntro')}</p>
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          {t('confidential.setup.create')}
        </button>
      </section>
      {confirming && (
        <ConfirmDialog
          title={t('confidential.recovery.newConfirmTitle')}
          body={t('confidential.recovery.newConfirmBody')}
          confirmLabel={t('confidential.recovery.newConfirm')}
          errorText={errorText}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const data = await request(CreateConfidentialRecoveryKeyDocument);
            setConfirming(false);
            setCreated(data.createConfidentialRecoveryKey);
          }}
        />
      )}
    </Page>
  );
}
