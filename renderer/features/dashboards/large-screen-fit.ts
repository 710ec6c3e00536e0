// Large-screen mode (大屏) lays the dashboard out on a fixed 1920×1080 canvas and scales it to
// the screen in both directions (双向自适应), so nothing scrolls whatever the screen's shape; the
// grid's row height is chosen so the whole layout fits under the header.
export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;
export const LARGE_HEADER_HEIGHT = 72;
export const LARGE_PADDING = 16;

/** Rows below this height make KPI cards and axis labels unreadable; a longer dashboard gets a taller canvas instead. */
export const MIN_LARGE_ROW_HEIGHT = 28;

export function canvasScale(viewportWidth: number, viewportHeight: number, canvasHeight = CANVAS_HEIGHT): { x: number; y: number } {
  return { x: viewportWidth / CANVAS_WIDTH, y: viewportHeight / canvasHeight };
}

/**
 * The grid's row height and the canvas height for a layout `rows` high: rows stretch to fill
 * 1080 px; a dashboard too long for that keeps readable rows and a taller canvas, which the
 * vertical scale still fits to the screen.
 */
export function largeCanvas(rows: number, margin: number): { rowHeight: number; height: number } {
  const chrome = LARGE_HEADER_HEIGHT + 2 * LARGE_PADDING;
  if (rows <= 0) return { rowHeight: 32, height: CANVAS_HEIGHT };
  const fitting = Math.floor((CANVAS_HEIGHT - chrome - margin * (rows - 1)) / rows);
  const rowHeight = Math.max(MIN_LARGE_ROW_HEIGHT, fitting);
  return { rowHeight, height: Math.max(CANVAS_HEIGHT, chrome + rows * rowHeight + (rows - 1) * margin) };
}

/** The next dashboard of a rotation after `current` (wrapping), or null when there is none to go to. */
export function nextInRotation(ids: readonly number[], current: number | undefined): number | null {
  if (ids.length === 0) return null;
  const at = current === undefined ? -1 : ids.indexOf(current);
  const next = ids[(at + 1) % ids.length];
  return next === undefined || next === current ? null : next;
}
