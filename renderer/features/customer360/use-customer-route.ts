// The customer id of a `#/customer/<id>` route, following hash changes; null elsewhere.
import { useSyncExternalStore } from 'react';
import { customerIdFromHash } from '../../app/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useCustomerRoute(): string | null {
  return customerIdFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
