// PLACEHOLDER (lead): helper "xlsx-charts" builds it. Adds the charts and pictures to a finished
// workbook, streaming every other part through unchanged.
import type { SheetDrawings } from './drawing-parts';

export function addDrawings(_path: string, sheets: readonly SheetDrawings[]): Promise<void> {
  return sheets.length === 0 ? Promise.resolve() : Promise.reject(new Error('addDrawings: not built yet'));
}
