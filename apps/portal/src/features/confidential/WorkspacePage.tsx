import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ConfidantWorkspaceQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Loading, Page, Pagination, StatusMessage } from '../../lib/ui';
import { SecretPanel, StatusTag, ThreadMarks, useFocusHeadingWhen } from './components';
import { CreateConfidentialRecoveryKeyDocument, GrantConfidentialAccessDocument } from './confidential.documents';
import { useConfidentialErrorMessage } from './errors';
import { CHANGE_PASSWORD_PATH, confidantThreadPath, FIGURES_PATH, RECOVERY_PATH } from './paths';
import { CONFIDENTIAL_KEY, PAGE_SIZE, useInbox, useWorkspace } from './queries';

type Workspace = ConfidantWorkspaceQuery['confidantWorkspace'];

/**
 * /confidential — the confidant's workspace: first what their keys need (a recovery key, access
 * to hand to a colleague), then the inbox, unread first.
 */
export function WorkspacePage() {
  const { t } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const queryClient = useQueryClient();
  const workspace = useWorkspace();
  const [createdKey, setCreatedKey] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const ws = workspace.data?.confidantWorkspace;
  useFocusHeadingWhen(createdKey ?? flash);

  const title = t('sections.confidential.label');
  if (workspace.isPending) {
    return (
      <Page title={title}>
        <Loading label={t('confidential.workspace.loading')} />
      </Page>
    );
  }
  if (workspace.isError || !ws) {
    return (
      <Page title={title}>
        <ErrorAlert message={errorText(workspace.error)} />
        <button type="button" className="button button-secondary" onClick={() => void workspace.refetch()}>
          {t('app.retry')}
        </button>
      </Page>
    );
  }

  // The recovery key is shown once: nothing else on the page until it is confirmed as kept.
  if (createdKey) {
    return (
      <Page title={title}>
        <SecretPanel
          title={t('confidential.setup.keyTitle')}
          label={t('confidential.setup.keyLabel')}
          value={createdKey}
          warning={t('confidential.setup.warning')}
          storedLabel={t('confidential.setup.stored')}
          continueLabel={t('confidential.setup.continue')}
          onContinue={() => {
            setCreatedKey(null);
            setFlash(t('confidential.setup.done'));
            void queryClient.invalidateQueries({ queryKey: CONFIDENTIAL_KEY });
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={title}>
      <p className="lead">{t('confidential.workspace.intro')}</p>
      <StatusMessage message={flash} />
      {(ws.recoveryKeyRequired || !ws.hasRecoveryKey) && (
        <RecoveryKeyStep required={ws.recoveryKeyRequired} onCreated={setCreatedKey} />
      )}
      {!ws.recoveryKeyRequired && (
        <>
          <GrantPrompts grants={ws.pendingGrants} onGranted={setFlash} />
          {ws.awaitingGrant > 0 && (
            <div className="notice notice-locked">
              <p>{t('confidential.workspace.awaitingGrant', { count: ws.awaitingGrant })}</p>
              <p>
                <Link to={RECOVERY_PATH}>{t('confidential.workspace.awaitingGrantLink')}</Link>
              </p>
            </div>
          )}
          <DeletionNotices notices={ws.deletionNotices} />
          <Inbox />
        </>
      )}
      <nav className="section" aria-label={t('confidential.workspace.links')}>
        <ul className="cnf-links">
          <li>
            <Link to={FIGURES_PATH}>{t('confidential.workspace.figuresLink')}</Link>
          </li>
          <li>
            <Link to={RECOVERY_PATH}>{t('confidential.workspace.recoveryLink')}</Link>
          </li>
          <li>
            <Link to={CHANGE_PASSWORD_PATH}>{t('confidential.workspace.passwordLink')}</Link>
          </li>
        </ul>
      </nav>
    </Page>
  );
}

function RecoveryKeyStep({ required, onCreated }: { required: boolean; onCreated: (key: string) => void }) {
  const { t } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const headingId = useId();
  const create = useMutation({
    mutationFn: () => request(CreateConfidentialRecoveryKeyDocument),
    onSuccess: (data) => onCreated(data.createConfidentialRecoveryKey),
  });
  return (
    <section className={required ? 'cnf-step' : 'notice'} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.setup.title')}</h2>
      <p>{required ? t('confidential.setup.requiredIntro') : t('confidential.setup.advisedIntro')}</p>
      <ErrorAlert message={create.error ? errorText(create.error) : null} />
      <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
        {create.isPending ? t('confidential.setup.creating') : t('confidential.setup.create')}
      </button>
    </section>
  );
}

const ASKED_KEY = 'imh.confidential.grantsAsked';

/** The colleagues asked about in this visit (this tab's session), so each is asked once. */
function askedThisVisit(): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(ASKED_KEY) ?? '[]') as string[];
  } catch {
    return [];
  }
}

