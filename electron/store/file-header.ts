// Reads the 100-byte SQLite header ourselves, before SQLite touches the file, so a foreign,
// truncated or too-new file is refused without a single byte of it changing.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const SQLITE_MAGIC = 'SQLite format 3\u0000';
/** 'CCK1' — marks a SQLite file as a Churn Cockpit workspace (PRAGMA application_id). */
export const WORKSPACE_APPLICATION_ID = 0x43434b31;

export interface SqliteHeader {
  fileSize: number;
  isSqlite: boolean;
  pageSize: number;
  pageCount: number;
  /** True when the in-header page count can be trusted (SQLite ≥ 3.7.0 wrote it). */
  pageCountValid: boolean;
  userVersion: number;
  applicationId: number;
}

export function readSqliteHeader(path: string): SqliteHeader {
  const fd = openSync(path, 'r');
  try {
    const fileSize = fstatSync(fd).size;
    const buf = Buffer.alloc(100);
    const read = readSync(fd, buf, 0, 100, 0);
    const isSqlite = read === 100 && buf.toString('latin1', 0, 16) === SQLITE_MAGIC;
    if (!isSqlite) {
      return { fileSize, isSqlite, pageSize: 0, pageCount: 0, pageCountValid: false, userVersion: 0, applicationId: 0 };
    }
    const rawPageSize = buf.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const changeCounter = buf.readUInt32BE(24);
    const pageCount = buf.readUInt32BE(28);
    const versionValidFor = buf.readUInt32BE(92);
    return {
      fileSize,
      isSqlite,
      pageSize,
      pageCount,
      pageCountValid: pageCount > 0 && changeCounter === versionValidFor,
      userVersion: buf.readInt32BE(60),
      applicationId: buf.readInt32BE(68),
    };
  } finally {
    closeSync(fd);
  }
}
