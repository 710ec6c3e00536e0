// A zip archive read in place through a file descriptor: the central directory from the file's
// tail, small parts inflated whole, large parts streamed through zlib. Nothing holds the whole
// file, so a workbook's memory does not grow with its size. Every inflation is capped at the
// entry's declared size, so a lying header cannot smuggle a zip bomb in.

import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { ImportReadError, throwIfAborted } from './errors';
import type { ZipLimits } from './limits';
import { findEocd, readZipDirectory, type ZipEntry } from './zip-directory';

const LOCAL_SIG = 0x04034b50;
const TAIL = 22 + 0xffff + 20;
const CHUNK = 64 * 1024;

function corrupt(file: string, detail: string): ImportReadError {
  return new ImportReadError('corrupt', { file }, `not a readable zip archive (${detail}); the file may be truncated or damaged`);
}

function bomb(file: string, detail: string): ImportReadError {
  return new ImportReadError('zip-bomb', { file }, `refused before unpacking: ${detail}`);
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let n = 0;
  while (n < length) {
    const got = readSync(fd, buf, n, length - n, position + n);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}

/** The archive's entries, reading only the end of the file: the directory and its records. */
export function readZipDirectoryAt(path: string, file: string): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailStart = Math.max(0, size - TAIL);
    const tail = readAt(fd, tailStart, size - tailStart);
    const eocd = findEocd(tail);
    if (eocd < 0) throw corrupt(file, 'no end-of-directory record');
    let dirOffset = tail.readUInt32LE(eocd + 16);
    if ((dirOffset === 0xffffffff || tail.readUInt16LE(eocd + 10) === 0xffff) && eocd >= 20) {
      const rec = readAt(fd, Number(tail.readBigUInt64LE(eocd - 20 + 8)), 56);
      if (rec.length === 56) dirOffset = Number(rec.readBigUInt64LE(48));
    }
    if (dirOffset > size) throw corrupt(file, 'directory out of bounds');
    const from = Math.min(dirOffset, tailStart);
    return readZipDirectory(from === tailStart ? tail : readAt(fd, from, size - from), file, from);
  } finally {
    closeSync(fd);
  }
}

export class ZipFile {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    readonly path: string,
    readonly file: string,
    private readonly limits: ZipLimits,
  ) {
    this.entries = readZipDirectoryAt(path, file);
    for (const e of this.entries) this.byName.set(e.name, e);
    this.checkDeclared();
  }

  private checkDeclared(): void {
    const { file, limits } = this;
    if (this.entries.length > limits.maxEntries) throw bomb(file, `${this.entries.length} zip entries (limit ${limits.maxEntries})`);
    let total = 0;
    for (const entry of this.entries) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalUncompressed) throw bomb(file, `declared uncompressed size exceeds ${Math.round(limits.maxTotalUncompressed / 2 ** 20)} MiB`);
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxRatio) {
        throw bomb(file, `entry "${entry.name}" expands ${Math.round(ratio)}× (limit ${limits.maxRatio}×)`);
      }
    }
  }

  /** Entry names are matched as stored and, failing that, without case (some writers differ). */
  entry(name: string): ZipEntry | undefined {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.entries.find((e) => e.name.toLowerCase() === lower);
  }

  private dataStart(fd: number, entry: ZipEntry): number {
    const local = readAt(fd, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) throw corrupt(this.file, `entry "${entry.name}" has no local header`);
    return entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  }

  private inflateError(entry: ZipEntry, err: unknown): ImportReadError {
    if (err instanceof ImportReadError) return err;
    if (err instanceof RangeError) return bomb(this.file, `entry "${entry.name}" inflates beyond its declared size`);
    return corrupt(this.file, `entry "${entry.name}" cannot be inflated`);
  }

  /** A small part, whole; also used to test-inflate parts nobody streams. */
  read(entry: ZipEntry): Buffer {
    const fd = openSync(this.path, 'r');
    try {
      const raw = readAt(fd, this.dataStart(fd, entry), entry.compressedSize);
      if (raw.length < entry.compressedSize) throw corrupt(this.file, `entry "${entry.name}" runs past the end of the file`);
      if (entry.method === 0) return raw;
      if (entry.method !== 8) throw corrupt(this.file, `entry "${entry.name}" uses compression method ${entry.method}`);
      const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) + 1 });
      if (out.length !== entry.uncompressedSize) throw corrupt(this.file, `entry "${entry.name}" size does not match its header`);
      return out;
    } catch (err) {
      throw this.inflateError(entry, err);
    } finally {
      closeSync(fd);
    }
  }

  /** The first bytes of a part (at most `max`), without inflating the rest. */
  peek(entry: ZipEntry, max: number): Buffer {
    const fd = openSync(this.path, 'r');
    try {
      const raw = readAt(fd, this.dataStart(fd, entry), Math.min(entry.compressedSize, max));
      if (entry.method === 0) return raw;
      return inflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: max * 1100 });
    } catch {
      return Buffer.alloc(0);
    } finally {
      closeSync(fd);
    }
  }

  /** A part of any size as a stream of chunks, refused as soon as it outgrows its declared size. */
  async *stream(entry: ZipEntry, signal?: AbortSignal): AsyncGenerator<Buffer> {
    const fd = openSync(this.path, 'r');
    let start: number;
    try {
      start = this.dataStart(fd, entry);
    } finally {
      closeSync(fd);
    }
    if (entry.compressedSize === 0) return;
    const input = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: CHUNK, signal });
    const source = entry.method === 0 ? input : input.pipe(createInflateRaw({ chunkSize: CHUNK }));
    if (source !== input) input.on('error', (err) => source.destroy(err));
    let produced = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        produced += chunk.length;
        if (produced > entry.uncompressedSize) throw new RangeError('beyond declared size');
        yield chunk;
      }
    } catch (err) {
      throwIfAborted(signal, this.file);
      throw this.inflateError(entry, err);
    } finally {
      input.destroy();
      if (source !== input) source.destroy();
    }
    if (produced !== entry.uncompressedSize) throw corrupt(this.file, `entry "${entry.name}" size does not match its header`);
  }
}
