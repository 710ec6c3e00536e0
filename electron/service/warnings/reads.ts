// Warning reads on the read pool (read-pool/read-operations.ts): rules with their counts, the
// inbox's pages and the badge's summary.
import type { ReadHandlers } from '../context';
import { martState } from '../../store/analytics/mart-state';
import { warningOwners, warningPage } from '../../store/warnings/list';
import { describeRules } from '../../store/warnings/rules';
import { warningSummary } from '../../store/warnings/summary';

export const warningReads: ReadHandlers<'warning.rules' | 'warning.list' | 'warning.summary'> = {
  'warning.rules': (_input, { db }) => ({ rules: describeRules(db) }),
  'warning.list': ({ filter, sort, offset, limit }, { db }) => ({
    ...warningPage(db, { filter, offset, limit, ...(sort ? { sort } : {}) }),
    owners: warningOwners(db),
    asOf: martState(db)?.asOf ?? null,
  }),
  'warning.summary': (_input, { db }) => warningSummary(db),
};
