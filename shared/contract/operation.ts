// An operation is a named request/response pair. Its zod schemas are the single source of
// truth: the service validates at its edge and the renderer's client derives its types.
import type { z } from 'zod';

export interface OperationSpec<I extends z.ZodType, O extends z.ZodType> {
  /** `domain.verb` */
  readonly name: string;
  readonly input: I;
  readonly output: O;
  /** Marks work long enough to run off the host's main thread and report progress. */
  readonly long?: boolean;
  readonly summary: string;
}

export function defineOperation<I extends z.ZodType, O extends z.ZodType>(
  spec: OperationSpec<I, O>,
): OperationSpec<I, O> {
  if (!/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(spec.name)) {
    throw new Error(`operation name must be domain.verb: ${spec.name}`);
  }
  return spec;
}
