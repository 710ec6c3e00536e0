import { describe, expect, it } from 'vitest';
import { headerKey, makeUniqueHeaders, tidyHeader } from '../../../shared/import/headers';

describe('headers', () => {
  it('tidies trailing spaces, full-width letters and invisible characters', () => {
    expect(tidyHeader('宝贝标题 ')).toBe('宝贝标题');
    expect(tidyHeader('\uFEFF客户ID\u3000')).toBe('客户ID');
    expect(tidyHeader('ＣＵＳＴ  Ｎｏ')).toBe('CUST No');
    expect(tidyHeader('a\tb')).toBe('a b');
  });

  it('keys are case-, width- and separator-insensitive', () => {
    expect(headerKey('Customer ID')).toBe(headerKey('ｃｕｓｔｏｍｅｒ_id'));
    expect(headerKey('订单付款时间 ')).toBe(headerKey('订单付款时间'));
  });

  it('makes empty, duplicate and hostile names safe and unique', () => {
    const { names, renames } = makeUniqueHeaders(['name', '', 'Name', '__proto__', null, 'column_2', 'name_2', 'x'.repeat(300)]);
    expect(names).toEqual(['name', 'column_2_2', 'Name_3', 'proto', 'column_5', 'column_2', 'name_2', 'x'.repeat(128)]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(renames.map((r) => r.reason)).toEqual(['empty', 'duplicate', 'reserved', 'empty', 'too-long']);
  });
});
