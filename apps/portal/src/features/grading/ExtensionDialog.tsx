import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtensionFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import { Dialog, ErrorAlert } from '../../lib/ui';
import { isApiError } from '../../lib/api';
import { useAssignmentErrorMessage } from '../assignments/errors';
import { amsterdamLocalToIso, formatDateTime, isoToAmsterdamLocal } from '../assignments/format';
import { TextAreaField } from '../catalogue/fields';
import { GrantExtensionDocument, RevokeExtensionDocument } from './grading.documents';

/**
 * "Uitstel verlenen": one student's own due date for an assignment, in Amsterdam time, with an
 * optional reason. Shows the cohort's date and the current extension; changes or revokes it.
 */
export function ExtensionDialog({
  assignmentId,
  studentId,
  studentName,
  cohortDueAt,
  extension,
  onClose,
  onDone,
}: {
  assignmentId: string;
  studentId: string;
  studentName: string;
  cohortDueAt: string | null;
  extension: Pick<ExtensionFieldsFragment, 'dueAt' | 'reason'> | null;
  onClose: () => void;
  onDone: (outcome: 'granted' | 'revoked') => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const errorText = useAssignmentErrorMessage();
  const inputId = useId();
  const [dueAt, setDueAt] = useState(extension ? isoToAmsterdamLocal(extension.dueAt) : '');
  const [reason, setReason] = useState(extension?.reason ?? '');
  const [missing, setMissing] = useState(false);
  const grant = useMutation({
    mutationFn: (iso: string) =>
      request(GrantExtensionDocument, { input: { assignmentId, studentId, dueAt: iso, reason: reason.trim() } }),
    onSuccess: () => onDone('granted'),
  });
  const revoke = useMutation({
    mutationFn: () => request(RevokeExtensionDocument, { input: { assignmentId, studentId } }),
    onSuccess: () => onDone('revoked'),
  });
  const dateError = missing
    ? t('grading.extension.dateMissing')
    : isApiError(grant.error) && grant.error.fields.dueAt
      ? errorText(grant.error)
      : undefined;
  const busy = grant.isPending || revoke.isPending;

  return (
    <Dialog title={t('grading.extension.dialogTitle', { name: studentName })} onClose={onClose}>
      <ul className="facts">
        <li>
          {cohortDueAt
            ? t('grading.extension.cohortDue', { date: formatDateTime(cohortDueAt, language) })
            : t('grading.extension.noCohortDue')}
        </li>
        <li>
          {extension
            ? t('grading.extension.current', { date: formatDateTime(extension.dueAt, language) })
            : t('grading.extension.none')}
        </li>
      </ul>
      <div className="field">
        <label htmlFor={inputId}>{t('grading.extension.dueAt')}</label>
        <p className="hint" id={`${inputId}-hint`}>
          {t('grading.extension.dueAtHint')}
        </p>
        {dateError && (
          <p className="field-error" id={`${inputId}-error`}>
            {dateError}
          </p>
        )}
        <input
          id={inputId}
          type="datetime-local"
          name="dueAt"
          required
          value={dueAt}
          onChange={(e) => {
            setDueAt(e.target.value);
            setMissing(false);
          }}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={`${inputId}-hint${dateError ? ` ${inputId}-error` : ''}`}
        />
      </div>
      <TextAreaField
        label={t('grading.extension.reason')}
        hint={t('grading.extension.reasonHint')}
        name="reason"
        rows={3}
        value={reason}
        onChange={setReason}
      />
      <ErrorAlert
        message={grant.error && !dateError ? errorText(grant.error) : revoke.error ? errorText(revoke.error) : null}
      />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            const iso = amsterdamLocalToIso(dueAt);
            if (!iso) setMissing(true);
            else grant.mutate(iso);
          }}
        >
          {grant.isPending ? t('assignments.working') : t('grading.extension.save')}
        </button>
        {extension && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => revoke.mutate()}>
            {revoke.isPending ? t('assignments.working') : t('grading.extension.revoke')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
          {t('assignments.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
