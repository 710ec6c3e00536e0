// The recently opened workspaces, newest first, in a small JSON file: the service keeps its
// folder's list in the folder, the desktop app keeps every path the analyst opened in its
// user-data folder. A damaged or missing file is an empty list, never an error.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export const RECENT_MAX = 10;
export const RECENT_FILE = 'recent-workspaces.json';

const RecentSchema = z.array(z.object({ path: z.string().min(1), openedAt: z.string() })).max(100);
export type RecentList = z.infer<typeof RecentSchema>;

/** The list with `path` moved to the front (opened now), without duplicates, at most RECENT_MAX long. */
export function withOpened(list: RecentList, path: string, openedAt: string): RecentList {
  return [{ path, openedAt }, ...list.filter((entry) => entry.path !== path)].slice(0, RECENT_MAX);
}

export function readRecent(file: string): RecentList {
  try {
    const parsed = RecentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Written beside and renamed into place, so a crash mid-write leaves the previous list. */
export function writeRecent(file: string, list: RecentList): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 2));
    renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only folder loses the recent list, not the open.
  }
}

export function recordOpened(file: string, path: string, now = new Date()): RecentList {
  const next = withOpened(readRecent(file), path, now.toISOString());
  writeRecent(file, next);
  return next;
}
