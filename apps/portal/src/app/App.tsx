import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { isLanguage } from '../i18n';
import { isApiError, request } from '../lib/api';
import { useErrorMessage } from '../lib/errors';
import { ErrorAlert, Loading } from '../lib/ui';
import { endSession, ME_KEY, useMeQuery } from '../features/session/session';
import { LogoutDocument } from '../features/session/session.documents';
import { createRouter } from './router';

export function createQueryClient() {
  // A session that ends on the server (expired, or deactivated by an admin) signs the portal out.
  // One that holds no key for confidential messages is ended too: signing in again makes one.
  // A wrong current password (changing it) is a refusal, not an ended session.
  const onError = (error: unknown) => {
    if (!isApiError(error) || error.code !== 'UNAUTHENTICATED' || !client.getQueryData(ME_KEY)) return;
    if (error.reason === 'INVALID_CREDENTIALS') return;
    if (error.reason === 'SESSION_KEYS_MISSING') {
      void request(LogoutDocument)
        .catch(() => undefined)
        .finally(() => endSession(client, 'keysMissing'));
      return;
    }
    endSession(client, 'expired');
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Only a lost connection is worth retrying; the API's answers do not change on retry.
        retry: (count, error) => isApiError(error) && error.code === 'NETWORK' && count < 2,
      },
    },
  });
  return client;
}

/** Waits for "who is signed in" before routing, so guards never guess. */
function Session() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const me = useMeQuery();
  const [router] = useState(createRouter);

  // Signed in, the account's language wins: it is also the language of the e-mails.
  const accountLanguage = me.data?.locale;
  useEffect(() => {
    if (isLanguage(accountLanguage) && accountLanguage !== i18n.language) void i18n.changeLanguage(accountLanguage);
  }, [accountLanguage, i18n]);

  if (me.isPending) {
    return (
      <main className="boot">
        <Loading />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="boot">
        <h1>{t('app.loadFailed')}</h1>
        <ErrorAlert message={errorText(me.error)} />
        <button type="button" className="button" onClick={() => void me.refetch()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  return <RouterProvider router={router} />;
}

/** The portal; `queryClient` is made by main.tsx, which starts the first requests before rendering. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Session />
    </QueryClientProvider>
  );
}
