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

const CUSTOMER_PREFIX = 'customer';

/** `#/customers?x=1` → 'customers'; anything unknown lands on the default dashboard. */
export function routeFromHash(hash: string): RouteKey {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  // A customer's 360 page belongs under Customers in the navigation.
  if (first === CUSTOMER_PREFIX) return 'customers';
  return isRouteKey(first) ? first : DEFAULT_ROUTE;
}

/** `#/customer/<id>` (Customer 360) → the decoded id; null for every other route. */
export function customerIdFromHash(hash: string): string | null {
  const m = /^#\/?customer\/([^?]+)/.exec(hash);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

export function customerHref(customerId: string): string {
  return `#/${CUSTOMER_PREFIX}/${encodeURIComponent(customerId)}`;
}

export function hrefFor(route: RouteKey): string {
  return `#/${route}`;
}
