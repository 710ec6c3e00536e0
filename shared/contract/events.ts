// Events flow host → renderer (progress of long work). Same rule as operations: one table.
import { z } from 'zod';

export const JobProgressSchema = z.object({
  jobId: z.string(),
  label: z.string(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative().nullable(),
  phase: z.string().optional(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

export const events = {
  'job.progress': JobProgressSchema,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
