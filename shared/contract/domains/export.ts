// Where an export goes in the desktop app: the native Save dialog, answered by the Electron main
// process before the service sees the call (the preload stays invoke/on only). Every other host
// refuses it (reason desktopOnly): the browser downloads, the CLI takes --out.
import { z } from 'zod';
import { defineOperation } from '../operation';
import { PickedPathSchema } from './workspace';

export const EXPORT_FILE_FORMATS = ['xlsx', 'csv', 'pdf', 'churndash'] as const;

/** A list written one sheet per owner (the warnings' high-risk list, a campaign's call list): where it went and what each sheet holds. */
export const ListByOwnerFileSchema = z.object({
  fileName: z.string(),
  /** Desktop and CLI: the file written; null in the browser host, which answers downloadId instead. */
  path: z.string().nullable(),
  downloadId: z.string().nullable(),
  rows: z.number().int().nonnegative(),
  sheets: z.array(z.object({ name: z.string(), owner: z.string().nullable(), rows: z.number().int().nonnegative() })),
});

export const exportOperations = {
  'export.pickSavePath': defineOperation({
    name: 'export.pickSavePath',
    summary: 'Desktop app only: the native Save dialog for an exported file, suggesting a name; answers the chosen path, or null when cancelled.',
    input: z.object({ suggestedName: z.string().max(255).default(''), format: z.enum(EXPORT_FILE_FORMATS) }),
    output: PickedPathSchema,
  }),
} as const;
