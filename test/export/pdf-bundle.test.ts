// The PDF writer as the app ships it: bundled by esbuild the way build/build-electron.js bundles
// the job thread (ES module, CommonJS shims, electron and better-sqlite3 external), then run
// under plain Node. pdfkit's package-internal requires (its standard fonts) cannot be resolved
// from a bundle, so the writer must never need them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the checkout, like dist/electron, so the bundle finds assets/fonts above it.
const outdir = path.join(root, '.cache', `test-pdf-bundle-${process.pid}`);

// The banner of build/build-electron.js: bundled CommonJS code gets require, __filename, __dirname.
const esmShims = [
  "import { createRequire as __ccCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ccFileURLToPath } from 'node:url';",
  "import { dirname as __ccDirname } from 'node:path';",
  'const require = __ccCreateRequire(import.meta.url);',
  'const __filename = __ccFileURLToPath(import.meta.url);',
  'const __dirname = __ccDirname(__filename);',
].join('\n');

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('PDF writer bundled', () => {
  it('writes a PDF with the embedded font from an esbuild bundle', async () => {
    mkdirSync(outdir, { recursive: true });
    const entry = path.join(outdir, 'probe-entry.ts');
    const pdf = path.join(outdir, 'probe.pdf');
    const source = (file: string) => JSON.stringify(path.join(root, file));
    writeFileSync(
      entry,
      [
        `import { writePdf } from ${source('electron/export/pdf/write-pdf.ts')};`,
        `import { fixtureDocument } from ${source('test/fixtures/export/pdf-document.ts')};`,
        `const result = await writePdf(fixtureDocument({ locale: 'zh-CN', listRows: 250 }), { path: ${JSON.stringify(pdf)}, pageSize: 'A4', signal: new AbortController().signal, onProgress: () => undefined });`,
        'console.log(JSON.stringify(result));',
      ].join('\n'),
    );
    const bundle = path.join(outdir, 'probe.js');
    await build({
      bundle: true,
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: bundle,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      banner: { js: esmShims },
      external: ['electron', 'better-sqlite3'],
      logLevel: 'silent',
    });
    // Run from another folder: nothing may be resolved relative to the working directory.
    const out = execFileSync(process.execPath, [bundle], { cwd: path.dirname(root), encoding: 'utf8' });
    const result = JSON.parse(out.trim()) as { bytes: number; pages: number };
    expect(result.pages).toBeGreaterThan(3);
    const bytes = readFileSync(pdf);
    expect(bytes.byteLength).toBe(result.bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The font program is in the file: a FontFile3 (CFF) stream, and no standard font reference.
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/FontFile3');
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });
});
