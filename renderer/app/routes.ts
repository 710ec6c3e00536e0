// Hash routes (`#/customers`): they work unchanged under file://, Electron's app protocol and
// the HTTP host, none of which needs server-side routing.
export const routeKeys = ['dashboard', 'data', 'customers', 'segments', 'health', 'models', 'warnings', 'actions'] as const;
export type RouteKey = (typeof routeKeys)[number];

/** Navigation order follows the analyst's month: bring data in, work it, then report. */
export const navOrder: readonly RouteKey[] = ['data', 'customers', 'segments', 'health', 'models', 'warnings', 'actions', 'dashboard'];

export const DEFAULT_ROUTE: RouteKey = 'dashboard';

export function isRouteKey(value: string): value is RouteKey {
  return (routeKeys as readonly string[]).includes(value);
}

/** `#/customers?x=1` → 'customers'; anything unknown lands on the default dashboard. */
export function routeFromHash(hash: string): RouteKey {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isRouteKey(first) ? first : DEFAULT_ROUTE;
}

export function hrefFor(route: RouteKey): string {
  return `#/${route}`;
}
