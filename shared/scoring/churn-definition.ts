// The configurable churn definition (PRODUCT.md §5), stored in settings under
// `churn.definition`. Implicit churn: a customer churns `threshold` days after their last
// event when no event follows within that threshold; the churn date is last event + threshold.
import { z } from 'zod';

export const ImplicitRuleSchema = z.enum(['days', 'gap', 'either']);

export const ChurnDefinitionSchema = z.object({
  /** Which label the models and rates use by default. */
  kind: z.enum(['implicit', 'active']).default('implicit'),
  implicit: z
    .object({
      /** Events that keep a customer alive: orders, activities, or either of them. */
      basis: z.enum(['orders', 'activity', 'either']).default('orders'),
      /** N: days without an event (default 90). */
      days: z.number().int().min(1).max(3650).default(90),
      /** k: multiple of the customer's own median gap between event days (default 3). */
      gapMultiple: z.number().min(1).max(50).default(3),
      /**
       * days = threshold N; gap = k × own median gap (N when fewer than 3 event days);
       * either = whichever comes first, min(N, k × gap).
       */
      rule: ImplicitRuleSchema.default('days'),
    })
    .prefault({}),
  active: z
    .object({
      /** A contract end on or before the as-of date without renewal counts as churn. */
      contractEndCounts: z.boolean().default(true),
      /**
       * A flag column from the customer attributes (e.g. 流失 = 1, Churn = Yes). Customers
       * with a truthy flag and no cancel date have no churn date: only random-split
       * evaluation applies to them.
       */
      flagAttribute: z.string().min(1).max(100).nullable().default(null),
    })
    .prefault({}),
});
export type ChurnDefinition = z.output<typeof ChurnDefinitionSchema>;
export type ChurnDefinitionInput = z.input<typeof ChurnDefinitionSchema>;

export const defaultChurnDefinition: ChurnDefinition = ChurnDefinitionSchema.parse({});

/** Values of a flag column that mean "churned" (case-insensitive, trimmed). */
export const TRUTHY_FLAGS = new Set(['1', 'true', 'yes', 'y', 't', '是', '流失', '已流失', 'churn', 'churned']);
