// Answers arrive out of order when an early, slow request (a segment preview, a dashboard's data)
// finishes after a later, fast one; only the answer to the newest request may reach the screen.

export interface LatestOnly {
  /** Call when sending a request; keep the number. */
  begin(): number;
  /** Whether an answer to request `ticket` is still the newest one asked for. */
  isLatest(ticket: number): boolean;
  /** Make every request in flight stale (the input became empty or the component left). */
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
