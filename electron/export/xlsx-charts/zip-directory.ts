// The entries of a zip file, read from its central directory at the end of the file. ExcelJS's
// zip streams every entry with a data descriptor (sizes after the data), so a reader that walks
// local headers has to guess where compressed data ends by looking for a signature inside it, a
// guess that fails once in a while on a large sheet. The central directory states every size.
import type { FileHandle } from 'node:fs/promises';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly headerOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
const ZIP64_MARK = 0xffffffff;

async function readAt(handle: FileHandle, offset: number, length: number): Promise<Buffer<ArrayBuffer>> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, offset);
  if (bytesRead !== length) throw new Error('xlsx-charts: the workbook file is cut short');
  return buffer;
}

export async function readZipDirectory(handle: FileHandle): Promise<ZipEntry[]> {
  const { size } = await handle.stat();
  const searched = Math.min(size, END_SEARCH);
  const end = await readAt(handle, size - searched, searched);
  let at = -1;
  for (let i = end.length - 22; i >= 0; i--) {
    if (end.readUInt32LE(i) === END_OF_DIRECTORY) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Error('xlsx-charts: not a zip file (no central directory)');
  const count = end.readUInt16LE(at + 10);
  const directorySize = end.readUInt32LE(at + 12);
  const directoryOffset = end.readUInt32LE(at + 16);
  // Zip64 archives (over 4 GB or 65,535 entries) are not what ExcelJS writes for a workbook, nor what fflate can write back.
  if (count === 0xffff || directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK) throw new Error('xlsx-charts: zip64 workbooks are not supported');

  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (directory.readUInt32LE(p) !== DIRECTORY_ENTRY) throw new Error('xlsx-charts: damaged central directory');
    const flags = directory.readUInt16LE(p + 8);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const nameBytes = directory.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: UTF-8 name; otherwise CP437, which for the ASCII names of a workbook's parts is the same.
    const name = flags & 0x800 ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
    const entry: ZipEntry = {
      name,
      method: directory.readUInt16LE(p + 10),
      crc: directory.readUInt32LE(p + 16),
      compressedSize: directory.readUInt32LE(p + 20),
      size: directory.readUInt32LE(p + 24),
      headerOffset: directory.readUInt32LE(p + 42),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK || entry.headerOffset === ZIP64_MARK) throw new Error('xlsx-charts: zip64 entries are not supported');
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries.sort((a, b) => a.headerOffset - b.headerOffset);
}

/** Where an entry's compressed bytes start: past its local header, whose extra field may differ from the directory's. */
export async function dataOffset(handle: FileHandle, entry: ZipEntry): Promise<number> {
  const header = await readAt(handle, entry.headerOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`xlsx-charts: damaged entry ${entry.name}`);
  return entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** An entry's compressed bytes, in pieces of at most `chunk` bytes. */
export async function* compressedChunks(handle: FileHandle, entry: ZipEntry, chunk = 1 << 20): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const start = await dataOffset(handle, entry);
  for (let done = 0; done < entry.compressedSize;) {
    const length = Math.min(chunk, entry.compressedSize - done);
    yield await readAt(handle, start + done, length);
    done += length;
  }
}
