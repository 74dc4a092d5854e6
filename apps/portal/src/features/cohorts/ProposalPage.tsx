import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type {
  CohortProposalFieldsFragment,
  CohortStatus,
  CommitCohortGroupInput,
  ProposeCohortsInput,
} from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { useFlashFromLocation, type FlashState } from '../learning/queries';
import { ConfirmDialog } from '../../lib/confirm-dialog';
import { disciplineLabel, invalidateCohorts, modeLabel } from './components';
import {
  CohortPoolDocument,
  CohortProposalDocument,
  CommitCohortProposalDocument,
  DiscardCohortProposalDocument,
  MoveProposalStudentDocument,
  ProposeCohortsDocument,
} from './cohorts.documents';
import { DisciplineMixChart, Swatch, useDisciplinePalette } from './DisciplineMixChart';
import { hasReason, refusedStudentIds, useCohortErrorMessage, useCohortFieldErrors, type PeopleNames } from './errors';
import { InputField } from './fields';
import { formatGap, formatScore, formatShare } from './format';
import { ADMIN_COHORTS_PATH, formCohortsPath, proposalPath } from './paths';
import { proposalKey, useDocentOptions } from './queries';

type Proposal = CohortProposalFieldsFragment;
type Group = Proposal['groups'][number];

/** /admin/cohorts/proposals/:proposalId — a proposal: scores, the mix chart, moves, and the commit. */
export function ProposalPage() {
  const { proposalId } = useParams();
  return <ProposalView key={proposalId} proposalId={proposalId!} />;
}

const groupName = (t: TFunction, index: number) => t('cohorts.proposal.groupName', { number: index + 1 });

/** "Dit voorstel zit binnen 0,3% van het best haalbare." */
function gapSentence(t: TFunction, proposal: Proposal, language: string): string {
  return proposal.gap < 0.0005
    ? t('cohorts.proposal.atBound')
    : t('cohorts.proposal.withinGap', { gap: formatGap(proposal.gap, language) });
}

/** Names of a proposal's students, for the refusals that name them by id. */
function proposalNames(proposal: Proposal | undefined): PeopleNames {
  return new Map(proposal?.groups.flatMap((g) => g.members.map((m) => [m.id, m.name] as const)) ?? []);
}

