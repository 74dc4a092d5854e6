import { lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react';
import { useRoutes, type RouteObject } from 'react-router-dom';
import { Loading } from './ui';

/**
 * Code splitting by route: a page given as `lazyPage(() => import(…))` is a chunk of its own,
 * fetched when it is first shown, so the portal's first download holds the shell and not every
 * page of every role. Route files that the shell imports (public routes) use it for their
 * pages; the router uses it for the rest.
 */
export function lazyPage<P extends object>(
  load: (() => Promise<ComponentType<P>>) | PageLoader<P>,
  props?: P,
): ReactElement {
  const Lazy = lazy(async () => ({ default: await load() }));
  const loaded = 'loaded' in load ? load.loaded : undefined;
  // A page loaded before it is first shown renders at once: suspending would show the fallback
  // and React then holds the page back up to 300 ms (its fallback throttle). Chosen once per mount.
  function Page(pageProps: P) {
    const [Ready] = useState(() => loaded?.());
    return Ready ? <Ready {...pageProps} /> : <Lazy {...pageProps} />;
  }
  return (
    <Suspense fallback={<Loading />}>
      <Page {...(props ?? ({} as P))} />
    </Suspense>
  );
}

/** A page's import, fetched once, that knows its component when it has arrived (see preloadPage in the router). */
export interface PageLoader<P> {
  (): Promise<ComponentType<P>>;
  loaded(): ComponentType<P> | undefined;
}

export function pageLoader<P>(load: () => Promise<ComponentType<P>>): PageLoader<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let component: ComponentType<P> | undefined;
  const loader = () =>
    (loading ??= load().then((loadedComponent) => {
      component = loadedComponent;
      return loadedComponent;
    }));
  return Object.assign(loader, { loaded: () => component });
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
