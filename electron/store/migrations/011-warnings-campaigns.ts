// Schema version 11: warnings and the action loop (PRODUCT.md §5 "Effect of an action", §6
// "Warnings" and "Actions"; shared/contract/domains/warnings.ts and campaigns.ts).
// - warning_rules: a target and a filter-AST condition (JSON), severity, on/off; the three
//   default rules of §6 are seeded as built-ins whose names the UI translates.
// - warnings: one row per firing of a rule on a customer. At most one row per rule × customer is
//   "armed" (cleared_snapshot_id IS NULL): while the condition keeps holding nothing new fires;
//   once a refresh finds it false the row is cleared and the pair re-arms
//   (shared/warnings/state-machine.ts). warning_events keeps who changed what, for the audit trail.
// - warning_evaluations: what each evaluation (after a refresh) raised, held and expired.
// - playbooks: the library, seeded with the seeds' six plays (专属优惠, VIP 客服, 关怀回访, 产品培训,
//   价格方案, 竞品对比) and where each applies (value × risk group × reason type).
// - campaigns gain what the app needs to run one: playbook, owner, follow-up window, how the
//   control group is drawn (stratified or not), the outcome that counts, the audience, PDCA texts,
//   when its groups were frozen and where it came from.
// - campaign_members: the frozen assignment, with the tier, value × risk group, CLV and churn
//   probability each member had when drawn (the effect's breakdowns), and its measured outcome. Campaigns already in the
//   workspace (imported, or the demo's) get theirs from their actions' groups.
import type { Migration } from './migration';

const NOW = `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')`;

const rule = (code: string, condition: object, severity: string) =>
  `INSERT INTO warning_rules (builtin, name, condition, severity, created_at, updated_at) VALUES ('${code}', NULL, '${JSON.stringify(condition)}', '${severity}', ${NOW}, ${NOW});`;

const playbook = (code: string, channel: string, cost: number, valueRisk: string[], reasons: string[]) =>
  `INSERT INTO playbooks (code, name, channel, cost_per_contact, value_risk, reason_types, created_at, updated_at) VALUES ('${code}', NULL, '${channel}', ${cost}, '${JSON.stringify(valueRisk)}', '${JSON.stringify(reasons)}', ${NOW}, ${NOW});`;

