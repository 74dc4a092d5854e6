import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterCode } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage, TextField } from '../../lib/ui';
import { ModuleRegisterPointsDocument, SetModuleRegisterPointsDocument } from './accreditation.documents';

const key = (moduleId: string) => ['module-register-points', moduleId];

/**
 * On the admin's module editor: the module's accreditation points per professional register, the
 * whole set at once (a register left empty grants none). The API checks the numbers; its refusal
 * is shown as it comes.
 */
export function ModuleRegisterPoints({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const query = useQuery({
    queryKey: key(moduleId),
    queryFn: () => request(ModuleRegisterPointsDocument, { moduleId }),
  });
  const [draft, setDraft] = useState<Partial<Record<RegisterCode, string>> | null>(null);
  const saved = Object.fromEntries(
    (query.data?.moduleRegisterPoints ?? []).map((p) => [p.register, String(p.points)]),
  ) as Partial<Record<RegisterCode, string>>;
  const values = draft ?? saved;

  const save = useMutation({
    mutationFn: () =>
      request(SetModuleRegisterPointsDocument, {
        input: {
          moduleId,
          points: (query.data?.registers ?? [])
            .filter((r) => (values[r.code] ?? '').trim() !== '')
            .map((r) => ({ register: r.code, points: Number(values[r.code]!.trim()) })),
        },
      }),
    onSuccess: (result) => {
      queryClient.setQueryData(key(moduleId), { ...query.data!, moduleRegisterPoints: result.setModuleRegisterPoints });
      setDraft(null);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accreditation.modulePoints.title')}</h2>
      <p className="muted">{t('accreditation.modulePoints.intro')}</p>
      <StatusMessage message={save.isSuccess ? t('accreditation.modulePoints.saved') : null} />
      <ErrorAlert message={save.isError ? errorText(save.error) : query.isError ? errorText(query.error) : null} />
      {query.isPending ? (
        <Loading label={t('accreditation.modulePoints.loading')} />
      ) : query.data ? (
        <form onSubmit={submit} className="form" noValidate>
          {query.data.registers.map((r) => (
            <TextField
              key={r.code}
              name={`points-${r.code}`}
              label={t('accreditation.modulePoints.pointsFor', { register: t(`accreditation.registers.${r.code}`) })}
              value={values[r.code] ?? ''}
              onChange={(value) => {
                save.reset();
                setDraft({ ...values, [r.code]: value });
              }}
            />
          ))}
          <div className="button-row">
            <button type="submit" className="button" disabled={save.isPending}>
              {t('accreditation.modulePoints.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
