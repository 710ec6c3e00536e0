// The decision tree as readable rules: each leaf's conditions in plain words, how many
// training customers it covers and the share of them who churned.
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelRunDetail } from '../../../shared/contract/domains/scoring';
import { tierColors, tierTints } from '../../../shared/domain/tiers';
import { formatInteger, formatNumber, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover } from '../../components/HelpPopover';
import { useFeatureLabel } from '../../i18n/use-feature-label';
import { parseRuleConditions } from './rule-text';

type Rule = ModelRunDetail['rules'][number];

export function TreeRules({ rules, baseRate }: { rules: readonly Rule[]; baseRate: number | null }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const featureName = useFeatureLabel();

  const conditionText = (rule: Rule) => {
    const conditions = parseRuleConditions(rule.text);
    if (conditions.length === 0) return t('models.ruleAll');
    return conditions.map((c, i) => {
      let text = c.text;
      if (c.feature) {
        const name = featureName(c.feature);
        const n = (v: number | null) => formatNumber(v, locale, 4);
        text = c.lower !== null && c.upper !== null ? `${n(c.lower)} < ${name} ≤ ${n(c.upper)}` : c.lower !== null ? `${name} > ${n(c.lower)}` : `${name} ≤ ${n(c.upper)}`;
      }
      return (
        <span key={i}>
          {i > 0 ? <Typography.Text type="secondary"> {t('models.and')} </Typography.Text> : null}
          <span style={{ whiteSpace: 'nowrap' }}>{text}</span>
        </span>
      );
    });
  };
  const risky = (p: number) => baseRate !== null && p >= 2 * baseRate;

  const columns: TableColumnsType<Rule> = [
    { key: 'rule', title: t('models.rule'), render: (_, r) => <span title={locale === 'en' ? r.text : undefined}>{conditionText(r)}</span> },
    {
      key: 'p',
      title: t('models.p'),
      width: 96,
      align: 'right',
      render: (_, r) => (
        <span
          data-value={r.p}
          style={{
            fontWeight: 600,
            color: risky(r.p) ? tierColors.atRisk : undefined,
            background: risky(r.p) ? tierTints.atRisk.background : undefined,
            padding: '0 4px',
            borderRadius: 2,
          }}
        >
          {formatPercent(r.p, locale)}
        </span>
      ),
    },
    { key: 'n', title: t('models.n'), width: 80, align: 'right', render: (_, r) => formatInteger(r.n, locale) },
    { key: 'positives', title: t('models.positives'), width: 80, align: 'right', render: (_, r) => formatInteger(r.positives, locale) },
  ];
  return (
    <div data-testid="model-rules" data-count={rules.length}>
      <Typography.Text strong>
        {t('models.rules')}
        <HelpPopover topics={['rules']} />
      </Typography.Text>
      <Table<Rule> size="small" rowKey="leaf" columns={columns} dataSource={rules} pagination={rules.length > 12 ? { pageSize: 12, size: 'small' } : false} />
    </div>
  );
}
