// The current route, re-rendering on every hash change (links, menu, back/forward).
import { useSyncExternalStore } from 'react';
import { hrefFor, routeFromHash, type RouteKey } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

export function useHashRoute(): RouteKey {
  return routeFromHash(useSyncExternalStore(subscribe, snapshot));
}

export function navigate(route: RouteKey): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}

/** The whole hash (route and its query), re-rendering on every change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, snapshot);
}
