// Caps that keep hostile or broken files from exhausting memory. Generous enough for real
// laptop-scale exports (1 M rows, a PNG in a BLOB column), small enough to fail fast.

export interface ReaderLimits {
  /** Longest single cell, in UTF-16 code units (≈ bytes for ASCII). */
  maxCellChars: number;
  maxColumns: number;
  /** Longest SQL statement held in memory at once (extended INSERTs are split per row only after this). */
  maxStatementChars: number;
  /** Rows per batch handed to the consumer. */
  batchSize: number;
  /** Detailed warnings kept per warning code; the rest are only counted. */
  maxWarningsPerCode: number;
  zip: ZipLimits;
}

export interface ZipLimits {
  maxEntries: number;
  /** Sum of all entries' uncompressed sizes. */
  maxTotalUncompressed: number;
  /** Per entry uncompressed : compressed; only checked for entries above `ratioMinBytes`. */
  maxRatio: number;
  ratioMinBytes: number;
}

export const DEFAULT_LIMITS: ReaderLimits = {
  maxCellChars: 1024 * 1024,
  maxColumns: 16_384,
  maxStatementChars: 128 * 1024 * 1024,
  batchSize: 1000,
  maxWarningsPerCode: 200,
  zip: {
    maxEntries: 10_000,
    maxTotalUncompressed: 1024 * 1024 * 1024,
    maxRatio: 250,
    ratioMinBytes: 1024 * 1024,
  },
};

export function resolveLimits(partial?: Partial<ReaderLimits>): ReaderLimits {
  return { ...DEFAULT_LIMITS, ...partial, zip: { ...DEFAULT_LIMITS.zip, ...partial?.zip } };
}
