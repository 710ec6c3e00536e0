// The decisions behind `npm start`, free of side effects so they are unit-tested; start.js
// gathers the facts (files, downloads, builds) and carries out the plan.
import path from 'node:path';

export const NATIVE_BINDING_ENV = 'CHURN_COCKPIT_NATIVE_BINDING';
export const LOOPBACK_HINT = 'serving Churn Cockpit on loopback instead — open the URL below';

/**
 * `start.js [WORKSPACE] [--web]`. Unknown flags are an error rather than being silently
 * passed to Electron, where they could become Chromium switches.
 * @param {readonly string[]} argv
 * @returns {{ ok: true, workspace: string | null, web: boolean } | { ok: false, error: string }}
 */
export function parseStartArgs(argv) {
  let workspace = null;
  let web = false;
  for (const arg of argv) {
    if (arg === '--web') web = true;
    else if (arg.startsWith('-')) return { ok: false, error: `unknown option ${arg} (usage: npm start -- [WORKSPACE.churn] [--web])` };
    else if (workspace === null) workspace = arg;
    else return { ok: false, error: `only one workspace can be opened (got ${workspace} and ${arg})` };
  }
  return { ok: true, workspace, web };
}

/**
 * Mirrors electron/install.js: the executable inside node_modules/electron/dist.
 * @param {string} platform
 */
export function electronPlatformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** @param {string} root @param {string} electronVersion */
export function nativeBindingPath(root, electronVersion) {
  return path.join(root, '.cache', 'electron-abi', electronVersion, 'better_sqlite3.node');
}

/**
 * Whether node_modules/electron holds a usable binary of the expected version.
 * @param {{ version: string, pathTxt: string | null, distVersion: string | null, executableExists: boolean, executablePath: string | null }} facts
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function checkElectronInstall(facts) {
  if (facts.pathTxt === null || facts.executablePath === null) return { ok: false, reason: 'not downloaded' };
  if (!facts.executableExists) return { ok: false, reason: `${facts.pathTxt} missing from node_modules/electron/dist` };
  const installed = (facts.distVersion ?? '').trim().replace(/^v/, '');
  if (installed !== facts.version) return { ok: false, reason: `dist holds Electron ${installed || 'of unknown version'}, expected ${facts.version}` };
  return { ok: true, path: facts.executablePath };
}

/**
 * The most telling line of a failed tool's output: the last line that names an error,
 * else the last non-empty one, without stack frames.
 * @param {string} output
 */
export function summarizeFailure(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('at ') && !/^npm (warn|notice)/i.test(line));
  const telling = [...lines].reverse().find((line) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|fail|denied|not found/i.test(line));
  const line = telling ?? lines[lines.length - 1] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/**
 * @typedef {{ ok: true, path: string } | { ok: false, reason: string }} Probe
 * @typedef {{
 *   root: string, baseDir: string, nodePath: string, platform: string,
 *   env: Record<string, string | undefined>, workspace: string | null, web: boolean,
 *   electron: Probe | null, native: Probe | null,
 * }} LaunchFacts
 * @typedef {{ kind: 'electron' | 'web', command: string, args: string[], env: Record<string, string | undefined>, notice: string | null }} LaunchPlan
 */

/**
 * Electron when its binary and an Electron-ABI better-sqlite3 are both available and there
 * is a display; otherwise the loopback HTTP host, with one line saying why.
 * @param {LaunchFacts} facts
 * @returns {LaunchPlan}
 */
export function planLaunch(facts) {
  // npm runs scripts from the package root, so a relative path means the caller's directory.
  const workspace = facts.workspace === null ? [] : [path.resolve(facts.baseDir, facts.workspace)];
  const reason = whyNotElectron(facts);
  if (reason === null && facts.electron?.ok && facts.native?.ok) {
    const env = { ...facts.env, [NATIVE_BINDING_ENV]: facts.native.path };
    // With this set the Electron binary behaves as plain Node and never opens a window.
    delete env.ELECTRON_RUN_AS_NODE;
    return { kind: 'electron', command: facts.electron.path, args: [facts.root, ...workspace], env, notice: null };
  }
  const env = { ...facts.env };
  // The HTTP host runs on Node's own better-sqlite3 build.
  delete env[NATIVE_BINDING_ENV];
  return {
    kind: 'web',
    command: facts.nodePath,
    args: [path.join(facts.root, 'bin', 'churn-cockpit.js'), 'serve', ...workspace],
    env,
    notice: `${reason ?? 'Electron unavailable'}; ${LOOPBACK_HINT}`,
  };
}

/** @param {LaunchFacts} facts @returns {string | null} */
function whyNotElectron(facts) {
  if (facts.web) return '--web given';
  if (facts.platform === 'linux' && !facts.env.DISPLAY && !facts.env.WAYLAND_DISPLAY) return 'no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  if (!facts.electron) return 'Electron binary not checked';
  if (!facts.electron.ok) return `Electron binary unavailable (${facts.electron.reason})`;
  if (!facts.native) return 'better-sqlite3 for Electron not checked';
  if (!facts.native.ok) return `better-sqlite3 for Electron unavailable (${facts.native.reason})`;
  return null;
}

/**
 * Whether the display check must run before the (slow) Electron probes: with no way to show
 * a window there is no point downloading or compiling anything.
 * @param {Pick<LaunchFacts, 'web' | 'platform' | 'env'>} facts
 */
export function needsElectronProbes(facts) {
  return whyNotElectron({ ...facts, root: '', baseDir: '', nodePath: '', workspace: null, electron: { ok: true, path: '' }, native: { ok: true, path: '' } }) === null;
}

/**
 * An Electron that dies at once with an error (missing system libraries, no GPU, sandbox
 * refused) most likely never showed a window, so the loopback host is still worth starting.
 * @param {{ code: number | null, signal: string | null, elapsedMs: number }} exit
 */
export function fallBackAfterElectronExit(exit) {
  return exit.signal === null && exit.code !== null && exit.code !== 0 && exit.elapsedMs < 5000;
}
