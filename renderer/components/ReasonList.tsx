// A customer's top churn reasons: the localized reason type, then the factor in plain words.
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../shared/contract/domains/scoring';
import { useLocale } from '../i18n/use-locale';
import { useFeatureLabel } from '../i18n/use-feature-label';

export function reasonText(featureName: string, locale: 'zh-CN' | 'en', typeName: string): string {
  return `${typeName}${locale === 'zh-CN' ? '：' : ': '}${featureName}`;
}

/** Inline, for grid cells and lists: "服务：近180天首次响应时长中位数(小时)；价格：…". */
export function useReasonSummary(): (reasons: readonly Reason[]) => string {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const featureName = useFeatureLabel();
  return (reasons) => reasons.map((r) => reasonText(featureName(r.feature), locale, t(`reasonTypes.${r.reasonType}`))).join(locale === 'zh-CN' ? '；' : '; ');
}

export function ReasonTags({ reasons }: { reasons: readonly Reason[] }) {
  const { t } = useTranslation('scoring');
  const featureName = useFeatureLabel();
  if (reasons.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {reasons.map((r) => (
        <Tag key={r.feature} data-reason-type={r.reasonType} style={{ marginInlineEnd: 0 }}>
          <b>{t(`reasonTypes.${r.reasonType}`)}</b> · {featureName(r.feature)}
        </Tag>
      ))}
    </span>
  );
}
