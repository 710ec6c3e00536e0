// Worker entry when running from the source tree: registers tsx in this thread (register()
// hooks are per thread) and loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
