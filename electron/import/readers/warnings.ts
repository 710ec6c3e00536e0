// A file with a million ragged rows must not produce a million warning objects: the first
// few per code are kept in detail, the rest only counted.

export type WarningCode =
  | 'ragged-row'
  | 'header-renamed'
  | 'title-rows-skipped'
  | 'empty-rows-skipped'
  | 'no-header'
  | 'no-column-names'
  | 'excel-error-value'
  | 'fictional-date'
  | 'precision-loss'
  | 'expression-value'
  | 'default-value'
  | 'unsupported-copy-format'
  | 'partition-rows'
  | 'encoding-guess'
  | 'empty-sheet'
  | 'unknown-columns'
  | 'statement-error';

export interface ReaderWarning {
  code: WarningCode;
  message: string;
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export class WarningLog {
  readonly items: ReaderWarning[] = [];
  /** Total per code, including those not kept in `items`. */
  readonly counts = new Map<WarningCode, number>();

  constructor(private readonly maxPerCode: number) {}

  add(w: ReaderWarning): void {
    const n = (this.counts.get(w.code) ?? 0) + 1;
    this.counts.set(w.code, n);
    if (n <= this.maxPerCode) this.items.push(w);
  }

  count(code: WarningCode): number {
    return this.counts.get(code) ?? 0;
  }
}
