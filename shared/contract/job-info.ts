// A job as job.list reports it: what runs or waits in the service's job runtime.
import { z } from 'zod';
import { JobPhaseSchema } from './job-phases';
import { MessageParamsSchema } from './message-params';

export const JobInfoSchema = z.object({
  jobId: z.string(),
  /** The operation the job carries out, e.g. `import.run`. */
  operation: z.string(),
  /** Queued: waiting for another write on the same workspace. */
  state: z.enum(['queued', 'running']),
  phase: JobPhaseSchema,
  params: MessageParamsSchema.optional(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative().nullable(),
  /** ISO time the job started running; for a queued job, the time it was submitted. */
  startedAt: z.string(),
});
export type JobInfo = z.infer<typeof JobInfoSchema>;
