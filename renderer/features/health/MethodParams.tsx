// The parameters of an indicator's scoring method: nothing for percentile rank, the two
// thresholds for linear scoring, and a small band table (in a popover) for bands.
import { Button, InputNumber, Popover, Space, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/scoring/health-config';
import { formatNumber } from '../../../shared/i18n/format';

type Scoring = Indicator['scoring'];
type Bands = Extract<Scoring, { method: 'bands' }>;

export interface MethodParamsProps {
  indicatorId: string;
  scoring: Scoring;
  onChange: (scoring: Scoring) => void;
}

function BandsEditor({ scoring, onChange, testId }: { scoring: Bands; onChange: (s: Bands) => void; testId: string }) {
  const { t } = useTranslation('scoring');
  const setBand = (i: number, patch: Partial<Bands['bands'][number]>) => onChange({ ...scoring, bands: scoring.bands.map((b, k) => (k === i ? { ...b, ...patch } : b)) });
  const last = scoring.bands[scoring.bands.length - 1];
  return (
    <div data-testid={testId} style={{ display: 'grid', gridTemplateColumns: 'auto auto auto', gap: 6, alignItems: 'center' }}>
      <Typography.Text type="secondary">{t('health.bandUpTo')}</Typography.Text>
      <Typography.Text type="secondary">{t('health.bandScore')}</Typography.Text>
      <span />
      {scoring.bands.map((b, i) => (
        <div key={i} style={{ display: 'contents' }}>
          <InputNumber size="small" value={b.upTo} onChange={(v) => v !== null && setBand(i, { upTo: v })} style={{ width: 96 }} />
          <InputNumber size="small" min={0} max={100} value={b.score} onChange={(v) => v !== null && setBand(i, { score: v })} style={{ width: 72 }} />
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('health.remove')}
            disabled={scoring.bands.length <= 1}
            onClick={() => onChange({ ...scoring, bands: scoring.bands.filter((_, k) => k !== i) })}
          />
        </div>
      ))}
      <Typography.Text type="secondary">{t('health.bandOtherwise')}</Typography.Text>
      <InputNumber size="small" min={0} max={100} value={scoring.otherwise} onChange={(v) => v !== null && onChange({ ...scoring, otherwise: v })} style={{ width: 72 }} />
      <span />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={scoring.bands.length >= 20}
        onClick={() => onChange({ ...scoring, bands: [...scoring.bands, { upTo: (last?.upTo ?? 0) + 1, score: last?.score ?? 50 }] })}
        style={{ gridColumn: '1 / span 3' }}
      >
        {t('health.addBand')}
      </Button>
    </div>
  );
}

export function MethodParams({ indicatorId, scoring, onChange }: MethodParamsProps) {
  const { t } = useTranslation('scoring');
  switch (scoring.method) {
    case 'percentile':
      return (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('health.noParameters')}
        </Typography.Text>
      );
    case 'linear':
      return (
        <Space size={4} wrap={false}>
          <InputNumber
            size="small"
            aria-label={t('health.low')}
            placeholder={t('health.low')}
            value={scoring.low}
            onChange={(v) => v !== null && onChange({ ...scoring, low: v })}
            style={{ width: 62 }}
            data-testid={`indicator-${indicatorId}-low`}
          />
          <span>–</span>
          <InputNumber
            size="small"
            aria-label={t('health.high')}
            placeholder={t('health.high')}
            value={scoring.high}
            onChange={(v) => v !== null && onChange({ ...scoring, high: v })}
            style={{ width: 62 }}
            data-testid={`indicator-${indicatorId}-high`}
          />
        </Space>
      );
    case 'bands':
      return (
        <Popover trigger="click" title={t('health.editBands')} content={<BandsEditor scoring={scoring} onChange={onChange} testId={`indicator-${indicatorId}-bands`} />}>
          <Button
            size="small"
            icon={<EditOutlined />}
            title={t('health.bandsSummary', { count: scoring.bands.length, otherwise: scoring.otherwise })}
            data-testid={`indicator-${indicatorId}-bands-edit`}
            style={{ maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis', justifyContent: 'flex-start' }}
          >
            {scoring.bands.map((b) => `≤${formatNumber(b.upTo)}:${formatNumber(b.score, undefined, 0)}`).join(' ')}
            {` · ${t('health.bandOtherwise')} ${formatNumber(scoring.otherwise, undefined, 0)}`}
          </Button>
        </Popover>
      );
  }
}
