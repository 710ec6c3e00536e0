import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

// Import boundaries (developers' guide, Architecture): shared/ runs anywhere; only
// electron/main/ imports `electron`; the renderer reaches the core through shared/contract and
// its API client only; features do not import each other (shared UI lives in
// renderer/components, charts, grid, api, i18n). ESLint keeps only the last options given for a
// rule, so each block below lists every restriction that applies to its folder.
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const restrict = {
  node: {
    regex: `^(node:|(${builtinModules.map(escapeRegex).join('|')})(/|$))`,
    message: 'Node built-ins exist only in electron/: shared/ also runs in the browser and the renderer is a sandboxed page.',
  },
  electron: { regex: '^electron(/|$)', message: 'Only electron/main/ imports electron; everything else also runs under plain Node (CLI, tests, HTTP host).' },
  sqlite: { regex: '^better-sqlite3(/|$)', message: 'The database belongs to electron/store/.' },
  ui: {
    regex: '^(react|react-dom|react-i18next|react-grid-layout|antd|@ant-design/.*|echarts|zrender|ag-grid-.*|@dnd-kit/.*)(/|$)',
    message: 'UI libraries belong to renderer/: shared/ is pure code that runs in every host.',
  },
  sharedOut: { regex: '^(\\.\\./)+(electron|renderer)(/|$)', message: 'shared/ imports nothing from electron/ or renderer/.' },
  electronToRenderer: { regex: '^(\\.\\./)+renderer(/|$)', message: 'electron/ never imports the renderer; both meet in shared/contract.' },
  rendererToElectron: {
    regex: '^(\\.\\./)+electron(/|$)',
    message: 'The renderer reaches electron/ only through the API client; take types from shared/contract.',
  },
};
const restrictedImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const rendererRestrictions = [restrict.node, restrict.sqlite, restrict.electron, restrict.rendererToElectron];
// Read at config load, so a new feature folder is covered without editing this file.
const features = readdirSync(join(import.meta.dirname, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const otherFeatures = (feature) =>
  features
    .filter((other) => other !== feature)
    .map(escapeRegex)
    .join('|');
const featureBoundaries = features.map((feature) => ({
  files: [`renderer/features/${feature}/**`],
  rules: restrictedImports(...rendererRestrictions, {
    regex: `^(\\.\\./)+(features/)?(${otherFeatures(feature)})(/|$)`,
    message: `renderer/features/${feature} must not import another feature: move what both use to renderer/components (or charts, grid, api, i18n).`,
  }),
}));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-output/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  { files: ['shared/**'], rules: restrictedImports(restrict.node, restrict.electron, restrict.sqlite, restrict.ui, restrict.sharedOut) },
  { files: ['electron/**'], rules: restrictedImports(restrict.electron, restrict.electronToRenderer) },
  { files: ['electron/main/**'], rules: restrictedImports(restrict.electronToRenderer) },
  // vite.config.ts is Node tooling that only lives beside the renderer.
  { files: ['renderer/**'], ignores: ['renderer/vite.config.ts'], rules: restrictedImports(...rendererRestrictions) },
  ...featureBoundaries,
);
