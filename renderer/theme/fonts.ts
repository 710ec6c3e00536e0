// CJK faces first so Chinese never falls back to a Latin font's poor CJK glyphs; the Latin
// system faces after them handle digits and English text.
export const fontFamily = ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Noto Sans SC"', '-apple-system', '"Segoe UI"', 'Roboto', 'sans-serif'].join(', ');
