// A file name for an export that every OS accepts (and a browser download keeps): the
// analyst's name for the thing exported plus the date, with what Windows, macOS and Linux refuse
// replaced — path separators, < > : " | ? *, control characters — leading dots (hidden files)
// and trailing dots and spaces removed, Windows device names (CON, NUL, COM1 …) escaped, and
// the length capped in UTF-8 bytes (most file systems allow 255).
const RESERVED_CHARACTERS = '<>:"/\\|?*';
const forbidden = (ch: string): boolean => ch.charCodeAt(0) < 0x20 || ch === '\u007f' || RESERVED_CHARACTERS.includes(ch);
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Room for the date, the extension and a "(2)" a browser may add. */
const MAX_BASE_BYTES = 180;

/** UTF-8 length of one character (shared/ has no TextEncoder: no DOM, no Node types). */
function utf8Bytes(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

function capBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (bytes + size > max) break;
    out += ch;
    bytes += size;
  }
  return out;
}

export function safeFileBase(name: string, fallback: string): string {
  let base = Array.from(name.normalize('NFC'), (ch) => (forbidden(ch) ? '_' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  base = capBytes(base.replace(/^\.+/, ''), MAX_BASE_BYTES).replace(/[. ]+$/, '');
  if (!base || /^_+$/.test(base)) base = fallback;
  return RESERVED.test(base.split('.')[0] ?? base) ? `_${base}` : base;
}

/** "高价值客户_2026-12-05.xlsx": the sanitised name, the date (YYYY-MM-DD), the extension. */
export function exportFileName(name: string, date: string, extension: string, fallback: string): string {
  return `${safeFileBase(name, safeFileBase(fallback, 'export'))}_${date}.${extension}`;
}
