// A campaign's audience in words: the segment's name, the inbox filter it came from, or the
// customers chosen one by one.
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CampaignAudience } from '../../../shared/contract/domains/campaigns';
import type { WarningFilter } from '../../../shared/contract/domains/warnings';
import { formatInteger } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import { useLocale } from '../../i18n/use-locale';
import { useOperation } from '../../api/use-operation';

type T = TFunction<'campaigns'>;
type WordsT = TFunction<'warning-words'>;

export function warningFilterText(filter: WarningFilter, t: T, tw: WordsT, locale: Locale, segmentName: (id: number) => string): string {
  const join = (items: readonly string[]) => items.join(tw('export.listSeparator'));
  const parts: string[] = [];
  if (filter.states?.length) parts.push(t('audience.states', { list: join(filter.states.map((s) => tw(`state.${s}`))) }));
  if (filter.severities?.length) parts.push(t('audience.severities', { list: join(filter.severities.map((s) => tw(`severity.${s}`))) }));
  if (filter.owners?.length) parts.push(t('audience.owners', { list: filter.owners.map((o) => o || '—').join(', ') }));
  if (filter.ruleIds?.length) parts.push(t('audience.rules', { count: filter.ruleIds.length }));
  if (filter.segmentId !== undefined) parts.push(t('audience.segmentFilter', { name: segmentName(filter.segmentId) }));
  if (filter.onlyNew) parts.push(t('audience.onlyNew'));
  if (filter.search) parts.push(t('audience.search', { text: filter.search }));
  return parts.length === 0 ? t('audience.allOpen') : parts.join(locale === 'zh-CN' ? '；' : '; ');
}

export function AudienceSummary({ audience }: { audience: CampaignAudience | null }) {
  const { t } = useTranslation('campaigns');
  const { t: tw } = useTranslation('warning-words');
  const locale = useLocale();
  const segments = useOperation('segment.list', {});
  const segmentName = (id: number) => segments.data?.segments.find((s) => s.id === id)?.name ?? `#${id}`;
  if (!audience) return <Typography.Text type="secondary">{t('audience.missing')}</Typography.Text>;
  switch (audience.kind) {
    case 'segment': {
      return (
        <span data-testid="audience-summary" data-kind="segment">
          {t('audience.segment')}: {segmentName(audience.segmentId)}
        </span>
      );
    }
    case 'warnings':
      return (
        <span data-testid="audience-summary" data-kind="warnings">
          {t('audience.warnings')} · {t('audience.warningsFilter', { text: warningFilterText(audience.filter, t, tw, locale, segmentName) })}
        </span>
      );
    case 'customers':
      return (
        <span data-testid="audience-summary" data-kind="customers">
          {t('audience.customers', { count: audience.customerIds.length, formatted: formatInteger(audience.customerIds.length, locale) })}
        </span>
      );
    case 'filter':
      return (
        <span data-testid="audience-summary" data-kind="filter">
          {t('audience.filter')}
        </span>
      );
  }
}
