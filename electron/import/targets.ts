// The mapping editor's palette: canonical tables and fields, straight from the one declaration.
import { canonicalTableNames, canonicalTables, type CanonicalField } from '../../shared/domain/canonical-tables';
import type { OperationOutput } from '../../shared/contract/operations';

export function importTargets(): OperationOutput<'import.targets'> {
  return {
    tables: canonicalTableNames.map((name) => ({
      name,
      fields: (canonicalTables[name].fields as readonly CanonicalField[]).map((f) => ({
        field: f.name,
        type: f.type,
        required: f.required === true,
        key: f.key === true,
        generated: f.generated === true,
        ...(f.values ? { values: [...f.values] } : {}),
      })),
    })),
  };
}
