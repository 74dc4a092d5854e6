import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadVerification } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { FileUploadField } from '../../lib/ui';
import { VerifyCredentialDocument } from './certification.documents';

type Answer = Pick<UploadVerification, 'authentic' | 'valid'> & { certificate?: { number: string } | null };

class UploadRefused extends Error {
  constructor(readonly reason: string | undefined) {
    super(reason ?? 'refused');
  }
}

/**
 * A credential is text: a VC-JWT (`eyJ…`) or, as the holder may also download it, its JSON. Told
 * apart by the file's first bytes, not its name, so whatever else is dropped goes to the server's
 * PDF check as raw bytes (hashed there).
 */
async function looksLikeCredential(file: File): Promise<boolean> {
  const start = (await file.slice(0, 16).text()).trimStart();
  return start.startsWith('eyJ') || start.startsWith('{');
}

async function check(file: File, maxBytes: number): Promise<Answer> {
  // The server's limit, as the server states it: a larger file is not sent just to be refused.
  if (file.size > maxBytes) throw new UploadRefused('PDF_TOO_LARGE');
  if (!(await looksLikeCredential(file))) {
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
export function UploadCheck({ number, maxBytes }: { number: string; maxBytes: number }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const id = useId();
  const verify = useMutation({ mutationFn: (file: File) => check(file, maxBytes) });
  const answer = verify.data;
  const matches = !!answer?.authentic && answer.certificate?.number === number;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('certification.upload.title')}</h2>
      <FileUploadField
        label={t('certification.upload.label')}
        error={
          verify.isError
            ? verify.error instanceof UploadRefused && verify.error.reason === 'PDF_TOO_LARGE'
              ? t('refusals.PDF_TOO_LARGE')
              : errorText(verify.error)
            : undefined
        }
        accept="application/pdf,.pdf,.jwt,.json,.txt"
        onFile={(file) => {
          if (file) verify.mutate(file);
        }}
      />
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
    </section>
  );
}
