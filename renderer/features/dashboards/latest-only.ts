// Answers to dashboard.data arrive out of order when a slow query for an older filter finishes
// after a faster, newer one; only the newest request's answer may reach the screen.

export interface LatestOnly {
  begin(): number;
  isLatest(ticket: number): boolean;
  invalidate(): void;
}

export function latestOnly(): LatestOnly {
  let newest = 0;
  return {
    begin: () => ++newest,
    isLatest: (ticket) => ticket === newest,
    invalidate: () => {
      newest += 1;
    },
  };
}
