// Who the demo customers are before anything happens to them: profile fields for the
// customers table and the hidden traits (price sensitivity, service expectation, engagement,
// buying rate) that make the same event matter more to one customer than to another.
import { addMonths, type SimMonth } from './calendar';
import { BUSINESS_CHANNEL_WEIGHTS, CONSUMER_CHANNEL_WEIGHTS, PRODUCTS } from './catalog';
import type { MarketMonth } from './market';
import { B2B_INDUSTRIES, CITIES, companyName, CONSUMER_INDUSTRY, OWNER_REPLY_FACTOR, OWNERS_BY_REGION, personName, REGION_WEIGHTS, REGIONS, type Region } from './names';
import type { Rng } from './rng';
import type { ReasonType } from './texts';

/** Share of customers already on the books when the range starts; the rest arrive month by month. */
const EXISTING_BASE_SHARE = 0.4;
const CONTRACT_SHARE_OF_BUSINESS = 0.6;

export interface DemoCustomer {
  readonly id: string;
  readonly name: string;
  readonly region: Region;
  readonly city: string;
  readonly industry: string;
  readonly segment: string;
  readonly owner: string;
  readonly business: boolean;
  /** 大客户 or VIP会员: looked after more closely and a little more loyal. */
  readonly key: boolean;
  readonly signupDay: number;
  /** Month index of the first order in range (0 for the existing base). */
  readonly arrivalMonth: number;
  readonly existing: boolean;
  readonly contractual: boolean;
  contractEnd: number | null;

  // Hidden traits, 0..1 unless stated.
  readonly priceSensitivity: number;
  readonly serviceExpectation: number;
  /** Active days per month when fully engaged. */
  readonly engagement: number;
  /** Orders per month when fully engaged. */
  readonly orderRate: number;
  readonly replyFactor: number;
  readonly favouriteProducts: readonly number[];
  readonly channelWeights: readonly number[];

  // Month-to-month state; the memories decay so recent events weigh most.
  logEngagement: number;
  complaintMemory: number;
  slowReplyMemory: number;
  lowSatisfactionMemory: number;
  competitorMemory: number;
  priceMemory: number;
  pendingPriceRise: number;
  refundMemory: number;
  lastContactMonth: number;

  churnDay: number | null;
  churnMonth: number | null;
  churnReason: ReasonType | null;
  cancelDay: number | null;
  cancelReason: string | null;

  treatedFrom: number;
  treatedUntil: number;
  callDay: number | null;
}

export function createPopulation(count: number, calendar: readonly SimMonth[], market: readonly MarketMonth[], rng: Rng): DemoCustomer[] {
  const start = calendar[0];
  if (!start) throw new Error('empty calendar');
  const existingCount = Math.round(count * EXISTING_BASE_SHARE);
  const arrivalWeights = market.map((m) => m.arrivals);
  const signups: { signupDay: number; arrivalMonth: number; existing: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    if (i < existingCount) {
      signups.push({ signupDay: start.firstDay - rng.int(1, 4 * 365), arrivalMonth: 0, existing: true });
    } else {
      const month = calendar[rng.weightedIndex(arrivalWeights)] ?? start;
      signups.push({ signupDay: month.firstDay + rng.int(0, month.days - 1), arrivalMonth: month.index, existing: false });
    }
  }
  // Customer numbers are handed out in signup order, as a CRM would.
  signups.sort((a, b) => a.signupDay - b.signupDay);
  const idWidth = Math.max(6, String(count).length);
  return signups.map((s, i) => describe(`C${String(i + 1).padStart(idWidth, '0')}`, s, start.firstDay, rng));
}

function describe(id: string, signup: { signupDay: number; arrivalMonth: number; existing: boolean }, rangeStart: number, rng: Rng): DemoCustomer {
  const region = rng.weighted(REGIONS, REGION_WEIGHTS);
  const cities = CITIES[region];
  const city = rng.weighted(
    cities,
    cities.map((_, i) => 1 / (i + 1)),
  );
  const owner = rng.pick(OWNERS_BY_REGION[region]);
  const business = rng.chance(0.35);
  const key = rng.chance(business ? 0.2 : 0.12);
  const industryName = business ? rng.pick(B2B_INDUSTRIES) : null;
  const contractual = business && rng.chance(CONTRACT_SHARE_OF_BUSINESS);
  let contractEnd: number | null = null;
  if (contractual) {
    contractEnd = addMonths(signup.signupDay, 12);
    for (let years = 2; contractEnd < rangeStart; years++) contractEnd = addMonths(signup.signupDay, 12 * years);
  }
  const favourites = [rng.int(0, PRODUCTS.length - 1), rng.int(0, PRODUCTS.length - 1), rng.int(0, PRODUCTS.length - 1)];
  return {
    id,
    name: industryName ? companyName(rng, city, industryName) : personName(rng),
    region,
    city,
    industry: industryName ?? CONSUMER_INDUSTRY,
    segment: business ? (key ? '大客户' : '中小企业') : key ? 'VIP会员' : '普通会员',
    owner,
    business,
    key,
    signupDay: signup.signupDay,
    arrivalMonth: signup.arrivalMonth,
    existing: signup.existing,
    contractual,
    contractEnd,
    priceSensitivity: business ? rng.float() ** 1.6 : rng.float() ** 0.8,
    serviceExpectation: business ? 0.3 + 0.7 * rng.float() : rng.float(),
    engagement: clamp(rng.logNormal(business ? 4.5 : 3, 0.45), 1, 20),
    orderRate: clamp(rng.logNormal(business ? 2.4 : 1.9, 0.35), 1.2, 6),
    replyFactor: OWNER_REPLY_FACTOR[owner] ?? 1,
    favouriteProducts: favourites,
    channelWeights: business ? BUSINESS_CHANNEL_WEIGHTS : CONSUMER_CHANNEL_WEIGHTS,
    logEngagement: 0,
    complaintMemory: 0,
    slowReplyMemory: 0,
    lowSatisfactionMemory: 0,
    competitorMemory: 0,
    priceMemory: 0,
    pendingPriceRise: 0,
    refundMemory: 0,
    lastContactMonth: signup.arrivalMonth,
    churnDay: null,
    churnMonth: null,
    churnReason: null,
    cancelDay: null,
    cancelReason: null,
    treatedFrom: -1,
    treatedUntil: -1,
    callDay: null,
  };
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
