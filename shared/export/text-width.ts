// How wide a text shows in a spreadsheet column, in character cells: CJK ideographs, kana,
// Hangul and full-width forms take two cells, as Excel, WPS and LibreOffice draw them. Column
// widths of every exported sheet (call lists, dashboard workbooks) are fitted with it. Pure.

/** Display width of a text in character cells: CJK and other wide characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x1f300;
    width += wide ? 2 : 1;
  }
  return width;
}
