// Puts `<drawing r:id="…"/>` into a worksheet part as it streams through. CT_Worksheet is a
// sequence, so the element has one legal place: after sheetData and everything up to
// ignoredErrors/smartTags (conditional formats, page setup, header and footer, breaks), before
// legacyDrawing, legacyDrawingHF, picture, oleObjects, controls, webPublishItems, tableParts and
// extLst. Everything up to the end of sheetData (a million rows) passes straight through; only
// what follows it, a few kilobytes, is held to find that place.
import { REL_NS } from './drawing-xml';

/** Bytes in, bytes out: a synchronous stage of the zip rewrite (one entry's uncompressed content). */
export interface ByteTransform {
  push(chunk: Uint8Array): Uint8Array[];
  end(): Uint8Array[];
}

/** Top-level worksheet children that must come after `drawing`. */
const AFTER_DRAWING = new Set(['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([\w.-]+:)?([\w.-]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

const encoder = new TextEncoder();
const SHEET_DATA_ENDS = [encoder.encode('</sheetData>'), encoder.encode('<sheetData/>')];
const LONGEST_END = Math.max(...SHEET_DATA_ENDS.map((m) => m.length));
/** The root start tag is in the first bytes of ExcelJS's sheet; this much is kept to read it. */
const HEAD_BYTES = 4096;

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Where `<drawing/>` goes in what follows sheetData: before the first later sibling, or before the root's end tag. */
export function drawingInsertionPoint(afterSheetData: string): number {
  let depth = 0;
  for (const token of afterSheetData.matchAll(TOKEN)) {
    const local = token[3];
    if (local === undefined) continue; // a comment, CDATA or processing instruction
    const closing = token[1] === '/';
    if (closing) {
      if (depth === 0) return token.index; // the worksheet's end tag
      depth--;
      continue;
    }
    if (depth === 0 && AFTER_DRAWING.has(local)) return token.index;
    if (depth === 0 && local === 'drawing') throw new Error('xlsx-charts: the sheet already has a drawing');
    if (!(token[4] ?? '').trimEnd().endsWith('/')) depth++;
  }
  throw new Error('xlsx-charts: the worksheet part has no end tag');
}

/** Declares the relationships prefix on the element itself when the root does not (ExcelJS's root does). */
export function drawingElement(relId: string, rootDeclaresR: boolean): string {
  return rootDeclaresR ? `<drawing r:id="${relId}"/>` : `<drawing xmlns:r="${REL_NS}" r:id="${relId}"/>`;
}

export function sheetDrawingInserter(relId: string): ByteTransform {
  let carry: Uint8Array = new Uint8Array(0);
  let tail: Uint8Array[] | null = null;
  const head: Uint8Array[] = [];
  let headLength = 0;

  return {
    push(chunk) {
      if (headLength < HEAD_BYTES) {
        head.push(chunk.slice(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      if (tail) {
        tail.push(chunk.slice());
        return [];
      }
      const buffer = carry.length ? concat([carry, chunk]) : chunk;
      for (const marker of SHEET_DATA_ENDS) {
        const at = indexOf(buffer, marker);
        if (at < 0) continue;
        const end = at + marker.length;
        tail = [buffer.slice(end)];
        carry = new Uint8Array(0);
        return [buffer.subarray(0, end)];
      }
      // Hold back what could be the start of a marker split across two chunks.
      const keep = Math.min(buffer.length, LONGEST_END - 1);
      carry = buffer.slice(buffer.length - keep);
      return [buffer.subarray(0, buffer.length - keep)];
    },
    end() {
      if (!tail) throw new Error('xlsx-charts: the worksheet part has no sheetData');
      const text = new TextDecoder().decode(concat(tail));
      const root = /<([\w.-]+:)?worksheet\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(new TextDecoder().decode(concat(head)));
      const declaresR = root !== null && new RegExp(`xmlns:r\\s*=\\s*["']${REL_NS.replace(/[./]/g, '\\$&')}["']`).test(root[2] ?? '');
      const at = drawingInsertionPoint(text);
      return [encoder.encode(text.slice(0, at) + drawingElement(relId, declaresR) + text.slice(at))];
    },
  };
}
