// A local file offered for import by path — picked in the desktop app's Open dialog or dropped
// on its window — is checked before anything reads it: an absolute path to an existing regular
// file (not a folder, device or pipe), with an extension the readers know (or none, to be
// sniffed) whose leading bytes agree. Only the first 8 KB are read here; parsing stays in the
// capped worker that preview and import use.
import { realpathSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { LocalFile } from '../../shared/contract/domains/import';
import { ImportReadError } from './readers';
import { isKnownExtension, sniffLeadingBytes } from './readers/format';

export function stageLocalFile(path: string): LocalFile {
  if (!isAbsolute(path)) throw new AppError('INVALID_INPUT', `${basename(path)}: give the file's full path`);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new AppError('NOT_FOUND', `${basename(path)}: file not found or not readable`);
  }
  const name = basename(real);
  const stat = statSync(real);
  if (!stat.isFile()) throw new AppError('INVALID_INPUT', `${name}: ${stat.isDirectory() ? 'a folder' : 'not a regular file'}; choose a data file`);
  const ext = extname(name);
  if (ext !== '' && !isKnownExtension(ext)) {
    throw new AppError('INVALID_INPUT', `${name}: ${ext} files cannot be imported (CSV/TSV/TXT, Excel, OpenDocument, SQLite or SQL dumps)`);
  }
  try {
    sniffLeadingBytes(real);
  } catch (error) {
    if (error instanceof ImportReadError) throw new AppError(error.code === 'not-found' ? 'NOT_FOUND' : 'INVALID_INPUT', error.message);
    throw error;
  }
  return { path: real, name, size: stat.size };
}
