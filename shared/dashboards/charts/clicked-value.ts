// A click on a chart back to the dimension value it stands for: every clickable data item
// carries `raw` (the category / x value) and, on stacks and heat maps, `rawSeries`.
export interface ClickedValue {
  raw: string | number;
  rawSeries: string | number | null;
}

function isCellValue(v: unknown): v is string | number {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

/** The raw values of a clicked data item (ECharts' `params.data`), or null when it has none. */
export function clickedValue(item: unknown): ClickedValue | null {
  if (typeof item !== 'object' || item === null || !('raw' in item)) return null;
  const raw: unknown = item.raw;
  if (!isCellValue(raw)) return null;
  const series: unknown = 'rawSeries' in item ? item.rawSeries : null;
  return { raw, rawSeries: isCellValue(series) ? series : null };
}
