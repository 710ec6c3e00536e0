export type { FieldDef, MeasureDef, FieldType, FieldFormat, FieldGroup, SourceId, Aggregate } from './types';
export { buildCatalog, baseCatalog, sourceTables, CatalogError, type Catalog } from './catalog';
export { attributeFieldId, attributeFields, type DiscoveredAttribute } from './attribute-fields';
export * from './customer-fields';
