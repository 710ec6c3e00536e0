// Adds native charts and pictures to a workbook ExcelJS has finished writing (ExcelJS writes no
// chart, and its streaming writer no picture): the file is rewritten into a temporary file beside
// it, entry by entry (zip-rewrite: unchanged entries copied compressed, the few changed ones
// streamed through their transform), which then replaces it. A failure leaves the original file.
// Charts are written here, chart XML by hand (chart-xml/), not by a library: no maintained
// library writes chart parts into an existing workbook as a stream.
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { planDrawings } from './drawing-plan';
import type { SheetDrawings } from './drawing-parts';
import { relsPartOf, sheetParts, workbookPartOf } from './package-xml';
import { readZipDirectory } from './zip-directory';
import { readEntryText, rewriteZip } from './zip-rewrite';

export interface AddDrawingsOptions {
  /** The export job's cancel: the rewrite stops between two pieces, the original file stays and the temporary one goes. */
  readonly signal?: AbortSignal;
}

export async function addDrawings(path: string, sheets: readonly SheetDrawings[], options: AddDrawingsOptions = {}): Promise<void> {
  if (!sheets.some((sheet) => sheet.parts.length > 0)) return;
  options.signal?.throwIfAborted();
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const handle = await open(path, 'r');
  try {
    const entries = await readZipDirectory(handle);
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const text = async (name: string): Promise<string | null> => {
      const entry = byName.get(name);
      return entry ? readEntryText(handle, entry) : null;
    };
    const required = async (name: string): Promise<string> => {
      const found = await text(name);
      if (found === null) throw new Error(`xlsx-charts: the workbook has no ${name}`);
      return found;
    };
    const workbookPart = workbookPartOf(await required('_rels/.rels'));
    const parts = sheetParts(workbookPart, await required(workbookPart), await required(relsPartOf(workbookPart)));
    const positions = new Set(sheets.filter((s) => s.parts.length > 0).map((s) => s.sheet));
    const sheetRels = new Map<string, string | null>();
    for (const position of positions) {
      const part = parts[position - 1];
      if (part !== undefined) sheetRels.set(relsPartOf(part), await text(relsPartOf(part)));
    }
    const plan = planDrawings(
      { names: entries.map((e) => e.name), sheetParts: parts, contentTypes: await required('[Content_Types].xml'), partText: (name) => sheetRels.get(name) ?? null },
      sheets,
    );
    await rewriteZip(handle, entries, temporary, plan, options.signal);
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
}
