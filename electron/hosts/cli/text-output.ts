// Plain-text renderings for the CLI; `--json` prints the operation output unchanged instead.
import type { WorkspaceInfo } from '../../../shared/contract/operations';

export function formatInfo(info: WorkspaceInfo): string {
  const width = Math.max(5, ...info.tables.map((t) => t.name.length));
  return [
    `workspace       ${info.path}`,
    `schema version  ${info.schemaVersion}`,
    `data date       ${info.dataDate ?? '(no orders)'}`,
    '',
    `${'table'.padEnd(width)}  rows`,
    ...info.tables.map((t) => `${t.name.padEnd(width)}  ${t.rows}`),
  ].join('\n');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (typeof value === 'string') return value.replace(/[\t\n\r]/g, ' ');
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function formatRows(result: { columns: string[]; rows: unknown[][]; truncated: boolean }): string {
  const lines = [result.columns.join('\t'), ...result.rows.map((row) => row.map(cell).join('\t'))];
  if (result.truncated) lines.push(`… truncated at ${result.rows.length} rows`);
  return lines.join('\n');
}
