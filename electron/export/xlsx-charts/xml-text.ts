// Text that goes into the parts this folder writes. Titles, series names, picture names and sheet
// names in references come from users: `<`, `&` and quotes are escaped, and characters XML 1.0
// cannot hold at all (C0 controls other than tab/CR/LF, lone surrogates, U+FFFE/U+FFFF) are
// dropped, since one of them makes Excel declare the whole workbook corrupt.

// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escaped for element text and attribute values alike. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** '#1b5fd1' → '1B5FD1' (DrawingML's srgbClr); anything else is a programming error, not a user's input. */
export function srgb(color: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(color);
  if (!match) throw new Error(`xlsx-charts: colour '${color}' is not #rrggbb`);
  return match[1]!.toUpperCase();
}

/** A number as chart XML holds it (c:v, c:numLit): finite only, JavaScript's shortest round-trip form. */
export function xmlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`xlsx-charts: ${value} is not a finite number`);
  return String(value);
}

/** A cell reference as c:f holds it: no leading '=' (Excel writes none), escaped for XML. */
export function formulaRef(reference: string): string {
  return xmlText(reference.startsWith('=') ? reference.slice(1) : reference);
}
