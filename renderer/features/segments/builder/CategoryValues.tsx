// Values of a category field (enum codes, text such as regions, saved segments): a searchable
// multi-select whose options show how many customers have each value, most frequent first.
// Text fields accept a typed value the list does not show (the profile lists the top values).
import { Input, Select, Typography } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/i18n/format';
import type { FilterValue } from '../../../../shared/query/ast';
import { useBuilder } from './builder-context';
import type { DraftCondition } from './draft';
import { payloadKind } from './draft-filter';
import type { CatalogField } from './palette-model';
import type { PatchCondition } from './value-picker-props';
import { useFieldProfile } from './use-field-profile';

interface Option {
  readonly value: string;
  readonly label: string;
  readonly count: number | null;
}

const asText = (value: FilterValue | undefined): string | undefined => (value === undefined ? undefined : String(value));

export function CategoryValues({ field, condition, onPatch, label }: { field: CatalogField; condition: DraftCondition; onPatch: PatchCondition; label: string }) {
  const { t } = useTranslation('segment-builder');
  const { valueLabel } = useBuilder();
  const kind = payloadKind(condition.op);
  const free = condition.op === 'contains' || condition.op === 'starts_with' || condition.op === 'ends_with';
  const [search, setSearch] = useState('');
  const { profile, loading } = useFieldProfile(field.id, free ? '' : search);

  const options = useMemo((): Option[] => {
    const counted = profile?.kind === 'categories' ? profile.values.map((v) => ({ value: v.value, label: valueLabel(field.id, v.value), count: v.count })) : [];
    const known = new Set(counted.map((o) => o.value));
    // Codes the catalog knows but nobody has now, and values already chosen, stay pickable.
    const extra = [...(field.values ?? []), ...(condition.values ?? []).map(String), ...(condition.value === undefined ? [] : [String(condition.value)])]
      .filter((v) => !known.has(v) && (known.add(v), true))
      .map((v) => ({ value: v, label: valueLabel(field.id, v), count: profile?.kind === 'categories' ? 0 : null }));
    return [...counted, ...extra];
  }, [profile, field, condition.values, condition.value, valueLabel]);

  if (free) {
    return (
      <Input
        size="small"
        style={{ width: '100%', minWidth: 150, maxWidth: 260 }}
        aria-label={label}
        placeholder={t('values.type')}
        value={asText(condition.value) ?? ''}
        onChange={(event) => onPatch({ value: event.target.value }, 'value')}
      />
    );
  }

  const renderOption = (option: { data: Option }) => (
    <span style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{option.data.label}</span>
      {option.data.count === null ? null : (
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatInteger(option.data.count)}
        </Typography.Text>
      )}
    </span>
  );
  const footer =
    profile?.kind === 'categories' && (profile.truncated || profile.empty > 0) ? (
      <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 8px', fontSize: 12 }}>
        {profile.truncated ? t('values.truncated') : t('values.empty', { n: formatInteger(profile.empty) })}
      </Typography.Text>
    ) : null;
  const common = {
    size: 'small' as const,
    'aria-label': label,
    loading,
    options,
    optionRender: renderOption,
    popupRender: (menu: ReactElement) => (
      <>
        {menu}
        {footer}
      </>
    ),
    showSearch: { onSearch: setSearch, optionFilterProp: 'label' },
    notFoundContent: loading ? t('values.loading') : undefined,
    'data-testid': `value-picker-${condition.id}`,
  };

  if (kind === 'values') {
    return (
      <Select<string[], Option>
        {...common}
        mode={field.type === 'text' ? 'tags' : 'multiple'}
        style={{ width: '100%', minWidth: 150, maxWidth: 420 }}
        maxTagCount="responsive"
        placeholder={t('values.pickSearch')}
        value={(condition.values ?? []).map(String)}
        onChange={(values) => onPatch({ values })}
      />
    );
  }
  return <Select<string, Option> {...common} style={{ width: 220 }} placeholder={t('values.pick')} value={asText(condition.value)} onChange={(value) => onPatch({ value })} />;
}
