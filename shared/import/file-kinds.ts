// The kinds of file the importer accepts, by extension: for the browser's file picker, the
// desktop app's Open dialog and the first check of a dropped file. The host still sniffs the real
// type from the leading bytes; this only turns away the obviously wrong (a .docx, a .pdf) at
// once. Files without an extension go through: exports from old systems often lack one.
export const acceptedExtensions = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xlsb', '.xls', '.ods', '.sqlite', '.sqlite3', '.db', '.db3', '.sql'] as const;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

export function isAcceptedFile(name: string): boolean {
  const ext = extensionOf(name);
  return ext === '' || (acceptedExtensions as readonly string[]).includes(ext);
}
