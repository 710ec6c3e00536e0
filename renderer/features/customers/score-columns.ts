// Score columns of the customers grid (health, tier, churn probability, P(alive), CLV,
// reasons) read from the row's attached score; placed right after the customer's name.
import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../shared/contract/operations';
import type { ScoreRow } from '../../../shared/contract/domains/scoring';
import { formatCurrency, formatPercent } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import { HealthScoreCell, ReasonsCell, TierCell } from './ScoreCells';
import { scoreOf } from './scored-row';

type ScoringT = TFunction<'scoring'>;

function scoreValue<K extends keyof ScoreRow>(key: K) {
  return (p: ValueGetterParams<CustomerRow>): ScoreRow[K] | null => scoreOf(p.data)?.[key] ?? null;
}

// The host cannot sort or filter these (they are attached per block), so the grid must not offer it.
const notServerSide = { sortable: false, filter: false } as const;

export function scoreColumnDefs(t: ScoringT, locale: Locale): ColDef<CustomerRow>[] {
  const percent = (p: ValueFormatterParams<CustomerRow>) => (typeof p.value === 'number' ? formatPercent(p.value, locale) : '');
  return [
    {
      colId: 'health_score',
      headerName: t('columns.healthScore'),
      headerTooltip: t('definitions.health'),
      width: 84,
      type: 'rightAligned',
      valueGetter: scoreValue('healthScore'),
      cellRenderer: HealthScoreCell,
      ...notServerSide,
    },
    {
      colId: 'tier',
      headerName: t('columns.tier'),
      headerTooltip: t('definitions.tiers', { healthy: 70, watch: 40 }),
      width: 92,
      valueGetter: scoreValue('tier'),
      cellRenderer: TierCell,
      ...notServerSide,
    },
    {
      colId: 'churn_probability',
      headerName: t('columns.churnProbability'),
      headerTooltip: t('definitions.churnProbability'),
      width: 104,
      type: 'rightAligned',
      valueGetter: scoreValue('churnProbability'),
      valueFormatter: percent,
      ...notServerSide,
    },
    {
      colId: 'p_alive',
      headerName: t('columns.pAlive'),
      headerTooltip: t('definitions.pAlive'),
      width: 92,
      type: 'rightAligned',
      valueGetter: scoreValue('pAlive'),
      valueFormatter: percent,
      ...notServerSide,
    },
    {
      colId: 'clv',
      headerName: t('columns.clv'),
      headerTooltip: t('definitions.clv'),
      width: 116,
      type: 'rightAligned',
      valueGetter: scoreValue('clv'),
      valueFormatter: (p: ValueFormatterParams<CustomerRow>) => (typeof p.value === 'number' ? formatCurrency(p.value, locale) : ''),
      ...notServerSide,
    },
    {
      colId: 'reasons',
      headerName: t('columns.reasons'),
      headerTooltip: t('definitions.reasonTypes'),
      width: 260,
      valueGetter: (p: ValueGetterParams<CustomerRow>) => scoreOf(p.data)?.reasons.map((r) => r.feature).join(',') ?? null,
      cellRenderer: ReasonsCell,
      ...notServerSide,
    },
  ];
}

/** The customer columns with the score columns inserted after `after` (or at the end). */
export function insertColumns(columns: ColDef<CustomerRow>[], after: string, inserted: ColDef<CustomerRow>[]): ColDef<CustomerRow>[] {
  const i = columns.findIndex((c) => c.colId === after);
  if (i < 0) return [...columns, ...inserted];
  return [...columns.slice(0, i + 1), ...inserted, ...columns.slice(i + 1)];
}
