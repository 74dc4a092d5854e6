import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ConfidentialThreadFieldsFragment, ConfidentialThreadStatus } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Loading, Page, SelectField, StatusMessage, TextField } from '../../lib/ui';
import { formatDateTime } from '../assignments/format';
import { Conversation, ReplyForm, StatusTag, TextAreaField, ThreadMarks, useNameList } from './components';
import {
  AddConfidentialNoteDocument,
  ReplyToConfidentialThreadDocument,
  SetConfidentialRetentionDocument,
  SetConfidentialThreadStatusDocument,
} from './confidential.documents';
import { ThreadAttachments } from './attachments';
import { useConfidentialErrorMessage } from './errors';
import { WORKSPACE_PATH } from './paths';
import { showThread, threadKey, useThread } from './queries';

type Thread = ConfidentialThreadFieldsFragment;
const STATUSES: ConfidentialThreadStatus[] = ['OPEN', 'IN_PROGRESS', 'CLOSED'];

/**
 * /confidential/:threadId — a thread as its confidants handle it: the conversation and a reply,
 * its status, internal notes, the retention period and who opened it when.
 */
export function ConfidantThreadPage() {
  const { t, i18n } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const names = useNameList();
  const queryClient = useQueryClient();
  const { threadId = '' } = useParams();
  const thread = useThread(threadId);
  const [flash, setFlash] = useState<string | null>(null);

  const back = (
    <p>
      <Link to={WORKSPACE_PATH}>{t('confidential.thread.backToInbox')}</Link>
    </p>
  );
  if (thread.isPending) {
    return (
      <Page title={t('sections.confidential.label')}>
        <Loading label={t('confidential.thread.loading')} />
      </Page>
    );
  }
  if (thread.isError) {
    return (
      <Page title={t('sections.confidential.label')}>
        <ErrorAlert message={errorText(thread.error)} />
        {back}
      </Page>
    );
  }
  const view = thread.data;
  const shown = async (next: Thread, message?: string) => {
    await showThread(queryClient, next);
    setFlash(message ?? null);
  };

  return (
    <Page title={view.subject}>
      {back}
      <StatusMessage message={flash} />
      <dl className="details">
        <dt>{t('confidential.handle.status')}</dt>
        <dd>
          <StatusTag status={view.status} /> <ThreadMarks unread={false} overdue={view.overdue} />
        </dd>
        <dt>{t('confidential.handle.writer')}</dt>
        <dd>
          {view.writerName ?? (view.writerKind ? t(`confidential.writerKind.${view.writerKind}`) : '')}
          {view.writerName && view.writerKind && (
            <span className="muted"> ({t(`confidential.writerKind.${view.writerKind}`)})</span>
          )}
        </dd>
        <dt>{t('confidential.handle.received')}</dt>
        <dd>{formatDate(view.createdAt, i18n.language)}</dd>
        <dt>{t('confidential.handle.readers')}</dt>
        <dd>{names(view.readers.map((r) => r.name))}</dd>
      </dl>
      {view.deleteAfter && (
        <p className="notice notice-locked">
          {t('confidential.thread.deleteAfter', { date: formatDate(view.deleteAfter, i18n.language) })}
        </p>
      )}
      <Conversation thread={view} side="confidant" />
      <ReplyForm
        closed={view.status === 'CLOSED'}
        errorText={errorText}
        onSend={async (body) => {
          const answer = await request(ReplyToConfidentialThreadDocument, { input: { threadId: view.id, body } });
          await shown(answer.replyToConfidentialThread);
        }}
      />
      <ThreadAttachments thread={view} side="confidant" errorText={errorText} />
      <StatusForm
        thread={view}
        onSaved={(next) => shown(next, t('confidential.handle.statusSaved'))}
        onStale={() => queryClient.invalidateQueries({ queryKey: threadKey(view.id) })}
      />
      <NotesSection thread={view} onAdded={(next) => shown(next, t('confidential.handle.noteAdded'))} />
      <RetentionForm thread={view} onSaved={(next) => shown(next, t('confidential.handle.retentionSaved'))} />
      <AccessLog thread={view} />
    </Page>
  );
}