function rememberAsked(ids: string[]) {
  try {
    sessionStorage.setItem(ASKED_KEY, JSON.stringify(ids));
  } catch {
    // Without storage the question simply comes back at the next page load.
  }
}

/** "Give <name> access to N conversations": a colleague who cannot read what this confidant can. */
function GrantPrompts({
  grants,
  onGranted,
}: {
  grants: Workspace['pendingGrants'];
  onGranted: (text: string) => void;
}) {
  const [asked, setAsked] = useState(askedThisVisit);
  const open = grants.filter((grant) => !asked.includes(grant.confidant.id));
  const answered = (id: string) => {
    const next = [...asked, id];
    rememberAsked(next);
    setAsked(next);
  };
  return (
    <>
      {open.map((grant) => (
        <GrantPrompt
          key={grant.confidant.id}
          grant={grant}
          onAnswered={() => answered(grant.confidant.id)}
          onGranted={onGranted}
        />
      ))}
    </>
  );
}

function GrantPrompt({
  grant,
  onAnswered,
  onGranted,
}: {
  grant: Workspace['pendingGrants'][number];
  onAnswered: () => void;
  onGranted: (text: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const { name } = grant.confidant;
  const give = useMutation({
    mutationFn: () => request(GrantConfidentialAccessDocument, { confidantId: grant.confidant.id }),
    onSuccess: async (data) => {
      onGranted(t('confidential.grants.granted', { name, count: data.grantConfidentialAccess }));
      onAnswered();
      await queryClient.invalidateQueries({ queryKey: CONFIDENTIAL_KEY });
    },
  });
  return (
    <section className="cnf-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.grants.title')}</h2>
      <p>{t('confidential.grants.prompt', { name, count: grant.threadCount })}</p>
      <ErrorAlert message={give.error ? errorText(give.error) : null} />
      <div className="button-row">
        <button type="button" className="button" disabled={give.isPending} onClick={() => give.mutate()}>
          {t('confidential.grants.grant', { name, count: grant.threadCount })}
        </button>
        <button type="button" className="button button-secondary" onClick={onAnswered}>
          {t('confidential.grants.later')}
        </button>
      </div>
    </section>
  );
}

function DeletionNotices({ notices }: { notices: Workspace['deletionNotices'] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  if (!notices.length) return null;
  return (
    <section className="notice notice-locked" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('confidential.workspace.deletionTitle')}</h2>
      <p>{t('confidential.workspace.deletionIntro')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice.threadId}>
            <Link to={confidantThreadPath(notice.threadId)}>
              {t('confidential.workspace.deletionItem', {
                subject: notice.subject,
                date: formatDate(notice.deleteAfter, i18n.language),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Inbox() {
  const { t, i18n } = useTranslation();
  const errorText = useConfidentialErrorMessage();
  const captionId = useId();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const inbox = useInbox(page);
  const data = inbox.data?.confidentialInbox;

  if (inbox.isPending) return <Loading label={t('confidential.workspace.inboxLoading')} />;
  if (inbox.isError) {
    return (
      <>
        <ErrorAlert message={errorText(inbox.error)} />
        <button type="button" className="button button-secondary" onClick={() => void inbox.refetch()}>
          {t('app.retry')}
        </button>
      </>
    );
  }
  if (!data?.items.length) {
    return (
      <div className="empty-state">
        <p>{t('confidential.workspace.empty')}</p>
      </div>
    );
  }
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table" aria-busy={inbox.isFetching}>
          <caption id={captionId}>
            {t('confidential.workspace.inboxCaption')}{' '}
            <span className="muted">({t('confidential.workspace.count', { count: data.totalCount })})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('confidential.workspace.columns.subject')}</th>
              <th scope="col">{t('confidential.workspace.columns.status')}</th>
              <th scope="col">{t('confidential.workspace.columns.received')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((thread) => (
              <tr key={thread.id} className={thread.unread ? 'cnf-unread' : undefined}>
                <th scope="row">
                  <Link to={confidantThreadPath(thread.id)}>{thread.subject}</Link>{' '}
                  <ThreadMarks unread={thread.unread} overdue={thread.overdue} anonymous={thread.anonymous} />
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
        label={t('confidential.workspace.pagination')}
        page={page}
        pageSize={PAGE_SIZE}
        offset={data.offset}
        shown={data.items.length}
        total={data.totalCount}
        onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
      />
    </>
  );
}
