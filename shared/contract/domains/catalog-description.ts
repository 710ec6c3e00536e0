// What catalog.describe answers (and a dashboard file's viewer carries): every field and measure
// with its label key, type, format and enum codes; the renderer builds pickers and labels from it.
import { z } from 'zod';
import { SOURCE_IDS } from '../../catalog/types';

export const CatalogFieldSchema = z.object({
  id: z.string(),
  source: z.enum(SOURCE_IDS),
  group: z.string(),
  labelKey: z.string(),
  rawLabel: z.string().optional(),
  type: z.enum(['text', 'enum', 'number', 'date', 'boolean']),
  format: z.string(),
  values: z.array(z.string()).optional(),
  valueLabelPrefix: z.string().optional(),
  operators: z.array(z.string()),
});

export const CatalogDescriptionSchema = z.object({
  fields: z.array(CatalogFieldSchema),
  measures: z.array(z.object({ id: z.string(), source: z.enum(SOURCE_IDS), labelKey: z.string(), helpKey: z.string().optional(), format: z.string() })),
});
export type CatalogDescription = z.infer<typeof CatalogDescriptionSchema>;
