// Decides what a file really is from its leading bytes and refuses when the extension
// claims otherwise: a renamed file would otherwise be parsed as garbage or crash a parser.

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ImportReadError } from './errors';
import type { SourceFormat } from './source';
import { readZipDirectoryAt } from './zip-file';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

type Container = 'zip' | 'cfb' | 'sqlite' | 'text' | 'binary';

const EXTENSIONS: Readonly<Record<string, { container: Container; format: SourceFormat }>> = {
  '.csv': { container: 'text', format: 'csv' },
  '.tsv': { container: 'text', format: 'csv' },
  '.tab': { container: 'text', format: 'csv' },
  '.txt': { container: 'text', format: 'csv' },
  '.dat': { container: 'text', format: 'csv' },
  '.sql': { container: 'text', format: 'sql' },
  '.xlsx': { container: 'zip', format: 'xlsx' },
  '.xltx': { container: 'zip', format: 'xlsx' },
  '.xlsm': { container: 'zip', format: 'xlsm' },
  '.xltm': { container: 'zip', format: 'xlsm' },
  '.xlsb': { container: 'zip', format: 'xlsb' },
  '.ods': { container: 'zip', format: 'ods' },
  '.xls': { container: 'cfb', format: 'xls' },
  '.xlt': { container: 'cfb', format: 'xls' },
  '.sqlite': { container: 'sqlite', format: 'sqlite' },
  '.sqlite3': { container: 'sqlite', format: 'sqlite' },
  '.db': { container: 'sqlite', format: 'sqlite' },
  '.db3': { container: 'sqlite', format: 'sqlite' },
};

const KNOWN_BINARY: readonly (readonly [string, number[]])[] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
];

function head(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const read = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function looksBinary(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  let zeros = 0;
  let control = 0;
  for (const b of bytes) {
    if (b === 0) zeros++;
    else if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  // UTF-16 without BOM has a NUL in about every other byte; random bytes have them scattered.
  if (zeros > bytes.length * 0.3) return !isUtf16Pattern(bytes);
  return zeros > 0 || control > bytes.length * 0.05;
}

function isUtf16Pattern(bytes: Buffer): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const half = bytes.length / 2;
  return (even > half * 0.4 && odd < half * 0.05) || (odd > half * 0.4 && even < half * 0.05);
}

function zipFlavour(path: string): SourceFormat | 'other-zip' {
  let names: string[];
  try {
    names = readZipDirectoryAt(path, basename(path)).map((e) => e.name);
  } catch {
    return 'other-zip';
  }
  const has = (n: string): boolean => names.includes(n);
  if (has('xl/workbook.bin')) return 'xlsb';
  if (has('xl/vbaProject.bin')) return 'xlsm';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (has('content.xml') && has('mimetype')) return 'ods';
  return 'other-zip';
}

export interface DetectedFormat {
  format: SourceFormat;
  container: Container;
  size: number;
}

const DESCRIBE: Record<Container, string> = {
  zip: 'a zip-based workbook (xlsx/ods)',
  cfb: 'a legacy Office (OLE) file',
  sqlite: 'a SQLite database',
  text: 'a text file',
  binary: 'a binary file',
};

/** Extensions the readers know; a file without one is sniffed instead. */
export function isKnownExtension(ext: string): boolean {
  return Object.prototype.hasOwnProperty.call(EXTENSIONS, ext.toLowerCase());
}

interface Sniffed {
  file: string;
  size: number;
  bytes: Buffer;
  container: Container;
  expected: { container: Container; format: SourceFormat } | undefined;
}

/**
 * The cheap half of detection: size and leading bytes only, refusing an empty file, one whose
 * extension lies about its container, and binary content that is no spreadsheet or database.
 * Never reads a whole file, so it may run outside the parsing worker (staging a picked file).
 */
export function sniffLeadingBytes(path: string): Sniffed {
  const file = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ImportReadError('not-found', { file }, 'file not found or not readable');
  }
  if (size === 0) throw new ImportReadError('empty-file', { file }, 'the file is empty');
  const bytes = head(path, 8192);
  const starts = (magic: Buffer): boolean => bytes.subarray(0, magic.length).equals(magic);
  let container: Container;
  if (starts(ZIP_MAGIC) || starts(EMPTY_ZIP_MAGIC)) container = 'zip';
  else if (starts(CFB_MAGIC)) container = 'cfb';
  else if (starts(SQLITE_MAGIC)) container = 'sqlite';
  else container = looksBinary(bytes) ? 'binary' : 'text';

  const ext = extname(path).toLowerCase();
  const expected = EXTENSIONS[ext];
  const known = KNOWN_BINARY.find(([, magic]) => magic.every((b, i) => bytes[i] === b));

  if (expected && expected.container !== container) {
    if (expected.format === 'xlsx' && container === 'cfb') {
      throw new ImportReadError(
        'encrypted',
        { file },
        'this .xlsx is an OLE container, which is how Excel stores password-protected workbooks; remove the password and save again',
      );
    }
    const what = known?.[0] ?? DESCRIBE[container];
    throw new ImportReadError('format-mismatch', { file }, `the name says ${ext} but the content is ${what}; rename it or export it again in the right format`);
  }
  if (container === 'binary') {
    throw new ImportReadError('not-text', { file }, `unsupported binary content${known ? ` (${known[0]})` : ''}`);
  }
  return { file, size, bytes, container, expected };
}

export function detectFormat(path: string): DetectedFormat {
  const { file, size, bytes, container, expected } = sniffLeadingBytes(path);
  const ext = extname(path).toLowerCase();
  if (container === 'zip') {
    const flavour = zipFlavour(path);
    if (flavour === 'other-zip') {
      throw new ImportReadError('unsupported-format', { file }, 'a zip archive that is neither an Excel workbook nor an OpenDocument spreadsheet (or it is damaged)');
    }
    if (expected && flavour !== expected.format && !(flavour === 'xlsx' && expected.format === 'xlsm') && !(flavour === 'xlsm' && expected.format === 'xlsx')) {
      throw new ImportReadError('format-mismatch', { file }, `the name says ${ext} but the content is ${flavour}`);
    }
    return { format: flavour, container, size };
  }
  if (container === 'cfb') return { format: 'xls', container, size };
  if (container === 'sqlite') return { format: 'sqlite', container, size };
  if (expected) return { format: expected.format, container, size };
  // No telling extension: a text file that starts like SQL is a dump, anything else tabular text.
  const text = bytes.toString('latin1');
  const sqlish = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:CREATE|INSERT|SET|BEGIN|DROP|USE|PRAGMA|COPY|LOCK)\b/i.test(text);
  return { format: sqlish ? 'sql' : 'csv', container, size };
}
