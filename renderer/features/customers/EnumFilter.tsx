// Set filter of an enum column (lifecycle, contract status, churn kind …): tick the codes to
// keep, each shown by its catalog label (or its tag), instead of typing a code.
import { useCallback, type ReactNode } from 'react';
import { Button, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { gridField, type EnumFilterModel } from './filter-model';

export interface EnumFilterParams {
  /** Renders one code as it shows in the column (a tag); the code's label otherwise. */
  renderCode?: (code: string) => ReactNode;
}

export function enumFilterModel(values: readonly string[]): EnumFilterModel | null {
  return values.length === 0 ? null : { filterType: 'enum', values: [...values] };
}

export function EnumFilter({ model, onModelChange, colDef, renderCode }: CustomFilterProps<CustomerRow, unknown, EnumFilterModel> & EnumFilterParams) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const column = colDef.colId ?? '';
  const codes = gridField(column)?.values ?? [];
  // Rows are filtered by the host (infinite row model); the grid never asks a row itself.
  const doesFilterPass = useCallback(() => true, []);
  useGridFilter({ doesFilterPass });
  const picked = model?.values ?? [];
  return (
    <div style={{ padding: 12, minWidth: 160 }} data-testid={`enum-filter-${column}`}>
      <Checkbox.Group
        value={picked}
        onChange={(values) => onModelChange(enumFilterModel(codes.filter((c) => values.includes(c))))}
        style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
      >
        {codes.map((code) => (
          <Checkbox key={code} value={code} data-testid={`enum-filter-${column}-${code}`}>
            {renderCode ? renderCode(code) : labels.value(column, code)}
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Button size="small" type="link" disabled={picked.length === 0} onClick={() => onModelChange(null)} style={{ paddingInline: 0, marginTop: 6 }}>
        {t('grid.resetFilter')}
      </Button>
    </div>
  );
}
