import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterCode } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Loading, SelectField, StatusMessage, TextField } from '../../lib/ui';
import {
  MyAccreditationDocument,
  RecordRegistrationDocument,
  RemoveRegistrationDocument,
} from './accreditation.documents';

const KEY = ['my-accreditation'];

/**
 * On "Mijn certificaten": the student's registers (the ones their discipline offers) with their
 * numbers, and the accreditation points per year and register. The number's format is checked by
 * the API; its refusal is shown at the field.
 */
export function MyAccreditation() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: () => request(MyAccreditationDocument) });
  const profile = query.data?.accreditation;
  const [register, setRegister] = useState<RegisterCode | ''>('');
  const [number, setNumber] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const selected = register || profile?.offeredRegisters[0]?.code || '';
  const example = profile?.offeredRegisters.find((r) => r.code === selected)?.example ?? '';
  const registerName = (code: RegisterCode) => t(`accreditation.registers.${code}`);

  const record = useMutation({
    mutationFn: () => request(RecordRegistrationDocument, { input: { register: selected as RegisterCode, number } }),
    onSuccess: (data) => {
      queryClient.setQueryData(KEY, { accreditation: data.recordRegistration });
      setMessage(t('accreditation.mine.saved', { register: registerName(selected as RegisterCode) }));
      setNumber('');
    },
    onMutate: () => setMessage(null),
  });
  const remove = useMutation({
    mutationFn: (code: RegisterCode) => request(RemoveRegistrationDocument, { input: { register: code } }),
    onSuccess: (data, code) => {
      queryClient.setQueryData(KEY, { accreditation: data.removeRegistration });
      setMessage(t('accreditation.mine.removed', { register: registerName(code) }));
    },
    onMutate: () => setMessage(null),
  });

  const fieldError = (field: string) =>
    record.isError && isApiError(record.error) && record.error.fields[field] ? errorText(record.error) : undefined;
  const formError =
    record.isError && !fieldError('number') && !fieldError('register') ? errorText(record.error) : undefined;

  if (query.isPending) return <Loading label={t('accreditation.mine.loading')} />;
  if (query.isError) return <ErrorAlert message={errorText(query.error)} />;
  const p = profile!;
  const numberOf = new Map(p.registrations.map((r) => [r.register, r.number]));

  return (
    <>
      <section aria-labelledby="registers-title">
        <h2 id="registers-title">{t('accreditation.mine.registrationsTitle')}</h2>
        <StatusMessage message={message} />
        {remove.isError && <ErrorAlert message={errorText(remove.error)} />}
        {!p.offeredRegisters.length ? (
          <p>
            {p.disciplineName
              ? t('accreditation.mine.noneOffered', { discipline: p.disciplineName })
              : t('accreditation.mine.noDiscipline')}
          </p>
        ) : (
          <>
            <p>{t('accreditation.mine.intro')}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('accreditation.mine.register')}</th>
                  <th scope="col">{t('accreditation.mine.number')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('certification.admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.offeredRegisters.map((r) => (
                  <tr key={r.code}>
                    <td>{registerName(r.code)}</td>
                    <td>{numberOf.get(r.code) ?? t('accreditation.mine.notRecorded')}</td>
                    <td>
                      {numberOf.has(r.code) && (
                        <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(r.code)}>
                          {t('accreditation.mine.remove', { register: registerName(r.code) })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                record.mutate();
              }}
            >
              {formError && <ErrorAlert message={formError} />}
              <SelectField
                label={t('accreditation.mine.register')}
                name="register"
                value={selected}
                error={fieldError('register')}
                onChange={(value) => setRegister(value as RegisterCode)}
              >
                {p.offeredRegisters.map((r) => (
                  <option key={r.code} value={r.code}>
                    {registerName(r.code)}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t('accreditation.mine.number')}
                name="registrationNumber"
                hint={selected ? t(`accreditation.formats.${selected as RegisterCode}`, { example }) : undefined}
                value={number}
                onChange={setNumber}
                error={fieldError('number')}
                autoComplete="off"
                required
              />
              <button type="submit" disabled={record.isPending}>
                {t('accreditation.mine.save')}
              </button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="points-title">
        <h2 id="points-title">{t('accreditation.mine.pointsTitle')}</h2>
        {!p.points.length ? (
          <p>{t('accreditation.mine.noPoints')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('accreditation.mine.year')}</th>
                <th scope="col">{t('accreditation.mine.register')}</th>
                <th scope="col">{t('accreditation.mine.points')}</th>
                <th scope="col">{t('accreditation.mine.modules')}</th>
              </tr>
            </thead>
            <tbody>
              {p.points.map((y) => (
                <tr key={`${y.year}-${y.register}`}>
                  <td>{y.year}</td>
                  <td>
                    {registerName(y.register)}
                    {!y.registered && (
                      <>
                        <br />
                        <small>{t('accreditation.mine.unregistered')}</small>
                      </>
                    )}
                  </td>
                  <td>{y.points}</td>
                  <td>
                    <ul>
                      {y.modules.map((m) => (
                        <li key={m.moduleId}>
                          {t('accreditation.mine.moduleLine', {
                            module: m.moduleTitle,
                            date: formatDate(`${m.earnedOn}T12:00:00Z`, i18n.language),
                            points: m.points,
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
