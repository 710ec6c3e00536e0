// The cover's logo is embedded only when its bytes are the PNG or JPEG they claim, with their
// real size read from the header; anything else is refused as exportLogoRefused.
import { describe, expect, it } from 'vitest';
import { decodeLogo } from '../../../electron/service/exports/logo';
import { isAppError } from '../../../shared/contract/errors';

/** A minimal PNG header: signature, then IHDR with width and height. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** SOI, an APP0 segment, then SOF0 with height and width. */
function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x04, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x00]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
}

const refusal = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return isAppError(error) ? error.reason : 'other';
  }
  return undefined;
};

describe('decodeLogo', () => {
  it('reads a PNG and a JPEG with their sizes', () => {
    expect(decodeLogo({ mime: 'image/png', base64: png(320, 90).toString('base64') })).toMatchObject({ extension: 'png', width: 320, height: 90 });
    expect(decodeLogo({ mime: 'image/jpeg', base64: jpeg(640, 200).toString('base64') })).toMatchObject({ extension: 'jpeg', width: 640, height: 200 });
    expect(decodeLogo(undefined)).toBeNull();
  });

  it('refuses what is not the image it claims', () => {
    expect(refusal(() => decodeLogo({ mime: 'image/png', base64: Buffer.from('<svg onload=alert(1)>').toString('base64') }))).toBe('exportLogoRefused');
    expect(refusal(() => decodeLogo({ mime: 'image/png', base64: jpeg(10, 10).toString('base64') }))).toBe('exportLogoRefused');
    expect(refusal(() => decodeLogo({ mime: 'image/png', base64: png(0, 10).toString('base64') }))).toBe('exportLogoRefused');
    expect(refusal(() => decodeLogo({ mime: 'image/jpeg', base64: '' }))).toBe('exportLogoRefused');
  });
});
