// The control draw of a campaign (PRODUCT.md §5): the audience's customers, sorted, are
// shuffled within each stratum (the risk tier at the draw, or one stratum) by a generator seeded
// with the recorded seed, and the first round(n × share) of each stratum become the control
// group. Sorting first makes the draw depend only on the audience as a set and the seed, so the
// same seed and audience give the same groups on every machine; strata are visited in sorted
// order from one generator stream.
import { mulberry32, shuffle } from '../scoring/rng';

export type Group = 'treatment' | 'control';

export interface DrawInput {
  readonly customerIds: readonly string[];
  /** The stratum of each customer (absent or null: the one stratum ''); omitted: no stratification. */
  readonly stratumOf?: (customerId: string) => string | null;
  readonly controlShare: number;
  readonly seed: number;
}

export interface DrawnMember {
  readonly customerId: string;
  readonly group: Group;
  /** Null when the draw was not stratified. */
  readonly stratum: string | null;
}

export interface StratumPlan {
  readonly stratum: string;
  readonly n: number;
  readonly control: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The customers of each stratum, strata and customers sorted; duplicates dropped. */
function strata(input: Pick<DrawInput, 'customerIds' | 'stratumOf'>): Map<string, string[]> {
  const ids = [...new Set(input.customerIds)].sort(compare);
  const byStratum = new Map<string, string[]>();
  for (const id of ids) {
    const key = input.stratumOf ? (input.stratumOf(id) ?? '') : '';
    const list = byStratum.get(key);
    if (list) list.push(id);
    else byStratum.set(key, [id]);
  }
  return new Map([...byStratum.entries()].sort(([a], [b]) => compare(a, b)));
}

export function controlCount(n: number, share: number): number {
  return Math.round(n * share);
}

/** The sizes a draw will make, without drawing (the plan before launch). */
export function planStrata(input: Pick<DrawInput, 'customerIds' | 'stratumOf' | 'controlShare'>): StratumPlan[] {
  return [...strata(input).entries()].map(([stratum, ids]) => ({ stratum, n: ids.length, control: controlCount(ids.length, input.controlShare) }));
}

export function drawGroups(input: DrawInput): DrawnMember[] {
  if (!(input.controlShare >= 0 && input.controlShare <= 1)) throw new RangeError('drawGroups: the control share is a fraction');
  const random = mulberry32(input.seed);
  const members: DrawnMember[] = [];
  for (const [stratum, ids] of strata(input)) {
    const order = shuffle([...ids], random);
    const controls = controlCount(order.length, input.controlShare);
    order.forEach((customerId, i) => members.push({ customerId, group: i < controls ? 'control' : 'treatment', stratum: input.stratumOf ? stratum : null }));
  }
  return members.sort((a, b) => compare(a.customerId, b.customerId));
}

/** A fresh seed for a draw nobody seeded; recorded on the campaign so the draw can be repeated. */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 2 ** 31);
}
