// The import-boundary rules in eslint.config.js (developers' guide, Architecture) fire where
// they should and only there. Lints virtual files placed in each folder with the real config;
// type-aware rules are switched off so no TypeScript program is built (the boundaries are
// syntactic, and this keeps the test to a second or two).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** The no-restricted-imports errors for one line of code in a file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: join(root, filePath) });
  const messages = result?.messages ?? [];
  // A parse error would hide every rule: fail loudly instead of passing vacuously.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2).map((m) => m.message);
}

async function expectRefused(filePath: string, code: string, why?: RegExp): Promise<void> {
  const errors = await boundaryErrors(filePath, code);
  expect(errors, `${filePath}: ${code}`).toHaveLength(1);
  if (why) expect(errors[0]).toMatch(why);
}

async function expectAllowed(filePath: string, code: string): Promise<void> {
  expect(await boundaryErrors(filePath, code), `${filePath}: ${code}`).toEqual([]);
}

describe('shared/ imports only pure code', () => {
  it.each([
    ["import fs from 'node:fs';", /Node built-ins/],
    ["import { readFileSync } from 'fs';", /Node built-ins/],
    ["import { readFile } from 'fs/promises';", /Node built-ins/],
    ["import { Worker } from 'worker_threads';", /Node built-ins/],
    ["import { EventEmitter } from 'events';", /Node built-ins/],
    ["import { createHash } from 'crypto';", /Node built-ins/],
    ["import { app } from 'electron';", /Only electron\/main/],
    ["import Database from 'better-sqlite3';", /electron\/store/],
    ["import { useState } from 'react';", /UI libraries/],
    ["import { Button } from 'antd';", /UI libraries/],
    ["import * as echarts from 'echarts/core';", /UI libraries/],
    ["import { AgGridReact } from 'ag-grid-react';", /UI libraries/],
    ["import type { Db } from '../electron/store/database';", /shared\/ imports nothing/],
    ["import { invoke } from '../../renderer/api/client';", /shared\/ imports nothing/],
    ["export { x } from '../../electron/service/session';", /shared\/ imports nothing/],
  ])('refuses %s', (code, why) => expectRefused('shared/contract/x.ts', code, why));

  it.each(["import { z } from 'zod';", "import { AppError } from './errors';", "import { tiers } from '../domain/tiers';"])('allows %s', (code) =>
    expectAllowed('shared/contract/x.ts', code),
  );
});

describe('electron/', () => {
  it('only electron/main/ imports electron', async () => {
    await expectRefused('electron/service/x.ts', "import { app } from 'electron';", /Only electron\/main/);
    await expectRefused('electron/store/x.ts', "import { utilityProcess } from 'electron/main';", /Only electron\/main/);
    await expectAllowed('electron/main/x.ts', "import { app } from 'electron';");
  });

  it('uses Node and the database freely', async () => {
    await expectAllowed('electron/store/x.ts', "import { readFileSync } from 'node:fs';");
    await expectAllowed('electron/store/x.ts', "import Database from 'better-sqlite3';");
  });

  it('never imports the renderer, electron/main/ included', async () => {
    await expectRefused('electron/hosts/x.ts', "import { invoke } from '../../renderer/api/client';", /never imports the renderer/);
    await expectRefused('electron/main/x.ts', "import type { Route } from '../../renderer/app/routes';", /never imports the renderer/);
  });
});

describe('renderer/', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", /Node built-ins/],
    ["import { join } from 'path';", /Node built-ins/],
    ["import Database from 'better-sqlite3';", /electron\/store/],
    ["import { ipcRenderer } from 'electron';", /Only electron\/main/],
    ["import type { Session } from '../../electron/service/session';", /API client/],
  ])('refuses %s', (code, why) => expectRefused('renderer/api/x.ts', code, why));

  it('applies the same rules inside a feature folder', () =>
    expectRefused('renderer/features/models/x.tsx', "import type { Db } from '../../../electron/store/database';", /API client/));

  it('takes types from shared/contract and UI libraries from node_modules', async () => {
    await expectAllowed('renderer/api/x.ts', "import type { OperationName } from '../../shared/contract/operations';");
    await expectAllowed('renderer/features/models/x.tsx', "import { Button } from 'antd';");
  });

  it('leaves vite.config.ts (Node tooling beside the renderer) to use Node', () => expectAllowed('renderer/vite.config.ts', "import { fileURLToPath } from 'node:url';"));
});

describe('renderer/features/<a> does not import renderer/features/<b>', () => {
  const features = readdirSync(join(root, 'renderer/features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it('knows every feature folder', () => expect(features.length).toBeGreaterThan(2));

  it('refuses every cross-feature import, from the folder and from below it', async () => {
    for (const a of features) {
      for (const b of features) {
        if (a === b) continue;
        await expectRefused(`renderer/features/${a}/x.tsx`, `import { X } from '../${b}/X';`, new RegExp(`renderer/features/${a} must not import`));
        await expectRefused(`renderer/features/${a}/sub/x.tsx`, `import { X } from '../../../features/${b}/X';`);
      }
    }
  });

  it('allows the own feature and the shared renderer folders', async () => {
    const [a = ''] = features;
    await expectAllowed(`renderer/features/${a}/x.tsx`, "import { X } from './X';");
    await expectAllowed(`renderer/features/${a}/x.tsx`, "import { HelpPopover } from '../../components/HelpPopover';");
    await expectAllowed(`renderer/features/${a}/x.tsx`, "import { EChart } from '../../charts/EChart';");
    await expectAllowed(`renderer/features/${a}/x.tsx`, "import { invoke } from '../../api/client';");
    await expectAllowed(`renderer/features/${a}/x.tsx`, "import { useLocale } from '../../i18n/use-locale';");
    await expectAllowed(`renderer/app/x.tsx`, `import { X } from '../features/${a}/X';`);
  });
});
