// Bundles the Electron side with esbuild: main and utility as ES modules (package.json is
// "type": "module"), the preload as CommonJS because sandboxed preloads cannot load ESM.
// better-sqlite3 and @resvg/resvg-js stay external: their native bindings must be resolved at run time.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS dependencies may call require() or read __dirname; ESM output has
// neither, so give them module-local equivalents.
const esmShims = [
  "import { createRequire as __ccCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ccFileURLToPath } from 'node:url';",
  "import { dirname as __ccDirname } from 'node:path';",
  'const require = __ccCreateRequire(import.meta.url);',
  'const __filename = __ccFileURLToPath(import.meta.url);',
  'const __dirname = __ccDirname(__filename);',
].join('\n');

/** @param {{ outdir?: string, minify?: boolean }} [options] */
export async function buildElectron(options = {}) {
  const outdir = options.outdir ?? path.join(root, 'dist', 'electron');
  await rm(outdir, { recursive: true, force: true });
  const common = {
    bundle: true,
    absWorkingDir: root,
    sourcemap: 'linked',
    minify: options.minify ?? false,
    legalComments: 'none',
    logLevel: 'warning',
    external: ['electron', 'better-sqlite3', '@resvg/resvg-js'],
  };
  /** @type {import('esbuild').BuildOptions} */
  const nodeEsm = { ...common, platform: 'node', format: 'esm', target: 'node22', banner: { js: esmShims } };
  // allSettled: a failing bundle must not exit the process while the others are mid-write.
  const results = await Promise.allSettled([
    build({ ...nodeEsm, entryPoints: ['electron/main/main.ts'], outfile: path.join(outdir, 'main.js') }),
    build({ ...nodeEsm, entryPoints: ['electron/hosts/utility-host.ts'], outfile: path.join(outdir, 'utility-host.js') }),
    // Worker threads the utility process starts; the code finds them next to the bundle
    // (the source tree's *-entry.js shims load tsx and must not be bundled).
    build({ ...nodeEsm, entryPoints: ['electron/service/jobs/worker-main.ts'], outfile: path.join(outdir, 'job-worker-entry.js') }),
    build({ ...nodeEsm, entryPoints: ['electron/service/read-pool/worker-main.ts'], outfile: path.join(outdir, 'read-worker-entry.js') }),
    build({ ...nodeEsm, entryPoints: ['electron/store/scoring/load-worker.ts'], outfile: path.join(outdir, 'load-worker-entry.js') }),
    build({ ...nodeEsm, entryPoints: ['electron/store/integrity-worker.ts'], outfile: path.join(outdir, 'integrity-worker-entry.js') }),
    build({ ...nodeEsm, entryPoints: ['electron/import/worker/parse-worker-main.ts'], outfile: path.join(outdir, 'import-parse-worker.js') }),
    build({
      ...common,
      entryPoints: ['electron/main/preload.ts'],
      outfile: path.join(outdir, 'preload.cjs'),
      platform: 'browser',
      format: 'cjs',
      target: 'chrome130',
    }),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return outdir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  buildElectron({ minify: process.argv.includes('--minify') })
    .then((outdir) => console.log(`built ${path.relative(root, outdir)} in ${Date.now() - started} ms`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
