// The inbox's filter bar: rule, severity, owner or assignee, state (open and acknowledged by
// default), saved segment, "only new" and a search over customer id and name.
import { Button, Checkbox, Input, Select, Space, Tooltip } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { WARNING_SEVERITIES, WARNING_STATES, type WarningRule } from '../../../shared/contract/domains/warnings';
import type { OperationOutput } from '../../../shared/contract/operations';
import { EMPTY_INBOX_FILTER, isNarrowed, type InboxFilterState } from './inbox-filter';
import { useRuleName } from './use-warning-labels';

export type SegmentItem = OperationOutput<'segment.list'>['segments'][number];

export interface InboxFiltersProps {
  value: InboxFilterState;
  onChange: (next: InboxFilterState) => void;
  rules: readonly WarningRule[];
  owners: readonly string[];
  segments: readonly SegmentItem[];
}

export function InboxFilters({ value, onChange, rules, owners, segments }: InboxFiltersProps) {
  const { t } = useTranslation('warnings');
  const ruleName = useRuleName();
  const set = (patch: Partial<InboxFilterState>) => onChange({ ...value, ...patch });
  return (
    <Space wrap size={[8, 8]} data-testid="inbox-filters">
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 160 }}
        placeholder={t('filters.rule')}
        aria-label={t('filters.rule')}
        value={[...value.ruleIds]}
        onChange={(ruleIds: number[]) => set({ ruleIds })}
        options={rules.map((r) => ({ value: r.id, label: ruleName(r) }))}
        data-testid="filter-rule"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 110 }}
        placeholder={t('filters.severity')}
        aria-label={t('filters.severity')}
        value={[...value.severities]}
        onChange={(severities: InboxFilterState['severities'][number][]) => set({ severities })}
        options={WARNING_SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
        data-testid="filter-severity"
      />
      <Select
        mode="multiple"
        allowClear
        showSearch
        maxTagCount="responsive"
        style={{ width: 140 }}
        placeholder={t('filters.owner')}
        aria-label={t('filters.owner')}
        value={[...value.owners]}
        onChange={(list: string[]) => set({ owners: list })}
        options={owners.map((o) => ({ value: o, label: o === '' ? t('filters.noOwner') : o }))}
        data-testid="filter-owner"
      />
      <Select
        mode="multiple"
        maxTagCount="responsive"
        style={{ width: 200 }}
        placeholder={t('filters.state')}
        aria-label={t('filters.state')}
        value={[...value.states]}
        onChange={(states: InboxFilterState['states'][number][]) => set({ states })}
        options={WARNING_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
        data-testid="filter-state"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: 130 }}
        placeholder={t('filters.segment')}
        aria-label={t('filters.segment')}
        value={value.segmentId ?? undefined}
        onChange={(segmentId: number | undefined) => set({ segmentId: segmentId ?? null })}
        options={segments.map((s) => ({ value: s.id, label: s.name }))}
        data-testid="filter-segment"
      />
      <Checkbox checked={value.onlyNew} onChange={(e) => set({ onlyNew: e.target.checked })} data-testid="filter-only-new">
        {t('filters.onlyNew')}
      </Checkbox>
      <Input.Search
        allowClear
        style={{ width: 170 }}
        placeholder={t('filters.search')}
        aria-label={t('filters.search')}
        defaultValue={value.search}
        onSearch={(search) => set({ search })}
        data-testid="filter-search"
      />
      {isNarrowed(value) ? (
        <Tooltip title={t('filters.reset')}>
          <Button icon={<ClearOutlined />} aria-label={t('filters.reset')} onClick={() => onChange(EMPTY_INBOX_FILTER)} data-testid="filter-reset" />
        </Tooltip>
      ) : null}
    </Space>
  );
}
