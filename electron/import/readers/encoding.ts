// Text encoding of analysts' CSV/SQL files. Order matters: a BOM is authoritative; then strict
// UTF-8, because valid UTF-8 Chinese also "decodes" as GB18030 into mojibake (瀹㈡埛…);
// only then legacy Chinese, choosing GB18030 vs Big5 by how many common hanzi each yields.

import iconv from 'iconv-lite';
import { ImportReadError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** Bytes of BOM to skip. */
  bomLength: number;
  reason: 'bom' | 'utf-8' | 'ascii' | 'utf-16-pattern' | 'legacy-chinese' | 'fallback' | 'override';
  /** 0..1; below 0.5 the UI should ask the analyst to confirm. */
  confidence: number;
}

/** Most frequent simplified and traditional hanzi in business text (and in our headers). */
const COMMON_HANZI = new Set(
  (
    '的一是不了在人有我他这个们中来上大为和国地到以说时要就出也得里后自会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分老因很给名法间知世什两次使身者被高已其进此话常与活正感见明问力理点文几定本公特做外相西果走将月十实向声车全信重三机工物气每并别真打太新比才便再书部水像等体加电主界门利海受听表德少代员先口由写性马光白或住难望教命花结乐色更东记处让直字场平报友关放至张认接告入内英军民岁往何度山觉路带万男边解任金快原变通师数四失满格音目条客户订单额支付买价费用号码名称类型状态备注商品数量合计区域城市省销售元年月日时分秒电话地址邮箱联系姓性别龄等级流失主叫被通话长宝贝标题收货人手机款创建' +
    '這個們來為國說時會過對於學麼發當沒還樣種開總從現動頭經長兒給間體電門聽處讓話問點實車機氣書' +
    '將與進覺帶萬邊變師數滿條訂單額價費碼稱類態備註數量計區域銷售話址郵聯繫齡級戶寶題貨款創建'
  ).split(''),
);

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return false;
  return true;
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: true tolerates a sequence cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of decoded CJK characters that are common hanzi, penalised by replacement characters. */
function hanziScore(text: string): { score: number; cjk: number } {
  let cjk = 0;
  let common = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd) bad++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (COMMON_HANZI.has(ch)) common++;
    }
  }
  return { score: cjk === 0 ? 0 : (common - bad * 5) / cjk, cjk };
}

export function detectEncoding(sample: Uint8Array, override?: TextEncoding): EncodingGuess {
  const b0 = sample[0];
  const b1 = sample[1];
  const b2 = sample[2];
  const bom: EncodingGuess | null =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf
      ? { encoding: 'utf-8', bomLength: 3, reason: 'bom', confidence: 1 }
      : b0 === 0xff && b1 === 0xfe
        ? { encoding: 'utf-16le', bomLength: 2, reason: 'bom', confidence: 1 }
        : b0 === 0xfe && b1 === 0xff
          ? { encoding: 'utf-16be', bomLength: 2, reason: 'bom', confidence: 1 }
          : null;
  if (override) return { encoding: override, bomLength: bom && bom.encoding === override ? bom.bomLength : 0, reason: 'override', confidence: 1 };
  if (bom) return bom;
  const utf16 = utf16Pattern(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, reason: 'utf-16-pattern', confidence: 0.8 };
  if (isAscii(sample)) return { encoding: 'utf-8', bomLength: 0, reason: 'ascii', confidence: 0.9 };
  if (isStrictUtf8(sample)) return { encoding: 'utf-8', bomLength: 0, reason: 'utf-8', confidence: 1 };
  const buf = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const gb = hanziScore(iconv.decode(buf, 'gb18030'));
  const big5 = hanziScore(iconv.decode(buf, 'big5'));
  if (gb.cjk === 0 && big5.cjk === 0) return { encoding: 'windows-1252', bomLength: 0, reason: 'fallback', confidence: 0.3 };
  const best = big5.score > gb.score ? { encoding: 'big5' as const, ...big5 } : { encoding: 'gb18030' as const, ...gb };
  return { encoding: best.encoding, bomLength: 0, reason: 'legacy-chinese', confidence: Math.max(0.1, Math.min(0.95, best.score + 0.3)) };
}

export interface TextDecoderLike {
  write(chunk: Buffer): string;
  end(): string;
}

/** Streaming decoder; UTF-8 is strict so a file that turns non-UTF-8 after the sample fails loudly. */
export function createDecoder(encoding: TextEncoding, file: string): TextDecoderLike {
  if (encoding === 'utf-8') {
    const dec = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let offset = 0;
    const fail = (err: unknown): never => {
      throw new ImportReadError('invalid-encoding', { file }, `not valid UTF-8 near byte ${offset}; choose the file's encoding (for example GB18030) and import again`, {
        cause: err,
      });
    };
    return {
      write: (chunk) => {
        try {
          const s = dec.decode(chunk, { stream: true });
          offset += chunk.length;
          return s;
        } catch (err) {
          return fail(err);
        }
      },
      end: () => {
        try {
          return dec.decode();
        } catch (err) {
          return fail(err);
        }
      },
    };
  }
  const dec = iconv.getDecoder(encoding);
  return { write: (chunk) => dec.write(chunk), end: () => dec.end() ?? '' };
}

/** Decoded text chunks of a byte stream, BOM skipped. */
export async function* decodeChunks(bytes: AsyncIterable<Buffer>, guess: EncodingGuess, file: string): AsyncGenerator<string> {
  const decoder = createDecoder(guess.encoding, file);
  let skip = guess.bomLength;
  for await (const chunk of bytes) {
    let c = chunk;
    if (skip > 0) {
      const n = Math.min(skip, c.length);
      c = c.subarray(n);
      skip -= n;
    }
    const s = decoder.write(c);
    if (s) yield s;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}
