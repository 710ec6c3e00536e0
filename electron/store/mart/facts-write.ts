// churn_facts_monthly and cohort_facts_monthly, replaced as a whole from the counted facts.
import type { Db } from '../database';
import { insertBatched, rowGroups } from './batch-insert';
import type { SpellFacts } from './spell-facts';

const CHURN_COLUMNS = ['month', 'region', 'city', 'owner', 'industry', 'segment', 'active_at_start', 'churned', 'acquired', 'returned'];
const COHORT_COLUMNS = ['cohort_month', 'period', 'region', 'owner', 'industry', 'segment', 'customers', 'active'];

export function writeFacts(db: Db, facts: SpellFacts): void {
  db.prepare('DELETE FROM churn_facts_monthly').run();
  db.prepare('DELETE FROM cohort_facts_monthly').run();
  const churn = facts.churn;
  insertBatched(
    db,
    (k) => `INSERT INTO churn_facts_monthly (${CHURN_COLUMNS.join(', ')}) VALUES ${rowGroups(k, CHURN_COLUMNS.length)}`,
    CHURN_COLUMNS.length,
    churn.length,
    (i, p, at) => {
      const r = churn[i]!;
      p[at] = r.month;
      p[at + 1] = r.region;
      p[at + 2] = r.city;
      p[at + 3] = r.owner;
      p[at + 4] = r.industry;
      p[at + 5] = r.segment;
      p[at + 6] = r.activeAtStart;
      p[at + 7] = r.churned;
      p[at + 8] = r.acquired;
      p[at + 9] = r.returned;
    },
  );
  const cohort = facts.cohort;
  insertBatched(
    db,
    (k) => `INSERT INTO cohort_facts_monthly (${COHORT_COLUMNS.join(', ')}) VALUES ${rowGroups(k, COHORT_COLUMNS.length)}`,
    COHORT_COLUMNS.length,
    cohort.length,
    (i, p, at) => {
      const r = cohort[i]!;
      p[at] = r.cohortMonth;
      p[at + 1] = r.period;
      p[at + 2] = r.region;
      p[at + 3] = r.owner;
      p[at + 4] = r.industry;
      p[at + 5] = r.segment;
      p[at + 6] = r.customers;
      p[at + 7] = r.active;
    },
  );
}
