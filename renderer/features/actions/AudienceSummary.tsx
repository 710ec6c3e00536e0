// A campaign's audience in words: the segment's name, the inbox filter it came from, or the
// customers chosen one by one.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignAudience } from '../../../shared/contract/domains/campaigns';
import type { WarningFilter } from '../../../shared/contract/domains/warnings';
import { formatInteger } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import { useLocale } from '../../i18n/use-locale';
import { useOperation } from '../../api/use-operation';
import { warningWord } from './shared-words';

type T = ReturnType<typeof useTranslation<'campaigns'>>['t'];

function listOf(locale: Locale, group: string, codes: readonly string[]): string {
  return codes.map((c) => warningWord(locale, group, c) ?? c).join(locale === 'zh-CN' ? '、' : ', ');
}

export function warningFilterText(filter: WarningFilter, t: T, locale: Locale): string {
  const parts: string[] = [];
  if (filter.states?.length) parts.push(t('audience.states', { list: listOf(locale, 'states', filter.states) }));
  if (filter.severities?.length) parts.push(t('audience.severities', { list: listOf(locale, 'severities', filter.severities) }));
  if (filter.owners?.length) parts.push(t('audience.owners', { list: filter.owners.map((o) => o || '—').join(', ') }));
  if (filter.ruleIds?.length) parts.push(t('audience.rules', { count: filter.ruleIds.length }));
  if (filter.segmentId !== undefined) parts.push(t('audience.segmentFilter', { id: filter.segmentId }));
  if (filter.onlyNew) parts.push(t('audience.onlyNew'));
  if (filter.search) parts.push(t('audience.search', { text: filter.search }));
  return parts.length === 0 ? t('audience.allOpen') : parts.join(locale === 'zh-CN' ? '；' : '; ');
}

export function AudienceSummary({ audience }: { audience: CampaignAudience | null }) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const segments = useOperation('segment.list', {});
  if (!audience) return <Typography.Text type="secondary">{t('audience.missing')}</Typography.Text>;
  switch (audience.kind) {
    case 'segment': {
      const segment = segments.data?.segments.find((s) => s.id === audience.segmentId);
      return (
        <span data-testid="audience-summary" data-kind="segment">
          {t('audience.segment')}: {segment?.name ?? `#${audience.segmentId}`}
        </span>
      );
    }
    case 'warnings':
      return (
        <span data-testid="audience-summary" data-kind="warnings">
          {t('audience.warnings')} · {t('audience.warningsFilter', { text: warningFilterText(audience.filter, t, locale) })}
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
