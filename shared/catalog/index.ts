export type { FieldDef, MeasureDef, FieldType, FieldFormat, FieldGroup, SourceId, Aggregate } from './types';
export { SOURCE_IDS } from './types';
export { campaignMemberFields, campaignMemberMeasures, CAMPAIGN_GROUPS } from './campaign-fields';
export { buildCatalog, baseCatalog, sourceTables, CatalogError, type Catalog } from './catalog';
export { attributeFieldId, attributeFields, type DiscoveredAttribute } from './attribute-fields';
export * from './customer-fields';
