// What the catalog says about each field and measure. The query compiler (shared/query)
// reads nothing else: a field id that is not in the catalog never reaches SQL, and a field's
// SQL is only ever its whitelisted column (or a bound attribute key) over the source table.

/** How values compare and which operators apply. `enum` is text with a known list of codes. */
export type FieldType = 'text' | 'enum' | 'number' | 'date' | 'boolean';

/** How the renderer and exports format a value (the catalog never formats itself). */
export type FieldFormat = 'text' | 'code' | 'number' | 'count' | 'currency' | 'percent' | 'probability' | 'score' | 'days' | 'date';

export type FieldGroup = 'profile' | 'lifecycle' | 'purchases' | 'engagement' | 'service' | 'market' | 'scores' | 'rfm' | 'changes' | 'attributes' | 'segments' | 'campaigns';

/**
 * A source is a table the compiler may read from: the customer mart, the monthly churn facts, the
 * cohort facts, the campaign members (one row per campaign × member, issue 14).
 */
export const SOURCE_IDS = ['customer', 'churn_month', 'cohort_month', 'campaign_member'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface FieldDef {
  /** Stable id, `^[a-z][a-z0-9_]*$` (imported attributes: `attr_` + a slug). */
  readonly id: string;
  readonly source: SourceId;
  /** An imported attribute's own name, shown as its label (data as imported, not translated). */
  readonly rawLabel?: string;
  readonly group: FieldGroup;
  /** i18n key of the label (labels live only in shared/i18n resources). */
  readonly labelKey: string;
  readonly type: FieldType;
  readonly format: FieldFormat;
  /** Column of the source table, `^[a-z][a-z0-9_]*$`, checked when the catalog is built. */
  readonly column: string;
  /** For imported attributes: the key inside the JSON column `column`, bound as a value. */
  readonly attributeKey?: string;
  /** Column with the previous snapshot's value: the field supports `changed_by`. */
  readonly previousColumn?: string;
  /** Codes of an enum field (tier: healthy / watch / atRisk …). */
  readonly values?: readonly string[];
  /** i18n key prefix of an enum's value labels: `${valueLabelPrefix}.${code}`. */
  readonly valueLabelPrefix?: string;
  /**
   * Membership of saved segments (shared/segments): values are segment ids, `column` is the
   * customer key, and conditions are expanded through the segment resolver, never compared.
   */
  readonly membership?: true;
}

export type Aggregate = 'count' | 'count_distinct' | 'sum' | 'avg' | 'min' | 'max';

export interface MeasureDef {
  /** Stable id, `^[a-z][a-z0-9_]*$`. */
  readonly id: string;
  readonly source: SourceId;
  readonly labelKey: string;
  readonly format: FieldFormat;
  /** A plain aggregate over a field (count needs none) … */
  readonly aggregate?: Aggregate;
  readonly field?: string;
  /** … restricted to the rows matching this filter (e.g. at-risk = lifecycle active and tier atRisk). */
  readonly filter?: import('../query/ast').FilterNode;
  /** … or a ratio of two measures of the same source, NULL when the denominator is 0. */
  readonly ratio?: { readonly numerator: string; readonly denominator: string };
  /**
   * … or the difference or product of two measures of the same source (NULL when either is):
   * an uplift is the difference of two conditional rates, saved customers its product with the
   * treated. Computed from the measures' values, so never re-aggregated from cube components.
   */
  readonly arithmetic?: { readonly op: 'difference' | 'product'; readonly left: string; readonly right: string };
  /** i18n key of the definition shown in help popovers. */
  readonly helpKey?: string;
}
