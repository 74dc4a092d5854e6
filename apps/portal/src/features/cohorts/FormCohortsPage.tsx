import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { CohortMode, CohortPoolQuery, ProposeCohortsInput } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { useFlashFromLocation } from '../learning/queries';
import { disciplineLabel } from './components';
import { CohortOrganisationsDocument, CohortPoolDocument, ProposeCohortsDocument } from './cohorts.documents';
import { refusedStudentIds, useCohortErrorMessage, useCohortFieldErrors } from './errors';
import { InputField, parseWhole, RadioGroup } from './fields';
import { ADMIN_COHORTS_PATH, proposalPath } from './paths';
import { poolKey, proposalKey, useCohortTracks } from './queries';

type PoolStudent = CohortPoolQuery['cohortPool']['students'][number];
type PairKind = 'together' | 'apart';
interface Pair {
  a: string;
  b: string;
  kind: PairKind;
}

const samePair = (x: Pair, y: Pair) => x.kind === y.kind && x.a === y.a && x.b === y.b;

/**
 * What a refused proposal names, to mark it where the admin made it: the students by id (their
 * rows), and by the paths of the input that was sent the pins (their selects), pairs and the pool.
 */
function refusedParts(error: unknown, sent: ProposeCohortsInput | undefined) {
  const paths = isApiError(error) ? error.fieldPaths : [];
  const at = (prefix: string) => paths.some((path) => path === prefix || path.startsWith(`${prefix}.`));
  const pins = new Set<string>();
  const pairs: Pair[] = [];
  for (const path of paths) {
    const [list, index] = path.split('.');
    const i = Number(index);
    if (list === 'pins' && sent?.pins?.[i]) pins.add(sent.pins[i].studentId);
    if ((list === 'together' || list === 'apart') && sent?.[list]?.[i]) pairs.push({ ...sent[list][i], kind: list });
  }
  return {
    students: new Set(refusedStudentIds(error)),
    pins,
    pairs,
    pool: at('studentIds') || at('pool'),
    preferences: at('pins') || at('together') || at('apart'),
  };
}

/** The most groups a pin may point at: enough for any split the bounds allow, never silly long. */
function pinGroupCount(poolSize: number, sizing: 'bounds' | 'count', minSize: string, groupCount: string): number {
  const count = parseWhole(groupCount);
  if (sizing === 'count' && count >= 1) return Math.min(count, 50);
  const min = parseWhole(minSize);
  return Math.max(1, Math.min(min >= 1 ? Math.floor(poolSize / min) : poolSize, 50));
}

/**
 * /admin/cohorts/form — "Groepen vormen": a track's pool (or a choice from it), size bounds or a
 * number of groups, open or in-company, and optional pins and together/apart pairs; "Voorstel
 * maken" asks the grouping algorithm and opens the proposal.
 */
