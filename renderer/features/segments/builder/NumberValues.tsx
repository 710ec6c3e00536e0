// Values of a number field: one number or a range typed in, or set with a slider over the
// field's histogram; a change since the previous snapshot (minimum size and direction); or a
// list of exact numbers.
import { InputNumber, Segmented, Select, Slider, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeDirection, FilterValue } from '../../../../shared/query/ast';
import type { DraftCondition } from './draft';
import { payloadKind } from './draft-filter';
import { Histogram } from './Histogram';
import type { CatalogField } from './palette-model';
import type { PatchCondition } from './value-picker-props';
import { medianOf, niceStep, roundToStep } from './number-scale';
import { useFieldProfile } from './use-field-profile';

// The picker shrinks with its row (nested groups are narrower) up to this width.
const PICKER_MAX_WIDTH = 260;

const asNumber = (value: FilterValue | undefined): number | null =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null;

function ChangedBy({ condition, onPatch, label }: { condition: DraftCondition; onPatch: PatchCondition; label: string }) {
  const { t } = useTranslation('segment-builder');
  return (
    <Space size={6} wrap>
      <Typography.Text type="secondary">{t('values.minimumChange')}</Typography.Text>
      <InputNumber
        size="small"
        min={0}
        aria-label={label}
        value={asNumber(condition.value)}
        onChange={(value) => onPatch({ value: value ?? undefined }, 'value')}
        style={{ width: 100 }}
      />
      <Segmented
        size="small"
        aria-label={t('values.direction')}
        value={condition.direction ?? 'either'}
        onChange={(direction: ChangeDirection) => onPatch({ direction })}
        options={(['either', 'up', 'down'] as const).map((value) => ({ value, label: t(`values.${value}`) }))}
      />
    </Space>
  );
}

export function NumberValues({ field, condition, onPatch, label }: { field: CatalogField; condition: DraftCondition; onPatch: PatchCondition; label: string }) {
  const { t } = useTranslation('segment-builder');
  const kind = payloadKind(condition.op);
  const { profile } = useFieldProfile(field.id);
  const histogram = profile?.kind === 'histogram' && profile.min !== null && profile.max !== null && profile.max > profile.min ? profile : null;
  const min = histogram?.min ?? 0;
  const max = histogram?.max ?? 0;
  const step = niceStep(min, max);

  // A condition dropped without a threshold starts at the median once the histogram is known
  // (once per row: a value the analyst clears stays cleared).
  const started = useRef(false);
  const { value: currentValue, low: currentLow, high: currentHigh, op } = condition;
  useEffect(() => {
    if (started.current || !histogram) return;
    started.current = true;
    const median = medianOf(histogram.bins);
    if (median === null) return;
    if (payloadKind(op) === 'value' && op !== 'changed_by' && currentValue === undefined) onPatch({ value: roundToStep(median, step) });
    if (payloadKind(op) === 'range' && currentLow === undefined && currentHigh === undefined)
      onPatch({ low: roundToStep(histogram.min ?? median, step), high: roundToStep(histogram.max ?? median, step) });
  }, [histogram, op, currentValue, currentLow, currentHigh, onPatch, step]);

  if (condition.op === 'changed_by') return <ChangedBy condition={condition} onPatch={onPatch} label={label} />;

  if (kind === 'values') {
    return (
      <Select<string[]>
        size="small"
        mode="tags"
        style={{ minWidth: 200, maxWidth: 360 }}
        aria-label={label}
        placeholder={t('values.type')}
        value={(condition.values ?? []).map(String)}
        tokenSeparators={[',', '，', ' ']}
        onChange={(values) => onPatch({ values: values.map(Number).filter(Number.isFinite) })}
        open={false}
        suffixIcon={null}
      />
    );
  }

  const low = asNumber(kind === 'range' ? condition.low : condition.value);
  const high = asNumber(condition.high);
  const keeps =
    condition.op === '<' || condition.op === '<=' ? { from: null, to: low } : condition.op === '=' ? { from: low, to: low } : { from: low, to: kind === 'range' ? high : null };
  const clamp = (value: number | null, fallback: number): number => Math.min(max, Math.max(min, value ?? fallback));

  const inputs =
    kind === 'range' ? (
      <div style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
        <InputNumber
          size="small"
          aria-label={`${label} ${t('values.from')}`}
          placeholder={t('values.min')}
          value={low}
          onChange={(v) => onPatch({ low: v ?? undefined }, 'low')}
          style={{ flex: 1, minWidth: 0 }}
        />
        <span>–</span>
        <InputNumber
          size="small"
          aria-label={`${label} ${t('values.to')}`}
          placeholder={t('values.max')}
          value={high}
          onChange={(v) => onPatch({ high: v ?? undefined }, 'high')}
          style={{ flex: 1, minWidth: 0 }}
        />
      </div>
    ) : (
      <InputNumber
        size="small"
        aria-label={label}
        placeholder={t('values.type')}
        value={low}
        onChange={(v) => onPatch({ value: v ?? undefined }, 'value')}
        style={{ width: '100%', maxWidth: 140 }}
      />
    );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 2, width: '100%', maxWidth: PICKER_MAX_WIDTH }}>
      {inputs}
      {histogram ? (
        <div style={{ paddingTop: 4 }}>
          <Histogram bins={histogram.bins} from={keeps.from} to={keeps.to} label={t('values.histogramAria', { field: label })} />
          {kind === 'range' ? (
            <Slider
              range
              min={min}
              max={max}
              step={step}
              value={[clamp(low, min), clamp(high, max)]}
              onChange={([a, b]) => onPatch({ low: a, high: b }, 'slider')}
              style={{ margin: '2px 4px 0' }}
              ariaLabelForHandle={[`${label} ${t('values.from')}`, `${label} ${t('values.to')}`]}
            />
          ) : (
            <Slider
              min={min}
              max={max}
              step={step}
              value={clamp(low, min)}
              onChange={(v) => onPatch({ value: v }, 'slider')}
              style={{ margin: '2px 4px 0' }}
              ariaLabelForHandle={label}
            />
          )}
        </div>
      ) : null}
    </div>
  );
}
