// The churn mechanism of the demo: a monthly logistic hazard of signals the customer has
// already shown in the data (fading activity, complaints, slow replies, low satisfaction,
// competitor contact, a price rise, refunds, no visit from the account manager). Because
// churn is caused by these observed signals, a model trained on the demo finds true effects,
// and each churner's stated reason is the driver that weighed most.
import type { DemoCustomer } from './population';
import type { ReasonType } from './texts';

/** Calibrated so that measured implicit churn runs at roughly 3–4 % a month. */
const BASELINE = -4.9;
const NEW_CUSTOMER_MONTHS = 3;
const NO_CONTACT_MONTHS = 4;

export const TREATMENT_EFFECT = -1.3;
export const TREATMENT_MONTHS = 4;

export interface HazardTerms {
  product: number;
  service: number;
  price: number;
  communication: number;
  experience: number;
  competition: number;
}

export function hazardTerms(c: DemoCustomer, month: number): HazardTerms {
  const tenure = c.existing ? month + 12 : month - c.arrivalMonth;
  return {
    product: 1.8 * Math.max(0, -c.logEngagement),
    service: 0.8 * Math.min(c.complaintMemory, 2.5) + 0.6 * Math.min(c.slowReplyMemory, 2.5) * (0.5 + c.serviceExpectation) + 0.5 * Math.min(c.lowSatisfactionMemory, 2),
    price: 1.6 * c.priceSensitivity * Math.min(c.priceMemory, 2),
    communication: c.business && month - c.lastContactMonth >= NO_CONTACT_MONTHS ? 0.5 : 0,
    experience: 0.4 * Math.min(c.refundMemory, 2) + (tenure >= 1 && tenure <= NEW_CUSTOMER_MONTHS ? 0.8 : 0),
    competition: 1.4 * Math.min(c.competitorMemory, 2.5),
  };
}

/** Log-odds of churning this month from the customer's signals, before shared shocks. */
export function riskLogit(c: DemoCustomer, terms: HazardTerms): number {
  return BASELINE + terms.product + terms.service + terms.price + terms.communication + terms.experience + terms.competition + (c.key ? -0.4 : 0);
}

export function probability(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** The driver that contributed most, or null when none stands out (churn for no visible reason). */
export function dominantReason(terms: HazardTerms): ReasonType | null {
  let best: ReasonType | null = null;
  let bestValue = 0.3;
  for (const key of Object.keys(terms) as ReasonType[]) {
    if (terms[key] > bestValue) {
      best = key;
      bestValue = terms[key];
    }
  }
  return best;
}
