// Which imported attributes a call list shows as contact columns.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../shared/catalog';
import { contactAttributes, isContactName } from '../../../electron/export/call-list/contact-fields';

describe('contact attributes', () => {
  it('recognises phone, email, WeChat and contact names in English and Chinese', () => {
    for (const name of ['phone', 'Mobile', 'mobile_phone', 'Tel', 'E-mail', 'email', 'WeChat ID', 'contact person', '电话', '手机号', '邮箱', '微信', '联系人', '联系方式'])
      expect(isContactName(name)).toBe(true);
  });

  it('ignores words that merely contain the letters', () => {
    for (const name of ['hotel', 'attempts', 'telemetry_score', 'employees', '客户类型', 'emailed_count2x']) expect(isContactName(name)).toBe(false);
  });

  it('takes the workspace catalog’s attribute fields in their order', () => {
    const catalog = buildCatalog([
      { name: 'employees', type: 'number' },
      { name: '手机', type: 'number' },
      { name: 'Email', type: 'text' },
    ]);
    expect(contactAttributes(catalog)).toEqual(['手机', 'Email']);
  });
});
