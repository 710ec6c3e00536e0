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

export function defineOperation<I extends z.ZodType, O extends z.ZodType>(spec: OperationSpec<I, O>): OperationSpec<I, O> {
  if (!/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(spec.name)) {
    throw new Error(`operation name must be domain.verb: ${spec.name}`);
  }
  return spec;
}

/** A domain's operations, keyed by name (`importOperations`, `scoringOperations`, …). */
export type OperationGroup = Readonly<Record<string, OperationSpec<z.ZodType, z.ZodType>>>;

type Merged<G extends readonly OperationGroup[]> = G extends readonly [infer Head, ...infer Rest extends readonly OperationGroup[]] ? Head & Merged<Rest> : unknown;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The one operation table, built from its domain groups. An object spread would let a later
 * group silently replace an earlier group's operation of the same name; this refuses it at
 * load, and refuses a key that is not its spec's own name (a copy-paste slip that would route
 * one name to another operation's schemas).
 */
export function operationTable<const G extends readonly OperationGroup[]>(...groups: G): Simplify<Merged<G>> {
  const table: Record<string, OperationSpec<z.ZodType, z.ZodType>> = {};
  for (const group of groups) {
    for (const [key, spec] of Object.entries(group)) {
      if (spec.name !== key) throw new Error(`operation table: key ${key} holds the operation named ${spec.name}`);
      if (Object.prototype.hasOwnProperty.call(table, key)) throw new Error(`operation table: ${key} is defined twice`);
      table[key] = spec;
    }
  }
  return table as Simplify<Merged<G>>;
}
