import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadVerification } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert } from '../../lib/ui';
import { VerifyCredentialDocument } from './certification.documents';

type Answer = Pick<UploadVerification, 'authentic' | 'valid'> & { certificate?: { number: string } | null };

class UploadRefused extends Error {
  constructor(readonly reason: string | undefined) {
    super(reason ?? 'refused');
  }
}

/** A PDF goes to the server as raw bytes (hashed there); anything else is read as a credential (VC-JWT). */
async function check(file: File): Promise<Answer> {
  const isPdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
  if (isPdf) {
    const res = await fetch('/certification/verify-pdf', {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: file,
    });
    const body = (await res.json()) as Answer & { error?: { reason?: string } };
    if (!res.ok) throw new UploadRefused(body.error?.reason);
    return body;
  }
  const text = await file.text();
  return (await request(VerifyCredentialDocument, { credential: text })).verifyCredential;
}

/**
 * "Is this file exactly the one issued?": the visitor drops the PDF or the credential; the server
 * compares the PDF's SHA-256 with the one it keeps, or checks the credential's signature and status.
 */
export function UploadCheck({ number }: { number: string }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const id = useId();
  const verify = useMutation({ mutationFn: check });
  const answer = verify.data;
  const matches = !!answer?.authentic && answer.certificate?.number === number;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('certification.upload.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('certification.upload.label')}</label>
        <input
          id={id}
          type="file"
          accept="application/pdf,.pdf,.jwt,.json,.txt"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) verify.mutate(file);
          }}
        />
      </div>
      <div role="status" className="live-region">
        {verify.isPending && <p>{t('certification.upload.checking')}</p>}
        {answer && (
          <p className={matches ? 'message message-success' : 'message message-error'}>
            {matches
              ? answer.valid
                ? t('certification.upload.matches')
                : t('certification.upload.matchesNotValid')
              : t('certification.upload.noMatch')}
          </p>
        )}
      </div>
      {verify.isError && (
        <ErrorAlert
          message={
            verify.error instanceof UploadRefused && verify.error.reason === 'PDF_TOO_LARGE'
              ? t('refusals.PDF_TOO_LARGE')
              : errorText(verify.error)
          }
        />
      )}
    </section>
  );
}
