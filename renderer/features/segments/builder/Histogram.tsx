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
  readonly width: number;
  readonly height?: number;
  readonly label: string;
}

export function Histogram({ bins, from, to, width, height = 34, label }: HistogramProps) {
  const { token } = theme.useToken();
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = bins.length > 0 ? width / bins.length : width;
  const inside = (bin: Bin): boolean => (from === null || bin.high >= from) && (to === null || bin.low <= to);
  return (
    <svg width={width} height={height} role="img" aria-label={label} style={{ display: 'block' }}>
      {bins.map((bin, i) => {
        const h = bin.count === 0 ? 0 : Math.max(1, (bin.count / peak) * (height - 2));
        return (
          <rect
            key={`${bin.low}-${bin.high}`}
            x={i * barWidth + 0.5}
            y={height - h}
            width={Math.max(1, barWidth - 1)}
            height={h}
            fill={inside(bin) ? token.colorPrimary : token.colorFillSecondary}
          />
        );
      })}
    </svg>
  );
}
