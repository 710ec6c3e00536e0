// Large-screen mode (大屏) lays the dashboard out on a fixed 1920×1080 canvas and scales it to
// the screen in both directions (双向自适应), so nothing scrolls whatever the screen's shape; the
// grid's row height is chosen so the whole layout fits under the header.
export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;
export const LARGE_HEADER_HEIGHT = 72;
export const LARGE_PADDING = 16;

export function canvasScale(viewportWidth: number, viewportHeight: number): { x: number; y: number } {
  return { x: viewportWidth / CANVAS_WIDTH, y: viewportHeight / CANVAS_HEIGHT };
}

/** Row height (px) that fits `rows` grid rows with `margin` between them into the canvas body. */
export function fittingRowHeight(rows: number, margin: number): number {
  const body = CANVAS_HEIGHT - LARGE_HEADER_HEIGHT - 2 * LARGE_PADDING;
  if (rows <= 0) return 32;
  return Math.max(12, Math.floor((body - margin * (rows - 1)) / rows));
}

/** The next dashboard of a rotation after `current` (wrapping), or null when there is none to go to. */
export function nextInRotation(ids: readonly number[], current: number | undefined): number | null {
  if (ids.length === 0) return null;
  const at = current === undefined ? -1 : ids.indexOf(current);
  const next = ids[(at + 1) % ids.length];
  return next === undefined || next === current ? null : next;
}
