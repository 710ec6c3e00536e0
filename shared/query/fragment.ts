// SQL under construction: text pieces with the bound values between them. Fragments are
// concatenated freely and rendered once, so placeholders are numbered in one pass and a
// value can never be reused or shifted by mistake (Cube's ParamAllocator lesson).

/** What reaches the driver: better-sqlite3 rejects booleans, so dialects bind them first. */
export type BoundValue = string | number | null;

export interface Fragment {
  /** Always one more than `params`: params[i] sits between parts[i] and parts[i + 1]. */
  readonly parts: readonly string[];
  readonly params: readonly BoundValue[];
}

export interface RenderedSql {
  readonly sql: string;
  readonly params: BoundValue[];
}

/** Trusted SQL text written in this folder. Never pass user input or catalog strings here. */
export function raw(text: string): Fragment {
  return { parts: [text], params: [] };
}

/** One bound value. */
export function param(value: BoundValue): Fragment {
  return { parts: ['', ''], params: [value] };
}

/**
 * Concatenates text and fragments. Interpolations must be fragments, so a string cannot be
 * spliced into SQL by accident: it has to go through `raw` (code) or `param` (data).
 */
export function sql(strings: TemplateStringsArray, ...values: readonly Fragment[]): Fragment {
  const parts: string[] = [strings[0] ?? ''];
  const params: BoundValue[] = [];
  values.forEach((value, i) => {
    appendInto(parts, params, value);
    parts[parts.length - 1] += strings[i + 1] ?? '';
  });
  return { parts, params };
}

export function join(fragments: readonly Fragment[], separator: string): Fragment {
  const parts: string[] = [''];
  const params: BoundValue[] = [];
  fragments.forEach((fragment, i) => {
    if (i > 0) parts[parts.length - 1] += separator;
    appendInto(parts, params, fragment);
  });
  return { parts, params };
}

function appendInto(parts: string[], params: BoundValue[], fragment: Fragment): void {
  const [first = '', ...rest] = fragment.parts;
  parts[parts.length - 1] += first;
  parts.push(...rest);
  params.push(...fragment.params);
}

/** Renders placeholders in order; `placeholder(1)` is the first value. */
export function render(fragment: Fragment, placeholder: (index: number) => string): RenderedSql {
  let text = fragment.parts[0] ?? '';
  for (let i = 1; i < fragment.parts.length; i += 1) text += placeholder(i) + (fragment.parts[i] ?? '');
  return { sql: text, params: [...fragment.params] };
}
