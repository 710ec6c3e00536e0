// The operation table refuses, at load, a name two domain groups define and a key that is not
// its operation's own name (an object spread would silently keep the later one).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineOperation, operationTable } from '../../shared/contract/operation';
import { operations } from '../../shared/contract/operations';
import { importOperations } from '../../shared/contract/domains/import';
import { scoringOperations } from '../../shared/contract/domains/scoring';

const op = (name: string, summary = name) => defineOperation({ name, summary, input: z.object({}), output: z.null() });

describe('operationTable', () => {
  it('merges the groups in order and keeps each spec', () => {
    const a = { 'a.one': op('a.one'), 'a.two': op('a.two') };
    const b = { 'b.one': op('b.one') };
    const table = operationTable(a, b);
    expect(Object.keys(table)).toEqual(['a.one', 'a.two', 'b.one']);
    expect(table['b.one']).toBe(b['b.one']);
  });

  it('throws on a name defined in two groups', () => {
    const first = { 'job.cancel': op('job.cancel', 'first') };
    const second = { 'job.cancel': op('job.cancel', 'second') };
    expect(() => operationTable(first, second)).toThrow('operation table: job.cancel is defined twice');
  });

  it("throws on a key that is not its spec's name", () => {
    expect(() => operationTable({ 'import.run': op('import.preview') })).toThrow('key import.run holds the operation named import.preview');
  });

  it('builds the real table: every key is its name, nothing lost to an override', () => {
    for (const [key, spec] of Object.entries(operations)) expect(spec.name).toBe(key);
    for (const group of [importOperations, scoringOperations]) {
      for (const [key, spec] of Object.entries(group)) expect(operations[key as keyof typeof operations]).toBe(spec);
    }
  });
});
