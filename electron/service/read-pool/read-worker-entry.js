// Read worker entry when running from the source tree: registers tsx in this thread (register()
// hooks are per thread) and loads the TypeScript worker. A bundled build compiles
// worker-main.ts under this name next to its bundle (build/build-electron.js).
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
