// ExcelJS writes every data bar with an extension reference (<extLst><ext><x14:id/>) to a 2010
// data-bar part its streaming writer never writes; Excel then "repairs" the file and drops the
// bars (exceljs issue #3015). The 2007 form without the reference is drawn by every Excel since
// 2007, WPS and LibreOffice, so the reference is cut from this sheet's conditional formats as
// they are written. ExcelJS internals, read defensively: if they are not there, nothing changes.
import type ExcelJS from 'exceljs';

const DANGLING_REF = /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g;

interface Writable {
  write(chunk: unknown): unknown;
}

export function withoutDanglingDataBarRefs(sheet: ExcelJS.Worksheet): void {
  const original: unknown = Reflect.get(sheet, '_writeConditionalFormatting');
  if (typeof original !== 'function') return;
  Reflect.set(sheet, '_writeConditionalFormatting', () => {
    const stream = Reflect.get(sheet, 'stream') as Writable | undefined;
    if (!stream || typeof stream.write !== 'function') {
      Reflect.apply(original, sheet, []);
      return;
    }
    const write: unknown = Reflect.get(stream, 'write');
    const cut = (chunk: unknown): unknown => (typeof chunk === 'string' ? chunk.replace(DANGLING_REF, '') : chunk);
    Reflect.set(stream, 'write', (chunk: unknown) => Reflect.apply(write as (chunk: unknown) => unknown, stream, [cut(chunk)]));
    try {
      Reflect.apply(original, sheet, []);
    } finally {
      Reflect.set(stream, 'write', write);
    }
  });
}
