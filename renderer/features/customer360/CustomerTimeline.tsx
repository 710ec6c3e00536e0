// Everything that happened to the customer, newest first: orders, activities, tickets,
// surveys, market signals and retention actions, filterable by kind.
import { useMemo, useState } from 'react';
import { Card, Segmented, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '../../../shared/contract/domains/scoring';
import { formatCurrency, formatDate, formatNumber } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';

type Event = CustomerProfile['timeline'][number];
type Kind = Event['kind'];

const kindColors: Record<Kind, string> = {
  order: '#1b5fd1',
  activity: '#13a8a8',
  ticket: '#d48806',
  survey: '#7262fd',
  signal: '#cf1322',
  action: '#389e0d',
};
const kinds = Object.keys(kindColors) as Kind[];

const orderStatuses = ['completed', 'refunded', 'cancelled'] as const;
const surveyKinds = ['csat', 'nps'] as const;
const severities = ['low', 'medium', 'high'] as const;
const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);

export function CustomerTimeline({ events, truncated }: { events: CustomerProfile['timeline']; truncated: boolean }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const present = useMemo(() => kinds.filter((k) => events.some((e) => e.kind === k)), [events]);
  const shown = kind === 'all' ? events : events.filter((e) => e.kind === kind);
  // Canonical codes (an order's status, a survey's kind) in the analyst's language; free text as imported.
  const titleOf = (e: Event): string => {
    if (e.kind === 'survey' && isOneOf(surveyKinds, e.title)) return t(`customer360.surveyKinds.${e.title}`);
    // A ticket or action without a kind is titled by the host with the event's own name.
    if (e.title === e.kind) return t(`customer360.kinds.${e.kind}`);
    return e.title;
  };
  // The timeline's number is an order's amount or an action's cost, a ticket's satisfaction, a survey's score.
  const amountOf = (e: Event, n: number): string => {
    if (e.kind === 'ticket') return t('customer360.satisfaction', { score: formatNumber(n, locale, Number.isInteger(n) ? 0 : 1) });
    if (e.kind === 'survey') return t('customer360.surveyScore', { score: formatNumber(n, locale, Number.isInteger(n) ? 0 : 1) });
    return formatCurrency(n, locale);
  };
  const detailOf = (e: Event): string | null => {
    if (e.kind === 'order' && isOneOf(orderStatuses, e.detail)) return t(`customer360.orderStatus.${e.detail}`);
    // A ticket's severity in the usual three words; other wordings as imported.
    if (e.kind === 'ticket' && isOneOf(severities, e.detail)) return t(`customer360.severities.${e.detail}`);
    return e.detail;
  };
  return (
    <Card
      size="small"
      data-testid="c360-timeline"
      data-count={events.length}
      title={t('customer360.timeline')}
      extra={
        <Segmented<Kind | 'all'>
          size="small"
          aria-label={t('customer360.timelineFilter')}
          value={kind}
          onChange={setKind}
          options={[{ value: 'all', label: t('customer360.all') }, ...present.map((k) => ({ value: k, label: t(`customer360.kinds.${k}`) }))]}
        />
      }
      style={{ height: '100%' }}
      styles={{ body: { maxHeight: 360, overflow: 'auto' } }}
    >
      {shown.length === 0 ? (
        <Typography.Text type="secondary">{t('customer360.timelineEmpty')}</Typography.Text>
      ) : (
        <Timeline
          items={shown.map((e, i) => ({
            key: `${e.date}-${e.kind}-${i}`,
            color: kindColors[e.kind],
            content: (
              <div data-kind={e.kind}>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 8 }}>
                  {formatDate(e.date, locale)}
                </Typography.Text>
                <span style={{ color: kindColors[e.kind], fontSize: 12, marginRight: 6 }}>{t(`customer360.kinds.${e.kind}`)}</span>
                <b>{titleOf(e)}</b>
                {e.amount !== null ? <span style={{ marginLeft: 8, fontVariantNumeric: 'tabular-nums' }}>{amountOf(e, e.amount)}</span> : null}
                {e.detail ? (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {detailOf(e)}
                    </Typography.Text>
                  </div>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
      {truncated ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('customer360.timelineTruncated', { count: events.length })}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
