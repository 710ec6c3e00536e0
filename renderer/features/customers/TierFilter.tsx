// Column filter of the tier column: pick one tier (or "not scored") instead of typing a code.
// Its model has the shape of a text-filter condition, so translateFilterModel sends it to
// customers.list like any other column filter (tier = code, or tier blank).
import { useCallback } from 'react';
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import type { Tier } from '../../../shared/domain/tiers';
import { TierTag } from '../../components/TierTag';

export interface TierFilterModel {
  filterType: 'text';
  type: 'equals' | 'blank';
  filter?: Tier;
}

type Choice = Tier | 'unscored' | 'all';

const tiers: Tier[] = ['healthy', 'watch', 'atRisk'];

export function tierFilterModel(choice: Choice): TierFilterModel | null {
  if (choice === 'all') return null;
  if (choice === 'unscored') return { filterType: 'text', type: 'blank' };
  return { filterType: 'text', type: 'equals', filter: choice };
}

function choiceOf(model: TierFilterModel | null): Choice {
  if (!model) return 'all';
  return model.type === 'blank' ? 'unscored' : (model.filter ?? 'all');
}

export function TierFilter({ model, onModelChange }: CustomFilterProps<CustomerRow, unknown, TierFilterModel>) {
  const { t } = useTranslation('scoring');
  // Rows are filtered by the host (infinite row model); the grid never asks a row itself.
  const doesFilterPass = useCallback(() => true, []);
  useGridFilter({ doesFilterPass });
  return (
    <div style={{ padding: 12 }} data-testid="tier-filter">
      <Radio.Group
        value={choiceOf(model)}
        onChange={(e) => onModelChange(tierFilterModel(e.target.value as Choice))}
        style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
      >
        <Radio value="all" data-testid="tier-filter-all">
          {t('columns.allTiers')}
        </Radio>
        {tiers.map((tier) => (
          <Radio key={tier} value={tier} data-testid={`tier-filter-${tier}`}>
            <TierTag tier={tier} />
          </Radio>
        ))}
        <Radio value="unscored" data-testid="tier-filter-unscored">
          <TierTag tier={null} />
        </Radio>
      </Radio.Group>
    </div>
  );
}
