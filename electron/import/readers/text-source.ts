// Opens a text file as a stream of decoded string chunks, with the encoding detected from a
// leading sample (or overridden by the analyst).

import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeChunks, detectEncoding, type EncodingGuess, type TextEncoding } from './encoding';

export const SAMPLE_BYTES = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export function readSample(path: string, bytes = SAMPLE_BYTES): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export interface TextSource {
  guess: EncodingGuess;
  /** Decoded text of the sample for sniffing; lenient, and may end mid-line. */
  sampleText: string;
  chunks(): AsyncGenerator<string>;
}

/** `chunkBytes`: bytes read at a time; smaller chunks keep less text alive in the reading thread. */
export function openText(path: string, file: string, encoding?: TextEncoding, chunkBytes = CHUNK_BYTES): TextSource {
  const sample = readSample(path);
  const guess = detectEncoding(sample, encoding);
  const body = sample.subarray(guess.bomLength);
  const sampleText = guess.encoding === 'utf-8' ? new TextDecoder('utf-8').decode(body, { stream: true }) : iconv.decode(body, guess.encoding);
  return {
    guess,
    sampleText,
    chunks: () => decodeChunks(createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>, guess, file),
  };
}
