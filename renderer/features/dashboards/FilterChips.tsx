// The active filters as closable tags (global bar, period, linkage 联动, drill) with "Clear all";
// Esc clears the linkage (bound by the page).
import { Button, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';
import { EMPTY_FILTERS } from './filter-state';
import { filterChips } from './filter-chips';
import type { CatalogLabels } from './use-catalog-labels';

export interface FilterChipsProps {
  readonly filters: DashboardFilters;
  readonly onChange: (filters: DashboardFilters) => void;
  readonly labels: CatalogLabels;
  readonly segmentName?: (id: string) => string;
  readonly dark?: boolean;
}

const KIND_COLOR = { global: 'blue', period: 'geekblue', linkage: 'orange', drill: 'purple' } as const;

export function FilterChips({ filters, onChange, labels, segmentName, dark }: FilterChipsProps) {
  const { t } = useTranslation('dashboard-page');
  const { token } = theme.useToken();
  const chips = filterChips(filters);
  if (chips.length === 0) return null;
  const kindLabel = { global: t('filters.global'), period: t('filters.period'), linkage: t('filters.linkage'), drill: t('filters.drill') } as const;
  const show = (field: string, v: string | number | boolean) => (field === SAVED_SEGMENT_FIELD && segmentName ? segmentName(String(v)) : labels.value(field, v));
  return (
    <div data-testid="filter-chips" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, padding: '4px 0' }}>
      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM, color: dark ? '#9fb3d9' : undefined }}>
        {t('filters.active')}:
      </Typography.Text>
      {chips.map((chip) => (
        <Tag
          key={chip.key}
          color={KIND_COLOR[chip.kind]}
          closable
          data-testid={`chip-${chip.key}`}
          onClose={(e) => {
            e.preventDefault();
            onChange(chip.remove(filters));
          }}
          style={{ marginInlineEnd: 0 }}
        >
          {kindLabel[chip.kind]} · {chip.kind === 'period' ? '' : `${labels.field(chip.field)}: `}
          {chip.kind === 'drill' ? chip.values.map((v) => show(chip.field, v)).join(' › ') : chip.values.map((v) => show(chip.field, v)).join('、')}
        </Tag>
      ))}
      <Button size="small" type="link" onClick={() => onChange(EMPTY_FILTERS)} data-testid="filters-clear-all">
        {t('filters.clearAll')}
      </Button>
      {filters.linkage.length ? (
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {t('filters.escHint')}
        </Typography.Text>
      ) : null}
    </div>
  );
}
