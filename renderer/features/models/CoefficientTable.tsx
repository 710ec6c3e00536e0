// Logistic coefficients per standard deviation, largest effect first, in plain words: the
// factor, its reason type, whether it raises or lowers churn risk, and a diverging bar.
import { useMemo } from 'react';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelRunDetail } from '../../../shared/contract/domains/scoring';
import { tierColors } from '../../../shared/domain/tiers';
import { formatNumber } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useFeatureLabel } from '../../i18n/use-feature-label';
import { HelpPopover } from '../../components/HelpPopover';
import { formatValue } from '../../../shared/i18n/format-kind';

type Coefficient = ModelRunDetail['coefficients'][number];

function Bar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? (Math.abs(value) / max) * 50 : 0;
  const color = value > 0 ? tierColors.atRisk : tierColors.healthy;
  return (
    <div aria-hidden style={{ position: 'relative', height: 10, width: 140, background: '#f5f5f5', borderRadius: 2 }}>
      <div style={{ position: 'absolute', left: '50%', top: -2, bottom: -2, width: 1, background: '#bfbfbf' }} />
      <div
        style={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          background: color,
          borderRadius: 2,
          ...(value > 0 ? { left: '50%', width: `${width}%` } : { right: '50%', width: `${width}%` }),
        }}
      />
    </div>
  );
}

export function CoefficientTable({ coefficients, intercept }: { coefficients: readonly Coefficient[]; intercept: number | null }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const featureName = useFeatureLabel();
  const sorted = useMemo(() => [...coefficients].sort((a, b) => Math.abs(b.coefStd) - Math.abs(a.coefStd)), [coefficients]);
  const max = sorted[0] ? Math.abs(sorted[0].coefStd) : 0;
  const columns: TableColumnsType<Coefficient> = [
    { key: 'feature', title: t('models.feature'), render: (_, c) => <span title={locale === 'en' ? c.feature : undefined}>{featureName(c.feature)}</span> },
    { key: 'reason', title: t('models.reasonType'), render: (_, c) => <Tag>{t(`reasonTypes.${c.reasonType}`)}</Tag> },
    {
      key: 'effect',
      title: t('models.effect'),
      render: (_, c) => (
        <span style={{ color: c.coefStd > 0 ? tierColors.atRisk : tierColors.healthy, whiteSpace: 'nowrap' }}>
          {c.coefStd > 0 ? t('models.raisesRisk') : t('models.lowersRisk')}
        </span>
      ),
    },
    {
      key: 'coef',
      title: t('models.coefStd'),
      align: 'right',
      render: (_, c) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }} data-value={c.coefStd}>
          {c.coefStd > 0 ? '+' : ''}
          {formatValue(c.coefStd, 'coefficient', locale)}
        </span>
      ),
    },
    { key: 'bar', title: '', render: (_, c) => <Bar value={c.coefStd} max={max} /> },
  ];
  return (
    <div data-testid="model-coefficients" data-count={coefficients.length}>
      <Typography.Text strong>
        {t('models.coefficients')}
        <HelpPopover topics={['coefficients', 'reasonTypes']} />
      </Typography.Text>
      {intercept !== null ? (
        <Typography.Text type="secondary" style={{ marginLeft: 12, fontSize: 12 }}>
          {t('models.intercept', { value: formatNumber(intercept, locale, 3) })}
        </Typography.Text>
      ) : null}
      <Table<Coefficient>
        size="small"
        rowKey="feature"
        columns={columns}
        dataSource={sorted}
        pagination={sorted.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
      />
    </div>
  );
}
