// Everything that happened to the customer, newest first: orders, activities, tickets,
// surveys, market signals and retention actions, filterable by kind.
import { useMemo, useState } from 'react';
import { Card, Segmented, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '../../../shared/contract/domains/scoring';
import { formatDate } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { timelineAmount, timelineDetail, timelineTitle, type TimelineKind, type TimelineWords } from './timeline-text';

const kindColors: Record<TimelineKind, string> = {
  order: '#1b5fd1',
  activity: '#13a8a8',
  ticket: '#d48806',
  survey: '#7262fd',
  signal: '#cf1322',
  action: '#389e0d',
};
const kinds = Object.keys(kindColors) as TimelineKind[];

export function CustomerTimeline({ events, truncated }: { events: CustomerProfile['timeline']; truncated: boolean }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const [kind, setKind] = useState<TimelineKind | 'all'>('all');
  const present = useMemo(() => kinds.filter((k) => events.some((e) => e.kind === k)), [events]);
  const shown = kind === 'all' ? events : events.filter((e) => e.kind === kind);
  const words: TimelineWords = {
    kind: (k) => t(`customer360.kinds.${k}`),
    satisfaction: (score) => t('customer360.satisfaction', { score }),
    surveyScore: (score) => t('customer360.surveyScore', { score }),
  };
  return (
    <Card
      size="small"
      data-testid="c360-timeline"
      data-count={events.length}
      title={t('customer360.timeline')}
      extra={
        <Segmented<TimelineKind | 'all'>
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
                <b>{timelineTitle(e, words, locale)}</b>
                {e.amount !== null ? <span style={{ marginLeft: 8, fontVariantNumeric: 'tabular-nums' }}>{timelineAmount(e, e.amount, words, locale)}</span> : null}
                {e.detail ? (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {timelineDetail(e, locale)}
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
