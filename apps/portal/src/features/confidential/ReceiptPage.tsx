import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConfidentialThreadFieldsFragment } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Page, StatusMessage, TextField } from '../../lib/ui';
import { useMeQuery } from '../session/session';
import { Conversation, ReplyForm, StatusTag, useFocusHeadingWhen, useNameList } from './components';
import { ThreadAttachments } from './attachments';
import { ConfidentialThreadByReceiptDocument, ReplyByReceiptDocument } from './confidential.documents';
import { useConfidentialErrorMessage } from './errors';
import { isReceipt } from './format';
import { WRITER_PATH } from './paths';

/**
 * /vertrouwelijk/bon — an anonymous thread, opened with its receipt, signed in or not. The
 * receipt lives only in this page's memory: never in the URL, the history or storage, so
 * closing the conversation (or the tab) leaves nothing behind.
 */
export function ReceiptPage() {
  const { t, i18n } = useTranslation();
  const baseErrorText = useConfidentialErrorMessage();
  const names = useNameList();
  const me = useMeQuery().data;
  const [input, setInput] = useState('');
  const [formatError, setFormatError] = useState(false);
  const [opened, setOpened] = useState<{ receipt: string; thread: ConfidentialThreadFieldsFragment } | null>(null);
  const [closed, setClosed] = useState(false);
  useFocusHeadingWhen(opened?.thread.id ?? closed);

  // Wrong, malformed and unknown receipts all get the API's one answer; say it in words.
  const errorText = (error: unknown) =>
    isApiError(error) && error.code === 'NOT_FOUND' ? t('refusals.RECEIPT_NOT_RECOGNISED') : baseErrorText(error);

  const open = useMutation({
    mutationFn: (receipt: string) => request(ConfidentialThreadByReceiptDocument, { receipt }),
    onSuccess: (data, receipt) => {
      setOpened({ receipt, thread: data.confidentialThreadByReceipt });
      setInput('');
      setClosed(false);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = !isReceipt(input);
    setFormatError(wrong);
    if (!wrong) open.mutate(input.replace(/[\s-]/g, ''));
  }

  const back = me ? (
    <Link to={me.roles.some((r) => r === 'STUDENT' || r === 'DOCENT') ? WRITER_PATH : '/'}>{t('app.backHome')}</Link>
  ) : (
    <Link to="/login">{t('confidential.receiptPage.toLogin')}</Link>
  );

  if (opened) {
    const { thread, receipt } = opened;
    return (
      <Page title={thread.subject}>
        <div className="cnf-receipt-view">
          <ul className="facts">
            <li>
              <StatusTag status={thread.status} />
            </li>
            <li>{t('confidential.thread.started', { date: formatDate(thread.createdAt, i18n.language) })}</li>
          </ul>
          <p className="cnf-trust-line">
            {t('confidential.thread.readers', { names: names(thread.readers.map((r) => r.name)) })}
          </p>
          <Conversation thread={thread} side="writer" />
          <ReplyForm
            closed={thread.status === 'CLOSED'}
            errorText={errorText}
            onSend={async (body) => {
              const answer = await request(ReplyByReceiptDocument, { input: { receipt, body } });
              setOpened({ receipt, thread: answer.replyByReceipt });
            }}
          />
          <ThreadAttachments thread={thread} side="writer" errorText={errorText} receipt={receipt} />
          <div className="section">
            <p className="hint">{t('confidential.receiptPage.closeHint')}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setOpened(null);
                open.reset();
                setClosed(true);
              }}
            >
              {t('confidential.receiptPage.close')}
            </button>
          </div>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('confidential.receiptPage.title')}>
      <div className="cnf-receipt-view">
        <p>{t('confidential.receiptPage.intro')}</p>
        <StatusMessage message={closed ? t('confidential.receiptPage.closed') : null} />
        <ErrorAlert message={open.error ? errorText(open.error) : null} />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('confidential.receiptPage.receipt')}
            hint={t('confidential.receiptPage.receiptHint')}
            name="receipt"
            autoComplete="off"
            required
            value={input}
            onChange={setInput}
            error={formatError ? t('confidential.receiptPage.receiptRequired') : undefined}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={open.isPending}>
              {open.isPending ? t('confidential.receiptPage.opening') : t('confidential.receiptPage.submit')}
            </button>
          </div>
        </form>
        <p className="form-footer">{back}</p>
      </div>
    </Page>
  );
}
