import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyAssignmentQuery, StudentSubmissionFieldsFragment } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { Dialog, ErrorAlert } from '../../lib/ui';
import { uploadFile } from '../catalogue/upload';
import { formatBytes } from '../learning/format';
import { SubmitSubmissionDocument } from './assignments.documents';
import { useAssignmentErrorMessage } from './errors';
import { extensionOf, formatDateTime, formatMegabytes } from './format';
import { useDraftAutosave, type SaveState } from './useDraftAutosave';

type Assignment = MyAssignmentQuery['assignment'];
type Attempt = StudentSubmissionFieldsFragment;

/**
 * The student's work on the next attempt: text saved as they write, files uploaded and attached
 * at once, and handing in after a confirm step. `previous` is the attempt sent back for
 * revision (or not passed), whose text and files can be taken over as a starting point.
 */
export function DraftEditor({
  assignment,
  draft,
  attempt,
  previous,
  onSubmitted,
  onReload,
}: {
  assignment: Assignment;
  draft: Attempt | null;
  attempt: number;
  previous: Attempt | null;
  onSubmitted: (submitted: Attempt) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const types = assignment.allowedFileTypes.join(', ');
  const size = formatMegabytes(language, assignment.maxFileBytes);
  const errorText = useAssignmentErrorMessage();
  const headingId = useId();
  const textId = useId();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const autosave = useDraftAutosave({
    assignmentId: assignment.id,
    initial: {
      values: { text: draft?.text ?? '', files: draft?.files ?? [] },
      version: draft?.version ?? null,
      id: draft?.id ?? null,
    },
  });
  const { values, state } = autosave;
  const [upload, setUpload] = useState<{ name: string; progress: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ text?: string; files?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [reloading, setReloading] = useState(false);

  const takesText = assignment.submissionKind !== 'FILES';
  const takesFiles = assignment.submissionKind !== 'TEXT';
  const dueAt = assignment.myDueAt ? new Date(assignment.myDueAt) : null;
  const late = dueAt !== null && dueAt.getTime() < Date.now();

  const submit = useMutation({
    mutationFn: async () => {
      const saveError = await autosave.saveNow();
      if (saveError) throw saveError;
      const submissionId = autosave.currentDraftId();
      const version = autosave.version();
      if (!submissionId || !version) throw new Error('No draft to hand in');
      return (await request(SubmitSubmissionDocument, { input: { submissionId, version } })).submitSubmission;
    },
    onSuccess: (submitted) => {
      setConfirming(false);
      onSubmitted(submitted);
    },
  });

  function precheck(file: File): string | null {
    if (!assignment.allowedFileTypes.includes(extensionOf(file.name))) {
      return t('assignments.files.typeRefusedNamed', { name: file.name, types });
    }
    if (file.size > assignment.maxFileBytes) return t('assignments.files.tooLargeNamed', { name: file.name, size });
    if (file.size === 0) return t('assignments.files.emptyNamed', { name: file.name });
    return null;
  }

  async function addFiles(event: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    setFileError(null);
    setMissing((current) => ({ ...current, files: undefined }));
    let count = autosave.values.files.length;
    for (const file of chosen) {
      if (count >= assignment.maxFiles) {
        setFileError(t('assignments.files.tooMany', { count: assignment.maxFiles }));
        return;
      }
      const problem = precheck(file);
      if (problem) {
        setFileError(problem);
        continue;
      }
      setUpload({ name: file.name, progress: 0 });
      try {
        const uploaded = await uploadFile(file, {
          purpose: 'SUBMISSION_FILE',
          onProgress: (progress) => setUpload({ name: file.name, progress }),
        });
        const stored = {
          id: uploaded.id,
          originalName: uploaded.originalName,
          size: uploaded.size,
          downloadPath: `/files/${uploaded.id}`,
        };
        const saveError = await autosave.change((current) => ({ files: [...current.files, stored] }), {
          immediately: true,
        });
        // The API refused the file for this assignment (and removed it): take it off the list again.
        if (isApiError(saveError) && saveError.code === 'BAD_USER_INPUT') {
          await autosave.change((current) => ({ files: current.files.filter((f) => f.id !== stored.id) }));
          setFileError(t('assignments.files.refusedNamed', { name: file.name, reason: errorText(saveError) }));
        } else {
          count += 1;
        }
      } catch (error) {
        setFileError(t('assignments.files.refusedNamed', { name: file.name, reason: errorText(error) }));
      } finally {
        setUpload(null);
      }
    }
  }

  function startSubmit() {
    const next: { text?: string; files?: string } = {};
    if (takesText && !values.text.trim()) next.text = t('assignments.editor.textMissing');
    if (takesFiles && values.files.length === 0) next.files = t('assignments.editor.filesMissing');
    setMissing(next);
    submit.reset();
    if (next.text || next.files) return;
    setConfirming(true);
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  }

  const hasDraft = autosave.draftId !== null;
  const busy = upload !== null || submit.isPending;
  const conflict = state.kind === 'conflict';
  const textHintId = `${textId}-hint`;
  const fileHintId = `${fileId}-hint`;

  return (
    <section className="section asg-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('assignments.editor.title', { attempt, max: assignment.maxAttempts })}</h2>
      {!hasDraft && previous && (
        <div className="notice">
          <p>{t('assignments.editor.takeOverIntro', { attempt: previous.attempt })}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void autosave.change({ text: previous.text, files: previous.files }, { immediately: true })}
          >
            {t('assignments.editor.takeOver', { attempt: previous.attempt })}
          </button>
        </div>
      )}

      <div role="alert" className="live-region">
        {conflict && (
          <div className="notice notice-error">
            <p>{t('assignments.editor.conflict')}</p>
            <button type="button" className="button" disabled={reloading} onClick={() => void reload()}>
              {reloading ? t('assignments.working') : t('assignments.editor.reload')}
            </button>
          </div>
        )}
      </div>

      {takesText && (
        <div className="field">
          <label htmlFor={textId}>{t('assignments.editor.text')}</label>
          <p className="hint" id={textHintId}>
            {t('assignments.editor.textHint')}
          </p>
          {missing.text && (
            <p className="field-error" id={`${textId}-error`}>
              {missing.text}
            </p>
          )}
          <textarea
            id={textId}
            name="text"
            rows={14}
            className="asg-textarea"
            value={values.text}
            readOnly={conflict}
            aria-invalid={missing.text ? true : undefined}
            aria-describedby={[textHintId, missing.text && `${textId}-error`].filter(Boolean).join(' ')}
            onChange={(event) => {
              setMissing((current) => ({ ...current, text: undefined }));
              void autosave.change({ text: event.target.value });
            }}
          />
        </div>
      )}
      <SaveStatus state={state} hasDraft={hasDraft} language={language} />

      {takesFiles && (
        <div className="field asg-files">
          <label htmlFor={fileId}>{t('assignments.files.add')}</label>
          <p className="hint" id={fileHintId}>
            {t('assignments.files.hint', { types, size })}
          </p>
          {missing.files && (
            <p className="field-error" id={`${fileId}-error`}>
              {missing.files}
            </p>
          )}
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            multiple
            accept={assignment.allowedFileTypes.map((type) => `.${type}`).join(',')}
            disabled={busy || conflict}
            aria-invalid={missing.files ? true : undefined}
            aria-describedby={[fileHintId, missing.files && `${fileId}-error`].filter(Boolean).join(' ')}
            onChange={(event) => void addFiles(event)}
          />
          {upload && (
            <p className="asg-upload">
              <label>
                {t('assignments.files.uploading', { name: upload.name })} <progress max={1} value={upload.progress} />
              </label>
            </p>
          )}
          <ErrorAlert message={fileError} />
          {values.files.length > 0 && (
            <ul className="asg-file-list" aria-label={t('assignments.files.attached')}>
              {values.files.map((file) => (
                <li key={file.id}>
                  <a href={file.downloadPath} download={file.originalName}>
                    {file.originalName}
                  </a>{' '}
                  <span className="muted small">({formatBytes(language, file.size)})</span>{' '}
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    disabled={busy || conflict}
                    aria-label={t('assignments.files.removeNamed', { name: file.originalName })}
                    onClick={() => {
                      void autosave.change((current) => ({ files: current.files.filter((f) => f.id !== file.id) }), {
                        immediately: true,
                      });
                      fileInput.current?.focus();
                    }}
                  >
                    {t('assignments.files.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="button-row">
        <button type="button" className="button" disabled={busy || conflict} onClick={startSubmit}>
          {t('assignments.editor.submit')}
        </button>
      </div>
      <ErrorAlert
        message={
          missing.text || missing.files
            ? t('assignments.editor.incomplete')
            : submit.error && !conflict && !confirming
              ? errorText(submit.error)
              : null
        }
      />

      {confirming && (
        <Dialog title={t('assignments.editor.confirmTitle', { attempt })} onClose={() => setConfirming(false)}>
          <p>{t('assignments.editor.confirmBody')}</p>
          {late && dueAt && (
            <p className="asg-late-warning">
              {t('assignments.editor.confirmLate', { date: formatDateTime(dueAt, language) })}
            </p>
          )}
          <ErrorAlert message={submit.error ? errorText(submit.error) : null} />
          <div className="button-row">
            <button type="button" className="button" disabled={submit.isPending} onClick={() => submit.mutate()}>
              {submit.isPending ? t('assignments.working') : t('assignments.editor.confirm')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(false)}
              data-autofocus
            >
              {t('assignments.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** "Opgeslagen om 14:02", announced politely; an error says the next change tries again. */
function SaveStatus({ state, hasDraft, language }: { state: SaveState; hasDraft: boolean; language: string }) {
  const { t } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  let message = '';
  if (state.kind === 'saved') message = t('assignments.editor.savedAt', { time: formatTime(state.at, language) });
  else if (state.kind === 'saving') message = t('assignments.editor.saving');
  else if (state.kind === 'pending') message = t('assignments.editor.unsaved');
  else if (state.kind === 'idle') message = hasDraft ? t('assignments.editor.draftKept') : '';
  return (
    <>
      <p role="status" className="asg-save-state">
        {message}
      </p>
      <ErrorAlert
        message={state.kind === 'error' ? t('assignments.editor.saveFailed', { reason: errorText(state.error) }) : null}
      />
    </>
  );
}
