import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../lib/lazy';
import { VERIFY_PATH } from './VerifyPage';

/** Public, signed out or in. Apart from routes.tsx: the shell loads these, not every certification page. */
export const verifyRoutes: RouteObject[] = [
  { path: VERIFY_PATH, element: lazyPage(() => import('./VerifyPage').then((m) => m.VerifyPage)) },
];
