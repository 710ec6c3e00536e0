// Probabilities show as percentages, so their column filters read what the analyst types as a
// percentage too (50 → 0.5), and show the stored fraction back as typed.

/** Typed percentage → stored fraction. */
export function parsePercent(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text.trim().replace(/%$/, ''));
  return Number.isFinite(n) ? n / 100 : null;
}

/** Stored fraction → the percentage the filter's input shows. */
export function formatPercentInput(value: number | null): string | null {
  return value === null ? null : String(Number((value * 100).toPrecision(12)));
}
