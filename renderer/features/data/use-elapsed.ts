// Seconds since `startedAt`, re-rendering every second while it runs, so "elapsed" and derived
// time-left keep moving between the host's progress reports.
import { useEffect, useState } from 'react';

export function useElapsedSeconds(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, (now - startedAt) / 1000);
}
