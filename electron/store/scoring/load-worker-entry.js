// Helper-thread entry when running from the source tree: registers tsx in this thread
// (register() hooks are per thread) and loads the TypeScript helper. The bundled app ships
// the bundled load-worker.ts under this file name instead.
import { register } from 'tsx/esm/api';

register();
await import('./load-worker.ts');
