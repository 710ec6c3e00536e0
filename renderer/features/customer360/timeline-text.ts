// What one timeline event says, as text: its title, its number and its detail line. Pure (the
// labels come in as a function), so a unit test holds what each kind of event shows: an
// order's amount and an action's cost are money; a ticket's satisfaction and a survey's score
// are scores and never carry a currency sign. Known codes (an order's status, a ticket's kind
// and severity, a survey's kind …) read in the analyst's language; free text as imported.
import type { CustomerProfile } from '../../../shared/contract/domains/scoring';
import { codeLabel, type CodeFamily } from '../../../shared/domain/display-codes';
import type { Locale } from '../../../shared/i18n/locales';
import { formatValue } from '../../../shared/i18n/format-kind';

export type TimelineEvent = CustomerProfile['timeline'][number];
export type TimelineKind = TimelineEvent['kind'];

export interface TimelineWords {
  /** The kind of event itself ("Order", "Ticket" …). */
  kind(kind: TimelineKind): string;
  satisfaction(score: string): string;
  surveyScore(score: string): string;
}

const titleFamily: Record<TimelineKind, CodeFamily | null> = {
  order: null,
  activity: 'activityKind',
  ticket: 'ticketKind',
  survey: 'surveyKind',
  signal: 'signalKind',
  action: 'actionKind',
};

const detailFamily: Record<TimelineKind, CodeFamily | null> = {
  order: 'orderStatus',
  activity: null,
  ticket: 'severity',
  survey: null,
  signal: null,
  action: 'actionOutcome',
};

export function timelineTitle(e: TimelineEvent, words: TimelineWords, locale: Locale): string {
  // A ticket or action without a kind is titled by the host with the event's own name.
  if (e.title === null || e.title === e.kind) return words.kind(e.kind);
  const family = titleFamily[e.kind];
  return family ? codeLabel(family, e.title, locale) : e.title;
}

/** An order's amount or an action's cost (money); a ticket's satisfaction or a survey's score (a score). */
export function timelineAmount(e: TimelineEvent, n: number, words: TimelineWords, locale: Locale): string {
  if (e.kind === 'ticket') return words.satisfaction(formatValue(n, 'score', locale));
  if (e.kind === 'survey') return words.surveyScore(formatValue(n, 'score', locale));
  if (e.kind === 'activity') return formatValue(n, 'count', locale);
  return formatValue(n, 'currency', locale);
}

export function timelineDetail(e: TimelineEvent, locale: Locale): string | null {
  if (e.detail === null || e.detail === '') return null;
  // An activity's detail is how many times it happened that day.
  if (e.kind === 'activity' && /^\d+$/.test(e.detail)) return `× ${e.detail}`;
  const family = detailFamily[e.kind];
  return family ? codeLabel(family, e.detail, locale) : e.detail;
}
