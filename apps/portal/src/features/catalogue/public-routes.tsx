import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../lib/lazy';
import { INTAKE_PATH, PUBLIC_CATALOGUE_PATH } from '../public/PublicCataloguePage';

/** Open to signed-out visitors. Apart from routes.tsx: the shell loads these, not every catalogue page. */
export const publicRoutes: RouteObject[] = [
  {
    path: PUBLIC_CATALOGUE_PATH,
    element: lazyPage(() => import('../public/PublicCataloguePage').then((m) => m.PublicCataloguePage)),
  },
  { path: INTAKE_PATH, element: lazyPage(() => import('../public/IntakePage').then((m) => m.IntakePage)) },
];
