// Worker entry of the background integrity check when running from the source tree: registers
// tsx in this thread (register() hooks are per thread) and loads the TypeScript worker. The
// bundled app ships the bundled integrity-worker.ts under this file name instead.
import { register } from 'tsx/esm/api';

register();
await import('./integrity-worker.ts');
