// The one catalog of everything a user can filter, sort, group, chart or export. It replaces the
// per-screen whitelists: the compiler resolves ids only through it, and a catalog is checked
// when built (ids and columns match a strict pattern, no duplicate ids, measures refer to
// fields and measures of their own source).
import { attributeFields, type DiscoveredAttribute } from './attribute-fields';
import { campaignMemberFields, campaignMemberMeasures } from './campaign-fields';
import { customerFields } from './customer-fields';
import { customerMeasures } from './customer-measures';
import { churnMonthFields, churnMonthMeasures, cohortMonthFields, cohortMonthMeasures } from './fact-fields';
import { featureFields } from './feature-fields';
import type { FieldDef, MeasureDef, SourceId } from './types';

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

/** The table each source reads (whitelisted here, never taken from input). */
export const sourceTables: Record<SourceId, string> = {
  customer: 'customer_mart',
  churn_month: 'churn_facts_monthly',
  cohort_month: 'cohort_facts_monthly',
  campaign_member: 'campaign_member_facts',
};

export interface Catalog {
  readonly fields: readonly FieldDef[];
  readonly measures: readonly MeasureDef[];
  field(source: SourceId, id: string): FieldDef | undefined;
  measure(source: SourceId, id: string): MeasureDef | undefined;
}

export class CatalogError extends Error {}

function check(condition: boolean, message: string): void {
  if (!condition) throw new CatalogError(message);
}

export function buildCatalog(attributes: readonly DiscoveredAttribute[] = []): Catalog {
  const fields = [...customerFields, ...featureFields, ...attributeFields(attributes), ...churnMonthFields, ...cohortMonthFields, ...campaignMemberFields];
  const measures = [...customerMeasures, ...churnMonthMeasures, ...cohortMonthMeasures, ...campaignMemberMeasures];
  const fieldMap = new Map<string, FieldDef>();
  const measureMap = new Map<string, MeasureDef>();
  for (const f of fields) {
    const key = `${f.source}:${f.id}`;
    check(IDENTIFIER.test(f.id), `catalog: bad field id ${JSON.stringify(f.id)}`);
    check(IDENTIFIER.test(f.column), `catalog: bad column ${JSON.stringify(f.column)}`);
    if (f.previousColumn !== undefined) check(IDENTIFIER.test(f.previousColumn), `catalog: bad column ${JSON.stringify(f.previousColumn)}`);
    // Two attributes whose names slug and hash alike would shadow each other: keep the first.
    if (fieldMap.has(key) && f.attributeKey !== undefined) continue;
    check(!fieldMap.has(key), `catalog: duplicate field ${key}`);
    fieldMap.set(key, f);
  }
  for (const m of measures) {
    const key = `${m.source}:${m.id}`;
    check(IDENTIFIER.test(m.id), `catalog: bad measure id ${JSON.stringify(m.id)}`);
    check(!measureMap.has(key), `catalog: duplicate measure ${key}`);
    const kinds = [m.aggregate, m.ratio, m.arithmetic].filter((k) => k !== undefined).length;
    check(kinds === 1, `catalog: ${key} is an aggregate, a ratio or an arithmetic`);
    if (m.field !== undefined) check(fieldMap.has(`${m.source}:${m.field}`), `catalog: ${key} refers to unknown field ${m.field}`);
    if (m.aggregate && m.aggregate !== 'count') check(m.field !== undefined, `catalog: ${key} needs a field`);
    measureMap.set(key, m);
  }
  for (const m of measures) {
    if (m.ratio) {
      for (const part of [m.ratio.numerator, m.ratio.denominator]) {
        const ref = measureMap.get(`${m.source}:${part}`);
        // A ratio of ratios would not re-aggregate in a dashboard file's cube; a ratio over an
        // arithmetic measure (ROI over net value) is never packaged, so it may.
        check(ref !== undefined && ref.ratio === undefined, `catalog: ratio ${m.id} refers to ${part}, not an aggregate of ${m.source}`);
      }
    }
    if (m.arithmetic) {
      for (const part of [m.arithmetic.left, m.arithmetic.right]) {
        check(measureMap.has(`${m.source}:${part}`), `catalog: ${m.id} refers to ${part}, not a measure of ${m.source}`);
      }
    }
  }
  return {
    fields: [...fieldMap.values()],
    measures: [...measureMap.values()],
    field: (source, id) => fieldMap.get(`${source}:${id}`),
    measure: (source, id) => measureMap.get(`${source}:${id}`),
  };
}

/** The catalog without imported attributes (enough for the built-in screens). */
export const baseCatalog: Catalog = buildCatalog();
