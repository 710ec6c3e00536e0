// The desktop notification's words (electron/main answers warning.notify with them), in each
// language, from the 'warnings' namespace the page shares.
import { describe, expect, it } from 'vitest';
import { warningNotificationText } from '../../../electron/main/warning-notification-text';
import { warningsEn } from '../../../shared/i18n/messages/warnings.en';
import { warningsZhCN } from '../../../shared/i18n/messages/warnings.zh-CN';

describe('warningNotificationText', () => {
  it('says how many were raised and how many are high, in Chinese', () => {
    const { title, body } = warningNotificationText({ raised: 23, high: 4, language: 'zh-CN' });
    expect(title).toBe(warningsZhCN.notify.title.replace('{{raised}}', '23'));
    expect(title).toContain('23');
    expect(body).toContain('4');
    expect(body).not.toMatch(/\{\{/);
  });

  it('in English, and without a high count when there is none', () => {
    expect(warningNotificationText({ raised: 1, high: 0, language: 'en' })).toEqual({
      title: warningsEn.notify.title.replace('{{raised}}', '1'),
      body: warningsEn.notify.bodyNoHigh,
    });
    expect(warningNotificationText({ raised: 5, high: 2, language: 'en' }).body).toBe(warningsEn.notify.body.replace('{{high}}', '2'));
  });
});
