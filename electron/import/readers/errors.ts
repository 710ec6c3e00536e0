// Every refusal names where it happened (file, sheet, row, column), so the import report can
// point the analyst at the exact cell instead of a stack trace.

export type ReadErrorCode =
  | 'not-found'
  | 'empty-file'
  | 'format-mismatch'
  | 'unsupported-format'
  | 'not-text'
  | 'encrypted'
  | 'zip-bomb'
  | 'corrupt'
  | 'invalid-encoding'
  | 'cell-too-large'
  | 'too-many-columns'
  | 'statement-too-large'
  | 'unterminated-quote'
  | 'unterminated-statement'
  | 'aborted';

export interface ReadLocation {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

function describe(loc: ReadLocation): string {
  const parts = [loc.file];
  if (loc.sheet !== undefined) parts.push(`sheet "${loc.sheet}"`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column !== undefined) parts.push(`column "${loc.column}"`);
  return parts.join(', ');
}

export class ImportReadError extends Error {
  readonly code: ReadErrorCode;
  readonly location: ReadLocation;
  readonly detail: string;

  constructor(code: ReadErrorCode, location: ReadLocation, detail: string, options?: { cause?: unknown }) {
    super(`${describe(location)}: ${detail}`, options);
    this.name = 'ImportReadError';
    this.code = code;
    this.location = location;
    this.detail = detail;
  }
}

export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new ImportReadError('aborted', { file }, 'import cancelled');
}
