// The headline KPIs of the warning cockpit, from the newest snapshot's customer mart: customers,
// active (lifecycle active under the configured churn definition), last month's churn and rate,
// and the at-risk customers with their CLV (non-churned customers only: churned ones have no tier).
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Kpis } from '../../../shared/contract/operations';
import { tierColors } from '../../../shared/domain/tiers';
import { formatDate, formatMonth, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { HelpButton } from '../../components/HelpButton';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { DefinitionHelp } from './DefinitionHelp';
import { KpiCard } from '../../components/KpiCard';
import { RateChange } from './RateChange';
import { formatValue } from '../../../shared/i18n/format-kind';

export function KpiCards({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const labels = useCatalogLabels();
  const measureHelp = (measure: string, testId: string) => (
    <HelpButton title={labels.measure(measure)} ariaLabel={t('dashboard.helpLabel')} maxWidth={320} testId={testId} content={labels.help(measure)} />
  );
  // At-risk figures exist once a snapshot has been scored; until then the row keeps four cards.
  const scored = kpis.atRiskCustomers !== null && kpis.atRiskCustomers !== undefined;
  const span = scored ? 4 : 6;
  const month = formatMonth(kpis.month, locale);
  const count = (n: number) => ({ display: formatValue(n, 'compact', locale), exact: formatValue(n, 'count', locale) });
  const activeShare = kpis.customers > 0 ? kpis.activeCustomers / kpis.customers : null;
  const help = (testId: string) => <DefinitionHelp inactivityDays={kpis.inactivityDays} dataDate={kpis.dataDate} testId={testId} />;

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} sm={12} xl={span}>
        <KpiCard
          testId="kpi-customers"
          title={t('dashboard.kpiCustomers')}
          rawValue={kpis.customers}
          {...count(kpis.customers)}
          footer={kpis.dataDate ? t('dashboard.asOf', { date: formatDate(kpis.dataDate, locale) }) : null}
        />
      </Col>
      <Col xs={24} sm={12} xl={span}>
        <KpiCard
          testId="kpi-active"
          title={t('dashboard.kpiActive')}
          rawValue={kpis.activeCustomers}
          {...count(kpis.activeCustomers)}
          accent={tierColors.healthy}
          extra={help('kpi-active-help')}
          footer={activeShare === null ? null : t('dashboard.ofCustomers', { share: formatPercent(activeShare, locale) })}
        />
      </Col>
      <Col xs={24} sm={12} xl={span}>
        <KpiCard
          testId="kpi-churned"
          title={t('dashboard.kpiChurned')}
          rawValue={kpis.churnedLastMonth}
          {...count(kpis.churnedLastMonth)}
          accent={tierColors.atRisk}
          footer={month}
        />
      </Col>
      <Col xs={24} sm={12} xl={span}>
        <KpiCard
          testId="kpi-churn-rate"
          title={t('dashboard.kpiChurnRate')}
          rawValue={kpis.churnRateLastMonth}
          display={formatPercent(kpis.churnRateLastMonth, locale)}
          accent={tierColors.atRisk}
          extra={help('kpi-churn-rate-help')}
          footer={
            kpis.churnRateChange === null ? (
              t('dashboard.noPrevious')
            ) : (
              <>
                <RateChange points={kpis.churnRateChange} /> {t('dashboard.vsPrevious', { rate: formatPercent(kpis.churnRatePrevMonth, locale) })}
              </>
            )
          }
        />
      </Col>
      {scored ? (
        <>
          <Col xs={24} sm={12} xl={span}>
            <KpiCard
              testId="kpi-at-risk"
              title={ts('kpi.atRisk')}
              rawValue={kpis.atRiskCustomers ?? null}
              {...count(kpis.atRiskCustomers ?? 0)}
              accent={tierColors.atRisk}
              extra={measureHelp('at_risk_customers', 'kpi-at-risk-help')}
              footer={
                kpis.activeCustomers > 0
                  ? ts('kpi.ofActive', { share: formatPercent((kpis.atRiskCustomers ?? 0) / kpis.activeCustomers, locale) })
                  : kpis.scoredAsOf
                    ? ts('kpi.scoredAsOf', { date: formatDate(kpis.scoredAsOf, locale) })
                    : null
              }
            />
          </Col>
          <Col xs={24} sm={12} xl={span}>
            <KpiCard
              testId="kpi-at-risk-clv"
              title={ts('kpi.atRiskClv')}
              rawValue={kpis.atRiskClv ?? null}
              display={formatValue(kpis.atRiskClv, 'currencyCompact', locale)}
              exact={formatValue(kpis.atRiskClv, 'currency', locale)}
              accent={tierColors.atRisk}
              extra={measureHelp('clv_at_risk', 'kpi-at-risk-clv-help')}
              footer={kpis.scoredAsOf ? ts('kpi.scoredAsOf', { date: formatDate(kpis.scoredAsOf, locale) }) : null}
            />
          </Col>
        </>
      ) : null}
    </Row>
  );
}
