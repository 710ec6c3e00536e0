// The cover's logo: the base64 the analyst picked, decoded and checked to be what it claims — a
// PNG (signature, then IHDR's width and height) or a JPEG (SOI, then the first SOFn frame's
// height and width) — so a writer never embeds bytes Excel or a PDF reader would choke on.
// Anything else is refused with 'exportLogoRefused'.
import { AppError } from '../../../shared/contract/errors';
import type { ExportLogo } from '../../../shared/contract/domains/exports';
import { EXPORT_LOGO_MAX_BYTES } from '../../../shared/contract/domains/exports';
import type { ExportLogoImage } from '../../../shared/export/document';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function refused(why: string): AppError {
  return new AppError('INVALID_INPUT', `logo: ${why}`, { reason: 'exportLogoRefused' });
}

function pngSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 24 || !PNG_SIGNATURE.every((b, i) => data[i] === b)) return null;
  if (data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function jpegSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    // Fill bytes and markers without a length (RSTn, TEM).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    if (length < 2) return null;
    if (SOF.has(marker)) {
      if (at + 9 > data.length) return null;
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

export function decodeLogo(logo: ExportLogo | undefined): ExportLogoImage | null {
  if (logo === undefined) return null;
  const data = Buffer.from(logo.base64, 'base64');
  if (data.length === 0 || data.length > EXPORT_LOGO_MAX_BYTES) throw refused(`${data.length} bytes`);
  const png = pngSize(data);
  const jpeg = png ? null : jpegSize(data);
  const size = png ?? jpeg;
  if (!size || size.width < 1 || size.height < 1) throw refused('not a PNG or JPEG image');
  const extension = png ? 'png' : 'jpeg';
  if ((extension === 'png') !== (logo.mime === 'image/png')) throw refused(`${logo.mime} holds a ${extension}`);
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), extension, ...size };
}
