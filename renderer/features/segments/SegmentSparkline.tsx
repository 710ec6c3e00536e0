// A segment's size at each snapshot as a tiny line: a plain SVG rather than an ECharts instance
// per table row, so a list of a hundred segments stays light.
import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../../../shared/i18n/format';
import type { Segment } from '../../../shared/segments/definition';
import { useLocale } from '../../i18n/use-locale';

const WIDTH = 96;
const HEIGHT = 24;

export function sparklinePoints(sizes: readonly number[], width = WIDTH, height = HEIGHT): string {
  if (sizes.length === 0) return '';
  const max = Math.max(...sizes);
  const min = Math.min(...sizes);
  const span = max - min || 1;
  const step = sizes.length > 1 ? (width - 4) / (sizes.length - 1) : 0;
  return sizes
    .map((size, i) => {
      const x = 2 + (sizes.length > 1 ? i * step : (width - 4) / 2);
      // A flat series sits in the middle rather than on the floor.
      const y = max === min ? height / 2 : 2 + (1 - (size - min) / span) * (height - 4);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function SegmentSparkline({ segment, color }: { segment: Segment; color: string }) {
  const { t } = useTranslation('segment-lists');
  const locale = useLocale();
  const { token } = theme.useToken();
  const sizes = segment.sizes.map((p) => p.size);
  if (sizes.length === 0) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('list.noTrend')}
      </Typography.Text>
    );
  }
  const label = t('list.trendLabel', { points: segment.sizes.map((p) => `${formatDate(p.asOf, locale)} ${formatInteger(p.size, locale)}`).join(locale === 'zh-CN' ? '；' : '; ') });
  const points = sparklinePoints(sizes);
  const last = points.split(' ').at(-1)?.split(',') ?? ['0', '0'];
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label={label} data-testid={`segment-trend-${segment.id}`} data-points={sizes.length} style={{ display: 'block' }}>
      <title>{label}</title>
      <line x1={0} y1={HEIGHT - 1} x2={WIDTH} y2={HEIGHT - 1} stroke={token.colorBorderSecondary} strokeWidth={1} />
      <polyline points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={Number(last[0])} cy={Number(last[1])} r={2} fill={color} />
    </svg>
  );
}
