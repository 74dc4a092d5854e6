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
 * A feature's routes under a section, fetched when the section is first opened. The section's
 * own path shows the feature's index route; anything below it runs the feature's routes as
 * descendant routes (`*`), with `notFound` for a path they do not match.
 */
export function lazyRoutes(load: () => Promise<RouteObject[]>, notFound: ReactElement): RouteObject[] {
  let loading: Promise<{ routes: RouteObject[]; index: ReactElement }> | undefined;
  const loadOnce = () =>
    (loading ??= load().then((loaded) => ({
      routes: [...loaded, { path: '*', element: notFound }],
      index: (loaded.find((route) => route.index)?.element as ReactElement | undefined) ?? notFound,
    })));
  // The index alone, without descendant routes (which would warn that the section's index has no `*`).
  const FeatureIndex = lazy(async () => {
    const { index } = await loadOnce();
    return { default: () => index };
  });
  const FeatureRoutes = lazy(async () => {
    const { routes } = await loadOnce();
    return {
      default: function FeatureRoutes() {
        return useRoutes(routes);
      },
    };
  });
  const suspended = (element: ReactElement) => <Suspense fallback={<Loading />}>{element}</Suspense>;
  // React Router matches a splat below the section only where something follows the section's path.
  return [
    { index: true, element: suspended(<FeatureIndex />) },
    { path: '*', element: suspended(<FeatureRoutes />) },
  ];
}
