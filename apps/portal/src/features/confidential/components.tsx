import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfidentialThreadFieldsFragment, ConfidentialThreadStatus } from '../../gql/graphql';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { ErrorAlert, StatusMessage } from '../../lib/ui';
import { formatDateTime } from '../assignments/format';

type Thread = ConfidentialThreadFieldsFragment;
type Message = Thread['messages'][number];

/** "Anouk, Marja en Petra" in the reader's language. */
export function useNameList() {
  const { i18n } = useTranslation();
  return (names: string[]) => new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(names);
}

/**
 * When a page swaps its content in place (a secret shown once, a conversation opened or closed),
 * focus goes to its heading, as after a navigation, instead of staying on a button that is gone.
 */
export function useFocusHeadingWhen(shown: unknown) {
  useEffect(() => {
    if (shown) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [shown]);
}

/** Who reads what the writer writes, said before anything else on the writer's pages. */
export function TrustNotice({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="cnf-trust">
      <p>
        <strong>{t('confidential.whoReads')}</strong>
      </p>
      <p>{t('confidential.whoReadsDetail')}</p>
      {children}
    </div>
  );
}

const STATUS_CLASS: Record<ConfidentialThreadStatus, string> = {
  OPEN: 'state state-open',
  IN_PROGRESS: 'state state-inProgress',
  CLOSED: 'state state-completed',
};

export function StatusTag({ status }: { status: ConfidentialThreadStatus }) {
  const { t } = useTranslation();
  return <span className={STATUS_CLASS[status]}>{t(`confidential.status.${status}`)}</span>;
}

/** The marks a thread carries in a list: new messages, overdue, anonymous. */
export function ThreadMarks({
  unread,
  overdue,
  anonymous,
  unreadLabel,
}: {
  unread: boolean;
  overdue?: boolean;
  anonymous?: boolean;
  unreadLabel?: string;
}) {
  const { t } = useTranslation();
  if (!unread && !overdue && !anonymous) return null;
  return (
    <span className="cnf-marks">
      {unread && <span className="state cnf-new">{unreadLabel ?? t('confidential.unread')}</span>}
      {overdue && <span className="state cnf-overdue">{t('confidential.overdue')}</span>}
      {anonymous && <span className="tag">{t('confidential.anonymous')}</span>}
    </span>
  );
}

/** A labelled textarea with hint and error, like the text fields of lib/ui. */
export function TextAreaField({
  label,
  hint,
  error,
  value,
  onChange,
  name,
  rows = 8,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  rows?: number;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/**
 * The conversation, oldest first. `side` is the reader's: the writer (signed in or by receipt)
 * or a confidant. Messages of the reader's side say whether the other side has read them.
 */
export function Conversation({ thread, side }: { thread: Thread; side: 'writer' | 'confidant' }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const ours = side === 'writer' ? 'WRITER' : 'CONFIDANT';

  function author(message: Message): string {
    if (message.author === 'WRITER') {
      if (side === 'writer') return t('confidential.thread.you');
      return (
        message.authorName ??
        (thread.anonymous ? t('confidential.thread.anonymousWriter') : t('confidential.thread.writer'))
      );
    }
    if (side === 'confidant' && message.mine) return t('confidential.thread.you');
    return message.authorName
      ? t('confidential.thread.confidant', { name: message.authorName })
      : t('confidential.thread.aConfidant');
  }

  // An anonymous writer's times are kept to the day, so that is all there is to show.
  const when = (message: Message) =>
    thread.anonymous && message.author === 'WRITER'
      ? formatDate(message.createdAt, i18n.language)
      : formatDateTime(message.createdAt, i18n.language);

  // So is when an anonymous writer read an answer.
  const readWhen = (readAt: string) =>
    thread.anonymous && side === 'confidant'
      ? formatDate(readAt, i18n.language)
      : formatDateTime(readAt, i18n.language);

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.thread.conversation')}</h2>
      <ol className="cnf-messages">
        {thread.messages.map((message) => (
          <li
            key={message.id}
            className={message.author === ours ? 'cnf-message cnf-message-ours' : 'cnf-message'}
            data-testid="confidential-message"
          >
            <p className="cnf-message-meta">
              <strong>{author(message)}</strong> · <time dateTime={message.createdAt}>{when(message)}</time>
            </p>
            <div className="cnf-message-body">{message.body}</div>
            {message.author === ours && (
              <p className={message.readAt ? 'cnf-read' : 'cnf-read cnf-not-read'}>
                {message.readAt
                  ? t('confidential.thread.readAt', { time: readWhen(message.readAt) })
                  : t('confidential.thread.notRead')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Answer in the thread; a closed thread says so instead. */
export function ReplyForm({
  closed,
  onSend,
  errorText,
}: {
  closed: boolean;
  onSend: (body: string) => Promise<unknown>;
  errorText: (error: unknown) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const send = useMutation({ mutationFn: onSend, onSuccess: () => setBody('') });

  if (closed) {
    return <p className="notice">{t('confidential.thread.closed')}</p>;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = !body.trim();
    setEmpty(missing);
    if (!missing) send.mutate(body);
  }

  const fieldError = empty
    ? t('confidential.form.errors.body')
    : isApiError(send.error) && send.error.fieldPaths.includes('body')
      ? errorText(send.error)
      : undefined;

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.thread.reply')}</h2>
      <StatusMessage message={send.isSuccess ? t('confidential.thread.sent') : null} />
      <ErrorAlert message={send.error && !fieldError ? errorText(send.error) : null} />
      <form className="form form-wide" onSubmit={submit} noValidate>
        <TextAreaField
          label={t('confidential.thread.replyLabel')}
          name="reply"
          rows={6}
          value={body}
          onChange={(value) => {
            setBody(value);
            if (send.isSuccess) send.reset();
          }}
          error={fieldError}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={send.isPending}>
            {send.isPending ? t('confidential.thread.sending') : t('confidential.thread.send')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * A secret shown once (a receipt, a recovery key): large, selectable, with a copy button, the
 * warning that it cannot be recovered, and a confirmation that it was kept before moving on.
 */
export function SecretPanel({
  title,
  intro,
  label,
  value,
  warning,
  storedLabel,
  continueLabel,
  onContinue,
  children,
}: {
  title: string;
  intro?: string;
  label: string;
  value: string;
  warning: string;
  storedLabel: string;
  continueLabel: string;
  onContinue: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [stored, setStored] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="cnf-secret-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p>{intro}</p>}
      <dl className="cnf-secret-box">
        <dt>{label}</dt>
        <dd className="cnf-secret" data-testid="confidential-secret">
          {value}
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('confidential.secret.copy')}
        </button>
      </div>
      <div role="status" className="live-region">
        {copied && (
          <p className={copied === 'copied' ? 'message message-success' : 'message message-error'}>
            {t(copied === 'copied' ? 'confidential.secret.copied' : 'confidential.secret.copyFailed')}
          </p>
        )}
      </div>
      <p className="notice notice-locked">
        <strong>{warning}</strong>
      </p>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
          {storedLabel}
        </label>
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={!stored} onClick={onContinue}>
          {continueLabel}
        </button>
        {children}
      </div>
    </section>
  );
}