export const migration011: Migration = {
  version: 11,
  name: 'warnings-campaigns',
  up: `
CREATE TABLE warning_rules (
  id INTEGER PRIMARY KEY,
  builtin TEXT UNIQUE CHECK (builtin IS NULL OR builtin IN ('lowHealthHighValue', 'scoreDrop', 'overdueCycle')),
  name TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '{"kind":"all"}' CHECK (json_valid(target)),
  condition TEXT NOT NULL CHECK (json_valid(condition)),
  severity TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (builtin IS NOT NULL OR name IS NOT NULL)
);

CREATE TABLE warnings (
  id INTEGER PRIMARY KEY,
  rule_id INTEGER NOT NULL REFERENCES warning_rules (id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'resolved', 'expired')),
  severity TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
  owner TEXT,
  assignee TEXT,
  fired_snapshot_id INTEGER NOT NULL,
  fired_on TEXT NOT NULL,
  last_seen_snapshot_id INTEGER NOT NULL,
  last_seen_on TEXT NOT NULL,
  cleared_snapshot_id INTEGER,
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  CHECK (state <> 'expired' OR cleared_snapshot_id IS NOT NULL)
);
CREATE UNIQUE INDEX warnings_armed ON warnings (rule_id, customer_id) WHERE cleared_snapshot_id IS NULL;
CREATE INDEX warnings_state ON warnings (state, severity, fired_on);
CREATE INDEX warnings_customer ON warnings (customer_id);
CREATE INDEX warnings_owner ON warnings (assignee, state);

CREATE TABLE warning_events (
  id INTEGER PRIMARY KEY,
  warning_id INTEGER NOT NULL REFERENCES warnings (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('raised', 'held', 'expired', 'rearmed', 'acknowledge', 'assign', 'resolve', 'reopen', 'restore')),
  from_state TEXT,
  to_state TEXT NOT NULL,
  assignee TEXT,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX warning_events_warning ON warning_events (warning_id, id);

CREATE TABLE warning_evaluations (
  snapshot_id INTEGER PRIMARY KEY,
  as_of TEXT NOT NULL,
  evaluated_at TEXT NOT NULL,
  raised INTEGER NOT NULL CHECK (raised >= 0),
  expired INTEGER NOT NULL CHECK (expired >= 0),
  held INTEGER NOT NULL CHECK (held >= 0),
  detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
);

CREATE TABLE playbooks (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE CHECK (code IS NULL OR code IN ('exclusiveOffer', 'vipService', 'careCall', 'productTraining', 'pricingPlan', 'competitorComparison')),
  name TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  channel TEXT NOT NULL CHECK (channel IN ('phone', 'sms', 'email', 'wechat', 'visit', 'app', 'other')),
  cost_per_contact REAL NOT NULL DEFAULT 0 CHECK (cost_per_contact >= 0),
  value_risk TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(value_risk) AND json_type(value_risk) = 'array'),
  reason_types TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reason_types) AND json_type(reason_types) = 'array'),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (code IS NOT NULL OR name IS NOT NULL)
);

ALTER TABLE campaigns ADD COLUMN playbook_id INTEGER REFERENCES playbooks (id);
ALTER TABLE campaigns ADD COLUMN owner TEXT;
ALTER TABLE campaigns ADD COLUMN follow_up_days INTEGER NOT NULL DEFAULT 90 CHECK (follow_up_days > 0);
ALTER TABLE campaigns ADD COLUMN stratify TEXT NOT NULL DEFAULT 'none' CHECK (stratify IN ('none', 'tier'));
ALTER TABLE campaigns ADD COLUMN outcome_metric TEXT NOT NULL DEFAULT 'retention' CHECK (outcome_metric IN ('retention', 'winback', 'recorded'));
ALTER TABLE campaigns ADD COLUMN audience TEXT CHECK (audience IS NULL OR json_valid(audience));
ALTER TABLE campaigns ADD COLUMN hypothesis TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN next_steps TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN assigned_at TEXT;
ALTER TABLE campaigns ADD COLUMN origin TEXT NOT NULL DEFAULT 'data' CHECK (origin IN ('app', 'import', 'data'));
ALTER TABLE campaigns ADD COLUMN created_at TEXT;
ALTER TABLE campaigns ADD COLUMN updated_at TEXT;

CREATE TABLE campaign_members (
  campaign_id TEXT NOT NULL REFERENCES campaigns (campaign_id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
  grp TEXT NOT NULL CHECK (grp IN ('treatment', 'control')),
  stratum TEXT,
  owner TEXT,
  tier TEXT,
  value_risk TEXT,
  clv REAL,
  churn_probability REAL,
  assigned_at TEXT NOT NULL,
  -- The member's outcome under the campaign's metric (1 success, 0 failure, NULL not measured
  -- yet), kept current by the campaigns store after every outcome write and every refresh, so
  -- the effect, the dashboards and the monthly report read one answer.
  success INTEGER CHECK (success IS NULL OR success IN (0, 1)),
  PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX campaign_members_customer ON campaign_members (customer_id);
CREATE INDEX campaign_members_group ON campaign_members (campaign_id, grp, owner);

INSERT INTO campaign_members (campaign_id, customer_id, grp, owner, assigned_at)
SELECT campaign_id, customer_id, grp, owner, action_date
FROM (
  SELECT a.campaign_id, a.customer_id, a.grp, a.owner, a.action_date,
         row_number() OVER (PARTITION BY a.campaign_id, a.customer_id ORDER BY a.action_date, a.action_id) AS k
  FROM actions a JOIN campaigns c ON c.campaign_id = a.campaign_id
)
WHERE k = 1;

UPDATE campaigns SET
  follow_up_days = COALESCE(
    CASE WHEN json_valid(attributes) AND CAST(json_extract(attributes, '$.follow_up_days') AS INTEGER) > 0
         THEN CAST(json_extract(attributes, '$.follow_up_days') AS INTEGER) END,
    90),
  outcome_metric = CASE WHEN EXISTS (SELECT 1 FROM actions a WHERE a.campaign_id = campaigns.campaign_id AND a.outcome IS NOT NULL AND trim(a.outcome) <> '')
                        THEN 'recorded' ELSE 'retention' END,
  assigned_at = CASE WHEN EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = campaigns.campaign_id)
                     THEN COALESCE(start_date, ${NOW}) END,
  created_at = ${NOW},
  updated_at = ${NOW};

${rule(
  'lowHealthHighValue',
  {
    kind: 'group',
    op: 'and',
    children: [
      { kind: 'condition', field: 'health_score', op: '<', value: 40 },
      { kind: 'condition', field: 'value_tier', op: '=', value: 'high' },
    ],
  },
  'high',
)}
${rule('scoreDrop', { kind: 'condition', field: 'health_change', op: '<=', value: -15 }, 'medium')}
${rule('overdueCycle', { kind: 'condition', field: 'overdue_ratio', op: '>=', value: 2 }, 'medium')}

${playbook('exclusiveOffer', 'sms', 50, ['highValue', 'warning'], ['price'])}
${playbook('vipService', 'phone', 80, ['highValue'], ['service', 'experience'])}
${playbook('careCall', 'phone', 35, ['warning', 'highValue'], ['communication', 'engagement', 'service'])}
${playbook('productTraining', 'visit', 120, ['potential', 'warning'], ['engagement', 'experience'])}
${playbook('pricingPlan', 'email', 20, ['potential', 'lowValue', 'warning'], ['price'])}
${playbook('competitorComparison', 'email', 15, ['potential', 'warning', 'highValue'], ['competition'])}
`,
};
