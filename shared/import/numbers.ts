// Numbers as analysts type them: '¥1,234.50', 'RMB 3.2万', '1.5亿元', '(1,200.00)', '12.5%'.
// Multipliers are applied by shifting the decimal point in the text, so '1.2万' is exactly
// 12000 rather than 12000.000000000002.

export interface NumberOptions {
  /** European style '1.234,56' (comma is the decimal mark). */
  decimalComma?: boolean;
}

const CURRENCY = /^(?:RMB|CNY|USD|EUR|GBP|HKD|JPY|US\$|HK\$|[¥$€£₩])|(?:RMB|CNY|USD|EUR|元|圆|块|[¥$€£])$/i;
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

function canonical(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00A0\u3000]+/g, '');
}

/** Moves the decimal point of a plain decimal string by `exp` places; returns a plain decimal string. */
function shiftDecimal(digits: string, exp: number): string {
  if (exp === 0) return digits;
  const neg = digits.startsWith('-');
  const body = neg ? digits.slice(1) : digits;
  const dot = body.indexOf('.');
  const intPart = (dot < 0 ? body : body.slice(0, dot)).padStart(Math.max(0, -exp) + 1, '0');
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const all = intPart + frac.padEnd(exp, '0');
  const point = intPart.length + exp;
  const shifted = `${all.slice(0, point)}.${all.slice(point)}`.replace(/\.$/, '');
  return (neg ? '-' : '') + shifted;
}

/** Strips grouping separators; null when they are not in valid groups of three. */
function ungroup(text: string, opts: NumberOptions): string | null {
  const group = opts.decimalComma ? '.' : ',';
  const point = opts.decimalComma ? ',' : '.';
  let t = text.replace(/'/g, '');
  if (t.includes(group)) {
    const [intPart = '', ...rest] = t.split(point);
    if (rest.length > 1 || !/^[+-]?\d{1,3}(?:\d{3})*$|^[+-]?\d{1,3}(?:[.,]\d{3})+$/.test(intPart)) return null;
    t = intPart.split(group).join('') + (rest.length ? `.${rest[0] ?? ''}` : '');
  } else if (opts.decimalComma) {
    t = t.replace(',', '.');
  }
  return t;
}

const PLAIN_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a decimal with optional currency, grouping, 万/亿 multiplier and accounting parentheses. */
export function parseDecimal(input: string | number, opts: NumberOptions = {}): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  let t = canonical(input);
  if (t === '') return null;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1] ?? '';
  }
  if (t.startsWith('-') && CURRENCY.test(t.slice(1))) {
    negative = !negative;
    t = t.slice(1);
  }
  for (let i = 0; i < 2; i++) t = t.replace(CURRENCY, '');
  let exp = 0;
  for (const [suffix, e] of MULTIPLIERS) {
    if (t.endsWith(suffix)) {
      exp = e;
      t = t.slice(0, -suffix.length);
      break;
    }
  }
  const plain = ungroup(t, opts);
  if (plain === null || !PLAIN_DECIMAL.test(plain)) return null;
  const value = Number(exp && !/[eE]/.test(plain) ? shiftDecimal(plain, exp) : plain) * (exp && /[eE]/.test(plain) ? 10 ** exp : 1);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** Whole numbers only; '1,234' and '１２３' accepted, '1.5' and unsafe magnitudes are not. */
export function parseInteger(input: string | number, opts: NumberOptions = {}): number | null {
  const value = parseDecimal(input, opts);
  if (value === null || !Number.isSafeInteger(value)) return null;
  return value === 0 ? 0 : value;
}

/** '12.5%' → 0.125, '3‰' → 0.003; a bare number is taken as already a fraction. */
export function parsePercent(input: string | number, opts: NumberOptions = {}): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  const t = canonical(input);
  const m = /^(.*?)(%|‰|percent|pct)$/i.exec(t);
  if (!m) return parseDecimal(t, opts);
  const value = parseDecimal(m[1] ?? '', opts);
  if (value === null) return null;
  return Number(shiftDecimal(String(value).includes('e') ? value.toFixed(20) : String(value), m[2] === '‰' ? -3 : -2));
}
