// Thresholds of a KPI, a gauge, a heat map or a conditional format: on/off, the direction, and
// the amber and red values (shared/dashboards/thresholds.ts decides the colour).
import { InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Thresholds } from '../../../shared/dashboards/widget';

export interface ThresholdsInputProps {
  readonly value: Thresholds | undefined;
  readonly onChange: (value: Thresholds | undefined) => void;
  /** A conditional format always has thresholds: no switch. */
  readonly required?: boolean;
}

export function ThresholdsInput({ value, onChange, required = false }: ThresholdsInputProps) {
  const { t } = useTranslation('dashboard-page');
  const v = value ?? { direction: 'lowerIsBetter' as const, amber: 0, red: 0 };
  const on = required || value !== undefined;
  return (
    <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
      {required ? null : <Switch size="small" checked={on} onChange={(next) => onChange(next ? v : undefined)} aria-label={t('editor.thresholds')} />}
      {on ? (
        <>
          <Select
            size="small"
            style={{ width: 120 }}
            value={v.direction}
            aria-label={t('editor.thresholds')}
            options={(['lowerIsBetter', 'higherIsBetter'] as const).map((d) => ({ value: d, label: t(`editor.directions.${d}`) }))}
            onChange={(direction: Thresholds['direction']) => onChange({ ...v, direction })}
          />
          <InputNumber size="small" style={{ width: 90 }} prefix="🟡" value={v.amber} onChange={(n) => onChange({ ...v, amber: n ?? 0 })} aria-label={t('editor.amber')} />
          <InputNumber size="small" style={{ width: 90 }} prefix="🔴" value={v.red} onChange={(n) => onChange({ ...v, red: n ?? 0 })} aria-label={t('editor.red')} />
        </>
      ) : null}
    </div>
  );
}
