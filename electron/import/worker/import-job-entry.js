// Import job entry when running from the source tree: registers tsx in this thread (register()
// hooks are per thread) and loads the TypeScript job. A bundled build compiles
// import-job-main.ts under this name next to its bundle.
import { register } from 'tsx/esm/api';

register();
await import('./import-job-main.ts');
