// Header names from analysts' files are free text: trailing spaces ('宝贝标题 '), full-width
// letters, duplicates, blanks and hostile names ('__proto__'). Readers keep the original text
// for display and lineage but hand everything downstream a tidy, unique, safe name.

/** Whitespace that String.prototype.trim misses or that Excel exports leave behind. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]|\p{Cc}/gu;

/** Display form: NFKC (full-width → half-width, ㈱ → (株)), invisible chars removed, spaces collapsed. */
export function tidyHeader(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').replace(INVISIBLE, '').trim();
}

/** Comparison key: case-, width- and whitespace-insensitive. */
export function headerKey(raw: string): string {
  return tidyHeader(raw)
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

export type HeaderRenameReason = 'empty' | 'duplicate' | 'reserved' | 'too-long';

export interface HeaderRename {
  index: number;
  original: string;
  name: string;
  reason: HeaderRenameReason;
}

export interface UniqueHeaders {
  names: string[];
  renames: HeaderRename[];
}

/** Names that alter object prototypes when used as plain keys anywhere downstream. */
const RESERVED = new Set(['__proto__']);
export const MAX_HEADER_LENGTH = 128;

/**
 * Tidy, non-empty, case-insensitively unique column names (SQLite column names are
 * case-insensitive, so 'Name' and 'name' would collide in the workspace).
 */
export function makeUniqueHeaders(raw: readonly (string | null | undefined)[]): UniqueHeaders {
  const names: string[] = [];
  const renames: HeaderRename[] = [];
  const taken = new Set<string>();
  const claim = (name: string): string => {
    taken.add(name.toLowerCase());
    return name;
  };
  // Claim every tidy original first so a generated 'column_3' or 'name_2' never steals a real header.
  const tidy = raw.map((r) => tidyHeader(r ?? ''));
  const firstOwner = new Map<string, number>();
  tidy.forEach((t, i) => {
    const k = t.toLowerCase();
    if (t !== '' && !RESERVED.has(t) && t.length <= MAX_HEADER_LENGTH && !firstOwner.has(k)) firstOwner.set(k, i);
  });
  for (const k of firstOwner.keys()) taken.add(k);
  const fresh = (base: string): string => {
    if (!taken.has(base.toLowerCase())) return claim(base);
    for (let n = 2; ; n++) {
      const candidate = `${base}_${n}`;
      if (!taken.has(candidate.toLowerCase())) return claim(candidate);
    }
  };
  tidy.forEach((t, i) => {
    const original = raw[i] ?? '';
    if (t === '') {
      const name = fresh(`column_${i + 1}`);
      names.push(name);
      renames.push({ index: i, original, name, reason: 'empty' });
    } else if (RESERVED.has(t)) {
      const name = fresh(t.replace(/^_+|_+$/g, '') || `column_${i + 1}`);
      names.push(name);
      renames.push({ index: i, original, name, reason: 'reserved' });
    } else if (t.length > MAX_HEADER_LENGTH) {
      const name = fresh(t.slice(0, MAX_HEADER_LENGTH));
      names.push(name);
      renames.push({ index: i, original, name, reason: 'too-long' });
    } else if (firstOwner.get(t.toLowerCase()) === i) {
      names.push(t);
    } else {
      const name = fresh(t);
      names.push(name);
      renames.push({ index: i, original, name, reason: 'duplicate' });
    }
  });
  return { names, renames };
}

/** Column names for header-less data: column_1 … column_n. */
export function positionalHeaders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column_${i + 1}`);
}