function StatusForm({
  thread,
  onSaved,
  onStale,
}: {
  thread: Thread;
  onSaved: (thread: Thread) => Promise<void>;
  onStale: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const headingId = useId();
  const [status, setStatus] = useState(thread.status);
  // A newer version (saved here, or by a colleague and reloaded) shows its own status.
  useEffect(() => setStatus(thread.status), [thread.status, thread.version]);
  const save = useMutation({
    mutationFn: () =>
      request(SetConfidentialThreadStatusDocument, {
        input: { threadId: thread.id, status, version: thread.version },
      }),
    onSuccess: (data) => onSaved(data.setConfidentialThreadStatus),
    // Someone else changed the thread meanwhile: load the new state, and say so.
    onError: (error) => (isApiError(error) && error.code === 'CONFLICT' ? onStale() : undefined),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.handle.statusTitle')}</h2>
      <ErrorAlert message={save.error ? errorText(save.error) : null} />
      <form className="inline-form" onSubmit={submit}>
        <SelectField
          label={t('confidential.handle.statusLabel')}
          hint={t('confidential.handle.closeHint')}
          name="status"
          value={status}
          onChange={(value) => setStatus(value as ConfidentialThreadStatus)}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`confidential.status.${value}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={save.isPending || status === thread.status}>
          {t('confidential.handle.statusSave')}
        </button>
      </form>
    </section>
  );
}

function NotesSection({ thread, onAdded }: { thread: Thread; onAdded: (thread: Thread) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const headingId = useId();
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const add = useMutation({
    mutationFn: () => request(AddConfidentialNoteDocument, { input: { threadId: thread.id, body } }),
    onSuccess: async (data) => {
      setBody('');
      await onAdded(data.addConfidentialNote);
    },
  });
  const notes = thread.notes ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = !body.trim();
    setEmpty(missing);
    if (!missing) add.mutate();
  }

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.handle.notesTitle')}</h2>
      <p className="hint">{t('confidential.handle.notesIntro')}</p>
      {notes.length === 0 ? (
        <p className="muted">{t('confidential.handle.notesEmpty')}</p>
      ) : (
        <ul className="cnf-notes">
          {notes.map((note) => (
            <li key={note.id} className="cnf-note">
              <p className="cnf-message-meta">
                {t('confidential.handle.noteBy', {
                  name: note.authorName,
                  time: formatDateTime(note.createdAt, i18n.language),
                })}
              </p>
              <div className="cnf-message-body">{note.body}</div>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert message={add.error ? errorText(add.error) : null} />
      <form className="form form-wide" onSubmit={submit} noValidate>
        <TextAreaField
          label={t('confidential.handle.noteLabel')}
          name="note"
          rows={4}
          value={body}
          onChange={setBody}
          error={empty ? t('confidential.form.errors.body') : undefined}
        />
        <div className="button-row">
          <button type="submit" className="button button-secondary" disabled={add.isPending}>
            {t('confidential.handle.noteAdd')}
          </button>
        </div>
      </form>
    </section>
  );
}

function RetentionForm({ thread, onSaved }: { thread: Thread; onSaved: (thread: Thread) => Promise<void> }) {
  const { t } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const id = useId();
  const retention = thread.retentionDays ?? null;
  const [mode, setMode] = useState<'default' | 'custom'>(retention === null ? 'default' : 'custom');
  const [days, setDays] = useState(retention === null ? '' : String(retention));
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (value: number | null) =>
      request(SetConfidentialRetentionDocument, { input: { threadId: thread.id, days: value } }),
    onSuccess: (data) => onSaved(data.setConfidentialRetention),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'default') {
      setInvalid(false);
      save.mutate(null);
      return;
    }
    const wrong = !/^\d+$/.test(days.trim());
    setInvalid(wrong);
    if (!wrong) save.mutate(Number(days.trim()));
  }

  const serverField = isApiError(save.error) && save.error.fieldPaths.includes('days');
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('confidential.handle.retentionTitle')}</h2>
      <p>{t('confidential.handle.retentionIntro')}</p>
      <p className="muted">
        {retention === null
          ? t('confidential.handle.retentionCurrentDefault')
          : t('confidential.handle.retentionCurrent', { count: retention })}
      </p>
      <ErrorAlert message={save.error && !serverField ? errorText(save.error) : null} />
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend className="visually-hidden">{t('confidential.handle.retentionTitle')}</legend>
          <label className="checkbox">
            <input type="radio" name="retention" checked={mode === 'default'} onChange={() => setMode('default')} />
            {t('confidential.handle.retentionDefault')}
          </label>
          <label className="checkbox">
            <input type="radio" name="retention" checked={mode === 'custom'} onChange={() => setMode('custom')} />
            {t('confidential.handle.retentionCustom')}
          </label>
        </fieldset>
        {mode === 'custom' && (
          <TextField
            label={t('confidential.handle.retentionDays')}
            hint={t('confidential.handle.retentionHint')}
            name="retention-days"
            value={days}
            onChange={setDays}
            error={
              invalid ? t('confidential.handle.retentionInvalid') : serverField ? errorText(save.error) : undefined
            }
          />
        )}
        <div className="button-row">
          <button type="submit" className="button button-secondary" disabled={save.isPending}>
            {t('confidential.handle.retentionSave')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AccessLog({ thread }: { thread: Thread }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const entries = thread.accessLog ?? [];
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('confidential.handle.accessTitle')}</h2>
      <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table">
          <caption id={`${id}-caption`}>{t('confidential.handle.accessCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('confidential.handle.accessWho')}</th>
              <th scope="col">{t('confidential.handle.accessWhen')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={`${entry.openedAt}-${index}`}>
                <td>{entry.confidantName}</td>
                <td>
                  <time dateTime={entry.openedAt}>{formatDateTime(entry.openedAt, i18n.language)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
