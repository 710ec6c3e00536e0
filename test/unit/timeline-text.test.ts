// Customer 360's timeline: what each kind of event says. Satisfaction and NPS are scores, never
// money ("csat ¥5.00" was the bug); amounts and costs are money in the one currency format the
// grid uses; known codes are translated, free text shows as imported.
import { describe, expect, it } from 'vitest';
import { timelineAmount, timelineDetail, timelineTitle, type TimelineEvent, type TimelineWords } from '../../renderer/features/customer360/timeline-text';
import { formatValue } from '../../shared/i18n/format-kind';
import type { Locale } from '../../shared/i18n/locales';
import { resources } from '../../shared/i18n/resources';

function wordsOf(locale: Locale): TimelineWords {
  const c = resources[locale].scoring.customer360;
  return {
    kind: (k) => c.kinds[k],
    satisfaction: (score) => c.satisfaction.replace('{{score}}', score),
    surveyScore: (score) => c.surveyScore.replace('{{score}}', score),
  };
}

const ev = (kind: TimelineEvent['kind'], title: string, detail: string | null, amount: number | null): TimelineEvent => ({ date: '2026-10-01', kind, title, detail, amount });

describe.each(['zh-CN', 'en'] as const)('timeline text in %s', (locale) => {
  const words = wordsOf(locale);

  it('shows a survey score and a ticket satisfaction as scores with one decimal, not money', () => {
    const survey = timelineAmount(ev('survey', 'csat', null, 5), 5, words, locale);
    const nps = timelineAmount(ev('survey', 'nps', null, 9), 9, words, locale);
    const ticket = timelineAmount(ev('ticket', 'complaint', 'high', 3.5), 3.5, words, locale);
    for (const text of [survey, nps, ticket]) expect(text).not.toMatch(/[¥$]/);
    expect(survey).toContain('5.0');
    expect(nps).toContain('9.0');
    expect(ticket).toContain('3.5');
  });

  it('shows an order amount and an action cost as money, as the grid does', () => {
    expect(timelineAmount(ev('order', 'Widget', 'completed', 1234.5), 1234.5, words, locale)).toBe(formatValue(1234.5, 'currency', locale));
    expect(timelineAmount(ev('order', 'Widget', 'completed', 1234.5), 1234.5, words, locale)).toBe('¥1,234.50');
    expect(timelineAmount(ev('action', 'care_call', 'retained', 80), 80, words, locale)).toBe('¥80.00');
  });

  it('translates the known codes of every kind and leaves free text as imported', () => {
    const r = resources[locale].codes;
    expect(timelineTitle(ev('survey', 'csat', null, 5), words, locale)).toBe(r.surveyKind.csat);
    expect(timelineTitle(ev('ticket', 'complaint', 'high', null), words, locale)).toBe(r.ticketKind.complaint);
    expect(timelineTitle(ev('activity', 'app_open', '3', null), words, locale)).toBe(r.activityKind.app_open);
    expect(timelineTitle(ev('signal', 'price_comparison', '竞品A', null), words, locale)).toBe(r.signalKind.price_comparison);
    expect(timelineTitle(ev('action', 'care_call', 'retained', 80), words, locale)).toBe(r.actionKind.care_call);
    expect(timelineTitle(ev('ticket', 'ticket', null, null), words, locale)).toBe(resources[locale].scoring.customer360.kinds.ticket);
    expect(timelineTitle(ev('order', '智能门锁 X1', 'completed', 10), words, locale)).toBe('智能门锁 X1');
    expect(timelineDetail(ev('order', 'x', 'refunded', 10), locale)).toBe(r.orderStatus.refunded);
    expect(timelineDetail(ev('ticket', 'complaint', 'medium', null), locale)).toBe(r.severity.medium);
    expect(timelineDetail(ev('action', 'care_call', 'retained', 80), locale)).toBe(r.actionOutcome.retained);
    expect(timelineDetail(ev('signal', 'price_comparison', '竞品A', null), locale)).toBe('竞品A');
    expect(timelineDetail(ev('survey', 'nps', '物流很快', 9), locale)).toBe('物流很快');
    expect(timelineDetail(ev('activity', 'login', '3', null), locale)).toBe('× 3');
  });
});
