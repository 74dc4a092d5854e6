import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { UserRowFragment, UsersFilterInput } from '../../gql/graphql';
import { request } from '../../lib/api';
import { DataTable, type Column } from '../../lib/data-table';
import { useErrorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Loading, Page, Pagination, StatusMessage } from '../../lib/ui';
import { useSessionUser } from '../session/session';
import { disciplineName, isRole, isStatus, roleOptions, sortRoles, STATUSES } from './labels';
import { RolesDialog } from './user-dialogs';
import { ConfirmDialog } from '../../lib/confirm-dialog';
import {
  DeactivateUserDocument,
  ReactivateUserDocument,
  ResendInvitationDocument,
  UsersDocument,
} from './users.documents';

const PAGE_SIZE = 20;

type Action = { kind: 'roles' | 'deactivate' | 'reactivate'; user: UserRowFragment };

/** Set by the invite page when it sends the admin back here. */
export interface UsersPageState {
  invited?: { name: string; email: string };
}

/** The admin's people overview: search and filter, invite, roles, (de)activation, resending invitations. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const me = useSessionUser();
  const queryClient = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();

  // The URL holds the filters, so back/forward and reload keep them.
  const search = params.get('q') ?? '';
  const role = params.get('role');
  const status = params.get('status');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filter: UsersFilterInput = {
    search: search || undefined,
    role: isRole(role) ? role : undefined,
    status: isStatus(status) ? status : undefined,
  };
  const filtered = Boolean(filter.search || filter.role || filter.status);

  const users = useQuery({
    queryKey: ['users', filter, page],
    queryFn: () => request(UsersDocument, { filter, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  const [flash, setFlash] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [action, setAction] = useState<Action | null>(null);

  // Announce the invitation made on the previous page, once: the history entry is cleaned so
  // a reload does not repeat it.
  const invited = (location.state as UsersPageState | null)?.invited;
  useEffect(() => {
    if (!invited) return;
    setFlash(t('users.invited', invited));
    void navigate({ search: location.search }, { replace: true, state: null });
  }, [invited, t, navigate, location.search]);

  function done(message: string) {
    setAction(null);
    setActionError(null);
    setFlash(message);
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  }

  const resend = useMutation({
    mutationFn: (user: UserRowFragment) => request(ResendInvitationDocument, { userId: user.id }),
    onMutate: () => {
      setFlash(null);
      setActionError(null);
    },
    onSuccess: (_data, user) => done(t('users.resent', { email: user.email })),
    onError: (error) => setActionError(error),
  });

  function setPage(next: number) {
    const nextParams = new URLSearchParams(params);
    if (next > 1) nextParams.set('page', String(next));
    else nextParams.delete('page');
    setParams(nextParams);
  }

  const data = users.data?.users;
  const columns = useUserColumns({
    meId: me.id,
    language: i18n.language,
    onAction: (next) => {
      setFlash(null);
      setAction(next);
    },
    onResend: (user) => resend.mutate(user),
    resending: resend.isPending ? resend.variables?.id : undefined,
  });

  return (
    <Page
      title={t('users.title')}
      actions={
        <Link to="/admin/users/invite" className="button">
          {t('users.invite')}
        </Link>
      }
    >
      <StatusMessage message={flash} />
      <ErrorAlert message={actionError ? errorText(actionError) : null} />

      <UserFilters
        key={params.toString()}
        initial={{ search, role: filter.role ?? '', status: filter.status ?? '' }}
        onApply={(next) => {
          const nextParams = new URLSearchParams();
          if (next.search.trim()) nextParams.set('q', next.search.trim());
          if (next.role) nextParams.set('role', next.role);
          if (next.status) nextParams.set('status', next.status);
          setParams(nextParams);
        }}
        onClear={filtered ? () => setParams(new URLSearchParams()) : undefined}
      />

      {users.isPending ? (
        <Loading label={t('users.loading')} />
      ) : users.isError ? (
        <ErrorAlert message={errorText(users.error)} />
      ) : data ? (
        <DataTable
          caption={t('users.caption')}
          count={t('users.count', { count: data.totalCount })}
          columns={columns}
          rows={data.items}
          rowKey={(user) => user.id}
          busy={users.isFetching}
          empty={<p>{filtered ? t('users.emptyFiltered') : t('users.empty')}</p>}
          footer={
            <Pagination
              label={t('users.pagination.label')}
              page={page}
              pageSize={PAGE_SIZE}
              offset={data.offset}
              shown={data.items.length}
              total={data.totalCount}
              onPage={setPage}
            />
          }
        />
      ) : null}

      {action?.kind === 'roles' && (
        <RolesDialog
          user={action.user}
          onClose={() => setAction(null)}
          onSaved={(user) => done(t('users.rolesDialog.saved', { name: user.name }))}
        />
      )}
      {action?.kind === 'deactivate' && (
        <ConfirmDialog
          danger
          title={t('users.deactivateDialog.title', { name: action.user.name })}
          body={t('users.deactivateDialog.body', { name: action.user.name })}
          confirmLabel={t('users.deactivateDialog.confirm')}
          onConfirm={async () => {
            await request(DeactivateUserDocument, { userId: action.user.id });
            done(t('users.deactivateDialog.done', { name: action.user.name }));
          }}
          onClose={() => setAction(null)}
        />
      )}
      {action?.kind === 'reactivate' && (
        <ConfirmDialog
          title={t('users.reactivateDialog.title', { name: action.user.name })}
          body={t('users.reactivateDialog.body', { name: action.user.name })}
          confirmLabel={t('users.reactivateDialog.confirm')}
          onConfirm={async () => {
            await request(ReactivateUserDocument, { userId: action.user.id });
            done(t('users.reactivateDialog.done', { name: action.user.name }));
          }}
          onClose={() => setAction(null)}
        />
      )}
    </Page>
  );
}

interface FilterValues {
  search: string;
  role: string;
  status: string;
}

function UserFilters({
  initial,
  onApply,
  onClear,
}: {
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
  onClear?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = (key: keyof FilterValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [key]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('users.filters.label')}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('users.filters.search')}</label>
        <input id={`${id}-q`} type="search" name="q" value={values.search} onChange={set('search')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('users.filters.role')}</label>
        <select id={`${id}-role`} name="role" value={values.role} onChange={set('role')}>
          <option value="">{t('users.filters.anyRole')}</option>
          {roleOptions(t).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('users.filters.status')}</label>
        <select id={`${id}-status`} name="status" value={values.status} onChange={set('status')}>
          <option value="">{t('users.filters.anyStatus')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`users.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('users.filters.submit')}
        </button>
        {onClear && (
          <button type="button" className="button button-secondary" onClick={onClear}>
            {t('users.filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The columns of the people list; the person's name heads each row, the actions close it. */
