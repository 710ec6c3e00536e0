// What every operation that opens a workspace answers. Its own module so the workspace-folder
// operations (./workspace.ts) and the core table (../operations.ts) share it without a cycle.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const TableCountSchema = z.object({ name: z.string(), rows: z.number().int().nonnegative() });

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  readOnly: z.boolean(),
  dataDate: isoDate.nullable(),
  tables: z.array(TableCountSchema),
  /**
   * The open-time quick_check: 'checking' while it runs in the background after a clean
   * shutdown, 'failed' when it found damage, 'skipped' when it did not run (a workspace this
   * process just built, a one-shot CLI command).
   */
  integrity: z.enum(['ok', 'checking', 'failed', 'skipped']).optional(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;
