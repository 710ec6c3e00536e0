// A small distribution of a number field (bars from the field profile's bins) with the chosen
// range highlighted, so the analyst sees how many customers a threshold keeps. Plain SVG: a few
// dozen rectangles do not need a chart library.
import { theme } from 'antd';

export interface Bin {
  readonly low: number;
  readonly high: number;
  readonly count: number;
}

interface HistogramProps {
  readonly bins: readonly Bin[];
  /** Inclusive range kept by the condition; bins inside it are drawn in the primary colour. */
  readonly from: number | null;
  readonly to: number | null;
  readonly height?: number;
  readonly label: string;
}

// Drawn in a 100-unit-wide view box stretched to the container, so it shrinks with its row.
const VIEW_WIDTH = 100;

export function Histogram({ bins, from, to, height = 34, label }: HistogramProps) {
  const { token } = theme.useToken();
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = bins.length > 0 ? VIEW_WIDTH / bins.length : VIEW_WIDTH;
  const inside = (bin: Bin): boolean => (from === null || bin.high >= from) && (to === null || bin.low <= to);
  return (
    <svg width="100%" height={height} viewBox={`0 0 ${VIEW_WIDTH} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} style={{ display: 'block' }}>
      {bins.map((bin, i) => {
        const h = bin.count === 0 ? 0 : Math.max(1, (bin.count / peak) * (height - 2));
        return (
          <rect
            key={`${bin.low}-${bin.high}`}
            x={i * barWidth + barWidth * 0.1}
            y={height - h}
            width={barWidth * 0.8}
            height={h}
            fill={inside(bin) ? token.colorPrimary : token.colorFillSecondary}
          />
        );
      })}
    </svg>
  );
}
