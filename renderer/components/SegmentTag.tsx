// A saved segment's colour dot and name: the one look of a segment on the Segments list, in the
// Customers grid and on Customer 360 (features do not import each other, so it lives here).
import { Tag, theme, type GlobalToken } from 'antd';
import { SEGMENT_COLORS, type SegmentColor } from '../../shared/segments/definition';

/** The antd preset's solid shade (blue → blue6); grey has no preset, so the tertiary text colour. */
export function segmentColorValue(color: string, token: GlobalToken): string {
  if (!(SEGMENT_COLORS as readonly string[]).includes(color) || color === 'grey') return token.colorTextTertiary;
  const key = `${color as Exclude<SegmentColor, 'grey'>}6` as const;
  return token[key];
}

export function SegmentDot({ color }: { color: string }) {
  const { token } = theme.useToken();
  return <span aria-hidden style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: segmentColorValue(color, token), flex: 'none' }} />;
}

export interface SegmentTagProps {
  name: string;
  color: string;
  href?: string;
  testId?: string;
}

/** A compact tag in the segment's colour; a link when `href` is given. */
export function SegmentTag({ name, color, href, testId }: SegmentTagProps) {
  const preset = (SEGMENT_COLORS as readonly string[]).includes(color) && color !== 'grey' ? color : undefined;
  const label = href ? (
    <a href={href} style={{ color: 'inherit' }}>
      {name}
    </a>
  ) : (
    name
  );
  return (
    <Tag color={preset} data-testid={testId} title={name} style={{ marginInlineEnd: 4, maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }}>
      {label}
    </Tag>
  );
}
