import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import { preloadPage } from './app/router';
import { prefetchEarlyDashboard } from './features/dashboard/queries';
import { prefetchMe } from './features/session/session';
import { i18nReady } from './i18n';
import './app/styles.css';

// While the messages load: who is signed in, the overview (both asked by index.html already)
// and the page the portal was opened on, so the first render has what it shows.
const queryClient = createQueryClient();
prefetchMe(queryClient);
prefetchEarlyDashboard(queryClient);
preloadPage(window.location.pathname);

// The active language's messages arrive as their own chunk; waiting avoids a frame of raw keys.
void i18nReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
});
