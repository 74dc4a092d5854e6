// The portal's dev server and build. The API is reached through this server's proxy, so the
// browser sees one origin and the session cookie stays first-party (SameSite=Lax).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { MeDocument, MyDashboardDocument } from './src/gql/graphql';

const root = resolve(__dirname);
const api = process.env.API_URL ?? 'http://localhost:3000';
const proxy = {
  '/graphql': { target: api, changeOrigin: false },
  '/health': { target: api, changeOrigin: false },
  // Uploads and checked downloads of files (lesson attachments and later submissions).
  '/files': { target: api, changeOrigin: false },
  // Encrypted attachments of confidential threads (not /confidential: that path is the portal's
  // inbox), and the admins' queue dashboard (bull-board).
  '/confidential-files': { target: api, changeOrigin: false },
  '/admin/queues': { target: api, changeOrigin: false },
  // Certificate credentials, the issuer's JWKS, the revocation status list and the PDF check.
  '/certification': { target: api, changeOrigin: false },
};

/**
 * react-router's package exports point at its development build (warnings, checks) whatever
 * the mode; a production build of the portal takes the production build it also ships.
 */
const routerDist = resolve(root, '../../node_modules/react-router/dist/production');
const productionDependencies = [
  { find: /^react-router$/, replacement: `${routerDist}/index.mjs` },
  { find: /^react-router\/dom$/, replacement: `${routerDist}/dom-export.mjs` },
];

/**
 * The first requests a visit makes, started by an inline script at the top of index.html instead
 * of after the portal's JavaScript has arrived and run: "who is signed in" (`me`), and opened at
 * '/', the overview beside it (both as src/lib/api.ts `request` sends them). The portal reads
 * their answers once (`requestEarly`) and forgets them on login and logout. Signed out, the
 * overview's answer is a refusal nobody reads: the guard sends the visitor to login first.
 */
function earlyRequests(): Plugin {
  const script = `(function () {
  function post(query) {
    var sent = fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: query, variables: {} }),
    });
    sent.catch(function () {});
    return sent;
  }
  var early = (window.__imhEarly = { me: post(${JSON.stringify(String(MeDocument))}) });
  if (location.pathname === '/') early.dashboard = post(${JSON.stringify(String(MyDashboardDocument))});
})();`;
  return {
    name: 'imh-early-requests',
    transformIndexHtml: () => [{ tag: 'script', children: script, injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ command }) => ({
  root,
  plugins: [earlyRequests(), react()],
  resolve: { alias: command === 'build' ? productionDependencies : [] },
  server: { port: Number(process.env.PORTAL_PORT ?? 4200), proxy },
  preview: { port: Number(process.env.PORTAL_PORT ?? 4200), proxy },
  build: { outDir: resolve(root, '../../dist/apps/portal'), emptyOutDir: true },
}));
