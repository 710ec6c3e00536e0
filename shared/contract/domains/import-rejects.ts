// Why an import rejected a row, as a code with params (never a sentence: the CLI, the CSV export
// and the Data page label it in the reader's language, shared/import/reject-text.ts), and the
// reads that page through an import's rejects or summarise them by reason. Registered in
// ../operations.ts.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { MessageParamsSchema } from '../message-params';

export const rejectCodes = [
  /** A required field's column is empty. params {table, field, column}. */
  'requiredEmpty',
  /** A required date fed by a payment-time column is empty: most likely an order never paid. params {table, field, column}. */
  'unpaidOrder',
  /** A guest row: the customer id of an order, ticket, activity… is empty. params {table, column}. */
  'customerMissing',
  /** A value that is not of the field's type. params {table, field, column, expected} (expected: an InvalidValueKind). */
  'invalidValue',
  /** The row's key is already in the workspace or earlier in the import (append mode). params {table, field, column}. */
  'duplicateKey',
  /** Stored before reasons had codes (schema < 9). params {text}: the stored sentence. */
  'legacy',
] as const;

export const RejectCodeSchema = z.enum(rejectCodes);
export type RejectCode = z.infer<typeof RejectCodeSchema>;

export const RejectReasonSchema = z.object({ code: RejectCodeSchema, params: MessageParamsSchema });
export type RejectReason = z.infer<typeof RejectReasonSchema>;

/** Where a rejected value was: the rejected cell without its reason. */
export const RejectPlaceSchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  /** Source table the row came from. */
  table: z.string(),
  row: z.number().int(),
  column: z.string().nullable(),
  value: z.string().nullable(),
});
export type RejectPlace = z.infer<typeof RejectPlaceSchema>;

export const RejectedRowSchema = RejectPlaceSchema.extend({ reason: RejectReasonSchema });
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

/** Every reject of one import with the same code and params. */
export const RejectGroupSchema = z.object({
  reason: RejectReasonSchema,
  /** Rejected values (row × column) in the group. */
  count: z.number().int().positive(),
  /** The first few, in source order. */
  examples: z.array(RejectPlaceSchema),
});
export type RejectGroup = z.infer<typeof RejectGroupSchema>;

/** Examples given per group by import.rejectGroups. */
export const REJECT_GROUP_EXAMPLES = 3;
/** Groups given by import.rejectGroups, largest first; the rejects of any others count in `total` only. */
export const MAX_REJECT_GROUPS = 100;

export const importRejectOperations = {
  'import.rejects': defineOperation({
    name: 'import.rejects',
    summary: 'One page of the rows an import rejected (file, sheet, row, column, value, reason), all of them or those of one reason group.',
    input: z.object({
      importId: z.number().int(),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(100_000).default(200),
      /** Only the rejects of this group (a reason as import.rejectGroups returned it). */
      reason: RejectReasonSchema.optional(),
    }),
    output: z.object({ total: z.number().int().nonnegative(), rows: z.array(RejectedRowSchema) }),
  }),
  'import.rejectGroups': defineOperation({
    name: 'import.rejectGroups',
    summary: "An import's rejects grouped by reason (code and params), largest group first, each with its count and first examples.",
    input: z.object({ importId: z.number().int() }),
    /** total: every reject of the import; it exceeds the groups' sum when there are more than MAX_REJECT_GROUPS reasons. */
    output: z.object({ total: z.number().int().nonnegative(), groups: z.array(RejectGroupSchema).max(MAX_REJECT_GROUPS) }),
  }),
} as const;
