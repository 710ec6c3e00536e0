// A workspace's name in a host's workspace folder (the browser host creates and opens by name,
// never by path). The name becomes `<name>.churn` inside the folder, so it must be a plain file
// stem on every OS: the rule lives here so the renderer's form and the service check the same.

export const WORKSPACE_NAME_MAX = 64;
export const WORKSPACE_EXTENSION = '.churn';

/** Why a name is refused; each is an error reason (`workspaceName<Problem>`) with a label in both languages. */
export type WorkspaceNameProblem = 'Empty' | 'TooLong' | 'Separator' | 'DotDot' | 'Reserved' | 'Character';

// Windows refuses these as file stems whatever the extension; a workspace made on Linux should still copy there.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Control characters and the characters Windows refuses in file names ('/' and '\' are Separator).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u001f\u007f<>:"|?*]/;

export interface WorkspaceNameCheck {
  problem: WorkspaceNameProblem | null;
  /** The name as it will be used: trimmed, Unicode NFC. */
  name: string;
  /** The offending character, for 'Character'. */
  character?: string;
}

export function checkWorkspaceName(raw: string): WorkspaceNameCheck {
  const name = raw.normalize('NFC').trim();
  if (name === '') return { problem: 'Empty', name };
  if ([...name].length > WORKSPACE_NAME_MAX) return { problem: 'TooLong', name };
  if (/[/\\]/.test(name)) return { problem: 'Separator', name };
  // '..' anywhere, not only as the whole name: 'a..b' is harmless as a stem but never worth the doubt.
  if (name.includes('..') || name === '.') return { problem: 'DotDot', name };
  const character = FORBIDDEN_CHARACTER.exec(name)?.[0];
  if (character !== undefined) {
    const code = character.codePointAt(0) ?? 0;
    // A control character cannot be shown in a message: it is named by its code point.
    return { problem: 'Character', name, character: code < 32 || code === 127 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : character };
  }
  // A leading dot hides the file; a trailing dot or space is dropped by Windows.
  if (name.startsWith('.') || /[. ]$/.test(name)) return { problem: 'Character', name, character: '.' };
  if (RESERVED.test(name.split('.')[0] ?? name)) return { problem: 'Reserved', name };
  return { problem: null, name };
}

/** The stem of a workspace file name, or null when the file is not a workspace by its extension. */
export function workspaceNameOfFile(file: string): string | null {
  return file.toLowerCase().endsWith(WORKSPACE_EXTENSION) && file.length > WORKSPACE_EXTENSION.length ? file.slice(0, -WORKSPACE_EXTENSION.length) : null;
}
