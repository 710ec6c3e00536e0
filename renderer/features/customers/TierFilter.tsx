// Column filter of the tier column: pick one tier, 已流失 (churned customers, who have no
// tier), or "not scored", instead of typing a code. translateFilterModel turns the choice into
// customers.list filters (tier = code; lifecycle = churned; tier blank and not churned).
import { useCallback } from 'react';
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import { TierOrChurnedTag } from '../../components/LifecycleTag';
import { TierTag } from '../../components/TierTag';
import type { TierChoice, TierFilterModel } from './filter-model';

export type { TierFilterModel } from './filter-model';

type Choice = TierChoice | 'all';

const tiers = ['healthy', 'watch', 'atRisk'] as const;

export function tierFilterModel(choice: Choice): TierFilterModel | null {
  return choice === 'all' ? null : { filterType: 'tier', choice };
}

export function TierFilter({ model, onModelChange }: CustomFilterProps<CustomerRow, unknown, TierFilterModel>) {
  const { t } = useTranslation('scoring');
  // Rows are filtered by the host (infinite row model); the grid never asks a row itself.
  const doesFilterPass = useCallback(() => true, []);
  useGridFilter({ doesFilterPass });
  return (
    <div style={{ padding: 12 }} data-testid="tier-filter">
      <Radio.Group
        value={model?.choice ?? 'all'}
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
        <Radio value="churned" data-testid="tier-filter-churned">
          <TierOrChurnedTag tier={null} lifecycle="churned" />
        </Radio>
        <Radio value="unscored" data-testid="tier-filter-unscored">
          <TierTag tier={null} />
        </Radio>
      </Radio.Group>
    </div>
  );
}
