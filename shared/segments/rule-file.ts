// The CLI's rule file (`churn-cockpit segment count WORKSPACE --rule FILE.json`): the filter AST
// in the documented JSON shape, easier to write by hand than the AST itself.
//
//   group      {"op": "and" | "or", "not"?: true, "rules": [rule, …]}
//   condition  {"field": id, "op": operator, "value"?: …, "direction"?: "up" | "down" | "either"}
//
// A condition's "value" depends on its operator: an array for in / not_in; [low, high] for
// between; a whole number of days or months for in_last_days / in_last_months /
// before_days_ago; a number for changed_by (which alone takes "direction"); nothing for
// is_empty / not_empty; one text, number or boolean for every other operator.
//
// The mapping is exact both ways: `{"op": "and", "not": true, "rules": [r]}` (one rule) is NOT r
// itself, any other group with "not" is NOT of that group, so every AST has one rule file and
// parseRuleFile(toRuleFile(x)) equals x, up to two normalisations: payload an operator does not
// read (e.g. a value kept on is_empty) is dropped, and changed_by's numeric text becomes a number.
//
// Fields are kept as written: whether they exist, and their types, are the workspace catalog's
// business (the service compiles the filter against it).
import {
  assertFilterStructure,
  FILTER_OPERATORS,
  MAX_FILTER_NODES,
  MAX_NODE_DEPTH,
  type ChangeDirection,
  type ConditionNode,
  type FilterNode,
  type FilterOperator,
  type FilterValue,
} from '../query/ast';
import { RuleFileError, type RuleValueShape } from './rule-file-error';

export { RULE_FILE_ERROR_CODES, RuleFileError, type RuleFileErrorCode, type RuleValueShape } from './rule-file-error';
export { ruleFileErrorLine, ruleFileErrorMessage } from './rule-file-message';

export interface RuleGroup {
  readonly op: 'and' | 'or';
  readonly not?: true;
  readonly rules: readonly RuleFileNode[];
}

export interface RuleCondition {
  readonly field: string;
  readonly op: FilterOperator;
  readonly value?: FilterValue | readonly FilterValue[];
  readonly direction?: ChangeDirection;
}

export type RuleFileNode = RuleGroup | RuleCondition;

const LIST_OPS = new Set<FilterOperator>(['in', 'not_in']);
const AMOUNT_OPS = new Set<FilterOperator>(['in_last_days', 'in_last_months', 'before_days_ago']);
const NO_VALUE_OPS = new Set<FilterOperator>(['is_empty', 'not_empty']);
const DIRECTIONS: readonly string[] = ['up', 'down', 'either'];

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is FilterValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isOperator(op: unknown): op is FilterOperator {
  return typeof op === 'string' && (FILTER_OPERATORS as readonly string[]).includes(op);
}

const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

function onlyKeys(object: Json, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(object)) if (!allowed.includes(key)) throw new RuleFileError('UNKNOWN_KEY', path, { key });
}

function wrongValue(path: string, op: FilterOperator, expected: RuleValueShape): RuleFileError {
  return new RuleFileError('WRONG_VALUE_TYPE', at(path, 'value'), { op, expected });
}

