// The cover logo the analyst picks: a PNG or JPEG of at most 2 MB (EXPORT_LOGO_MAX_BYTES), read
// as base64 for dashboard.export's `logo`. The file's own bytes decide its kind (a renamed file
// is refused here rather than by the writer), and the refusal is a code the dialog translates.
import { EXPORT_LOGO_MAX_BYTES, type ExportLogo } from '../../../shared/contract/domains/exports';

export type LogoRefusal = 'tooBig' | 'wrongType' | 'unreadable';

export type LogoCheck = { readonly ok: true; readonly logo: ExportLogo } | { readonly ok: false; readonly reason: LogoRefusal };

/** PNG's signature (\x89PNG) and JPEG's (FF D8 FF), as the base64 text of the file begins. */
const SIGNATURES: readonly { readonly mime: ExportLogo['mime']; readonly prefix: string }[] = [
  { mime: 'image/png', prefix: 'iVBORw0KGgo' },
  { mime: 'image/jpeg', prefix: '/9j/' },
];

/** Checks a file already read as a data URL (`data:…;base64,…`) against the logo's rules. */
export function checkLogo(dataUrl: string, bytes: number): LogoCheck {
  if (bytes > EXPORT_LOGO_MAX_BYTES) return { ok: false, reason: 'tooBig' };
  const comma = dataUrl.indexOf(',');
  if (comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) return { ok: false, reason: 'unreadable' };
  const base64 = dataUrl.slice(comma + 1);
  const kind = SIGNATURES.find((s) => base64.startsWith(s.prefix));
  if (!kind) return { ok: false, reason: 'wrongType' };
  return { ok: true, logo: { mime: kind.mime, base64 } };
}

/** The logo as an image source for the preview. */
export function logoSrc(logo: ExportLogo): string {
  return `data:${logo.mime};base64,${logo.base64}`;
}

/** Megabytes with one decimal, for the "too big" message. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Reads a picked file; refuses a too-big one before reading it. */
export function readLogo(file: File): Promise<LogoCheck> {
  if (file.size > EXPORT_LOGO_MAX_BYTES) return Promise.resolve({ ok: false, reason: 'tooBig' });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? checkLogo(reader.result, file.size) : { ok: false, reason: 'unreadable' });
    reader.onerror = () => resolve({ ok: false, reason: 'unreadable' });
    reader.readAsDataURL(file);
  });
}
