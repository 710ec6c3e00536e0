// A value clicked on a chart or picked on the filter bar: the filter AST's value types.
import { z } from 'zod';

export const FilterValueSchema = z.union([z.string().max(10_000), z.number().finite(), z.boolean()]);