function useUserColumns({
  meId,
  language,
  onAction,
  onResend,
  resending,
}: {
  meId: string;
  language: string;
  onAction: (action: Action) => void;
  onResend: (user: UserRowFragment) => void;
  resending?: string;
}): Column<UserRowFragment>[] {
  const { t } = useTranslation();
  return [
    { key: 'name', header: t('users.columns.name'), rowHeader: true, cell: (user) => user.name },
    { key: 'email', header: t('users.columns.email'), cell: (user) => user.email },
    {
      key: 'roles',
      header: t('users.columns.roles'),
      cell: (user) => (
        <ul className="tags">
          {sortRoles(user.roles).map((role) => (
            <li key={role} className="tag">
              {t(`roles.${role}`)}
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'status',
      header: t('users.columns.status'),
      cell: (user) => (
        <>
          <span className={`status status-${user.status.toLowerCase()}`}>{t(`users.status.${user.status}`)}</span>
          {user.status === 'DEACTIVATED' && user.deactivatedAt && (
            <span className="muted small"> {t('users.since', { date: formatDate(user.deactivatedAt, language) })}</span>
          )}
          {user.status === 'INVITED' && (
            <span className="muted small"> {t('users.invitedOn', { date: formatDate(user.createdAt, language) })}</span>
          )}
        </>
      ),
    },
    {
      key: 'discipline',
      header: t('users.columns.discipline'),
      cell: (user) => (user.discipline ? disciplineName(user.discipline, language) : t('users.none')),
    },
    {
      key: 'organisation',
      header: t('users.columns.organisation'),
      cell: (user) => user.organisation?.name ?? t('users.none'),
    },
    {
      key: 'actions',
      header: t('users.columns.actions'),
      cell: (user) => (
        <div className="row-actions">
          <button
            type="button"
            className="button button-small button-secondary"
            aria-label={t('users.actions.editRolesFor', { name: user.name })}
            onClick={() => onAction({ kind: 'roles', user })}
          >
            {t('users.actions.editRoles')}
          </button>
          {user.status === 'INVITED' && (
            <button
              type="button"
              className="button button-small button-secondary"
              aria-label={t('users.actions.resendFor', { name: user.name })}
              disabled={resending === user.id}
              onClick={() => onResend(user)}
            >
              {resending === user.id ? t('users.working') : t('users.actions.resend')}
            </button>
          )}
          {user.status === 'DEACTIVATED' ? (
            <button
              type="button"
              className="button button-small button-secondary"
              aria-label={t('users.actions.reactivateFor', { name: user.name })}
              onClick={() => onAction({ kind: 'reactivate', user })}
            >
              {t('users.actions.reactivate')}
            </button>
          ) : (
            user.id !== meId && (
              <button
                type="button"
                className="button button-small button-danger-outline"
                aria-label={t('users.actions.deactivateFor', { name: user.name })}
                onClick={() => onAction({ kind: 'deactivate', user })}
              >
                {t('users.actions.deactivate')}
              </button>
            )
          )}
        </div>
      ),
    },
  ];
}
