// Values that fill in a coded message (a progress phase, an error reason, a snapshot warning):
// the renderer puts them into the label of the analyst's language, so they are plain data —
// a table name, a count, a date — never words of one language.
import { z } from 'zod';

export const MessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParamsSchema>;
