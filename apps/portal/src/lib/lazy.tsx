import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { useRoutes, type RouteObject } from 'react-router-dom';
import { Loading } from './ui';

/**
 * Code splitting by route: a page given as `lazyPage(() => import(…))` is a chunk of its own,
 * fetched when it is first shown, so the portal's first download holds the shell and not every
 * page of every role. Route files that the shell imports (public routes) use it for their
 * pages; the router uses it for the rest.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, props?: P): ReactElement {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page {...(props ?? ({} as P))} />
    </Suspense>
  );
}

/**
 * A feature's routes under a section, fetched when the section is first opened. They run as
 * descendant routes under the section's path (`*`), with `notFound` for anything they do not match.
 */
export function lazyRoutes(load: () => Promise<RouteObject[]>, notFound: ReactElement): RouteObject[] {
  const FeatureRoutes = lazy(async () => {
    const routes: RouteObject[] = [...(await load()), { path: '*', element: notFound }];
    return {
      default: function FeatureRoutes() {
        return useRoutes(routes);
      },
    };
  });
  return [
    {
      path: '*',
      element: (
        <Suspense fallback={<Loading />}>
          <FeatureRoutes />
        </Suspense>
      ),
    },
  ];
}
