// The desktop app's Save dialog for exports (call lists now, dashboards and reports later): the
// options and the chosen path's extension, kept apart from the Electron calls so they are
// unit-tested without the Electron binary.
import type { SaveDialogOptions } from 'electron';
import type { EXPORT_FILE_FORMATS } from '../../shared/contract/domains/export';

type ExportFormat = (typeof EXPORT_FILE_FORMATS)[number];

const FILTERS: Record<ExportFormat, { zh: string; en: string }> = {
  xlsx: { zh: 'Excel 工作簿', en: 'Excel workbook' },
  csv: { zh: 'CSV（逗号分隔）', en: 'CSV (comma separated)' },
  pdf: { zh: 'PDF 文档', en: 'PDF document' },
  churndash: { zh: '仪表板文件', en: 'Dashboard file' },
};

export function exportDialogOptions(zh: boolean, suggestedName: string, format: ExportFormat, folder: string): SaveDialogOptions {
  // A name, never a path: separators and characters no file system accepts become '_'.
  const stem =
    Array.from(suggestedName.replace(/\.[a-z]+$/i, ''), (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
      .join('')
      .trim() || (zh ? '导出' : 'export');
  return {
    title: zh ? '导出' : 'Export',
    buttonLabel: zh ? '保存' : 'Save',
    defaultPath: `${folder}/${stem}.${format}`,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: zh ? FILTERS[format].zh : FILTERS[format].en, extensions: [format] }],
  };
}

/** A chosen path with the format's extension (a dialog on Linux may drop it). */
export function withExportExtension(path: string, format: ExportFormat): string {
  return path.toLowerCase().endsWith(`.${format}`) ? path : `${path}.${format}`;
}
