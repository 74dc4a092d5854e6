// Where the journeys run: fixed ports away from `npm start` (3000/4200), and one scratch
// folder under tmp/ (git-ignored) for mails, logs, signed-in states and the portal build.
// Ports can be moved with E2E_API_PORT / E2E_PORTAL_PORT; the scratch folder follows the
// portal port, so two runs on one machine never share mails or sessions.
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const API_PORT = Number(process.env.E2E_API_PORT ?? 3100);
export const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 4300);

export const RUN_DIR = join(ROOT, 'tmp', PORTAL_PORT === 4300 ? 'e2e' : `e2e-${PORTAL_PORT}`);
export const MAIL_DIR = join(RUN_DIR, 'mail');
export const LOG_DIR = join(RUN_DIR, 'logs');
export const PORTAL_BUILD_DIR = join(RUN_DIR, 'portal');
export const AUTH_DIR = join(RUN_DIR, 'auth');
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const PORTAL_URL = `http://127.0.0.1:${PORTAL_PORT}`;

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'imh-demo-2026';

export type DemoRole = 'admin' | 'docent' | 'student' | 'vertrouwenspersoon' | 'graduate';

export const DEMO_USERS: Record<DemoRole, { email: string; name: string }> = {
  admin: { email: 'admin@imh.test', name: 'Anouk de Vries' },
  docent: { email: 'docent@imh.test', name: 'Petra Holt' },
  student: { email: 'student@imh.test', name: 'Sanne Bakker' },
  vertrouwenspersoon: { email: 'vertrouwenspersoon@imh.test', name: 'Marja Rensen' },
  /** Completed the core course: her certificate waits to be issued. */
  graduate: { email: 'student2@imh.test', name: 'Lieke Verbeek' },
};

/** The signed-in browser state per demo role, written by auth.setup.ts. */
export const authFile = (role: DemoRole) => join(AUTH_DIR, `${role}.json`);
