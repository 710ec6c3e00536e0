// Refresh scores the churn model block by block (a 1 M-row design matrix would not fit
// comfortably): any block size must give every row the probability and reasons that scoring
// the whole frame at once gives, for both model kinds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkspace } from '../../../electron/demo/generate';
import { openWorkspace, type Workspace } from '../../../electron/store/workspace';
import { loadHistory } from '../../../electron/store/scoring/history-load';
import { scoringDataDay } from '../../../electron/store/scoring/data-date';
import { scoreChurn } from '../../../electron/service/scoring/churn-scoring';
import { defaultChurnDefinition } from '../../../shared/scoring/churn-definition';
import { trainChurnModel } from '../../../shared/scoring/training';
import { computeFeatures } from '../../../shared/scoring/features';
import { buildDesign } from '../../../shared/scoring/design';
import { predict, topReasons } from '../../../shared/scoring/churn-model';
import type { EventHistory } from '../../../shared/scoring/history';
import { tempDir } from '../../support/temp';

describe('churn scoring in blocks', () => {
  const t = tempDir();
  let ws: Workspace;
  let history: EventHistory;
  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 800 });
    ws = await openWorkspace(path, { readOnly: true });
    history = loadHistory(ws.db, scoringDataDay(ws.db), { flagAttribute: null, parallel: false });
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  for (const model of ['logistic', 'tree'] as const) {
    it(`${model}: blocks of 1, 7 and 333 rows equal one pass over the whole frame`, () => {
      const trained = trainChurnModel(history, defaultChurnDefinition, {
        model,
        label: 'implicit',
        features: 'all',
        horizonDays: 90,
        lambda: 1,
        maxDepth: 4,
        minLeaf: 20,
        seed: 1,
      });
      const frame = computeFeatures(history, history.limitDay);
      const n = frame.rows.length;
      const whole = buildDesign(trained.state.spec, frame, history);
      const probability = predict(trained.state, whole.X, whole.n);
      const reasons = topReasons(trained.state, whole.X, whole.n, 3).map((list) => JSON.stringify(list.map((r) => [r.source, r.reason, Number(r.contribution.toFixed(4)) + 0])));
      expect(reasons.filter((r) => r !== '[]').length).toBeGreaterThan(n / 4);
      for (const block of [1, 7, 333]) {
        const scored = scoreChurn(trained.state, frame, history, block);
        expect(Array.from(scored.probability), `block ${block}`).toEqual(Array.from(probability));
        expect(
          Array.from({ length: n }, (_, r) => scored.reasons.json(r)),
          `block ${block}`,
        ).toEqual(reasons);
      }
    });
  }
});
