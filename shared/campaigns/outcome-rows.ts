// One row of an outcome file read into what the campaign records: the customer, its group, the
// contact's date, kind and cost, and the outcome word (kept as written; measure-outcomes reads
// it). A row that cannot be recorded is rejected with its column and a code the UI words:
// missingCustomer, invalidGroup, missingGroup, invalidOutcome, invalidDate, invalidCost.
import { parseDateOnly } from '../import/dates';
import { parseDecimal } from '../import/numbers';
import type { Group } from './draw';
import type { OutcomeColumn, OutcomeColumnMap } from './outcome-columns';
import { parseGroup, parseOutcome } from './outcome-values';

export type CellValue = string | number | null;

export const OUTCOME_REJECT_CODES = [
  'missingCustomer',
  'invalidGroup',
  'missingGroup',
  'invalidOutcome',
  'invalidDate',
  'invalidCost',
  'notMember',
  'groupMismatch',
  'groupConflict',
] as const;
export type OutcomeRejectCode = (typeof OUTCOME_REJECT_CODES)[number];

export interface OutcomeRecord {
  readonly customerId: string;
  readonly group: Group | null;
  readonly date: string | null;
  readonly kind: string | null;
  readonly outcome: string | null;
  readonly cost: number | null;
}

export interface OutcomeReject {
  readonly code: OutcomeRejectCode;
  readonly column: OutcomeColumn | null;
  readonly value: string | null;
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** `spreadsheet`: a bare number in the date column is an Excel serial day. */
export function readOutcomeRow(values: readonly CellValue[], map: OutcomeColumnMap, spreadsheet: boolean): OutcomeRecord | OutcomeReject {
  const cell = (column: OutcomeColumn): CellValue | undefined => {
    const i = map.index[column];
    return i === undefined ? undefined : values[i];
  };
  const reject = (code: OutcomeRejectCode, column: OutcomeColumn | null): OutcomeReject => ({ code, column, value: column === null ? null : text(cell(column)) || null });
  const customerId = text(cell('customer'));
  if (customerId === '') return reject('missingCustomer', 'customer');
  const groupText = text(cell('group'));
  const group = groupText === '' ? null : parseGroup(groupText, map.groupMeaning);
  if (groupText !== '' && group === null) return reject('invalidGroup', 'group');
  const outcomeText = text(cell('outcome'));
  if (outcomeText !== '' && parseOutcome(outcomeText) === null) return reject('invalidOutcome', 'outcome');
  const rawDate = cell('date');
  let date: string | null = null;
  if (rawDate !== undefined && rawDate !== null && text(rawDate) !== '') {
    date = parseDateOnly(rawDate, { excelSerials: spreadsheet && typeof rawDate === 'number' });
    if (date === null) return reject('invalidDate', 'date');
  }
  const rawCost = cell('cost');
  let cost: number | null = null;
  if (rawCost !== undefined && rawCost !== null && text(rawCost) !== '') {
    cost = parseDecimal(rawCost);
    if (cost === null || cost < 0) return reject('invalidCost', 'cost');
  }
  const kind = text(cell('kind'));
  return { customerId, group, date, kind: kind === '' ? null : kind, outcome: outcomeText === '' ? null : outcomeText, cost };
}

export function isReject(row: OutcomeRecord | OutcomeReject): row is OutcomeReject {
  return 'code' in row;
}
