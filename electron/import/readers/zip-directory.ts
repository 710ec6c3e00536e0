// Reads a zip's central directory ourselves (it is a small, fixed layout) so a workbook can be
// vetted before SheetJS inflates anything: too many entries, absurd declared sizes or ratios,
// and sizes that lie (each entry is test-inflated with a hard output cap) are refused.

import { inflateRawSync } from 'node:zlib';
import { ImportReadError } from './errors';
import type { ZipLimits } from './limits';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CDIR_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;

function corrupt(file: string, detail: string): ImportReadError {
  return new ImportReadError('corrupt', { file }, `not a readable zip archive (${detail}); the file may be truncated or damaged`);
}

export function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  return -1;
}

/**
 * Entries of the archive whose bytes from file offset `base` on are in `buf` (the whole file
 * by default; a reader working from a file descriptor passes the directory and what follows).
 */
export function readZipDirectory(buf: Buffer, file: string, base = 0): ZipEntry[] {
  if (buf.length < 22) throw corrupt(file, 'too short');
  const eocd = findEocd(buf);
  if (eocd < 0) throw corrupt(file, 'no end-of-directory record');
  let count = buf.readUInt16LE(eocd + 10);
  let dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_LOCATOR_SIG) throw corrupt(file, 'bad ZIP64 locator');
    const z64 = Number(buf.readBigUInt64LE(loc + 8)) - base;
    if (z64 < 0 || z64 + 56 > buf.length || buf.readUInt32LE(z64) !== ZIP64_EOCD_SIG) throw corrupt(file, 'bad ZIP64 directory');
    count = Number(buf.readBigUInt64LE(z64 + 32));
    dirOffset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  const entries: ZipEntry[] = [];
  let p = dirOffset - base;
  for (let i = 0; i < count; i++) {
    if (p < 0 || p + 46 > buf.length || buf.readUInt32LE(p) !== CDIR_SIG) throw corrupt(file, `directory entry ${i + 1} out of bounds`);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64 extra field (id 1) carries the real values for fields saturated at 0xFFFFFFFF.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd && e + 4 <= buf.length) {
      const id = buf.readUInt16LE(e);
      const size = buf.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        const next = (): number => {
          const v = q + 8 <= buf.length ? Number(buf.readBigUInt64LE(q)) : 0;
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + size;
    }
    entries.push({ name, method: buf.readUInt16LE(p + 10), compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return entries;
}

function bomb(file: string, detail: string): ImportReadError {
  return new ImportReadError('zip-bomb', { file }, `refused before unpacking: ${detail}`);
}

function entryData(buf: Buffer, entry: ZipEntry, file: string): Buffer {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIG) throw corrupt(file, `entry "${entry.name}" has no local header`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw corrupt(file, `entry "${entry.name}" runs past the end of the file`);
  return buf.subarray(start, end);
}

/** Throws unless the archive is a plausible workbook; returns its entries. */
export function checkZipSafety(buf: Buffer, file: string, limits: ZipLimits): ZipEntry[] {
  const entries = readZipDirectory(buf, file);
  if (entries.length > limits.maxEntries) throw bomb(file, `${entries.length} zip entries (limit ${limits.maxEntries})`);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressed) {
      throw bomb(file, `declared uncompressed size exceeds ${Math.round(limits.maxTotalUncompressed / 2 ** 20)} MiB`);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxRatio) {
      throw bomb(file, `entry "${entry.name}" expands ${Math.round(ratio)}× (limit ${limits.maxRatio}×)`);
    }
  }
  // Declared sizes are only claims: inflate each entry with a hard cap so a lying header cannot
  // smuggle a bomb past the checks above.
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const data = entryData(buf, entry, file);
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) + 1 });
      if (out.length !== entry.uncompressedSize) throw corrupt(file, `entry "${entry.name}" size does not match its header`);
    } catch (err) {
      if (err instanceof ImportReadError) throw err;
      if (err instanceof RangeError) throw bomb(file, `entry "${entry.name}" inflates beyond its declared size`);
      throw corrupt(file, `entry "${entry.name}" cannot be inflated`);
    }
  }
  return entries;
}
