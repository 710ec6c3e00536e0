// Guesses the delimiter and the header row from a sample, the way an analyst would by eye:
// the delimiter that splits most lines into the same (largest) number of fields wins.

import { parseDate, parseDecimal } from '../../../shared/import/convert';
import { CsvTokenizer, isBlankRecord, type CsvRecord } from './csv-tokenizer';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SNIFF_RECORDS = 100;

export function sampleRecords(sample: string, delimiter: string, limit = SNIFF_RECORDS): CsvRecord[] {
  const make = (): CsvTokenizer => new CsvTokenizer({ delimiter, file: 'sample', maxCellChars: Number.MAX_SAFE_INTEGER, maxColumns: Number.MAX_SAFE_INTEGER });
  const cut = sample.lastIndexOf('\n');
  let records: CsvRecord[];
  try {
    records = make().feed(cut > 0 ? sample.slice(0, cut + 1) : sample, true);
  } catch {
    // The sample ends inside a quoted field: the complete records before it are enough.
    records = make().feed(sample, false);
  }
  return records.filter((r) => !isBlankRecord(r)).slice(0, limit);
}

function modal(values: number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  return { value: best, share: values.length ? bestCount / values.length : 0 };
}

export function sniffDelimiter(sample: string, preferTab: boolean): { delimiter: Delimiter; width: number } {
  let best: { delimiter: Delimiter; width: number; score: number } = { delimiter: ',', width: 1, score: -Infinity };
  for (const d of DELIMITERS) {
    const recs = sampleRecords(sample, d);
    const { value, share } = modal(recs.map((r) => r.fields.length));
    const score = (value > 1 ? share : share - 1) + Math.min(value, 100) * 0.001 + (preferTab && d === '\t' && value > 1 ? 0.5 : 0);
    if (score > best.score) best = { delimiter: d, width: value, score };
  }
  return { delimiter: best.delimiter, width: best.width };
}

function looksLikeData(field: string): boolean {
  const t = field.trim();
  return t !== '' && (parseDecimal(t) !== null || parseDate(t) !== null);
}

export interface HeaderGuess {
  /** Records before the header that look like titles (one non-empty cell in a wider table). */
  titleRecords: number;
  hasHeader: boolean;
}

export function guessHeader(records: CsvRecord[], width: number): HeaderGuess {
  let titleRecords = 0;
  while (titleRecords < records.length - 1 && width > 2) {
    const r = records[titleRecords];
    if (!r || r.fields.length >= width || r.fields.filter((f) => f.trim() !== '').length > 1) break;
    titleRecords++;
  }
  const first = records[titleRecords];
  if (!first) return { titleRecords: 0, hasHeader: true };
  const hasHeader = first.fields.some((f) => f.trim() !== '') && !first.fields.some(looksLikeData);
  return { titleRecords, hasHeader };
}
