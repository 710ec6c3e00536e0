// Values of a date field: an absolute date or range, or a relative one ("in the last 30 days",
// "in the last 3 months", "more than 90 days ago") counted back from the snapshot date.
import { DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FilterValue } from '../../../../shared/query/ast';
import type { DraftCondition } from './draft';
import { amountRange, payloadKind } from './draft-filter';
import { Histogram } from './Histogram';
import type { PatchCondition } from './value-picker-props';
import { useFieldProfile } from './use-field-profile';

const ISO = 'YYYY-MM-DD';

function asDay(value: FilterValue | undefined): Dayjs | null {
  if (typeof value !== 'string') return null;
  const day = dayjs(value, ISO, true);
  return day.isValid() ? day : null;
}

const iso = (day: Dayjs | null | undefined): string | undefined => (day ? day.format(ISO) : undefined);

/** Customers per month as histogram bars (bin i = the i-th month), the chosen dates' months highlighted. */
function MonthBars({ field, from, to, label }: { field: string; from: string | undefined; to: string | undefined; label: string }) {
  const { profile } = useFieldProfile(field);
  if (profile?.kind !== 'dates' || profile.months.length < 2) return null;
  const months = profile.months;
  const index = (iso: string | undefined): number | null => {
    if (!iso) return null;
    const at = months.findIndex((m) => m.month === iso.slice(0, 7));
    return at < 0 ? null : at;
  };
  return (
    <div style={{ paddingTop: 4 }}>
      <Histogram bins={months.map((m, i) => ({ low: i, high: i, count: m.count }))} from={index(from)} to={index(to)} height={28} label={label} />
    </div>
  );
}

export function DateValues({ field, condition, onPatch, label }: { field: string; condition: DraftCondition; onPatch: PatchCondition; label: string }) {
  const { t } = useTranslation('segment-builder');
  const kind = payloadKind(condition.op);
  const histogramLabel = t('values.histogramAria', { field: label });
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
      <div style={{ width: '100%', maxWidth: 260 }}>
        <DatePicker.RangePicker
          size="small"
          style={{ width: '100%' }}
          aria-label={label}
          value={[asDay(condition.low), asDay(condition.high)]}
          allowEmpty={[true, true]}
          onChange={(days) => onPatch({ low: iso(days?.[0]), high: iso(days?.[1]) })}
        />
        <MonthBars
          field={field}
          from={typeof condition.low === 'string' ? condition.low : undefined}
          to={typeof condition.high === 'string' ? condition.high : undefined}
          label={histogramLabel}
        />
      </div>
    );
  }
  const day = typeof condition.value === 'string' ? condition.value : undefined;
  const after = condition.op === '>' || condition.op === '>=';
  const before = condition.op === '<' || condition.op === '<=';
  return (
    <div style={{ width: '100%', maxWidth: 260 }}>
      <DatePicker
        size="small"
        aria-label={label}
        placeholder={t('values.date')}
        value={asDay(condition.value)}
        onChange={(picked: Dayjs | null) => onPatch({ value: iso(picked) })}
      />
      <MonthBars field={field} from={before ? undefined : day} to={after ? undefined : day} label={histogramLabel} />
    </div>
  );
}
