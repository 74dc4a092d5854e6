import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './errors';
import { Dialog, ErrorAlert } from './ui';

/**
 * The confirm step before something that cannot be undone from the same screen (deactivate,
 * delete, withdraw, discard). A feature with reasons of its own passes its `errorText`.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
  errorText,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  errorText?: (error: unknown) => string;
}) {
  const { t } = useTranslation();
  const defaultErrorText = useErrorMessage();
  const describe = errorText ?? defaultErrorText;
  const confirm = useMutation({ mutationFn: onConfirm });
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{body}</p>
      <ErrorAlert message={confirm.error ? describe(confirm.error) : null} />
      <div className="button-row">
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button'}
          disabled={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          {confirm.isPending ? t('dialog.working') : confirmLabel}
        </button>
        {/* The safe choice has focus first. */}
        <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