export function FormCohortsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [flash] = useFlashFromLocation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);

  const tracks = useCohortTracks();
  const organisations = useQuery({
    queryKey: ['cohort-organisations'],
    queryFn: () => request(CohortOrganisationsDocument),
  });

  const [chosenTrack, setChosenTrack] = useState(params.get('track') ?? '');
  const trackId = chosenTrack || tracks.data?.tracks[0]?.id || '';
  const [mode, setMode] = useState<CohortMode>('OPEN');
  const [organisationId, setOrganisationId] = useState('');
  const [poolChoice, setPoolChoice] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [sizing, setSizing] = useState<'bounds' | 'count'>('bounds');
  const [minSize, setMinSize] = useState('');
  const [maxSize, setMaxSize] = useState('');
  const [groupCount, setGroupCount] = useState('');
  const [pins, setPins] = useState<Record<string, string>>({});
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const poolOrganisation = mode === 'IN_COMPANY' ? organisationId || null : null;
  const pool = useQuery({
    queryKey: poolKey(trackId, poolOrganisation),
    queryFn: () => request(CohortPoolDocument, { trackId, organisationId: poolOrganisation }),
    enabled: Boolean(trackId) && (mode === 'OPEN' || Boolean(organisationId)),
  });
  const students = useMemo(() => pool.data?.cohortPool.students ?? [], [pool.data]);
  const names = useMemo(() => new Map(students.map((s) => [s.id, s.name])), [students]);
  const errorText = useCohortErrorMessage(names);
  const fieldErrorsOf = useCohortFieldErrors(names);

  /** A different pool: choices, pins and pairs about the old one no longer apply. */
  function resetPool() {
    setChosen([]);
    setPins({});
    setPairs([]);
    propose.reset();
  }

  const propose = useMutation({
    mutationFn: (input: ProposeCohortsInput) => request(ProposeCohortsDocument, { input }),
    onSuccess: async (data) => {
      const proposal = data.proposeCohorts;
      queryClient.setQueryData(proposalKey(proposal.id), { cohortProposal: proposal });
      await navigate(proposalPath(proposal.id));
    },
  });

  const fields = {
    ...fieldErrorsOf(propose.error, {
      minSize: t('cohorts.form.errors.whole'),
      maxSize: t('cohorts.form.errors.whole'),
      groupCount: t('cohorts.form.errors.whole'),
    }),
    ...localErrors,
  };
  const refused = refusedParts(propose.error, propose.variables);
  const refusal = propose.error ? errorText(propose.error) : undefined;
  const poolError = localErrors.studentIds ?? (refused.pool ? refusal : undefined);
  const preferencesError = refused.preferences ? refusal : undefined;

  // After a refused submit, the first field that needs attention gets focus.
  const errorCount = Object.keys(fields).length;
  useEffect(() => {
    if (errorCount === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errorCount, propose.error, localErrors]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const whole = (value: string, key: string) => {
      const n = parseWhole(value);
      if (Number.isNaN(n)) local[key] = t('cohorts.form.errors.whole');
      return n;
    };
    const input: ProposeCohortsInput = { trackId, mode };
    if (mode === 'IN_COMPANY') {
      if (!organisationId) local.organisationId = t('cohorts.form.errors.organisation');
      input.organisationId = organisationId || null;
    }
    if (sizing === 'bounds') {
      input.minSize = whole(minSize, 'minSize');
      input.maxSize = whole(maxSize, 'maxSize');
    } else {
      input.groupCount = whole(groupCount, 'groupCount');
    }
    const inPool = poolChoice === 'chosen' ? new Set(chosen) : new Set(students.map((s) => s.id));
    if (poolChoice === 'chosen') {
      if (chosen.length === 0) local.studentIds = t('cohorts.form.errors.chooseStudents');
      input.studentIds = students.filter((s) => inPool.has(s.id)).map((s) => s.id);
    }
    input.pins = Object.entries(pins)
      .filter(([studentId, group]) => group !== '' && inPool.has(studentId))
      .map(([studentId, group]) => ({ studentId, groupIndex: Number(group) }));
    const pairsIn = (kind: PairKind) =>
      pairs.filter((p) => p.kind === kind && inPool.has(p.a) && inPool.has(p.b)).map(({ a, b }) => ({ a, b }));
    input.together = pairsIn('together');
    input.apart = pairsIn('apart');
    setLocalErrors(local);
    propose.reset();
    if (Object.keys(local).length === 0) propose.mutate(input);
  }

  const poolStudents = poolChoice === 'chosen' ? students.filter((s) => chosen.includes(s.id)) : students;
  const groupsForPins = pinGroupCount(poolStudents.length, sizing, minSize, groupCount);
  const sortedOrganisations = organisations.data?.organisations.items ?? [];

  return (
    <>
      <Breadcrumbs
        items={[{ label: t('cohorts.list.title'), to: ADMIN_COHORTS_PATH }, { label: t('cohorts.form.title') }]}
      />
      <Page title={t('cohorts.form.title')}>
        <StatusMessage message={flash} />
        <p className="lead">{t('cohorts.form.intro')}</p>
        {tracks.isPending ? (
          <Loading label={t('cohorts.form.loading')} />
        ) : tracks.isError ? (
          <ErrorAlert message={errorText(tracks.error)} />
        ) : (
          <form ref={formRef} onSubmit={submit} noValidate className="form form-wide cohort-form">
            <section className="card" aria-labelledby={`${id}-pool`}>
              <h2 id={`${id}-pool`}>{t('cohorts.form.poolTitle')}</h2>
              <div className="field">
                <label htmlFor={`${id}-track`}>{t('cohorts.form.track')}</label>
                <select
                  id={`${id}-track`}
                  name="track"
                  value={trackId}
                  onChange={(e) => {
                    setChosenTrack(e.target.value);
                    resetPool();
                  }}
                >
                  {tracks.data?.tracks.map((track) => (
                    <option key={track.id} value={track.id}>
                      {track.title}
                    </option>
                  ))}
                </select>
              </div>
              <RadioGroup<CohortMode>
                legend={t('cohorts.form.mode')}
                name="mode"
                value={mode}
                onChange={(value) => {
                  setMode(value);
                  resetPool();
                }}
                options={[
                  { value: 'OPEN', label: t('cohorts.form.modeOpen') },
                  { value: 'IN_COMPANY', label: t('cohorts.form.modeInCompany') },
                ]}
              />
              {mode === 'IN_COMPANY' && (
                <div className="field">
                  <label htmlFor={`${id}-organisation`}>{t('cohorts.form.organisation')}</label>
                  {fields.organisationId && (
                    <p className="field-error" id={`${id}-organisation-error`}>
                      {fields.organisationId}
                    </p>
                  )}
                  <select
                    id={`${id}-organisation`}
                    name="organisation"
                    value={organisationId}
                    onChange={(e) => {
                      setOrganisationId(e.target.value);
                      resetPool();
                    }}
                    aria-invalid={fields.organisationId ? true : undefined}
                    aria-describedby={fields.organisationId ? `${id}-organisation-error` : undefined}
                  >
                    <option value="">{t('cohorts.form.chooseOrganisation')}</option>
                    {sortedOrganisations.map((organisation) => (
                      <option key={organisation.id} value={organisation.id}>
                        {organisation.name}
                      </option>
                    ))}
                  </select>
                </div>
              )}

              {mode === 'IN_COMPANY' && !organisationId ? (
                <p className="muted">{t('cohorts.form.chooseOrganisationFirst')}</p>
              ) : pool.isPending ? (
                <Loading label={t('cohorts.form.loadingPool')} />
              ) : pool.isError ? (
                <ErrorAlert message={errorText(pool.error)} />
              ) : pool.data ? (
                <PoolSummary students={students} pool={pool.data.cohortPool} language={i18n.language} />
              ) : null}
            </section>

            <section className="card" aria-labelledby={`${id}-sizes`}>
              <h2 id={`${id}-sizes`}>{t('cohorts.form.sizesTitle')}</h2>
              <RadioGroup
                legend={t('cohorts.form.sizing')}
                name="sizing"
                value={sizing}
                onChange={setSizing}
                options={[
                  { value: 'bounds', label: t('cohorts.form.sizingBounds') },
                  { value: 'count', label: t('cohorts.form.sizingCount') },
                ]}
              />
              {sizing === 'bounds' ? (
                <div className="field-row">
                  <InputField
                    label={t('cohorts.form.minSize')}
                    name="minSize"
                    inputMode="numeric"
                    className="cohort-number"
                    value={minSize}
                    onChange={setMinSize}
                    error={fields.minSize}
                  />
                  <InputField
                    label={t('cohorts.form.maxSize')}
                    name="maxSize"
                    inputMode="numeric"
                    className="cohort-number"
                    value={maxSize}
                    onChange={setMaxSize}
                    error={fields.maxSize}
                  />
                </div>
              ) : (
                <InputField
                  label={t('cohorts.form.groupCount')}
                  name="groupCount"
                  inputMode="numeric"
                  className="cohort-number"
                  value={groupCount}
                  onChange={setGroupCount}
                  error={fields.groupCount}
                />
              )}
            </section>

            {students.length > 0 && (
              <section className="card" aria-labelledby={`${id}-students`}>
                <h2 id={`${id}-students`}>{t('cohorts.form.studentsTitle')}</h2>
                <RadioGroup
                  legend={t('cohorts.form.poolChoice')}
                  name="poolChoice"
                  value={poolChoice}
                  onChange={setPoolChoice}
                  options={[
                    { value: 'all', label: t('cohorts.form.poolAll', { count: students.length }) },
                    { value: 'chosen', label: t('cohorts.form.poolChosen') },
                  ]}
                />
                {poolError && (
                  <p className="field-error" id={`${id}-pool-error`}>
                    {poolError}
                  </p>
                )}
                {poolChoice === 'chosen' && (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      onClick={() => setChosen(students.map((s) => s.id))}
                    >
                      {t('cohorts.form.selectAll')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      onClick={() => setChosen([])}
                    >
                      {t('cohorts.form.selectNone')}
                    </button>
                    <p className="muted cohort-chosen-count" role="status">
                      {t('cohorts.form.chosenCount', { count: chosen.length, total: students.length })}
                    </p>
                  </div>
                )}
                <StudentTable
                  students={students}
                  choosing={poolChoice === 'chosen'}
                  chosen={chosen}
                  onChosen={setChosen}
                  pins={pins}
                  onPin={(studentId, group) => setPins({ ...pins, [studentId]: group })}
                  groupCount={groupsForPins}
                  invalid={Boolean(poolError)}
                  describedBy={poolError ? `${id}-pool-error` : undefined}
                  flaggedStudents={refused.students}
                  flaggedPins={refused.pins}
                  problemId={`${id}-problem`}
                />
                <PairPicker
                  students={poolStudents}
                  pairs={pairs}
                  onChange={setPairs}
                  error={preferencesError}
                  flagged={refused.pairs}
                />
              </section>
            )}

            <div id={`${id}-problem`}>
              <ErrorAlert
                message={refusal ?? (Object.keys(localErrors).length ? t('errors.code.BAD_USER_INPUT') : null)}
              />
            </div>
            <div className="button-row">
              <button type="submit" className="button" disabled={propose.isPending || !trackId}>
                {propose.isPending ? t('cohorts.form.proposing') : t('cohorts.form.submit')}
              </button>
            </div>
          </form>
        )}
      </Page>
    </>
  );
}

/** How many students the pool has, and its mix of disciplines and organisations. */
function PoolSummary({
  students,
  pool,
  language,
}: {
  students: PoolStudent[];
  pool: CohortPoolQuery['cohortPool'];
  language: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (pool.size === 0) {
    return (
      <div className="empty-state">
        <p>{t('cohorts.form.poolEmpty')}</p>
      </div>
    );
  }
  const organisations = new Map<string, number>();
  for (const student of students) {
    const name = student.organisation?.name ?? t('cohorts.noOrganisation');
    organisations.set(name, (organisations.get(name) ?? 0) + 1);
  }
  const byCount = [...organisations.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], language));
  const organisationCount = new Set(students.flatMap((s) => (s.organisation ? [s.organisation.id] : []))).size;
  return (
    <div className="cohort-pool-summary">
      <p className="cohort-pool-size">
        <strong>{t('cohorts.form.poolSize', { count: pool.size })}</strong>{' '}
        <span className="muted">
          {t('cohorts.form.poolMix', {
            disciplines: t('cohorts.disciplineCount', { count: pool.disciplineCounts.length }),
            organisations: t('cohorts.organisationCount', { count: organisationCount }),
          })}
        </span>
      </p>
      <h3 id={`${id}-disciplines`} className="cohort-subheading">
        {t('cohorts.form.poolDisciplines')}
      </h3>
      <ul className="tags cohort-counts" aria-labelledby={`${id}-disciplines`}>
        {pool.disciplineCounts.map((entry) => (
          <li key={entry.disciplineId ?? 'none'} className="tag">
            {disciplineLabel(t, entry.discipline, language)}: {entry.count}
          </li>
        ))}
      </ul>
      <h3 id={`${id}-organisations`} className="cohort-subheading">
        {t('cohorts.form.poolOrganisations')}
      </h3>
      <ul className="tags cohort-counts" aria-labelledby={`${id}-organisations`}>
        {byCount.map(([name, count]) => (
          <li key={name} className="tag">
            {name}: {count}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The pool's students: tick them when choosing, and optionally pin one to a group. */
function StudentTable({
  students,
  choosing,
  chosen,
  onChosen,
  pins,
  onPin,
  groupCount,
  invalid,
  describedBy,
  flaggedStudents,
  flaggedPins,
  problemId,
}: {
  students: PoolStudent[];
  choosing: boolean;
  chosen: string[];
  onChosen: (chosen: string[]) => void;
  pins: Record<string, string>;
  onPin: (studentId: string, group: string) => void;
  groupCount: number;
  invalid: boolean;
  describedBy?: string;
  /** Students a refused proposal named: their rows are marked and point at the message. */
  flaggedStudents: ReadonlySet<string>;
  /** Students whose pin the refusal named. */
  flaggedPins: ReadonlySet<string>;
  problemId: string;
}) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-wrap cohort-pool-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>
          {t('cohorts.form.studentsCaption')}{' '}
          <span className="muted">({t('cohorts.people', { count: students.length })})</span>
        </caption>
        <thead>
          <tr>
            {choosing && <th scope="col">{t('cohorts.form.include')}</th>}
            <th scope="col">{t('cohorts.columns.name')}</th>
            <th scope="col">{t('cohorts.columns.discipline')}</th>
            <th scope="col">{t('cohorts.columns.organisation')}</th>
            <th scope="col">{t('cohorts.form.pin')}</th>
          </tr>
        </thead>
        <tbody>
          {students.map((student) => {
            const flagged = flaggedStudents.has(student.id) || flaggedPins.has(student.id);
            return (
              <tr key={student.id} className={flagged ? 'row-flagged' : undefined}>
                {choosing && (
                  <td>
                    <input
                      type="checkbox"
                      checked={chosen.includes(student.id)}
                      aria-label={t('cohorts.form.includeStudent', { name: student.name })}
                      aria-invalid={invalid ? true : undefined}
                      aria-describedby={describedBy}
                      onChange={(e) =>
                        onChosen(e.target.checked ? [...chosen, student.id] : chosen.filter((id) => id !== student.id))
                      }
                    />
                  </td>
                )}
                <th scope="row">
                  {student.name}
                  {flagged && <span className="row-problem">{t('cohorts.form.studentFlagged')}</span>}
                </th>
                <td>{disciplineLabel(t, student.discipline, i18n.language)}</td>
                <td>{student.organisation?.name ?? t('cohorts.noOrganisation')}</td>
                <td>
                  <select
                    aria-label={t('cohorts.form.pinFor', { name: student.name })}
                    value={pins[student.id] ?? ''}
                    onChange={(e) => onPin(student.id, e.target.value)}
                    aria-invalid={flaggedPins.has(student.id) ? true : undefined}
                    aria-describedby={flaggedPins.has(student.id) ? problemId : undefined}
                  >
                    <option value="">{t('cohorts.form.noPin')}</option>
                    {Array.from({ length: groupCount }, (_, index) => (
                      <option key={index} value={String(index)}>
                        {t('cohorts.proposal.groupName', { number: index + 1 })}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "Together" and "apart" pairs: two students and a kind, added to a list that can be undone. */
function PairPicker({
  students,
  pairs,
  onChange,
  error,
  flagged,
}: {
  students: PoolStudent[];
  pairs: Pair[];
  onChange: (pairs: Pair[]) => void;
  error?: string;
  /** Pairs a refused proposal named. */
  flagged: readonly Pair[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [kind, setKind] = useState<PairKind>('together');
  const [problem, setProblem] = useState<string | null>(null);
  const nameOf = (studentId: string) => students.find((s) => s.id === studentId)?.name ?? '';

  function add() {
    if (!a || !b) return setProblem(t('cohorts.form.pairs.chooseTwo'));
    if (a === b) return setProblem(t('cohorts.form.pairs.same'));
    if (pairs.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))) {
      return setProblem(t('cohorts.form.pairs.duplicate'));
    }
    setProblem(null);
    onChange([...pairs, { a, b, kind }]);
    setA('');
    setB('');
  }

  const shown = pairs.filter((p) => nameOf(p.a) && nameOf(p.b));
  const message = problem ?? error;
  return (
    <fieldset className="field cohort-pairs" aria-describedby={message ? `${id}-error` : `${id}-hint`}>
      <legend>{t('cohorts.form.pairs.legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('cohorts.form.pairs.hint')}
      </p>
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-a`}>{t('cohorts.form.pairs.first')}</label>
          <select id={`${id}-a`} value={a} onChange={(e) => setA(e.target.value)}>
            <option value="">{t('cohorts.form.pairs.choose')}</option>
            {students.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('cohorts.form.pairs.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as PairKind)}>
            <option value="together">{t('cohorts.form.pairs.together')}</option>
            <option value="apart">{t('cohorts.form.pairs.apart')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-b`}>{t('cohorts.form.pairs.second')}</label>
          <select id={`${id}-b`} value={b} onChange={(e) => setB(e.target.value)}>
            <option value="">{t('cohorts.form.pairs.choose')}</option>
            {students.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-secondary" onClick={add}>
          {t('cohorts.form.pairs.add')}
        </button>
      </div>
      {shown.length > 0 && (
        <ul className="candidate-list" aria-label={t('cohorts.form.pairs.listLabel')}>
          {shown.map((pair) => {
            const text = t(`cohorts.form.pairs.${pair.kind}Pair`, { a: nameOf(pair.a), b: nameOf(pair.b) });
            const refused = flagged.some((f) => samePair(f, pair));
            return (
              <li key={`${pair.a}-${pair.b}`} className={refused ? 'row-flagged' : undefined}>
                <span>
                  {text}
                  {refused && <span className="row-problem">{t('cohorts.form.pairs.flagged')}</span>}
                </span>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  aria-label={t('cohorts.form.pairs.removeFor', { pair: text })}
                  onClick={() => onChange(pairs.filter((p) => p !== pair))}
                >
                  {t('cohorts.form.pairs.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
