// What the progress bar shows, derived from the host's `job.progress` reports. The host's own
// rate and ETA win; when a report lacks them (first report, or a host that does not estimate),
// they are derived from the time since the import started so the analyst never sees a blank.
import type { JobProgress } from '../../../shared/contract/events';
import type { JobPhase } from '../../../shared/contract/job-phases';
import type { Locale } from '../../../shared/i18n/locales';

export interface ProgressView {
  phase: JobPhase;
  /** 0..100, or null when nothing tells how far along the job is. */
  percent: number | null;
  rows: number;
  totalRows: number | null;
  bytes: number | null;
  totalBytes: number | null;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
}

/** Below this, a rate from elapsed time is mostly start-up noise. */
const MIN_ELAPSED_S = 0.5;

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value * 10) / 10));
}

export function progressView(p: JobProgress | null, elapsedSeconds: number): ProgressView {
  if (!p) {
    return { phase: 'starting', percent: null, rows: 0, totalRows: null, bytes: null, totalBytes: null, rowsPerSecond: null, etaSeconds: null };
  }
  const phase = p.phase;
  // Waiting for another write, or its thread starting: nothing is being read yet.
  if (phase === 'queued' || phase === 'starting') {
    return { phase, percent: null, rows: 0, totalRows: null, bytes: null, totalBytes: null, rowsPerSecond: null, etaSeconds: null };
  }
  const finishing = phase === 'finishing' || phase === 'indexing' || phase === 'committing' || phase === 'checkpoint';
  let percent: number | null = null;
  // Bytes are the honest measure for streams whose row count is unknown until the end.
  if (p.totalBytes !== undefined && p.totalBytes > 0 && p.bytes !== undefined) percent = clampPercent((p.bytes / p.totalBytes) * 100);
  else if (p.total !== null && p.total > 0) percent = clampPercent((p.done / p.total) * 100);
  if (finishing) percent = 100;

  const derivedRate = elapsedSeconds >= MIN_ELAPSED_S ? p.done / elapsedSeconds : null;
  const rowsPerSecond = p.rate !== undefined && p.rate > 0 ? p.rate : derivedRate;

  let etaSeconds: number | null = null;
  if (finishing) etaSeconds = 0;
  else if (p.etaSeconds !== undefined && p.etaSeconds !== null) etaSeconds = p.etaSeconds;
  else if (percent !== null && percent > 0 && elapsedSeconds >= MIN_ELAPSED_S) etaSeconds = (elapsedSeconds * (100 - percent)) / percent;

  return {
    phase,
    percent,
    rows: p.done,
    totalRows: p.total,
    bytes: p.bytes ?? null,
    totalBytes: p.totalBytes ?? null,
    rowsPerSecond,
    etaSeconds: etaSeconds === null ? null : Math.max(0, etaSeconds),
  };
}

const byteUnits = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 KB" (binary units, as file managers on both platforms show them). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${byteUnits[unit]}`;
}

/** Seconds as the analyst reads a countdown: "45 秒", "3 分 05 秒", "1 小时 02 分" / "45 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number | null | undefined, locale: Locale): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const zh = locale === 'zh-CN';
  // A small import finishes in under a second: "0 s" would read as "nothing happened".
  if (seconds < 9.95) {
    const tenths = (Math.round(seconds * 10) / 10).toFixed(1);
    return zh ? `${tenths} 秒` : `${tenths} s`;
  }
  const total = Math.round(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (total < 60) return zh ? `${total} 秒` : `${total} s`;
  if (total < 3600) {
    const m = Math.floor(total / 60);
    const s = total % 60;
    return zh ? `${m} 分 ${pad(s)} 秒` : `${m} min ${pad(s)} s`;
  }
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  return zh ? `${h} 小时 ${pad(m)} 分` : `${h} h ${pad(m)} min`;
}
