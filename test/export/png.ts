// Reads a PNG back without a browser or an image library: the signature, the IHDR size, and the
// pixels (8-bit RGB or RGBA, as resvg and pdftoppm write them) to tell a drawing from a blank.
import { inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  /** Unfiltered rows, `channels` bytes per pixel. */
  readonly pixels: Uint8Array;
}

export function decodePng(bytes: Uint8Array): DecodedPng {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: bad signature');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString('latin1', offset + 4, offset + 8);
    const data = view.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      const colour = data[9];
      if (depth !== 8 || (colour !== 2 && colour !== 6)) throw new Error(`PNG colour type ${colour} depth ${depth}: only 8-bit RGB(A) is read here`);
      channels = colour === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? (pa <= pb && pa <= pc ? a : pb <= pc ? b : c) : 0;
      pixels[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** The share of pixels whose colour differs from the top-left pixel's (the background). */
export function inkShare(png: DecodedPng): number {
  const { pixels, channels } = png;
  const total = png.width * png.height;
  let ink = 0;
  for (let i = 0; i < total; i += 1) {
    for (let c = 0; c < channels; c += 1) {
      if (Math.abs((pixels[i * channels + c] ?? 0) - (pixels[c] ?? 0)) > 24) {
        ink += 1;
        break;
      }
    }
  }
  return total === 0 ? 0 : ink / total;
}
