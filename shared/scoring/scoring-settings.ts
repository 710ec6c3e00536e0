// Settings of the value side of scoring, stored under `scoring.settings`: CLV horizon,
// margin and discount rate, the value tiers and the risk cut-off of the value × risk matrix.
import { z } from 'zod';

export const ScoringSettingsSchema = z.object({
  clv: z
    .object({
      /** Horizon in months (periods of 365.25/12 days, discounted at each period's end). */
      months: z.number().int().min(1).max(120).default(12),
      /** Gross margin applied to expected spend; 1 = CLV in revenue terms. */
      margin: z.number().min(0).max(1).default(1),
      /** Annual discount rate, converted to a monthly rate (1 + d)^(1/12) − 1. */
      annualDiscountRate: z.number().min(0).max(1).default(0.1),
    })
    .prefault({}),
  value: z
    .object({
      /** CLV (or 365-day amount when no CLV) percentile cut-offs: high ≥ highShare top, medium next. */
      highShare: z.number().min(0.01).max(1).default(0.2),
      mediumShare: z.number().min(0).max(1).default(0.3),
    })
    .prefault({}),
  risk: z
    .object({
      /** High risk = churn probability ≥ this, or (no model) health tier at-risk. */
      probability: z.number().min(0).max(1).default(0.3),
    })
    .prefault({}),
  /** When an event source counts as present for the health score (shared/scoring/source-coverage.ts). */
  sources: z
    .object({
      /** Share of the customers known on the as-of day that must have at least one row of the source. */
      minCustomerShare: z.number().min(0).max(1).default(0.02),
      /** The source must have at least one row in this many days before the as-of day. */
      windowDays: z.number().int().min(1).max(3650).default(365),
    })
    .prefault({}),
  /** BG/NBD and Gamma-Gamma are fitted on at most this many customers (every k-th by id; the fits cost O(sample) per likelihood evaluation, scoring covers everyone). */
  fitSampleSize: z.number().int().min(1000).max(5_000_000).default(10_000),
});
export type ScoringSettings = z.output<typeof ScoringSettingsSchema>;
export const defaultScoringSettings: ScoringSettings = ScoringSettingsSchema.parse({});
