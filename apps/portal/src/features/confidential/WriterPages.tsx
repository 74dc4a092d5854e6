import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { ConfidentialSummaryFieldsFragment } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { ConfirmDialog } from '../../lib/confirm-dialog';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Loading, Page, Pagination, StatusMessage, TextField } from '../../lib/ui';
import {
  Conversation,
  ReplyForm,
  SecretPanel,
  StatusTag,
  TextAreaField,
  ThreadMarks,
  TrustNotice,
  useFocusHeadingWhen,
  useNameList,
} from './components';
import {
  DeleteConfidentialThreadDocument,
  ReplyToConfidentialThreadDocument,
  StartConfidentialThreadDocument,
} from './confidential.documents';
import { ThreadAttachments } from './attachments';
import { useConfidentialErrorMessage } from './errors';
import { groupReceipt } from './format';
import { CHANGE_PASSWORD_PATH, RECEIPT_PATH, WRITER_PATH, writerNewPath, writerThreadPath } from './paths';
import { CONFIDENTIAL_KEY, PAGE_SIZE, showThread, threadKey, useConfidants, useMyThreads, useThread } from './queries';

interface WriterState {
  sent?: boolean;
  deleted?: boolean;
}

/** /confidant — who reads, the writer's own conversations, the receipt page and the password. */
export function WriterHomePage() {
  const { t, i18n } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const state = (useLocation().state ?? {}) as WriterState;
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const threads = useMyThreads(page);
  const data = threads.data?.myConfidentialThreads;
  const captionId = useId();

  return (
    <Page
      title={t('sections.confidant.label')}
      actions={
        <Link className="button" to={writerNewPath}>
          {t('confidential.writer.write')}
        </Link>
      }
    >
      <p className="lead">{t('confidential.writer.intro')}</p>
      <TrustNotice />
      <StatusMessage message={state.deleted ? t('confidential.writer.deleted') : null} />

      <section className="section" aria-labelledby={`${captionId}-title`}>
        <h2 id={`${captionId}-title`}>{t('confidential.writer.threadsTitle')}</h2>
        {threads.isPending ? (
          <Loading label={t('confidential.writer.loading')} />
        ) : threads.isError ? (
          <>
            <ErrorAlert message={errorText(threads.error)} />
            <button type="button" className="button button-secondary" onClick={() => void threads.refetch()}>
              {t('app.retry')}
            </button>
          </>
        ) : !data?.items.length ? (
          <div className="empty-state">
            <p>{t('confidential.writer.empty')}</p>
          </div>
        ) : (
          <>
            <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="table" aria-busy={threads.isFetching}>
                <caption id={captionId}>{t('confidential.writer.threadsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('confidential.writer.columns.subject')}</th>
                    <th scope="col">{t('confidential.writer.columns.status')}</th>
                    <th scope="col">{t('confidential.writer.columns.started')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((thread: ConfidentialSummaryFieldsFragment) => (
                    <tr key={thread.id} className={thread.unread ? 'cnf-unread' : undefined}>
                      <th scope="row">
                        <Link to={writerThreadPath(thread.id)}>{thread.subject}</Link>{' '}
                        <ThreadMarks unread={thread.unread} unreadLabel={t('confidential.writer.newAnswer')} />
                      </th>
                      <td>
                        <StatusTag status={thread.status} />
                      </td>
                      <td>{formatDate(thread.createdAt, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              label={t('confidential.writer.pagination')}
              page={page}
              pageSize={PAGE_SIZE}
              offset={data.offset}
              shown={data.items.length}
              total={data.totalCount}
              onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
            />
          </>
        )}
      </section>

      <section className="section" aria-labelledby={`${captionId}-anonymous`}>
        <h2 id={`${captionId}-anonymous`}>{t('confidential.writer.anonymousTitle')}</h2>
        <p>{t('confidential.writer.anonymousIntro')}</p>
        <p>
          <Link to={RECEIPT_PATH}>{t('confidential.writer.anonymousLink')}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby={`${captionId}-password`}>
        <h2 id={`${captionId}-password`}>{t('confidential.writer.passwordTitle')}</h2>
        <p>{t('confidential.writer.passwordIntro')}</p>
        <p>
          <Link to={CHANGE_PASSWORD_PATH}>{t('confidential.writer.passwordLink')}</Link>
        </p>
      </section>
    </Page>
  );
}

const ALL = 'all';

/** /confidant/new — write to the confidants (or one of them), named or anonymous. */
export function NewThreadPage() {
  const { t } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const names = useNameList();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const confidants = useConfidants();
  const id = useId();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [to, setTo] = useState(ALL);
  const [anonymous, setAnonymous] = useState(false);
  const [missing, setMissing] = useState<{ subject?: boolean; body?: boolean }>({});
  const [receipt, setReceipt] = useState<string | null>(null);

  const start = useMutation({
    mutationFn: () =>
      request(StartConfidentialThreadDocument, {
        input: { subject, body, anonymous, confidantIds: to === ALL ? null : [to] },
      }),
    onSuccess: async ({ startConfidentialThread: started }) => {
      if (started.receipt) {
        setReceipt(started.receipt);
        return;
      }
      if (started.thread) {
        await showThread(queryClient, started.thread);
        await navigate(writerThreadPath(started.thread.id), { state: { sent: true } satisfies WriterState });
      }
    },
  });

  useFocusHeadingWhen(receipt);

  if (receipt) {
    return (
      <Page title={t('confidential.receipt.sentTitle')}>
        <SecretPanel
          title={t('confidential.receipt.title')}
          intro={t('confidential.receipt.intro')}
          label={t('confidential.receipt.label')}
          value={groupReceipt(receipt)}
          warning={t('confidential.receipt.warning')}
          storedLabel={t('confidential.receipt.stored')}
          continueLabel={t('confidential.receipt.done')}
          onContinue={() => void navigate(WRITER_PATH)}
        />
      </Page>
    );
  }

  const list = confidants.data?.confidants ?? [];
  const serverField = (field: string) =>
    isApiError(start.error) && start.error.fieldPaths.some((path) => path === field || path.startsWith(`${field}.`))
      ? errorText(start.error)
      : undefined;
  const fields = {
    subject: missing.subject ? t('confidential.form.errors.subject') : serverField('subject'),
    body: missing.body ? t('confidential.form.errors.body') : serverField('body'),
    to: serverField('confidantIds'),
  };
  const fieldShown = Boolean(fields.subject || fields.body || fields.to);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = { subject: !subject.trim(), body: !body.trim() };
    setMissing(next);
    if (!next.subject && !next.body) start.mutate();
  }

  return (
    <Page title={t('confidential.form.title')}>
      <p>
        <Link to={WRITER_PATH}>{t('confidential.thread.back')}</Link>
      </p>
      <TrustNotice />
      {confidants.isPending ? (
        <Loading />
      ) : confidants.isError ? (
        <ErrorAlert message={errorText(confidants.error)} />
      ) : list.length === 0 ? (
        <p className="notice notice-locked">{t('confidential.form.noConfidant')}</p>
      ) : (
        <>
          <ErrorAlert message={start.error && !fieldShown ? errorText(start.error) : null} />
          <form className="form form-wide" onSubmit={submit} noValidate>
            <TextField
              label={t('confidential.form.subject')}
              hint={t('confidential.form.subjectHint')}
              name="subject"
              required
              value={subject}
              onChange={setSubject}
              error={fields.subject}
            />
            <TextAreaField
              label={t('confidential.form.body')}
              hint={t('confidential.form.bodyHint')}
              name="body"
              rows={10}
              value={body}
              onChange={setBody}
              error={fields.body}
            />
            {list.length > 1 && (
              <fieldset className="field" aria-describedby={`${id}-to-hint`}>
                <legend>{t('confidential.form.to')}</legend>
                <p className="hint" id={`${id}-to-hint`}>
                  {t('confidential.form.toHint')}
                </p>
                {fields.to && <p className="field-error">{fields.to}</p>}
                <label className="checkbox">
                  <input type="radio" name="to" value={ALL} checked={to === ALL} onChange={() => setTo(ALL)} />
                  {t('confidential.form.toAll', { names: names(list.map((c) => c.name)) })}
                </label>
                {list.map((confidant) => (
                  <label key={confidant.id} className="checkbox">
                    <input
                      type="radio"
                      name="to"
                      value={confidant.id}
                      checked={to === confidant.id}
                      onChange={() => setTo(confidant.id)}
                    />
                    {confidant.name}
                  </label>
                ))}
              </fieldset>
            )}
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="anonymous"
                  checked={anonymous}
                  onChange={(e) => setAnonymous(e.target.checked)}
                  aria-describedby={`${id}-anonymous-hint`}
                />
                {t('confidential.form.anonymous')}
              </label>
              <p className="hint" id={`${id}-anonymous-hint`}>
                {t('confidential.form.anonymousHint')}
              </p>
            </div>
            <div className="button-row">
              <button type="submit" className="button" disabled={start.isPending}>
                {start.isPending ? t('confidential.form.sending') : t('confidential.form.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}

/** /confidant/:threadId — the writer's conversation: read, reply, delete. */
export function WriterThreadPage() {
  const { t, i18n } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const names = useNameList();
  const { threadId = '' } = useParams();
  const state = (useLocation().state ?? {}) as WriterState;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const thread = useThread(threadId);
  const [deleting, setDeleting] = useState(false);

  if (thread.isPending) {
    return (
      <Page title={t('sections.confidant.label')}>
        <Loading label={t('confidential.thread.loading')} />
      </Page>
    );
  }
  if (thread.isError) {
    return (
      <Page title={t('sections.confidant.label')}>
        <ErrorAlert message={errorText(thread.error)} />
        <p>
          <Link to={WRITER_PATH}>{t('confidential.thread.back')}</Link>
        </p>
      </Page>
    );
  }
  const view = thread.data;

  return (
    <Page
      title={view.subject}
      actions={
        view.canDelete && (
          <button type="button" className="button button-danger-outline" onClick={() => setDeleting(true)}>
            {t('confidential.thread.delete')}
          </button>
        )
      }
    >
      <p>
        <Link to={WRITER_PATH}>{t('confidential.thread.back')}</Link>
      </p>
      <StatusMessage message={state.sent ? t('confidential.form.sent') : null} />
      <ul className="facts">
        <li>
          <StatusTag status={view.status} />
        </li>
        <li>{t('confidential.thread.started', { date: formatDate(view.createdAt, i18n.language) })}</li>
      </ul>
      <p className="cnf-trust-line">
        {t('confidential.thread.readers', { names: names(view.readers.map((r) => r.name)) })}
      </p>
      {view.deleteAfter && (
        <p className="notice">
          {t('confidential.thread.deleteAfter', { date: formatDate(view.deleteAfter, i18n.language) })}
        </p>
      )}
      <Conversation thread={view} side="writer" />
      <ReplyForm
        closed={view.status === 'CLOSED'}
        errorText={errorText}
        onSend={async (body) => {
          const answer = await request(ReplyToConfidentialThreadDocument, { input: { threadId: view.id, body } });
          await showThread(queryClient, answer.replyToConfidentialThread);
        }}
      />
      <ThreadAttachments thread={view} side="writer" errorText={errorText} />
      {deleting && (
        <ConfirmDialog
          title={t('confidential.thread.deleteTitle')}
          body={t('confidential.thread.deleteBody')}
          confirmLabel={t('confidential.thread.deleteConfirm')}
          danger
          errorText={errorText}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await request(DeleteConfidentialThreadDocument, { id: view.id });
            await navigate(WRITER_PATH, { state: { deleted: true } satisfies WriterState });
            queryClient.removeQueries({ queryKey: threadKey(view.id) });
            await queryClient.invalidateQueries({ queryKey: CONFIDENTIAL_KEY });
          }}
        />
      )}
    </Page>
  );
}
