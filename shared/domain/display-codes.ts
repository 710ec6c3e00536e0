// Codes the app shows to a person, by family: canonical enum values (an order's status), the
// kinds the demo and common exports write (activity, ticket, signal, action kinds), severities,
// reason types and RFM segments. Every code listed here has a label in both UI languages
// (namespace 'codes', `<family>.<code>`; reason types and RFM segments keep theirs in
// 'scoring'); any other value — a kind an imported file spelled its own way — is data and shows
// as imported. test/unit/display-codes.test.ts holds both languages to this list.
import type { Locale } from '../i18n/locales';
import { resources } from '../i18n/resources';
import { RFM_SEGMENTS } from '../models/rfm';
import { reasonTypes } from '../scoring/reason-types';
import { ORDER_STATUS } from './canonical-tables';

export const displayCodes = {
  orderStatus: ORDER_STATUS,
  // login / app_open are the demo's sessions; page_view, email_open and call are the kinds the
  // engagement features count (electron/store/scoring/history-load.ts).
  activityKind: ['login', 'app_open', 'page_view', 'email_open', 'visit', 'call', 'purchase', 'click'],
  ticketKind: ['complaint', 'inquiry', 'repair', 'ticket', 'refund', 'return'],
  severity: ['low', 'medium', 'high', 'critical', 'urgent'],
  surveyKind: ['csat', 'nps'],
  signalKind: ['price_comparison', 'quote_request', 'competitor_visit'],
  actionKind: ['care_call', 'holdout', 'action', 'coupon', 'discount', 'email', 'sms', 'visit', 'call'],
  actionOutcome: ['retained', 'churned', 'pending'],
  reasonType: reasonTypes,
  rfmSegment: RFM_SEGMENTS,
} as const;

export type CodeFamily = keyof typeof displayCodes;
export const codeFamilies = Object.keys(displayCodes) as CodeFamily[];

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** The labels of one family in one language (reason types and RFM segments from 'scoring'). */
export function codeLabels(family: CodeFamily, locale: Locale): Readonly<Record<string, string>> {
  const r = resources[locale];
  if (family === 'reasonType') return r.scoring.reasonTypes;
  if (family === 'rfmSegment') return r.scoring.rfmSegments;
  return r.codes[family];
}

/**
 * A code in the reader's language. Matching ignores case and surrounding blanks (exports write
 * "High", "CSAT"); a value that is not a known code is data and comes back as imported.
 */
export function codeLabel(family: CodeFamily, value: string, locale: Locale): string {
  const labels = codeLabels(family, locale);
  const key = value.trim().toLowerCase();
  return has(labels, key) ? (labels[key] ?? value) : has(labels, value) ? (labels[value] ?? value) : value;
}