/** The filter AST of a parsed rule file. Throws RuleFileError, then assertFilterStructure's QueryError. */
export function parseRuleFile(json: unknown): FilterNode {
  let count = 0;
  const rule = (value: unknown, path: string, depth: number): FilterNode => {
    count += 1;
    if (count > MAX_FILTER_NODES) throw new RuleFileError('TOO_MANY_RULES', path, { max: MAX_FILTER_NODES });
    if (depth > MAX_NODE_DEPTH) throw new RuleFileError('TOO_DEEP', path, { max: MAX_NODE_DEPTH });
    if (!isObject(value)) throw new RuleFileError('NOT_AN_OBJECT', path);
    if (Object.hasOwn(value, 'rules')) return group(value, path, depth);
    if (Object.hasOwn(value, 'field')) return condition(value, path);
    throw new RuleFileError('NOT_A_RULE', path);
  };

  const group = (object: Json, path: string, depth: number): FilterNode => {
    onlyKeys(object, ['op', 'not', 'rules'], path);
    if (!Object.hasOwn(object, 'op')) throw new RuleFileError('MISSING_KEY', path, { key: 'op' });
    const { op, not, rules } = object;
    if (op !== 'and' && op !== 'or') throw new RuleFileError('UNKNOWN_OP', at(path, 'op'), { op: String(op) });
    if (not !== undefined && typeof not !== 'boolean') throw new RuleFileError('INVALID_NOT', at(path, 'not'));
    if (!Array.isArray(rules)) throw new RuleFileError('NOT_AN_OBJECT', at(path, 'rules'));
    if (rules.length === 0) throw new RuleFileError('EMPTY_GROUP', path);
    const children = rules.map((child: unknown, i) => rule(child, at(at(path, 'rules'), i), depth + 1));
    if (not !== true) return { kind: 'group', op, children };
    const [only] = children;
    return op === 'and' && children.length === 1 && only ? { kind: 'not', child: only } : { kind: 'not', child: { kind: 'group', op, children } };
  };

  const condition = (object: Json, path: string): ConditionNode => {
    const { field, op, value, direction } = object;
    if (!Object.hasOwn(object, 'op')) throw new RuleFileError('MISSING_KEY', path, { key: 'op' });
    if (!isOperator(op)) throw new RuleFileError('UNKNOWN_OP', at(path, 'op'), { op: typeof op === 'string' ? op : (JSON.stringify(op) ?? '') });
    onlyKeys(object, op === 'changed_by' ? ['field', 'op', 'value', 'direction'] : ['field', 'op', 'value'], path);
    if (typeof field !== 'string' || field === '') throw new RuleFileError('INVALID_FIELD', at(path, 'field'));
    const base = { kind: 'condition' as const, field, op };
    if (NO_VALUE_OPS.has(op)) {
      if (Object.hasOwn(object, 'value')) throw new RuleFileError('UNKNOWN_KEY', path, { key: 'value' });
      return base;
    }
    if (!Object.hasOwn(object, 'value')) throw new RuleFileError('MISSING_KEY', path, { key: 'value' });
    if (LIST_OPS.has(op)) {
      if (!Array.isArray(value) || !value.every(isScalar)) throw wrongValue(path, op, 'list');
      return { ...base, values: value };
    }
    if (op === 'between') {
      if (!Array.isArray(value) || value.length !== 2 || !isScalar(value[0]) || !isScalar(value[1])) throw wrongValue(path, op, 'pair');
      return { ...base, low: value[0], high: value[1] };
    }
    if (AMOUNT_OPS.has(op)) {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongValue(path, op, 'wholeNumber');
      return { ...base, amount: value };
    }
    if (op === 'changed_by') {
      if (typeof value !== 'number') throw wrongValue(path, op, 'number');
      if (direction === undefined) return { ...base, value };
      if (typeof direction !== 'string' || !DIRECTIONS.includes(direction)) throw new RuleFileError('WRONG_VALUE_TYPE', at(path, 'direction'), { op, expected: 'direction' });
      return { ...base, value, direction: direction as ChangeDirection };
    }
    if (!isScalar(value)) throw wrongValue(path, op, 'scalar');
    return { ...base, value };
  };

  const node = rule(json, '', 1);
  assertFilterStructure(node);
  return node;
}

/** parseRuleFile of JSON text; malformed JSON is INVALID_JSON with the parser's own words. */
export function parseRuleFileText(text: string): FilterNode {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RuleFileError('INVALID_JSON', '', { detail: error instanceof Error ? error.message : String(error) });
  }
  return parseRuleFile(json);
}

/** The rule file of a filter (`segment show`); the inverse of parseRuleFile (see the header). */
export function toRuleFile(node: FilterNode): RuleFileNode {
  assertFilterStructure(node);
  const print = (current: FilterNode): RuleFileNode => {
    switch (current.kind) {
      case 'group':
        return { op: current.op, rules: current.children.map(print) };
      case 'not': {
        const child = current.child;
        // A one-rule AND with "not" reads back as NOT of that rule, so such a group is nested.
        if (child.kind === 'group' && !(child.op === 'and' && child.children.length === 1)) return { op: child.op, not: true, rules: child.children.map(print) };
        return { op: 'and', not: true, rules: [print(child)] };
      }
      case 'condition':
        return printCondition(current);
    }
  };
  return print(node);
}

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function printCondition(node: ConditionNode): RuleCondition {
  const base = { field: node.field, op: node.op };
  // assertFilterStructure has checked that the payload each operator reads is present.
  if (NO_VALUE_OPS.has(node.op)) return base;
  if (LIST_OPS.has(node.op)) return { ...base, value: node.values ?? [] };
  if (node.op === 'between') return { ...base, value: [node.low ?? '', node.high ?? ''] };
  if (AMOUNT_OPS.has(node.op)) return { ...base, value: node.amount ?? 0 };
  const value = node.value ?? '';
  if (node.op === 'changed_by') {
    const number = typeof value === 'string' && NUMERIC_TEXT.test(value.trim()) ? Number(value.trim()) : value;
    return node.direction === undefined ? { ...base, value: number } : { ...base, value: number, direction: node.direction };
  }
  return { ...base, value };
}
