import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterCode } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { CheckboxGroup, ErrorAlert, Loading, SelectField, StatusMessage } from '../../lib/ui';
import {
  DisciplineRegistersDocument,
  DisciplinesDocument,
  SetDisciplineRegistersDocument,
} from './accreditation.documents';

const offeredKey = (disciplineId: string) => ['discipline-registers', disciplineId];

/** The registers one discipline is offered, as the admin edits them (the whole set at once). */
function OfferedRegisters({
  disciplineId,
  disciplineName,
  registers,
}: {
  disciplineId: string;
  disciplineName: string;
  registers: RegisterCode[];
}) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const offered = useQuery({
    queryKey: offeredKey(disciplineId),
    queryFn: () => request(DisciplineRegistersDocument, { disciplineId }),
  });
  const [draft, setDraft] = useState<RegisterCode[] | null>(null);
  const selected = draft ?? offered.data?.registers.map((r) => r.code) ?? [];
  const save = useMutation({
    mutationFn: () => request(SetDisciplineRegistersDocument, { input: { disciplineId, registers: selected } }),
    onSuccess: (result) => {
      queryClient.setQueryData(offeredKey(disciplineId), { registers: result.setDisciplineRegisters });
      setDraft(null);
    },
  });

  if (offered.isPending) return <Loading label={t('accreditation.disciplines.loading')} />;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <StatusMessage
        message={save.isSuccess ? t('accreditation.disciplines.saved', { discipline: disciplineName }) : null}
      />
      <ErrorAlert message={save.isError ? errorText(save.error) : offered.isError ? errorText(offered.error) : null} />
      <CheckboxGroup
        legend={t('accreditation.disciplines.offered', { discipline: disciplineName })}
        hint={selected.length === 0 ? t('accreditation.disciplines.none') : undefined}
        options={registers.map((code) => ({ value: code, label: t(`accreditation.registers.${code}`) }))}
        selected={selected}
        onChange={(next) => {
          save.reset();
          setDraft(next);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending || offered.isError}>
          {t('accreditation.disciplines.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * On the admin's "Certificaten": which registers each discipline is offered (a student records a
 * number only in those). One discipline at a time, chosen from the list.
 */
export function DisciplineRegisters() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const query = useQuery({ queryKey: ['accreditation-disciplines'], queryFn: () => request(DisciplinesDocument) });
  const [chosen, setChosen] = useState('');
  const disciplines = query.data?.disciplines ?? [];
  const nameOf = (d: (typeof disciplines)[number]) => (i18n.language.startsWith('en') ? d.nameEn : d.nameNl);
  const discipline = disciplines.find((d) => d.id === chosen) ?? disciplines[0];
  return (
    <section aria-labelledby="discipline-registers-title">
      <h2 id="discipline-registers-title">{t('accreditation.disciplines.title')}</h2>
      <p>{t('accreditation.disciplines.intro')}</p>
      {query.isPending ? (
        <Loading label={t('accreditation.disciplines.loading')} />
      ) : query.isError ? (
        <ErrorAlert message={errorText(query.error)} />
      ) : discipline ? (
        <>
          <SelectField
            label={t('accreditation.disciplines.discipline')}
            name="discipline"
            value={discipline.id}
            onChange={setChosen}
          >
            {disciplines.map((d) => (
              <option key={d.id} value={d.id}>
                {nameOf(d)}
              </option>
            ))}
          </SelectField>
          <OfferedRegisters
            key={discipline.id}
            disciplineId={discipline.id}
            disciplineName={nameOf(discipline)}
            registers={query.data.registers.map((r) => r.code)}
          />
        </>
      ) : (
        <p className="muted">{t('accreditation.disciplines.empty')}</p>
      )}
    </section>
  );
}
