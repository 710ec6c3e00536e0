// Score columns of the customers grid (health, tier, churn probability, P(alive), CLV,
// reasons) from the latest snapshot, joined by customers.list; placed after the name. All but
// reasons sort and filter on the host. Probabilities show as percentages, so their filters
// read what the analyst types as a percentage too (50 → 0.5).
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../shared/contract/operations';
import type { CustomerScoreColumn } from '../../../shared/domain/customer-columns';
import { defaultTierThresholds } from '../../../shared/domain/tiers';
import { formatCurrency, formatPercent } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import { numberFilter } from './column-defs';
import { HealthScoreCell, ReasonsCell, TierCell } from './ScoreCells';
import { TierFilter } from './TierFilter';

type ScoringT = TFunction<'scoring'>;

/** The scoring namespace's header key of each score column. */
export const scoreColumnLabels = {
  health_score: 'healthScore',
  tier: 'tier',
  churn_probability: 'churnProbability',
  p_alive: 'pAlive',
  clv: 'clv',
} as const satisfies Record<CustomerScoreColumn, string>;

/** Typed percentage → stored fraction, and back for the filter's input. */
export function parsePercent(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text.trim().replace(/%$/, ''));
  return Number.isFinite(n) ? n / 100 : null;
}

export function formatPercentInput(value: number | null): string | null {
  return value === null ? null : String(Number((value * 100).toPrecision(12)));
}

const percentFilter = () => numberFilter({ numberParser: parsePercent, numberFormatter: formatPercentInput, allowedCharPattern: '\\d\\-\\.%' });

export function scoreColumnDefs(t: ScoringT, locale: Locale): ColDef<CustomerRow>[] {
  const percent = (p: ValueFormatterParams<CustomerRow>) => (typeof p.value === 'number' ? formatPercent(p.value, locale) : '');
  return [
    {
      colId: 'health_score',
      field: 'health_score',
      headerName: t('columns.healthScore'),
      headerTooltip: t('definitions.health'),
      width: 96,
      type: 'rightAligned',
      cellRenderer: HealthScoreCell,
      ...numberFilter(),
    },
    {
      colId: 'tier',
      field: 'tier',
      headerName: t('columns.tier'),
      headerTooltip: t('definitions.tiers', defaultTierThresholds),
      width: 100,
      cellRenderer: TierCell,
      filter: TierFilter,
    },
    {
      colId: 'churn_probability',
      field: 'churn_probability',
      headerName: t('columns.churnProbability'),
      headerTooltip: t('definitions.churnProbability'),
      width: 116,
      type: 'rightAligned',
      valueFormatter: percent,
      ...percentFilter(),
    },
    {
      colId: 'p_alive',
      field: 'p_alive',
      headerName: t('columns.pAlive'),
      headerTooltip: t('definitions.pAlive'),
      width: 100,
      type: 'rightAligned',
      valueFormatter: percent,
      ...percentFilter(),
    },
    {
      colId: 'clv',
      field: 'clv',
      headerName: t('columns.clv'),
      headerTooltip: t('definitions.clv'),
      width: 120,
      type: 'rightAligned',
      valueFormatter: (p: ValueFormatterParams<CustomerRow>) => (typeof p.value === 'number' ? formatCurrency(p.value, locale) : ''),
      ...numberFilter(),
    },
    {
      colId: 'reasons',
      headerName: t('columns.reasons'),
      headerTooltip: t('definitions.reasonTypes'),
      width: 260,
      valueGetter: (p) => p.data?.reasons.map((r) => r.feature).join(',') ?? null,
      cellRenderer: ReasonsCell,
      // Reasons are a ranked list per customer, not a value the host can order or compare.
      sortable: false,
      filter: false,
    },
  ];
}

/** The customer columns with the score columns inserted after `after` (or at the end). */
export function insertColumns(columns: ColDef<CustomerRow>[], after: string, inserted: ColDef<CustomerRow>[]): ColDef<CustomerRow>[] {
  const i = columns.findIndex((c) => c.colId === after);
  if (i < 0) return [...columns, ...inserted];
  return [...columns.slice(0, i + 1), ...inserted, ...columns.slice(i + 1)];
}