function ProposalView({ proposalId }: { proposalId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [flash, setFlash] = useFlashFromLocation();
  const [discarding, setDiscarding] = useState(false);
  const groupHeadings = useRef<Record<number, HTMLHeadingElement | null>>({});

  const query = useQuery({
    queryKey: proposalKey(proposalId),
    queryFn: () => request(CohortProposalDocument, { id: proposalId }),
  });
  const proposal = query.data?.cohortProposal;
  const errorText = useCohortErrorMessage(proposalNames(proposal));

  const move = useMutation({
    mutationFn: (input: { studentId: string; toGroupIndex: number; name: string }) =>
      request(MoveProposalStudentDocument, {
        input: { proposalId, studentId: input.studentId, toGroupIndex: input.toGroupIndex },
      }),
    onMutate: () => setFlash(null),
    onSuccess: (data, input) => {
      const next = data.moveProposalStudent;
      queryClient.setQueryData(proposalKey(proposalId), { cohortProposal: next });
      const moved = t('cohorts.proposal.moved', {
        name: input.name,
        group: groupName(t, input.toGroupIndex),
        score: formatScore(next.score, i18n.language),
        gap: gapSentence(t, next, i18n.language),
      });
      setFlash(
        next.problems.length
          ? `${moved} ${t('cohorts.proposal.movedWithProblems', { count: next.problems.length })}`
          : moved,
      );
      // The row that was moved is gone from where focus was; its new group is where to look.
      requestAnimationFrame(() => groupHeadings.current[input.toGroupIndex]?.focus());
    },
  });

  // The students the open problems and a refused move name: their rows are marked.
  const flagged = new Set([
    ...(proposal?.problems.flatMap((problem) => problem.studentIds) ?? []),
    ...refusedStudentIds(move.error),
  ]);
  const title = proposal
    ? t('cohorts.proposal.titleFor', { track: proposal.track.title })
    : t('cohorts.proposal.title');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('cohorts.list.title'), to: ADMIN_COHORTS_PATH },
          { label: t('cohorts.form.title'), to: formCohortsPath() },
          { label: t('cohorts.proposal.title') },
        ]}
      />
      <Page
        title={title}
        actions={
          proposal?.status === 'PROPOSED' && (
            <button type="button" className="button button-secondary" onClick={() => setDiscarding(true)}>
              {t('cohorts.proposal.discard')}
            </button>
          )
        }
      >
        <StatusMessage message={flash} />
        {query.isPending ? (
          <Loading label={t('cohorts.proposal.loading')} />
        ) : query.isError ? (
          <ErrorAlert message={errorText(query.error)} />
        ) : proposal ? (
          <>
            {proposal.status !== 'PROPOSED' && (
              <div className="notice">
                <p>
                  {proposal.status === 'COMMITTED'
                    ? t('cohorts.proposal.alreadyCommitted')
                    : t('cohorts.proposal.alreadyDiscarded')}
                </p>
                <p>
                  <Link to={proposal.status === 'COMMITTED' ? ADMIN_COHORTS_PATH : formCohortsPath()}>
                    {proposal.status === 'COMMITTED' ? t('cohorts.proposal.toList') : t('cohorts.proposal.newProposal')}
                  </Link>
                </p>
              </div>
            )}
            <ProposalSummary proposal={proposal} />
            <ErrorAlert message={move.error ? errorText(move.error) : null} />
            <Problems proposal={proposal} />
            <DisciplineMixChart proposal={proposal} />
            <section className="section" aria-labelledby="proposal-groups">
              <h2 id="proposal-groups">{t('cohorts.proposal.groupsTitle')}</h2>
              {proposal.status === 'PROPOSED' && <p className="hint">{t('cohorts.proposal.moveHint')}</p>}
              <div className="cohort-groups">
                {proposal.groups.map((group) => (
                  <GroupCard
                    key={group.index}
                    proposal={proposal}
                    group={group}
                    flagged={flagged}
                    headingRef={(element) => {
                      groupHeadings.current[group.index] = element;
                    }}
                    moving={move.isPending ? move.variables?.studentId : undefined}
                    onMove={(studentId, toGroupIndex, name) => move.mutate({ studentId, toGroupIndex, name })}
                  />
                ))}
              </div>
            </section>
            {proposal.status === 'PROPOSED' && <CommitForm proposal={proposal} />}
          </>
        ) : null}

        {discarding && (
          <ConfirmDialog
            danger
            title={t('cohorts.proposal.discardTitle')}
            body={t('cohorts.proposal.discardBody')}
            confirmLabel={t('cohorts.proposal.discardConfirm')}
            onConfirm={async () => {
              await request(DiscardCohortProposalDocument, { id: proposalId });
              queryClient.removeQueries({ queryKey: proposalKey(proposalId) });
              const state: FlashState = { flash: t('cohorts.proposal.discarded') };
              await navigate(formCohortsPath(), { state });
            }}
            onClose={() => setDiscarding(false)}
          />
        )}
      </Page>
    </>
  );
}

/** The overall numbers: pool, groups, bounds, score against the bound, and the gap in words. */
function ProposalSummary({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="card cohort-summary" aria-labelledby="proposal-summary">
      <h2 id="proposal-summary">{t('cohorts.proposal.summaryTitle')}</h2>
      <p className="cohort-gap" data-testid="proposal-gap">
        {gapSentence(t, proposal, language)}
      </p>
      <dl className="details">
        <dt>{t('cohorts.proposal.score')}</dt>
        <dd data-testid="proposal-score">
          {t('cohorts.proposal.scoreOf', { score: formatScore(proposal.score, language) })}
        </dd>
        <dt>{t('cohorts.proposal.bound')}</dt>
        <dd>{t('cohorts.proposal.scoreOf', { score: formatScore(proposal.bound, language) })}</dd>
        <dt>{t('cohorts.proposal.pool')}</dt>
        <dd>
          {t('cohorts.people', { count: proposal.poolSize })} ·{' '}
          {proposal.chosenPool ? t('cohorts.proposal.chosenPool') : t('cohorts.proposal.wholePool')}
        </dd>
        <dt>{t('cohorts.proposal.groups')}</dt>
        <dd>
          {t('cohorts.proposal.groupsOf', {
            count: proposal.groups.length,
            min: proposal.minSize,
            max: proposal.maxSize,
          })}
        </dd>
        <dt>{t('cohorts.columns.mode')}</dt>
        <dd>{modeLabel(t, proposal.mode, proposal.organisation)}</dd>
      </dl>
      <p className="hint">{t('cohorts.proposal.scoreExplained')}</p>
    </section>
  );
}

