// Values of a date field: an absolute date or range, or a relative one ("in the last 30 days",
// "in the last 3 months", "more than 90 days ago") counted back from the snapshot date.
import { DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FilterValue } from '../../../../shared/query/ast';
import type { DraftCondition } from './draft';
import { amountRange, payloadKind } from './draft-filter';
import type { PatchCondition } from './value-picker-props';

const ISO = 'YYYY-MM-DD';

function asDay(value: FilterValue | undefined): Dayjs | null {
  if (typeof value !== 'string') return null;
  const day = dayjs(value, ISO, true);
  return day.isValid() ? day : null;
}

const iso = (day: Dayjs | null | undefined): string | undefined => (day ? day.format(ISO) : undefined);

export function DateValues({ condition, onPatch, label }: { condition: DraftCondition; onPatch: PatchCondition; label: string }) {
  const { t } = useTranslation('segment-builder');
  const kind = payloadKind(condition.op);
  if (kind === 'amount') {
    const [min, max] = amountRange(condition.op) ?? [0, 0];
    const unit = condition.op === 'in_last_months' ? t('values.months') : condition.op === 'before_days_ago' ? t('values.daysAgo') : t('values.days');
    return (
      <Space size={6}>
        <InputNumber
          size="small"
          min={min}
          max={max}
          precision={0}
          aria-label={label}
          value={condition.amount ?? null}
          onChange={(amount) => onPatch({ amount: amount ?? undefined }, 'amount')}
          style={{ width: 90 }}
        />
        <Typography.Text type="secondary">{unit}</Typography.Text>
      </Space>
    );
  }
  if (kind === 'range') {
    return (
      <DatePicker.RangePicker
        size="small"
        aria-label={label}
        value={[asDay(condition.low), asDay(condition.high)]}
        allowEmpty={[true, true]}
        onChange={(days) => onPatch({ low: iso(days?.[0]), high: iso(days?.[1]) })}
      />
    );
  }
  return (
    <DatePicker size="small" aria-label={label} placeholder={t('values.date')} value={asDay(condition.value)} onChange={(day: Dayjs | null) => onPatch({ value: iso(day) })} />
  );
}
