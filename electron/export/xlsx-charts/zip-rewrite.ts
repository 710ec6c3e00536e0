// Copies a zip entry by entry into a new file, streaming: unchanged entries are copied as they
// are stored (compressed bytes, CRC and sizes from the central directory: nothing inflated, so a
// million-row sheet costs a file copy), changed entries are inflated, passed through their
// transform and deflated again piece by piece, new entries are appended. Memory stays at a few
// chunks whatever the size of the workbook; the output waits for the disk (drain).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { Inflate, inflateSync, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import type { ByteTransform } from './sheet-drawing';
import { compressedChunks, type ZipEntry } from './zip-directory';

export interface NewEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** False for what is compressed already (PNG): deflate level 0, stored blocks (a stored entry with a data descriptor is one SheetJS cannot read). */
  readonly compress: boolean;
}

export interface RewritePlan {
  /** Entries whose content changes, by name: a fresh transform of their uncompressed bytes. */
  readonly transforms: ReadonlyMap<string, () => ByteTransform>;
  readonly additions: readonly NewEntry[];
}

const EMPTY = new Uint8Array(0);
/** Uncompressed bytes past which a changed entry is deflated for speed rather than size. */
const BIG_ENTRY = 16 << 20;
/** Compressed bytes read at a time for a changed entry: inflated, a piece is ~10× larger, and all of it is in memory at once. */
const TRANSFORM_CHUNK = 128 << 10;

/** A small entry's whole text (the workbook, relationships, content types). */
export async function readEntryText(handle: FileHandle, entry: ZipEntry): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of compressedChunks(handle, entry)) parts.push(chunk);
  const data = Buffer.concat(parts);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method !== 8) throw new Error(`xlsx-charts: ${entry.name} uses compression method ${entry.method}`);
  return Buffer.from(inflateSync(data)).toString('utf8');
}

/** A transform that drops the entry's old content for new text (small parts computed up front). */
export function replaceWith(text: string): () => ByteTransform {
  return () => ({ push: () => [], end: () => [new TextEncoder().encode(text)] });
}

export async function rewriteZip(handle: FileHandle, entries: readonly ZipEntry[], target: string, plan: RewritePlan, signal?: AbortSignal): Promise<void> {
  const out = createWriteStream(target);
  // Set from callbacks (the file's, the zip's), read between chunks.
  const state: { failure: Error | null } = { failure: null };
  out.on('error', (error) => (state.failure ??= error));
  const zip = new Zip((error, data, final) => {
    if (error) {
      state.failure ??= error;
      return;
    }
    out.write(data);
    if (final) out.end();
  });
  const keepUp = async (): Promise<void> => {
    signal?.throwIfAborted();
    if (state.failure) throw state.failure;
    if (out.writableNeedDrain) await once(out, 'drain');
  };

  try {
    for (const entry of entries) {
      const transform = plan.transforms.get(entry.name);
      if (transform) await copyTransformed(handle, entry, transform(), zip, keepUp);
      else await copyRaw(handle, entry, zip, keepUp);
    }
    for (const added of plan.additions) {
      const file = new ZipDeflate(added.name, { level: added.compress ? 6 : 0 });
      zip.add(file);
      file.push(added.data, true);
      await keepUp();
    }
    zip.end();
    await finished(out);
    if (state.failure) throw state.failure;
  } catch (error) {
    // Closed before the caller removes the file: an open still under way would otherwise create it again afterwards.
    // Its own errors (writes cut short) are already in state and matter less than the first one.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', resolve).destroy());
    throw error;
  }
}

async function copyRaw(handle: FileHandle, entry: ZipEntry, zip: Zip, keepUp: () => Promise<void>): Promise<void> {
  // fflate writes the local header, counts the bytes and writes the data descriptor; the bytes themselves pass untouched.
  const file: ZipInputFile = { filename: entry.name, size: entry.size, crc: entry.crc, compression: entry.method };
  zip.add(file);
  const push = file.ondata;
  if (!push) throw new Error('xlsx-charts: the zip writer did not take the entry');
  for await (const chunk of compressedChunks(handle, entry)) {
    push(null, chunk, false);
    await keepUp();
  }
  push(null, EMPTY, true);
}

async function copyTransformed(handle: FileHandle, entry: ZipEntry, stage: ByteTransform, zip: Zip, keepUp: () => Promise<void>): Promise<void> {
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`xlsx-charts: ${entry.name} uses compression method ${entry.method}`);
  // A sheet of a million rows takes ~16 s to deflate at level 6 and ~7 s at level 1 (a file a fifth larger): big parts get speed.
  const deflate = new ZipDeflate(entry.name, { level: entry.size > BIG_ENTRY ? 1 : 6 });
  zip.add(deflate);
  const forward = (data: Uint8Array): void => {
    for (const piece of stage.push(data)) deflate.push(piece);
  };
  const inflate = entry.method === 8 ? new Inflate((data) => forward(data)) : null;
  for await (const chunk of compressedChunks(handle, entry, TRANSFORM_CHUNK)) {
    if (inflate) inflate.push(chunk);
    else forward(chunk);
    await keepUp();
  }
  inflate?.push(EMPTY, true);
  for (const piece of stage.end()) deflate.push(piece);
  deflate.push(EMPTY, true);
  await keepUp();
}
