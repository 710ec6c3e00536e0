// Workspaces by name in the host's workspace folder (issue 10 §7): what "New workspace…",
// "Open…" and the recent list of the header's switcher call. The browser host only ever sends
// a name; the service maps it to `<name>.churn` inside its folder (given at start, default
// ~/.churn-cockpit/) and refuses anything that would land outside. The desktop app also opens
// and creates at any path the analyst chose in a native dialog (workspace.open,
// workspace.createFromFiles), which the browser host refuses. Registered in ../operations.ts.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { ImportResultSchema, ImportRunInputSchema } from './import';
import { WorkspaceInfoSchema } from './workspace-info';

/** Checked by the service (shared/domain/workspace-name.ts) so a refusal carries its reason code; the bound here only caps the input. */
export const WorkspaceNameInputSchema = z.string().max(1000);

export const WorkspaceEntrySchema = z.object({
  /** The name inside the host's folder (open it with workspace.openNamed), or null for a recent file elsewhere (desktop only). */
  name: z.string().nullable(),
  /** File name, e.g. `sales 2024.churn`. */
  file: z.string(),
  /** Absolute path: shown as a tooltip; the desktop app reopens recent files by it. */
  path: z.string(),
  /** Bytes of the file with its write-ahead log; null when the file is gone (a recent entry). */
  size: z.number().int().nonnegative().nullable(),
  /** ISO time of the last change on disk. */
  modified: z.string().nullable(),
  /** Customers in the workspace, or null when they cannot be counted cheaply (not a workspace, locked, gone). */
  customers: z.number().int().nonnegative().nullable(),
  /** The session's open workspace. */
  current: z.boolean(),
  /** ISO time it was last opened through the app (recent entries). */
  openedAt: z.string().optional(),
});
export type WorkspaceEntry = z.infer<typeof WorkspaceEntrySchema>;

export const WorkspaceListSchema = z.object({
  /** The host's workspace folder. */
  folder: z.string(),
  /** Workspaces in the folder, by name. */
  workspaces: z.array(WorkspaceEntrySchema),
  /** Recently opened, newest first. */
  recent: z.array(WorkspaceEntrySchema),
  /** Whether this host opens and creates at any path through native dialogs (the desktop app). */
  nativeDialogs: z.boolean(),
});
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;

/** A path the analyst chose in a native dialog (desktop only); null when they cancelled it. */
export const PickedPathSchema = z.object({ path: z.string().nullable() });

export const workspaceFolderOperations = {
  'workspace.list': defineOperation({
    name: 'workspace.list',
    summary: "The workspaces in the host's workspace folder (name, file, size, modified, customers) and the recently opened ones.",
    input: z.object({}).default({}),
    output: WorkspaceListSchema,
  }),
  'workspace.create': defineOperation({
    name: 'workspace.create',
    summary: "Create an empty workspace by name in the host's workspace folder and open it; WORKSPACE_EXISTS when the name is taken.",
    input: z.object({ name: WorkspaceNameInputSchema }),
    output: WorkspaceInfoSchema,
  }),
  'workspace.openNamed': defineOperation({
    name: 'workspace.openNamed',
    summary: "Open a workspace of the host's workspace folder by its name (as workspace.list gives it).",
    input: z.object({ name: WorkspaceNameInputSchema }),
    output: WorkspaceInfoSchema,
  }),
  'workspace.createNamedFromFiles': defineOperation({
    name: 'workspace.createNamedFromFiles',
    summary: "Create a workspace by name in the host's workspace folder from an import of files (the workspace.createFromFiles job), and open it.",
    long: true,
    input: ImportRunInputSchema.extend({ name: WorkspaceNameInputSchema }),
    output: z.object({ workspace: WorkspaceInfoSchema, import: ImportResultSchema }),
  }),
  'workspace.pickOpen': defineOperation({
    name: 'workspace.pickOpen',
    summary: 'Desktop app only: the native Open dialog for a workspace file; answers the chosen path (open it with workspace.open).',
    input: z.object({}).default({}),
    output: PickedPathSchema,
  }),
  'workspace.pickNew': defineOperation({
    name: 'workspace.pickNew',
    summary: 'Desktop app only: the native Save dialog for a new workspace file, suggesting a name; answers the chosen path.',
    input: z.object({ suggestedName: z.string().max(200).default('') }),
    output: PickedPathSchema,
  }),
} as const;
