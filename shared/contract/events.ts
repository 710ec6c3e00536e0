// Events flow host → renderer (progress of long work). Same rule as operations: one table.
import { z } from 'zod';
import { JobPhaseSchema } from './job-phases';
import { MessageParamsSchema } from './message-params';

/** Progress of a long job: a phase code with its params (the renderer labels them), steps done and in all. */
export const JobProgressSchema = z.object({
  jobId: z.string(),
  phase: JobPhaseSchema,
  params: MessageParamsSchema.optional(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative().nullable(),
  /** Bytes of input consumed (estimated for streams) and in all, when the work reads files. */
  bytes: z.number().nonnegative().optional(),
  totalBytes: z.number().nonnegative().optional(),
  /** Items (`done` units) per second, and the estimated seconds left. */
  rate: z.number().nonnegative().optional(),
  etaSeconds: z.number().nonnegative().nullable().optional(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

/** Menu commands of the desktop app that the page carries out (it owns navigation and state). */
export const AppCommandSchema = z.object({ command: z.enum(['import-files', 'new-workspace', 'open-warnings']) });
export type AppCommand = z.infer<typeof AppCommandSchema>;

export const events = {
  'job.progress': JobProgressSchema,
  'app.command': AppCommandSchema,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
