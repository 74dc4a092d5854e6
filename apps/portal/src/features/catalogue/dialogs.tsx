import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dialog, ErrorAlert } from '../../lib/ui';
import { useCatalogueErrorMessage } from './errors';

/** The confirm step before something that cannot be undone from the same screen (delete, withdraw). */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const confirm = useMutation({ mutationFn: onConfirm });
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{body}</p>
      <ErrorAlert message={confirm.error ? errorText(confirm.error) : null} />
      <div className="button-row">
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button'}
          disabled={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          {confirm.isPending ? t('catalogue.working') : confirmLabel}
        </button>
        {/* The safe choice has focus first. */}
        <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
          {t('catalogue.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
