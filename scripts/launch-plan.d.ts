// Types for launch-plan.js, which stays plain JS so `node scripts/start.js` needs no compiler.
export declare const NATIVE_BINDING_ENV: 'CHURN_COCKPIT_NATIVE_BINDING';
export declare const LOOPBACK_HINT: string;

export type Probe = { ok: true; path: string } | { ok: false; reason: string };

export interface LaunchFacts {
  root: string;
  baseDir: string;
  nodePath: string;
  platform: string;
  env: Record<string, string | undefined>;
  workspace: string | null;
  web: boolean;
  electron: Probe | null;
  native: Probe | null;
}

export interface LaunchPlan {
  kind: 'electron' | 'web';
  command: string;
  args: string[];
  env: Record<string, string | undefined>;
  notice: string | null;
}

export declare function parseStartArgs(argv: readonly string[]): { ok: true; workspace: string | null; web: boolean } | { ok: false; error: string };
export declare function electronPlatformPath(platform: string): string;
export declare function nativeBindingPath(root: string, electronVersion: string): string;
export declare function checkElectronInstall(facts: {
  version: string;
  pathTxt: string | null;
  distVersion: string | null;
  executableExists: boolean;
  executablePath: string | null;
}): Probe;
export declare function summarizeFailure(output: string): string;
export declare function planLaunch(facts: LaunchFacts): LaunchPlan;
export declare function needsElectronProbes(facts: Pick<LaunchFacts, 'web' | 'platform' | 'env'>): boolean;
export declare function fallBackAfterElectronExit(exit: { code: number | null; signal: string | null; elapsedMs: number }): boolean;
