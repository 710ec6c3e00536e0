// Worker entry: plain JavaScript so that Node can start it without a TypeScript loader, then
// tsx is registered in this thread and the TypeScript worker is loaded. (A bundled build
// points CHURN_COCKPIT_IMPORT_WORKER at its own compiled entry instead of this file.)
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker-main.ts');