/** What keeps the proposal from being committed (after moves by hand), in words with names. */
function Problems({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  if (proposal.problems.length === 0) return null;
  const names = new Map(proposal.groups.flatMap((g) => g.members.map((m) => [m.id, m.name] as const)));
  const list = (ids: readonly string[]) =>
    new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(
      ids.map((id) => names.get(id) ?? id),
    );
  return (
    <section className="notice notice-error cohort-problems" aria-labelledby="proposal-problems">
      <h2 id="proposal-problems">{t('cohorts.proposal.problemsTitle')}</h2>
      <ul className="problems">
        {proposal.problems.map((problem, index) => {
          const group = problem.groupIndex ?? -1;
          const size = proposal.groups[group]?.size ?? 0;
          const text = t(`cohorts.problems.${problem.reason}`, {
            group: groupName(t, group),
            size,
            min: proposal.minSize,
            max: proposal.maxSize,
            count: proposal.groupCount ?? proposal.groups.length,
            names: list(problem.studentIds),
          });
          return <li key={`${problem.reason}-${index}`}>{text}</li>;
        })}
      </ul>
    </section>
  );
}

/** One group: its statistics, its members, and a move control per member. */
function GroupCard({
  proposal,
  group,
  flagged,
  headingRef,
  moving,
  onMove,
}: {
  proposal: Proposal;
  group: Group;
  /** Students a problem or a refused move names. */
  flagged: ReadonlySet<string>;
  headingRef: (element: HTMLHeadingElement | null) => void;
  moving?: string;
  onMove: (studentId: string, toGroupIndex: number, name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = useId();
  const palette = useDisciplinePalette(proposal);
  const colorOf = (disciplineId?: string | null) =>
    palette.find((entry) => entry.key === (disciplineId ?? 'none'))?.color ?? '#b8c2cc';
  const open = proposal.status === 'PROPOSED';
  const others = proposal.groups.filter((g) => g.index !== group.index);
  const pinOf = new Map(proposal.pins.map((p) => [p.studentId, p.groupIndex]));
  return (
    <section className="card cohort-group" aria-labelledby={headingId} data-testid={`group-${group.index + 1}`}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {groupName(t, group.index)}
      </h3>
      <dl className="cohort-stats">
        <div>
          <dt>{t('cohorts.proposal.stats.size')}</dt>
          <dd>{group.size}</dd>
        </div>
        <div>
          <dt>{t('cohorts.proposal.stats.disciplines')}</dt>
          <dd>{group.distinctDisciplines}</dd>
        </div>
        <div>
          <dt>{t('cohorts.proposal.stats.largestShare')}</dt>
          <dd>{formatShare(group.largestDisciplineShare, language)}</dd>
        </div>
        <div>
          <dt>{t('cohorts.proposal.stats.organisationDuplicates')}</dt>
          <dd>{group.organisationDuplicates}</dd>
        </div>
        <div>
          <dt>{t('cohorts.proposal.stats.score')}</dt>
          <dd>{formatScore(group.score, language)}</dd>
        </div>
      </dl>
      <div className="table-wrap" role="region" aria-labelledby={`${headingId}-members`} tabIndex={0}>
        <table className="table cohort-members">
          <caption id={`${headingId}-members`} className="visually-hidden">
            {t('cohorts.proposal.membersOf', { group: groupName(t, group.index) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('cohorts.columns.name')}</th>
              <th scope="col">{t('cohorts.columns.discipline')}</th>
              <th scope="col">{t('cohorts.columns.organisation')}</th>
              {open && others.length > 0 && <th scope="col">{t('cohorts.proposal.moveColumn')}</th>}
            </tr>
          </thead>
          <tbody>
            {group.members.map((member) => (
              <tr key={member.id} className={flagged.has(member.id) ? 'row-flagged' : undefined}>
                <th scope="row">
                  {member.name}
                  {pinOf.has(member.id) && (
                    <span className="muted small">
                      {' '}
                      · {t('cohorts.proposal.pinnedTo', { group: groupName(t, pinOf.get(member.id)!) })}
                    </span>
                  )}
                  {flagged.has(member.id) && <span className="row-problem">{t('cohorts.form.studentFlagged')}</span>}
                </th>
                <td>
                  <Swatch color={colorOf(member.discipline?.id)} />
                  {disciplineLabel(t, member.discipline, language)}
                </td>
                <td>{member.organisation?.name ?? t('cohorts.noOrganisation')}</td>
                {open && others.length > 0 && (
                  <td>
                    <MoveControl
                      name={member.name}
                      groups={others.map((g) => g.index)}
                      busy={moving === member.id}
                      onMove={(to) => onMove(member.id, to, member.name)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A select of the other groups and a button: keyboard-friendly, one student at a time. */
function MoveControl({
  name,
  groups,
  busy,
  onMove,
}: {
  name: string;
  groups: number[];
  busy: boolean;
  onMove: (toGroupIndex: number) => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState(String(groups[0]));
  return (
    <div className="cohort-move">
      <select aria-label={t('cohorts.proposal.moveTo', { name })} value={to} onChange={(e) => setTo(e.target.value)}>
        {groups.map((index) => (
          <option key={index} value={String(index)}>
            {groupName(t, index)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={t('cohorts.proposal.moveFor', { name })}
        disabled={busy}
        onClick={() => onMove(Number(to))}
      >
        {busy ? t('cohorts.working') : t('cohorts.proposal.move')}
      </button>
    </div>
  );
}

interface GroupForm {
  name: string;
  docentId: string;
}

/** Period, status and per group a name and docent; then every group becomes a cohort. */
function CommitForm({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const errorText = useCohortErrorMessage(proposalNames(proposal));
  const fieldErrorsOf = useCohortFieldErrors(proposalNames(proposal));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const docents = useDocentOptions();
  const id = useId();
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [status, setStatus] = useState<CohortStatus>('PLANNED');
  const [groups, setGroups] = useState<GroupForm[]>(() => proposal.groups.map(() => ({ name: '', docentId: '' })));
  const [missing, setMissing] = useState<Record<string, string>>({});

  const commit = useMutation({
    mutationFn: () => {
      const input: CommitCohortGroupInput[] = proposal.groups.map((_, index) => ({
        name: groups[index]?.name.trim() || null,
        docentIds: groups[index]?.docentId ? [groups[index].docentId] : [],
      }));
      return request(CommitCohortProposalDocument, {
        input: { proposalId: proposal.id, period: { startsOn, endsOn }, status, groups: input },
      });
    },
    onSuccess: async (data) => {
      await invalidateCohorts(queryClient);
      queryClient.removeQueries({ queryKey: proposalKey(proposal.id) });
      const state: FlashState = {
        flash: t('cohorts.proposal.committed', { count: data.commitCohortProposal.cohorts.length }),
      };
      await navigate(ADMIN_COHORTS_PATH, { state });
    },
  });

  const poolChanged = hasReason(commit.error, 'POOL_CHANGED');
  const fields = {
    ...fieldErrorsOf(commit.error, {
      startsOn: t('cohorts.proposal.errors.day'),
      endsOn: t('cohorts.proposal.errors.endsOn'),
    }),
    ...missing,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) next.startsOn = t('cohorts.proposal.errors.day');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) next.endsOn = t('cohorts.proposal.errors.day');
    setMissing(next);
    commit.reset();
    if (Object.keys(next).length === 0) commit.mutate();
  }

  const blocked = proposal.problems.length > 0;
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('cohorts.proposal.commitTitle')}</h2>
      <p>{t('cohorts.proposal.commitIntro')}</p>
      <form className="form form-wide card" onSubmit={submit} noValidate>
        <div className="field-row">
          <InputField
            label={t('cohorts.proposal.startsOn')}
            name="startsOn"
            type="date"
            required
            value={startsOn}
            onChange={setStartsOn}
            error={fields.startsOn}
          />
          <InputField
            label={t('cohorts.proposal.endsOn')}
            name="endsOn"
            type="date"
            required
            value={endsOn}
            onChange={setEndsOn}
            error={fields.endsOn}
          />
        </div>
        <p className="hint">{t('cohorts.proposal.periodHint')}</p>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('cohorts.proposal.status')}</label>
          <select
            id={`${id}-status`}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value as CohortStatus)}
          >
            <option value="PLANNED">{t('cohorts.status.PLANNED')}</option>
            <option value="ACTIVE">{t('cohorts.status.ACTIVE')}</option>
          </select>
        </div>
        <ErrorAlert message={docents.error ? errorText(docents.error) : null} />
        {proposal.groups.map((group, index) => (
          <fieldset key={group.index} className="field cohort-commit-group">
            <legend>
              {groupName(t, group.index)} <span className="muted">({t('cohorts.people', { count: group.size })})</span>
            </legend>
            <div className="field-row">
              <InputField
                label={t('cohorts.proposal.groupNameLabel', { group: groupName(t, group.index) })}
                hint={t('cohorts.proposal.groupNameHint')}
                name={`name-${index}`}
                value={groups[index]?.name ?? ''}
                onChange={(name) => setGroups(groups.map((g, i) => (i === index ? { ...g, name } : g)))}
              />
              <div className="field">
                <label htmlFor={`${id}-docent-${index}`}>
                  {t('cohorts.proposal.docentLabel', { group: groupName(t, group.index) })}
                </label>
                <select
                  id={`${id}-docent-${index}`}
                  value={groups[index]?.docentId ?? ''}
                  onChange={(e) =>
                    setGroups(groups.map((g, i) => (i === index ? { ...g, docentId: e.target.value } : g)))
                  }
                >
                  <option value="">{t('cohorts.proposal.noDocent')}</option>
                  {docents.data?.users.items.map((user) => (
                    <option key={user.id} value={user.id}>
                      {user.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
        ))}

        {poolChanged ? (
          <PoolChanged proposal={proposal} />
        ) : (
          <ErrorAlert
            message={
              commit.error
                ? errorText(commit.error)
                : Object.keys(missing).length
                  ? t('errors.code.BAD_USER_INPUT')
                  : null
            }
          />
        )}
        <div className="button-row">
          <button
            type="submit"
            className="button"
            disabled={blocked || commit.isPending}
            aria-describedby={blocked ? `${id}-blocked` : undefined}
          >
            {commit.isPending ? t('cohorts.working') : t('cohorts.proposal.commit', { count: proposal.groups.length })}
          </button>
        </div>
        {blocked && (
          <p className="hint" id={`${id}-blocked`}>
            {t('cohorts.proposal.commitBlocked')}
          </p>
        )}
      </form>
    </section>
  );
}

/**
 * The pool changed since the proposal was made (someone enrolled, withdrew or was placed): a
 * new proposal with the same settings, for the students who are in the pool now.
 */
function PoolChanged({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const errorText = useCohortErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const again = useMutation({
    mutationFn: async () => {
      const organisationId = proposal.mode === 'IN_COMPANY' ? (proposal.organisationId ?? null) : null;
      const pool = await request(CohortPoolDocument, { trackId: proposal.trackId, organisationId });
      const inPool = new Set(pool.cohortPool.students.map((s) => s.id));
      const keep = (ids: string[]) => ids.every((studentId) => inPool.has(studentId));
      const members = proposal.groups.flatMap((g) => g.members.map((m) => m.id));
      const input: ProposeCohortsInput = {
        trackId: proposal.trackId,
        mode: proposal.mode,
        organisationId,
        seed: proposal.seed,
        studentIds: proposal.chosenPool ? members.filter((studentId) => inPool.has(studentId)) : null,
        pins: proposal.pins
          .filter((p) => keep([p.studentId]))
          .map(({ studentId, groupIndex }) => ({ studentId, groupIndex })),
        together: proposal.together.filter((p) => keep([p.a, p.b])).map(({ a, b }) => ({ a, b })),
        apart: proposal.apart.filter((p) => keep([p.a, p.b])).map(({ a, b }) => ({ a, b })),
        ...(proposal.groupCount != null
          ? { groupCount: proposal.groupCount }
          : { minSize: proposal.minSize, maxSize: proposal.maxSize }),
      };
      const next = (await request(ProposeCohortsDocument, { input })).proposeCohorts;
      // The old proposal can never be committed now; closing it keeps the list of open ones honest.
      await request(DiscardCohortProposalDocument, { id: proposal.id }).catch(() => undefined);
      return next;
    },
    onSuccess: async (next) => {
      queryClient.setQueryData(proposalKey(next.id), { cohortProposal: next });
      queryClient.removeQueries({ queryKey: proposalKey(proposal.id) });
      await invalidateCohorts(queryClient);
      const state: FlashState = { flash: t('cohorts.proposal.reproposed', { count: next.poolSize }) };
      await navigate(proposalPath(next.id), { state });
    },
  });

  return (
    <div role="alert" className="notice notice-error cohort-pool-changed">
      <p>
        <strong>{t('cohorts.proposal.poolChangedTitle')}</strong>
      </p>
      <p>{t('cohorts.proposal.poolChangedBody')}</p>
      {again.error ? <p>{errorText(again.error)}</p> : null}
      <div className="button-row">
        <button type="button" className="button" disabled={again.isPending} onClick={() => again.mutate()}>
          {again.isPending ? t('cohorts.working') : t('cohorts.proposal.newProposal')}
        </button>
        <Link to={`${formCohortsPath()}?track=${proposal.trackId}`} className="button button-secondary">
          {t('cohorts.proposal.changeSettings')}
        </Link>
      </div>
    </div>
  );
}
