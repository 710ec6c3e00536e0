// Typed translation keys: a misspelt key is a compile error, not a raw key on screen.
import 'i18next';
import type { Namespaces } from '../../shared/i18n/resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: Namespaces;
  }
}
