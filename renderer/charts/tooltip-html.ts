// Small HTML pieces for ECharts tooltip formatters. Tooltips are HTML strings, so every label
// that came from data (feature names, groups) is escaped before it is interpolated.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function marker(color: string): string {
  return `<span style="display:inline-block;width:8px;height:8px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
}

export function tooltipTitle(text: string): string {
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(text)}</div>`;
}

/** One "label …… value" line; `color` adds the series marker. */
export function tooltipRow(label: string, value: string, color: string | null = null): string {
  return `<div style="display:flex;justify-content:space-between;gap:16px"><span>${color ? marker(color) : ''}${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`;
}

/** ECharts passes one param or an array of them to axis-triggered formatters. */
export function firstParam<T>(params: T | T[]): T | undefined {
  return Array.isArray(params) ? params[0] : params;
}
