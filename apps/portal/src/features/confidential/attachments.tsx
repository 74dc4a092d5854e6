import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfidentialThreadFieldsFragment } from '../../gql/graphql';
import { ApiError, type RefusalParams } from '../../lib/api';
import { ErrorAlert, FileUploadField, StatusMessage } from '../../lib/ui';
import { formatDateTime } from '../assignments/format';
import { postFile } from '../catalogue/upload';
import { formatBytes } from '../learning/format';
import { threadKey } from './queries';

type Thread = ConfidentialThreadFieldsFragment;
type Limits = Thread['attachmentLimits'];
type Attachment = Thread['attachments'][number];

/** Where a reader downloads an attachment (decrypted by the API for a reader of the thread only). */
export const attachmentPath = (id: string) => `/confidential-files/attachments/${id}`;
const uploadPath = (threadId: string) => `/confidential-files/threads/${threadId}/attachments`;

/**
 * A receipt holder's download: the receipt goes in the body of a POST (never in an address), so
 * the file comes back as a blob the page hands to the browser to save.
 */
async function downloadByReceipt(attachment: { id: string; name: string }, receipt: string) {
  const response = await fetch(`${attachmentPath(attachment.id)}/by-receipt`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-imh-csrf': '1' },
    body: JSON.stringify({ receipt }),
  }).catch(() => {
    throw new ApiError({ message: 'Network error', extensions: { code: 'NETWORK' } });
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; reason?: string; message?: string; params?: RefusalParams };
    } | null;
    throw new ApiError({
      message: body?.error?.message ?? `HTTP ${response.status}`,
      extensions: {
        code: body?.error?.code ?? 'INTERNAL_SERVER_ERROR',
        reason: body?.error?.reason,
        params: body?.error?.params,
      },
    });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The refusal the API would give for this file, with its params, so the sentence names the limit. */
function precheck(file: File, limits: Limits, count: number): ApiError | null {
  const refuse = (code: string, reason: string, params: RefusalParams = {}) =>
    new ApiError({ message: reason, extensions: { code, reason, params } });
  const dot = file.name.lastIndexOf('.');
  const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  if (!limits.allowedTypes.includes(extension))
    return refuse('BAD_USER_INPUT', 'FILE_TYPE_NOT_ALLOWED', { allowed: limits.allowedTypes });
  if (file.size > limits.maxBytes) return refuse('BAD_USER_INPUT', 'FILE_TOO_LARGE', { maxBytes: limits.maxBytes });
  if (file.size === 0) return refuse('BAD_USER_INPUT', 'FILE_EMPTY');
  if (count >= limits.maxFiles) return refuse('CONFLICT', 'TOO_MANY_ATTACHMENTS', { max: limits.maxFiles });
  return null;
}

/**
 * The files of a thread: each one a download for the thread's readers, and, when the API says
 * the viewer may add one (`canAttach`), a file input with the API's limits. Files are encrypted
 * by the API before storage; their names are shown here only, never put in an address or a log.
 */
export function ThreadAttachments({
  thread,
  side,
  errorText,
  receipt,
}: {
  thread: Thread;
  side: 'writer' | 'confidant';
  errorText: (error: unknown) => string;
  /** Opened by receipt: downloads go with the receipt (and no uploads: `canAttach` is false). */
  receipt?: string;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const limits = thread.attachmentLimits;
  const ours = side === 'writer' ? 'WRITER' : 'CONFIDANT';

  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const refused = precheck(chosen, limits, thread.attachments.length);
      if (refused) throw refused;
      setProgress(0);
      return postFile<Attachment>(uploadPath(thread.id), chosen, { onProgress: setProgress });
    },
    onSuccess: (added) => {
      setFile(null);
      if (input.current) input.current.value = '';
      // The answer is the new entry of the list. Added to the view in place: fetching the thread
      // again would write another opening to a confidant's access log.
      queryClient.setQueryData<Thread>(threadKey(thread.id), (current) =>
        current
          ? {
              ...current,
              attachments: [...current.attachments, added],
              canAttach: current.canAttach && current.attachments.length + 1 < current.attachmentLimits.maxFiles,
            }
          : current,
      );
    },
    onSettled: () => setProgress(null),
  });

  const download = useMutation({
    mutationFn: (attachment: Attachment) => downloadByReceipt(attachment, receipt ?? ''),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) upload.mutate(file);
  }

  const who = (author: Attachment['author']) =>
    author === ours
      ? t('confidential.attachments.byYou')
      : author === 'WRITER'
        ? t('confidential.attachments.byWriter')
        : t('confidential.attachments.byConfidant');
  const uploadError = upload.error ? errorText(upload.error) : undefined;
  const percent = progress === null ? null : Math.round(progress * 100);

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.attachments.title')}</h2>
      <StatusMessage message={upload.isSuccess ? t('confidential.attachments.added') : null} />
      {receipt !== undefined && <ErrorAlert message={download.error ? errorText(download.error) : null} />}
      {thread.attachments.length === 0 ? (
        <p className="muted">{t('confidential.attachments.empty')}</p>
      ) : (
        <ul className="attachment-list" data-testid="confidential-attachments">
          {thread.attachments.map((attachment) => (
            <li key={attachment.id}>
              {receipt === undefined ? (
                <a href={attachmentPath(attachment.id)} download={attachment.name}>
                  {attachment.name}
                </a>
              ) : (
                <button
                  type="button"
                  className="cnf-file-button"
                  disabled={download.isPending}
                  onClick={() => download.mutate(attachment)}
                >
                  {attachment.name}
                </button>
              )}{' '}
              <span className="muted small">
                (
                {t('confidential.attachments.meta', {
                  size: formatBytes(i18n.language, attachment.size),
                  who: who(attachment.author),
                  time: formatDateTime(attachment.createdAt, i18n.language),
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
      {thread.canAttach ? (
        <form onSubmit={submit} className="form upload-form" noValidate>
          <FileUploadField
            label={t('confidential.attachments.choose')}
            hint={t('confidential.attachments.hint', {
              types: limits.allowedTypes.join(', '),
              size: formatBytes(i18n.language, limits.maxBytes),
              max: limits.maxFiles,
            })}
            error={uploadError}
            inputRef={input}
            accept={limits.allowedTypes.map((extension) => `.${extension}`).join(',')}
            onFile={(chosen) => {
              upload.reset();
              setFile(chosen);
            }}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={!file || upload.isPending}>
              {upload.isPending ? t('confidential.attachments.uploading') : t('confidential.attachments.upload')}
            </button>
            {percent !== null && (
              <progress max={100} value={percent} aria-label={t('confidential.attachments.progress')}>
                {percent}%
              </progress>
            )}
          </div>
        </form>
      ) : (
        thread.status !== 'CLOSED' &&
        thread.attachments.length >= limits.maxFiles && (
          <p className="notice">{t('refusals.TOO_MANY_ATTACHMENTS', { max: limits.maxFiles })}</p>
        )
      )}
    </section>
  );
}
