// `npm start`: the desktop app when Electron can run here, otherwise the same app served on
// loopback. Electron needs two things npm install may not have provided: its binary (the
// postinstall download is disabled) and a better-sqlite3 built for its ABI (the one in
// node_modules is Node's, which the CLI and tests keep using).
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkElectronInstall,
  electronPlatformPath,
  fallBackAfterElectronExit,
  nativeBindingPath,
  needsElectronProbes,
  parseStartArgs,
  planLaunch,
  summarizeFailure,
} from './launch-plan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = path.join(root, 'node_modules', 'electron');
const log = (line) => process.stderr.write(`churn-cockpit: ${line}\n`);

/** Runs `node script ...args`, capturing output, killed after `timeoutMs`. */
function runNode(args, { cwd, timeoutMs, env = process.env }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}\n${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

const readText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

function electronVersion() {
  return JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}

function inspectElectron(version) {
  const pathTxt = readText(path.join(electronDir, 'path.txt'));
  const executablePath = pathTxt === null ? null : path.join(electronDir, 'dist', pathTxt);
  return checkElectronInstall({
    version,
    pathTxt,
    distVersion: readText(path.join(electronDir, 'dist', 'version')),
    executableExists: executablePath !== null && existsSync(executablePath),
    executablePath,
  });
}

async function ensureElectron(version) {
  const present = inspectElectron(version);
  if (present.ok) return present;
  log(`fetching the Electron ${version} binary (one-time download, up to 90 s)…`);
  const run = await runNode([path.join(electronDir, 'install.js')], { cwd: electronDir, timeoutMs: 90_000 });
  const after = inspectElectron(version);
  if (after.ok) return after;
  if (run.timedOut) return { ok: false, reason: 'download timed out after 90 s' };
  if (run.code === 0) return { ok: false, reason: `install.js finished but ${electronPlatformPath(process.platform)} is still missing` };
  return { ok: false, reason: `download failed: ${summarizeFailure(run.output) || `exit code ${run.code}`}` };
}

async function ensureNativeBinding(version) {
  const target = nativeBindingPath(root, version);
  if (existsSync(target)) return { ok: true, path: target };
  const cacheDir = path.dirname(target);
  const work = path.join(cacheDir, 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  // A copy, so node_modules/better-sqlite3 keeps the Node-ABI build the CLI and tests load.
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  cpSync(source, work, { recursive: true, filter: (file) => path.relative(source, file) !== 'build' });
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  // An npm-provided nodedir would make node-gyp compile against Node's headers, not Electron's.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];
  const platformArgs = ['--runtime=electron', `--target=${version}`, `--arch=${process.arch}`];

  log(`fetching better-sqlite3 prebuilt for Electron ${version}…`);
  const prebuilt = await runNode(
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform],
    { cwd: work, timeoutMs: 90_000, env },
  );
  const failures = [];
  if (prebuilt.code !== 0 || !existsSync(built)) {
    failures.push(`prebuild-install: ${prebuilt.timedOut ? 'timed out' : summarizeFailure(prebuilt.output) || `exit code ${prebuilt.code}`}`);
    log('no prebuilt binary; compiling better-sqlite3 against Electron headers (needs a C++ toolchain, a few minutes)…');
    const compiled = await runNode([require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...platformArgs, '--dist-url=https://electronjs.org/headers'], {
      cwd: work,
      timeoutMs: 600_000,
      env,
    });
    if (compiled.code !== 0 || !existsSync(built)) {
      failures.push(`node-gyp: ${compiled.timedOut ? 'timed out' : summarizeFailure(compiled.output) || `exit code ${compiled.code}`}`);
      return { ok: false, reason: failures.join('; ') };
    }
  }
  // Rename into place so an interrupted copy never looks like a finished build.
  copyFileSync(built, `${target}.tmp`);
  renameSync(`${target}.tmp`, target);
  rmSync(work, { recursive: true, force: true });
  return { ok: true, path: target };
}

/** Runs the planned process in the foreground; resolves with how it ended. */
function runForeground(plan) {
  return new Promise((resolve) => {
    const started = Date.now();
    // Own process group on POSIX: a terminal Ctrl+C then reaches the child once, through us,
    // instead of twice (which would cut short its graceful shutdown).
    const child = spawn(plan.command, plan.args, { cwd: root, env: plan.env, stdio: 'inherit', detached: process.platform !== 'win32' });
    const forward = (signal) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (code, signal, error) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve({ code, signal, error, elapsedMs: Date.now() - started });
    };
    child.on('error', (error) => done(null, null, error));
    child.on('exit', (code, signal) => done(code, signal, null));
  });
}

async function main() {
  const args = parseStartArgs(process.argv.slice(2));
  if (!args.ok) {
    log(args.error);
    return 2;
  }
  const facts = {
    root,
    baseDir: process.env.INIT_CWD ?? process.cwd(),
    nodePath: process.execPath,
    platform: process.platform,
    env: { ...process.env },
    workspace: args.workspace,
    web: args.web,
    electron: null,
    native: null,
  };
  if (needsElectronProbes(facts)) {
    const version = electronVersion();
    facts.electron = await ensureElectron(version);
    if (facts.electron.ok) {
      facts.native = await ensureNativeBinding(version).catch((error) => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }));
    }
  }
  let plan = planLaunch(facts);
  if (plan.kind === 'electron') {
    const exit = await runForeground(plan);
    if (!exit.error && !fallBackAfterElectronExit(exit)) return exit.code ?? (exit.signal ? 0 : 1);
    const why = exit.error ? exit.error.message : `exit code ${exit.code}`;
    plan = planLaunch({ ...facts, electron: { ok: false, reason: `it failed to start: ${why}` } });
  }
  log(plan.notice);
  const exit = await runForeground(plan);
  if (exit.error) log(`could not start the loopback host: ${exit.error.message}`);
  return exit.code ?? (exit.signal ? 0 : 1);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
