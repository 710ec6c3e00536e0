// The filters in force, as the export will apply them: the period, the global bar, linkage
// values and drill steps, named as the page's chips name them (read-only here).
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';
import { filterChips } from './filter-chips';
import type { CatalogLabels } from './use-catalog-labels';

export interface ExportFilterSummaryProps {
  readonly filters: DashboardFilters;
  readonly labels: CatalogLabels;
  readonly segmentName: (id: string) => string;
}

export function ExportFilterSummary({ filters, labels, segmentName }: ExportFilterSummaryProps) {
  const { t } = useTranslation('export-page');
  const { t: tp } = useTranslation('dashboard-page');
  const chips = filterChips(filters);
  const kindLabel = { global: tp('filters.global'), period: tp('filters.period'), linkage: tp('filters.linkage'), drill: tp('filters.drill') } as const;
  const show = (field: string, v: string | number | boolean) => (field === SAVED_SEGMENT_FIELD ? segmentName(String(v)) : labels.value(field, v));
  return (
    <div data-testid="export-filter-summary" data-count={chips.length}>
      <Typography.Text strong>{t('dashboard.filters')}</Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 4 }}>
        {chips.length === 0 ? (
          <Typography.Text type="secondary">{t('dashboard.filtersNone')}</Typography.Text>
        ) : (
          chips.map((chip) => {
            const values = chip.values.map((v) => show(chip.field, v)).join(chip.kind === 'drill' ? ' › ' : '、');
            const text = `${kindLabel[chip.kind]} · ${chip.kind === 'period' ? '' : `${labels.field(chip.field)}: `}${values}`;
            return (
              <Tag key={chip.key} title={text} style={{ marginInlineEnd: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {text}
              </Tag>
            );
          })
        )}
      </div>
    </div>
  );
}
