#!/usr/bin/python3
# Builds assets/fonts/NotoSansSC-Regular-subset.otf, the CJK font the exports embed (charts
# rendered without a browser, PDFs): Noto Sans CJK SC Regular (SIL Open Font License 1.1, which
# allows subsetting and redistribution) cut to ASCII and Latin-1, punctuation, the CJK symbols
# and full-width forms, every GB 2312 character (6,763 hanzi) and every character of the app's
# translations. Run once on a machine with Debian's fonts-noto-cjk and python3-fonttools:
#   /usr/bin/python3 build/fonts/make-cjk-subset.py
# The output is committed, so exports need neither the system font nor this script.
import pathlib, re
from fontTools import subset

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FACE_SC = 2  # fc-list: index 2 of the collection is "Noto Sans CJK SC"
OUT = ROOT / 'assets' / 'fonts' / 'NotoSansSC-Regular-subset.otf'

chars = set(chr(c) for c in range(0x20, 0x7F)) | set(chr(c) for c in range(0xA0, 0x180))
for lo, hi in [(0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF),
               (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F),
               (0xFF00, 0xFFEF)]:
    chars |= set(chr(c) for c in range(lo, hi + 1))
for hi_byte in range(0xA1, 0xF8):
    for lo_byte in range(0xA1, 0xFF):
        try:
            chars |= set(bytes([hi_byte, lo_byte]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
for path in list((ROOT / 'shared' / 'i18n').rglob('*.ts')) + list((ROOT / 'electron' / 'demo').rglob('*.ts')):
    chars |= set(re.findall(r'[^\x00-\x7f]', path.read_text(encoding='utf-8')))

options = subset.Options()
options.font_number = FACE_SC
options.hinting = False
options.layout_features = ['kern', 'liga', 'vert', 'locl']
options.name_IDs = ['*']
options.notdef_outline = True
font = subset.load_font(SOURCE, options)
subsetter = subset.Subsetter(options)
subsetter.populate(text=''.join(sorted(chars)))
subsetter.subset(font)
OUT.parent.mkdir(parents=True, exist_ok=True)
subset.save_font(font, str(OUT), options)
print(f'{OUT}: {len(chars)} characters, {OUT.stat().st_size} bytes')
